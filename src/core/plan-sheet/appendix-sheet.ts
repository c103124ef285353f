/**
 * The standard appendix laid out on a sheet: "PHỤ LỤC", its title and "(Kèm theo …)" merged over the
 * table's width, a blank row, then the table — header row 5 repeated on every printed page, bordered and
 * wrapped cells in Times New Roman 12 pt, A4 landscape one page wide. Dropdowns: the owner and partner
 * columns from the workbook's unit list (DanhMucDonVi, when it has one; other text is allowed, an owner
 * cell may name several units: the catalog's own dropdowns), the status column from the status words.
 *
 * The table is what the checker reads (its header words are the domain's), so a freshly inserted and
 * filled appendix checks clean (test/plan-sheet-appendix.test.ts).
 */
import type { CellRange } from '../snapshot';
import { APPENDIX_STATUSES, APPENDIX_TABLE_PT, type AppendixDocument, type AppendixField, type AppendixRow } from '../plan-doc/appendix';
import { textOf } from '../plan-doc/write';
import { dropdownSteps, type CellBlock } from '../workbook/catalog';
import type { Lang } from '../report';
import type { NewCell, PlanStep } from '../workbook/plan';
import { strayCells, type SheetRestore } from './restore';
import { SHEET_FONT, lineCount, rowHeight, widthForMm } from './grid';

type AddSheet = Extract<PlanStep, { kind: 'addSheet' }>;

export const APPENDIX_HEADER_ROW = 5;
/** Rows below the table that still get the dropdowns, for the rows a user adds. */
const ROOM_FOR_MORE = 200;

const ALIGN = { left: 'left', justify: 'left', center: 'center', right: 'right' } as const;

function tableCell(row: number, col: number, value: string | null, extra: Partial<NewCell> = {}): NewCell {
  return { row, col, value, ...SHEET_FONT, fontSize: APPENDIX_TABLE_PT, border: true, ...extra };
}

/** The appendix's rows on the sheet: the first data row is 6. */
export function appendixRowAt(i: number): number {
  return APPENDIX_HEADER_ROW + 1 + i;
}

/** The appendix as the content of a new sheet, and the dropdowns over its columns. */
export function appendixSheet(doc: AppendixDocument, sheet: string, hasUnitList: boolean, lang: Lang): { content: Omit<AddSheet, 'kind' | 'sheet'>; validations: PlanStep[]; range: CellRange } {
  const width = doc.columns.length;
  const widthMm = doc.columns.reduce((s, c) => s + c.widthMm, 0);
  const cells: NewCell[] = [];
  const merges: CellRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  doc.heading.forEach((line, i) => {
    const row = i + 1;
    const s = line.style;
    cells.push({ row, col: 1, value: textOf(line), ...SHEET_FONT, fontSize: s.sizePt, horizontal: ALIGN[s.align], ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}) });
    merges.push({ top: row, left: 1, bottom: row, right: width });
    rowHeights.push({ row, height: rowHeight(lineCount(textOf(line), s.sizePt, widthMm, s.caps === true), s.sizePt) });
  });
  const header = APPENDIX_HEADER_ROW;
  doc.columns.forEach((c, j) => cells.push(tableCell(header, j + 1, c.title, { bold: true, horizontal: 'center', vertical: 'center' })));
  rowHeights.push({ row: header, height: Math.max(...doc.columns.map((c) => rowHeight(lineCount(c.title, APPENDIX_TABLE_PT, c.widthMm, false), APPENDIX_TABLE_PT))) });
  doc.rows.forEach((r, i) => {
    const row = appendixRowAt(i);
    let lines = 1;
    doc.columns.forEach((c, j) => {
      const v = r.cells[c.field] ?? null;
      if (v) lines = Math.max(lines, lineCount(v, APPENDIX_TABLE_PT, c.widthMm, r.kind === 'area'));
      cells.push(tableCell(row, j + 1, v, { ...(r.kind === 'area' ? { bold: true } : {}), ...(c.field === 'stt' ? { horizontal: 'center' } : {}) }));
    });
    rowHeights.push({ row, height: rowHeight(lines, APPENDIX_TABLE_PT) });
  });
  const last = appendixRowAt(doc.rows.length - 1);
  const columnWidths = doc.columns.map((c, j) => ({ col: j + 1, width: widthForMm(c.widthMm) }));
  const content: Omit<AddSheet, 'kind' | 'sheet'> = {
    cells,
    merges,
    rowHeights,
    columnWidths,
    page: { orientation: 'landscape', marginsMm: { ...doc.page.marginsMm }, fitToWidth: true, printTitleRows: { first: header, last: header }, pageNumbersFrom: doc.page.pageNumbersFrom },
  };
  return { content, validations: appendixValidations(doc, sheet, hasUnitList, lang, last), range: { top: 1, left: 1, bottom: last, right: width } };
}

/** The status dropdown's alert (the unit dropdowns are the catalog's own: catalog.dropdownSteps). */
const STATUS_ALERT = {
  vi: { title: 'Tình trạng', message: 'Hãy chọn: Chưa thực hiện, Đang thực hiện hoặc Hoàn thành.' },
  en: { title: 'Status', message: 'Choose: Chưa thực hiện, Đang thực hiện or Hoàn thành.' },
} as const;

/** The dropdowns over an appendix whose table ends at `last` (and the rows a user may add below it). */
export function appendixValidations(doc: Pick<AppendixDocument, 'columns'>, sheet: string, hasUnitList: boolean, lang: Lang, last: number): PlanStep[] {
  const bottom = last + ROOM_FOR_MORE;
  const top = appendixRowAt(0);
  const col = (field: AppendixField) => doc.columns.findIndex((c) => c.field === field) + 1;
  const range = (c: number): CellRange => ({ top, left: c, bottom, right: c });
  const units = hasUnitList ? dropdownSteps(sheet, (['owner', 'partners'] as const).map((f) => ({ range: range(col(f)), source: 'units' as const })), lang) : [];
  return [...units, { kind: 'addValidation', sheet, range: range(col('status')), list: { values: [...APPENDIX_STATUSES] }, alert: { style: 'warning', ...STATUS_ALERT[lang] } }];
}

/**
 * What brings an appendix sheet back as it was read (the restore of an update's or a removal's undo):
 * its text, with the look the layout gives each part — heading lines, header row, area rows (a Roman STT)
 * and bordered task rows down to the bottom of the add-in's range.
 */
export function restoredAppendix(sheet: string, block: CellBlock | null, range: CellRange, doc: Pick<AppendixDocument, 'columns' | 'heading' | 'page'>): SheetRestore {
  const at = (row: number, col: number): string | null => {
    const v = block?.values[row - block.top]?.[col - block.left];
    return v === null || v === undefined || typeof v === 'object' ? null : String(v);
  };
  const rows: AppendixRow[] = [];
  for (let row = appendixRowAt(0); row <= range.bottom; row++) {
    const cells: AppendixRow['cells'] = {};
    doc.columns.forEach((c, j) => {
      const v = at(row, j + 1);
      if (v !== null && v !== '') cells[c.field] = v;
    });
    rows.push({ kind: /^[IVXLC]+\.?$/.test(cells.stt ?? '') ? 'area' : 'task', cells });
  }
  const heading = doc.heading.map((line, i) => ({ ...line, runs: [{ text: at(i + 1, 1) ?? '' }] }));
  const { content } = appendixSheet({ font: 'Times New Roman', page: doc.page as AppendixDocument['page'], heading, columns: doc.columns, rows }, sheet, false, 'vi');
  const placed = new Set(content.cells.map((c) => `${c.row},${c.col}`));
  return { sheet, ...content, cells: [...content.cells, ...strayCells(block, placed)] };
}
