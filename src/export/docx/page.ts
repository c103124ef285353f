/**
 * A section's page: A4 in the model's orientation, the model's margins, and ND30's page numbers — centred in
 * the top margin from page 2 on, none on the first page.
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { A4, FONT, TIGHT_SPACING, mm } from './text';

export interface PageModel {
  orientation: 'portrait' | 'landscape';
  marginsMm: { top: number; bottom: number; left: number; right: number };
  pageNumbersFrom: number;
}

/** ND30: page numbers in 13–14 pt; 13 keeps them quieter than the 14 pt body. */
const PAGE_NUMBER_PT = 13;
/** The page number's line sits 10 mm from the top edge, inside the 20 mm top margin. */
const HEADER_MM = 10;

/** The text width between the side margins, in twips. */
export function textWidth(page: PageModel): number {
  const across = page.orientation === 'landscape' ? A4.height : A4.width;
  return across - mm(page.marginsMm.left) - mm(page.marginsMm.right);
}

export function sectionProperties(page: PageModel): ISectionPropertiesOptions {
  const m = page.marginsMm;
  return {
    page: {
      // docx writes w:w and w:h swapped for a landscape section: it is given the portrait sheet.
      size: { width: A4.width, height: A4.height, orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right), header: mm(HEADER_MM), footer: mm(HEADER_MM), gutter: 0 },
      // Each section counts its own pages: ND30 numbers an appendix on its own, so it starts again at 1.
      pageNumbers: { start: 1 },
    },
    // A first page of its own: the empty "first" header leaves page 1 without a number.
    titlePage: page.pageNumbersFrom > 1,
  };
}

/**
 * The headers of a section. Each section is given its own (an unset header in Word repeats the previous
 * section's), the first page's empty.
 */
export function pageHeaders(page: PageModel): { default: Header; first?: Header } {
  const number = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: TIGHT_SPACING,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PAGE_NUMBER_PT * 2 })],
      }),
    ],
  });
  if (page.pageNumbersFrom <= 1) return { default: number };
  const empty = new Header({ children: [new Paragraph({ spacing: TIGHT_SPACING, run: { font: FONT, size: PAGE_NUMBER_PT * 2 }, children: [] })] });
  return { default: number, first: empty };
}
