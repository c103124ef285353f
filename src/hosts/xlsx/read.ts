/**
 * The .xlsx host's reader: an exceljs workbook → one core SheetSnapshot per worksheet.
 * exceljs hands dates as JS Dates (UTC midnight); the core wants Excel serials, as Office.js gives.
 */
import ExcelJS from 'exceljs';
import { cellNumber, type CellRange, type RawValue, type SheetSnapshot, type TableObject } from '../../core/snapshot';
import { parseRange } from '../../core/address';
import { checkDeclaredSizes, oversizeMessage } from './limits';
import { readCentralDirectory } from './patch/zip-directory';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MERGE_TYPE = ExcelJS.ValueType.Merge;

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: 'missing' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'ods' | 'corrupt' | 'too-large' | 'no-sheets',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Say clearly why a buffer is not a workbook we can read, before exceljs throws something obscure. */
export function sniffWorkbook(data: Uint8Array): void {
  if (data.length >= 8 && CFB_MAGIC.every((b, i) => data[i] === b)) {
    // An OLE container is either an encrypted .xlsx or an old binary .xls.
    const head = latin1(data.subarray(0, Math.min(data.length, 1 << 16)));
    const encrypted = head.includes('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o') || head.includes('EncryptionInfo');
    throw encrypted
      ? new WorkbookReadError('encrypted', 'tệp được đặt mật khẩu (mã hoá); hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại')
      : new WorkbookReadError('legacy-xls', 'tệp là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu dưới dạng .xlsx');
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new WorkbookReadError('not-xlsx', 'tệp không phải là bảng tính .xlsx');
  }
  const cd = readCentralDirectory(data);
  const names = new Set(cd?.entries.map((e) => e.name.toLowerCase()));
  const odf = openDocumentType(data, names);
  if (odf !== null) {
    throw odf.startsWith('application/vnd.oasis.opendocument.spreadsheet')
      ? new WorkbookReadError('ods', 'tệp là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx')
      : new WorkbookReadError('not-xlsx', 'tệp là tài liệu OpenDocument, không phải bảng tính .xlsx');
  }
  // Every Office file has this part; a zip without it (an empty one, an archive renamed .xlsx) is not one.
  if (cd !== null && !names.has('[content_types].xml')) throw new WorkbookReadError('not-xlsx', 'tệp không phải là bảng tính .xlsx');
}

const ODF_PREFIX = 'application/vnd.oasis.opendocument';

/**
 * The media type of an OpenDocument file (exceljs opens one as a workbook without sheets), or null.
 * ODF puts a stored "mimetype" entry first, which also shows in a truncated file; a zip re-packed
 * by another tool still has the entry, and no [Content_Types].xml.
 */
function openDocumentType(data: Uint8Array, names: ReadonlySet<string>): string | null {
  const head = latin1(data.subarray(0, 30 + 8 + ODF_PREFIX.length + 40));
  if (data[26] === 8 && data[27] === 0 && head.startsWith('mimetype', 30)) {
    const type = head.slice(38 + ((data[28] ?? 0) | ((data[29] ?? 0) << 8)));
    if (type.startsWith(ODF_PREFIX)) return type;
  }
  return names.has('mimetype') && names.has('content.xml') && !names.has('[content_types].xml') ? ODF_PREFIX : null;
}

/** Bytes as Latin-1 text (one char per byte), without Node's Buffer so this module also runs in browsers. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * Worksheet parts the checker never reads (page setup, views, validations, conditional formats,
 * hyperlinks, drawings…): `cellsOnly` loading skips them. What it keeps: cells, merges, protection,
 * Excel Tables.
 */
const NOT_FOR_CHECKING = [
  'sheetPr', 'sheetViews', 'sheetFormatPr', 'cols', 'autoFilter', 'rowBreaks', 'hyperlinks', 'pageMargins',
  'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'conditionalFormatting', 'extLst',
];

export async function loadWorkbook(data: Uint8Array, options: { cellsOnly?: boolean } = {}): Promise<ExcelJS.Workbook> {
  sniffWorkbook(data);
  const oversize = checkDeclaredSizes(data);
  if (oversize !== null) throw new WorkbookReadError('too-large', oversizeMessage(oversize));
  const wb = new ExcelJS.Workbook();
  try {
    // A Buffer view on Node (as before); browsers have no Buffer, and exceljs' browser build takes the bytes as they are.
    const input = typeof Buffer === 'function' ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data;
    await wb.xlsx.load(input as unknown as ArrayBuffer, options.cellsOnly ? ({ ignoreNodes: NOT_FOR_CHECKING } as object) : undefined);
  } catch (e) {
    // The library's own words ("Bug : uncompressed data size mismatch") mean nothing to the user.
    throw new WorkbookReadError('corrupt', 'tệp .xlsx bị hỏng hoặc không đầy đủ; hãy mở bằng Excel và lưu lại', { cause: e });
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookReadError('no-sheets', 'bảng tính không có trang tính nào; hãy mở bằng Excel, thêm trang có bảng phụ lục rồi lưu lại');
  }
  return wb;
}

export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function convertValue(v: ExcelJS.CellValue): { value: RawValue; formula: string | null; richItalic: boolean | null } {
  if (v === null || v === undefined) return { value: null, formula: null, richItalic: null };
  if (typeof v === 'number') return { value: cellNumber(v), formula: null, richItalic: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v, formula: null, richItalic: null };
  // A date cell whose number is no date (exceljs: an Invalid Date) holds what Excel shows: #NUM!.
  if (v instanceof Date) return { value: cellNumber(dateToSerial(v)), formula: null, richItalic: null };
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const runs = o.richText as { text: string; font?: { italic?: boolean } }[];
    const text = runs.map((r) => r.text).join('');
    const italic = runs.length > 0 && runs.every((r) => r.font?.italic || !r.text.trim());
    return { value: text, formula: null, richItalic: italic };
  }
  if (typeof o.error === 'string') return { value: { error: o.error }, formula: null, richItalic: null };
  if ('formula' in o || 'sharedFormula' in o) {
    const inner = convertValue((o.result ?? null) as ExcelJS.CellValue);
    const f = (o.formula ?? o.sharedFormula) as string | undefined;
    return { value: inner.value, formula: f ? `=${f}` : null, richItalic: null };
  }
  if (typeof o.text === 'string') return { value: o.text, formula: null, richItalic: null }; // hyperlink
  return { value: String(v), formula: null, richItalic: null };
}

/**
 * One pass over exceljs' rows, writing straight into per-row arrays anchored at A1 (rows above the
 * first cell are empty arrays). Number formats, formulas and italics are only stored where they say
 * something (not "General", a formula, italic).
 */
export function worksheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: RawValue[][] = [];
  const numFmt: string[][] = [];
  const formulas: (string | null)[][] = [];
  const italic: boolean[][] = [];
  const hiddenRows: number[] = [];
  let hasFormula = false;
  let hasItalic = false;
  let hasFormat = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    let rowValues: RawValue[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs repeats a merge's value in every cell of it; Excel (and the core) keep it in the top-left only.
      if (cell.type === MERGE_TYPE) return;
      const { value, formula: own, richItalic } = convertValue(cell.value);
      // A shared formula's other cells hold only the first cell's address; exceljs translates its formula for them.
      const formula = own !== null && 'sharedFormula' in (cell.value as object) && cell.formula ? `=${cell.formula}` : own;
      if (value === null && formula === null) return;
      rowValues ??= values[r - 1] = [];
      rowValues[c - 1] = value;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') {
        (numFmt[r - 1] ??= [])[c - 1] = fmt;
        hasFormat = true;
      }
      if (formula) {
        (formulas[r - 1] ??= [])[c - 1] = formula;
        hasFormula = true;
      }
      if (richItalic ?? cell.font?.italic) {
        (italic[r - 1] ??= [])[c - 1] = true;
        hasItalic = true;
      }
    });
  });
  // Dense outer arrays, holes as null: the core reads values[row][col] and treats undefined as empty.
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (!row) values[i] = [];
    else for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
  }
  const merges: CellRange[] = [];
  const rawMerges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(rawMerges)) merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  const snap: SheetSnapshot = { name: ws.name, top: 1, left: 1, values, merges, tables: readTables(ws), hiddenRows };
  if (hasFormat) snap.numFmt = numFmt;
  if (hasFormula) snap.formulas = formulas;
  if (hasItalic) snap.italic = italic;
  return snap;
}

function readTables(ws: ExcelJS.Worksheet): TableObject[] {
  const out: TableObject[] = [];
  const tables = (ws as unknown as { tables?: Record<string, { table?: Record<string, unknown>; model?: Record<string, unknown> }> }).tables ?? {};
  for (const [name, t] of Object.entries(tables)) {
    const model = (t.table ?? t.model ?? t) as Record<string, unknown>;
    const ref = (model.tableRef ?? model.ref) as string | undefined;
    const range = ref ? parseRange(ref) : null;
    if (!range) continue;
    out.push({ name: String(model.name ?? name), range, showHeaders: model.headerRow !== false });
  }
  return out;
}

export function isSheetProtectedModel(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return Boolean(p && p.sheet);
}
