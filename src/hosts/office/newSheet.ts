/**
 * A sheet a plan adds, as Office.js operations queued in the plan's first request: cells of one look and
 * cells with content are written a rectangle at a time (./blocks.ts), so that an appendix of hundreds of
 * bordered rows is a handful of operations and never a request per cell; then column widths, merges, row
 * heights, charts and how it prints.
 *
 * Requirement sets: Range.formulas/numberFormat, RangeFont name/bold/italic/size/underline, RangeFormat
 * horizontal/verticalAlignment/wrapText, RangeBorder.style, Range.merge, Chart.* ExcelApi 1.1;
 * RangeFormat.columnWidth/rowHeight 1.2; Worksheet.pageLayout (orientation, paperSize, margins, zoom,
 * setPrintTitleRows, headersFooters) 1.9.
 */
import type { CellRange } from '../../core/snapshot';
import type { CellStyle, NewCell, PageSetup, PlanStep } from '../../core/workbook/plan';
import { blocks } from './blocks';
import { cellInput } from './convert';

type AddSheet = Extract<PlanStep, { kind: 'addSheet' }>;

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
/** Points per millimetre: Office.js takes margins in points. */
const PT_PER_MM = 72 / 25.4;
/** Header and footer distance from the page edge: Excel's own 0.3 inch (as the .xlsx writer writes). */
const HEADER_FOOTER_PT = 0.3 * 72;

/** Excel stores widths in characters; Office.js takes points (a character of Calibri 11 ≈ 7 px + 5 px padding, 0.75 pt/px). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export const rangeOf = (sheet: Excel.Worksheet, r: CellRange) => sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);

/** The look a cell sets, borders apart (they are drawn around blocks of their own). */
const STYLE_FIELDS = ['numFmt', 'bold', 'italic', 'underline', 'fontName', 'fontSize', 'fill', 'horizontal', 'vertical', 'wrap'] as const;

function styleKey(c: NewCell): string | null {
  const parts = STYLE_FIELDS.map((f) => (c[f] === undefined ? '' : JSON.stringify(c[f])));
  return parts.every((p) => p === '') ? null : parts.join('|');
}

/** Sets a look on every cell of a range of `rows` × `cols` (number formats go as an array of that shape). */
export function queueStyle(range: Excel.Range, style: CellStyle, rows = 1, cols = 1): void {
  if (style.numFmt !== undefined) range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(style.numFmt!));
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = (style.underline ? 'Single' : 'None') as Excel.RangeUnderlineStyle;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fill === null) range.format.fill.clear();
  else if (style.fill !== undefined) range.format.fill.color = `#${style.fill}`;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = ALIGN[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

/** A thin line around and between the cells of the range. */
function queueBorders(range: Excel.Range, r: CellRange): void {
  const sides = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  // Inside lines exist only between two rows (columns) or more.
  if (r.bottom > r.top) sides.push('InsideHorizontal');
  if (r.right > r.left) sides.push('InsideVertical');
  for (const side of sides) range.format.borders.getItem(side as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle;
}

/** What Range.formulas takes for the cell: its formula, or its value entered as it should stay. */
function entryOf(c: NewCell): string | number | boolean {
  if (c.formula !== undefined) return c.formula;
  return typeof c.value === 'boolean' ? c.value : cellInput(c.value ?? null, c.numFmt ?? 'General');
}

/** How the sheet prints: A4, orientation, margins, one page wide, the header rows, page numbers. */
function queuePageLayout(layout: Excel.PageLayout, page: PageSetup): void {
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.orientation = (page.orientation === 'portrait' ? 'Portrait' : 'Landscape') as Excel.PageOrientation;
  layout.topMargin = page.marginsMm.top * PT_PER_MM;
  layout.bottomMargin = page.marginsMm.bottom * PT_PER_MM;
  layout.leftMargin = page.marginsMm.left * PT_PER_MM;
  layout.rightMargin = page.marginsMm.right * PT_PER_MM;
  layout.headerMargin = HEADER_FOOTER_PT;
  layout.footerMargin = HEADER_FOOTER_PT;
  // One page wide, as many tall as it takes.
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.printTitleRows) layout.setPrintTitleRows(`$${page.printTitleRows.first}:$${page.printTitleRows.last}`);
  if (page.pageNumbersFrom !== undefined) {
    const hf = layout.headersFooters;
    // From page 2: the first page gets a header of its own, left empty (Office.js has no differentFirst flag).
    if (page.pageNumbersFrom === 2) hf.state = 'FirstAndDefault' as Excel.HeaderFooterState;
    hf.defaultForAllPages.centerHeader = '&P';
  }
}

/** Estimated request bytes of one operation besides its data (object path, property names). */
const OP_BYTES = 400;
/** Entries per operation at most, in estimated request bytes: a long plan goes in slices. */
const ENTRY_SLICE_BYTES = 1_000_000;

/**
 * One operation on a new sheet's content, with its estimated request size, queued on the sheet when its
 * request is built: the caller spreads them over requests under the size limit (./writePlan.ts), so that a
 * sheet of tens of thousands of lines never makes one request past Excel on the web's 5 MB.
 */
export interface SheetOp {
  bytes: number;
  queue: (sheet: Excel.Worksheet) => void;
}

/** The sheet itself, with what is small and fixed: widths, how it prints. */
export function queueNewSheetFrame(book: Excel.Workbook, step: AddSheet): void {
  const sheet = book.worksheets.add(step.sheet);
  for (const w of step.columnWidths ?? []) sheet.getRangeByIndexes(0, w.col - 1, 1, 1).format.columnWidth = widthInPoints(w.width);
  if (step.page !== undefined) queuePageLayout(sheet.pageLayout, step.page);
}

/**
 * The cells a new sheet's content covers: A1 to its last row and column. (A loop, not Math.max(...cells):
 * a plan of tens of thousands of lines has more cells than a call may take arguments in some engines.)
 */
export function newSheetCover(step: AddSheet): CellRange {
  let bottom = 1;
  let right = 1;
  for (const c of step.cells) {
    if (c.row > bottom) bottom = c.row;
    if (c.col > right) right = c.col;
  }
  return { top: 1, left: 1, bottom, right };
}

/** The sheet's content as sized operations, in the order they must run: formats, entries, merges, heights, charts. */
export function newSheetOps(step: AddSheet): SheetOp[] {
  const ops: SheetOp[] = [];
  // Formats first (so that "@" holds before "1.1" is entered), then the entries.
  for (const b of blocks(step.cells, styleKey)) {
    const rows = b.rect.bottom - b.rect.top + 1;
    const cols = b.rect.right - b.rect.left + 1;
    const style = b.items[0]![0]!;
    ops.push({ bytes: OP_BYTES + (style.numFmt !== undefined ? rows * cols * (style.numFmt.length + 3) : 0), queue: (sheet) => queueStyle(rangeOf(sheet, b.rect), style, rows, cols) });
  }
  for (const b of blocks(step.cells, (c) => (c.border ? 'border' : null))) ops.push({ bytes: OP_BYTES * 6, queue: (sheet) => queueBorders(rangeOf(sheet, b.rect), b.rect) });
  const hasEntry = (c: NewCell) => c.formula !== undefined || (c.value !== undefined && c.value !== null);
  for (const b of blocks(step.cells, (c) => (hasEntry(c) ? 'entry' : null))) {
    // One operation per block, sliced by rows only when it is large.
    let first = 0;
    while (first < b.items.length) {
      const slice: (string | number | boolean)[][] = [];
      let bytes = OP_BYTES;
      for (; first + slice.length < b.items.length && (slice.length === 0 || bytes < ENTRY_SLICE_BYTES); ) {
        const row = b.items[first + slice.length]!.map(entryOf);
        bytes += JSON.stringify(row).length * 2;
        slice.push(row);
      }
      const rect = { ...b.rect, top: b.rect.top + first, bottom: b.rect.top + first + slice.length - 1 };
      ops.push({ bytes, queue: (sheet) => void (rangeOf(sheet, rect).formulas = slice) });
      first += slice.length;
    }
  }
  for (const m of step.merges ?? []) ops.push({ bytes: OP_BYTES, queue: (sheet) => rangeOf(sheet, m).merge(false) });
  // Runs of rows of one height: one operation each.
  const heights = (step.rowHeights ?? []).map((h) => ({ row: h.row, col: 1, height: h.height }));
  for (const b of blocks(heights, (h) => String(h.height))) {
    ops.push({ bytes: OP_BYTES, queue: (sheet) => void (sheet.getRangeByIndexes(b.rect.top - 1, 0, b.rect.bottom - b.rect.top + 1, 1).format.rowHeight = b.items[0]![0]!.height) });
  }
  // Charts.add, Chart.title, setPosition: ExcelApi 1.1.
  for (const c of step.charts ?? []) {
    ops.push({
      bytes: OP_BYTES * 4,
      queue: (sheet) => {
        const chart = sheet.charts.add('BarClustered' as Excel.ChartType, rangeOf(sheet, c.source), 'Columns' as Excel.ChartSeriesBy);
        chart.title.text = c.title;
        chart.setPosition(rangeOf(sheet, { ...c.at, bottom: c.at.top, right: c.at.left }), rangeOf(sheet, { ...c.at, top: c.at.bottom, left: c.at.right }));
      },
    });
  }
  return ops;
}
