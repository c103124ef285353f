/**
 * How a sheet the plan adds prints, as worksheet XML: `<sheetPr><pageSetUpPr fitToPage="1"/>` (one page
 * wide needs it), `<pageMargins>` in inches, `<pageSetup>` on A4 and `<headerFooter>` with the page number
 * centred in the header (from page 2: a first page of its own, left empty). The rows repeated on every page
 * are no sheet XML: they are the workbook name `_xlnm.Print_Titles` local to the sheet (see sheets.ts).
 */
import type { PageSetup } from '../../../core/workbook/plan';
import { quoteSheetName } from '../../../core/address';
import { MAX_ROW } from '../patch/address';
import { XlsxPatchError } from '../patch/errors';
import { formatNumber } from '../patch/sheet';

/** paperSize 9 is A4 (ECMA-376 Part 1, 18.3.1.63). */
const A4 = 9;
/** Header and footer distance from the page edge, in inches (Excel's own default). */
const HEADER_FOOTER_INCHES = 0.3;
/** The default margins of a new sheet (Excel's "Normal"), when the plan sets no page. */
const DEFAULT_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** The name Excel gives the rows (and columns) repeated on every printed page. */
export const PRINT_TITLES = '_xlnm.Print_Titles';

/** Millimetres → inches, rounded to a millionth (20 mm → 0.787402). */
function inches(mm: number): number {
  return Math.round((mm / 25.4) * 1e6) / 1e6;
}

/** Refuses a page setup Excel would not take, before anything is written. */
export function checkPageSetup(page: PageSetup): void {
  if (page === null || typeof page !== 'object') throw new XlsxPatchError('A page setup must be an object.', 'bad-patch');
  if (page.orientation !== 'portrait' && page.orientation !== 'landscape') throw new XlsxPatchError('The orientation of a page must be portrait or landscape.', 'bad-patch');
  const m = page.marginsMm;
  if (m === null || typeof m !== 'object') throw new XlsxPatchError('A page setup needs its margins.', 'bad-patch');
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const v = m[side];
    // Excel's page setup takes margins below 49 cm or so; anything near that is a mistake.
    if (typeof v !== 'number' || !(v >= 0 && v <= 200)) throw new XlsxPatchError(`The ${side} margin must be 0 to 200 mm (got ${String(v)}).`, 'bad-patch');
  }
  if (page.fitToWidth !== undefined && typeof page.fitToWidth !== 'boolean') throw new XlsxPatchError('fitToWidth must be true or false.', 'bad-patch');
  const t = page.printTitleRows;
  if (t !== undefined) {
    const ok = (r: unknown) => Number.isInteger(r) && (r as number) >= 1 && (r as number) <= MAX_ROW;
    if (t === null || typeof t !== 'object' || !ok(t.first) || !ok(t.last) || t.last < t.first) {
      throw new XlsxPatchError('The rows repeated on every page must be rows of the sheet, the first not after the last.', 'bad-patch');
    }
  }
  if (page.pageNumbersFrom !== undefined && page.pageNumbersFrom !== 1 && page.pageNumbersFrom !== 2) {
    throw new XlsxPatchError('Page numbers start on page 1 or 2.', 'bad-patch');
  }
}

/** The parts of the worksheet XML: `sheetPr` (its first child) and what follows the merges. */
export function pageSetupXml(page: PageSetup | undefined): { sheetPr: string; printing: string } {
  if (page === undefined) return { sheetPr: '', printing: DEFAULT_MARGINS };
  const m = page.marginsMm;
  const hf = formatNumber(HEADER_FOOTER_INCHES);
  const margins =
    `<pageMargins left="${formatNumber(inches(m.left))}" right="${formatNumber(inches(m.right))}" ` +
    `top="${formatNumber(inches(m.top))}" bottom="${formatNumber(inches(m.bottom))}" header="${hf}" footer="${hf}"/>`;
  // fitToHeight 0: as many pages tall as it takes (only the width is fitted).
  const fit = page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const setup = `<pageSetup paperSize="${A4}" orientation="${page.orientation}"${fit}/>`;
  let header = '';
  if (page.pageNumbersFrom === 1) header = '<headerFooter><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>';
  // differentFirst with no <firstHeader>: page 1 has no header, the others the number.
  else if (page.pageNumbersFrom === 2) header = '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>';
  return {
    sheetPr: page.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    printing: margins + setup + header,
  };
}

/** The value of `_xlnm.Print_Titles` for rows first..last: "'Kế hoạch'!$5:$5". */
export function printTitlesFormula(sheet: string, rows: { first: number; last: number }): string {
  return `${quoteSheetName(sheet)}!$${rows.first}:$${rows.last}`;
}
