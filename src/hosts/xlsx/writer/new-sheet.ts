/**
 * The XML of a worksheet a plan creates: its cells (text as inline strings so sharedStrings.xml stays
 * untouched, numbers, booleans, formulas without a cached value), row heights, merges and how it prints
 * (./page-setup.ts), in the element order Excel requires (its column widths are set afterwards).
 */
import type { NewCell, PageSetup } from '../../../core/workbook/plan';
import { MAX_CELL_TEXT, isFontName } from '../cell-patch';
import { MAX_COL, MAX_ROW } from '../patch/address';
import { columnLetters, rangeAddress } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { XlsxPatchError } from '../patch/errors';
import { type CellFormat, changesFormat, formatNumber } from '../patch/sheet';
import { escapeXmlText } from '../patch/xml';
import { escapeFormula, formulaForFile } from './formula';
import { pageSetupXml } from './page-setup';

export const RGB_RE = /^[0-9A-Fa-f]{6}$/;

/** The format fields of a new cell, checked. */
export function cellFormatOf(c: NewCell, where: string): CellFormat {
  const f: CellFormat = {};
  if (c.numFmt !== undefined) {
    if (typeof c.numFmt !== 'string' || c.numFmt === '') throw new XlsxPatchError(`The number format of ${where} must be a format code.`, 'bad-patch');
    f.numFmt = c.numFmt;
  }
  for (const flag of ['bold', 'italic', 'wrap', 'underline', 'border'] as const) {
    const v = c[flag];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') throw new XlsxPatchError(`The ${flag} flag of ${where} must be true or false.`, 'bad-patch');
    f[flag] = v;
  }
  if (c.fontName !== undefined) {
    if (!isFontName(c.fontName)) throw new XlsxPatchError(`The font name of ${where} must be 1 to 31 characters.`, 'bad-patch');
    f.fontName = c.fontName;
  }
  if (c.fill !== undefined) {
    if (c.fill !== null && (typeof c.fill !== 'string' || !RGB_RE.test(c.fill))) {
      throw new XlsxPatchError(`The fill of ${where} must be an RGB colour such as "FFC7CE".`, 'bad-patch');
    }
    f.fill = c.fill;
  }
  if (c.horizontal !== undefined) {
    if (!['left', 'center', 'right'].includes(c.horizontal)) throw new XlsxPatchError(`The alignment of ${where} must be left, center or right.`, 'bad-patch');
    f.horizontal = c.horizontal;
  }
  if (c.vertical !== undefined) {
    if (!['top', 'center', 'bottom'].includes(c.vertical)) throw new XlsxPatchError(`The vertical alignment of ${where} must be top, center or bottom.`, 'bad-patch');
    f.vertical = c.vertical;
  }
  if (c.fontSize !== undefined) {
    // Excel takes 1 to 409 points, in steps of half a point.
    if (typeof c.fontSize !== 'number' || !(c.fontSize >= 1 && c.fontSize <= 409) || !Number.isInteger(c.fontSize * 2)) {
      throw new XlsxPatchError(`The font size of ${where} must be 1 to 409 points, in steps of 0.5.`, 'bad-patch');
    }
    f.fontSize = c.fontSize;
  }
  return f;
}

function checkPosition(row: unknown, col: unknown, what: string): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || (row as number) < 1 || (col as number) < 1 || (row as number) > MAX_ROW || (col as number) > MAX_COL) {
    throw new XlsxPatchError(`${what} has a row or column outside the sheet (${String(row)}, ${String(col)}).`, 'bad-patch');
  }
}

/** Checks a new cell before anything is opened. */
export function checkNewCell(c: NewCell): void {
  if (c === null || typeof c !== 'object') throw new XlsxPatchError('A new cell must be an object.', 'bad-patch');
  checkPosition(c.row, c.col, 'A new cell');
  const where = columnLetters(c.col) + c.row;
  cellFormatOf(c, where);
  if (c.formula !== undefined) {
    if (typeof c.formula !== 'string') throw new XlsxPatchError(`The formula of ${where} must be text.`, 'bad-patch');
    formulaForFile(c.formula);
    return;
  }
  const v: unknown = c.value;
  if (v === undefined || v === null || typeof v === 'boolean') return;
  if (typeof v === 'number' && Number.isFinite(v)) return;
  if (typeof v === 'string' && v.length <= MAX_CELL_TEXT) return;
  throw new XlsxPatchError(`The value of ${where} must be text (up to ${MAX_CELL_TEXT} characters), a finite number, true/false or null.`, 'bad-patch');
}

/** A range of a plan as a box, checked. */
export function boxOf(r: { top: number; left: number; bottom: number; right: number }, what: string): CellRange {
  if (r === null || typeof r !== 'object') throw new XlsxPatchError(`${what} must be a cell range.`, 'bad-patch');
  checkPosition(r.top, r.left, what);
  checkPosition(r.bottom, r.right, what);
  return { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
}

function cellXml(c: NewCell, style: number): string {
  const ref = columnLetters(c.col) + c.row;
  const s = style !== 0 ? ` s="${style}"` : '';
  if (c.formula !== undefined) return `<c r="${ref}"${s}><f>${escapeFormula(formulaForFile(c.formula))}</f></c>`;
  const v = c.value;
  if (v === undefined || v === null) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${formatNumber(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(v)}</t></is></c>`;
}

export interface NewSheetContent {
  cells: NewCell[];
  merges: CellRange[];
  /** Row heights in points (checked). */
  rowHeights?: { row: number; height: number }[];
  page?: PageSetup;
  /** Style index of a cell format (added to styles.xml when new). */
  styleOf: (format: CellFormat) => number;
}

/** Checks a row height of a new sheet: Excel takes 0 to 409 points. */
export function checkRowHeight(h: { row: number; height: number }): void {
  if (h === null || typeof h !== 'object') throw new XlsxPatchError('A row height needs a row and a height.', 'bad-patch');
  checkPosition(h.row, 1, 'A row height');
  if (typeof h.height !== 'number' || !(h.height >= 0 && h.height <= 409)) {
    throw new XlsxPatchError(`The height of row ${h.row} must be 0 to 409 points (got ${String(h.height)}).`, 'bad-patch');
  }
}

/** `<row>` attributes: its number, and its height when the plan sets one (customHeight keeps it on open). */
function rowOpen(r: number, height: number | undefined): string {
  return height === undefined ? `<row r="${r}"` : `<row r="${r}" ht="${formatNumber(height)}" customHeight="1"`;
}

/** The worksheet XML (its column widths are set afterwards, as the `columnWidth` step does). */
export function newSheetXml(namespace: string, content: NewSheetContent): string {
  const byRef = new Map<string, NewCell>();
  for (const c of content.cells) byRef.set(`${c.row},${c.col}`, c); // a later cell wins
  const byRow = new Map<number, NewCell[]>();
  for (const c of byRef.values()) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
  const heights = new Map<number, number>();
  for (const h of content.rowHeights ?? []) heights.set(h.row, h.height); // a later height wins
  let rows = '';
  let bounds: CellRange | null = null;
  for (const r of [...new Set([...byRow.keys(), ...heights.keys()])].sort((a, b) => a - b)) {
    const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
    if (cells.length === 0) {
      rows += `${rowOpen(r, heights.get(r))}/>`;
      continue;
    }
    let row = '';
    for (const c of cells) {
      const format = cellFormatOf(c, columnLetters(c.col) + c.row);
      row += cellXml(c, changesFormat(format) ? content.styleOf(format) : 0);
      bounds = bounds === null
        ? { top: r, left: c.col, bottom: r, right: c.col }
        : { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c.col), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c.col) };
    }
    rows += `${rowOpen(r, heights.get(r))}>${row}</row>`;
  }
  const merges = content.merges.length === 0
    ? ''
    : `<mergeCells count="${content.merges.length}">${content.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>`;
  const page = pageSetupXml(content.page);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${namespace}">` +
    page.sheetPr +
    `<dimension ref="${bounds === null ? 'A1' : rangeAddress(bounds)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<sheetData>${rows}</sheetData>` +
    merges +
    page.printing +
    '</worksheet>'
  );
}
