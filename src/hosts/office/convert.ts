/**
 * Pure conversions from what Office.js hands back (A1 addresses, parallel 2-D arrays) into the core's
 * SheetSnapshot. No Office globals here, so that this file is unit-tested with plain arrays.
 */
import { cellNumber, type CellRange, type RawValue, type SheetSnapshot, type TableObject } from '../../core/snapshot';

import { MAX_COLUMNS, parseRange, parseRanges, splitAddressList } from '../../core/address';

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** Error values Excel can show in a cell. Used only when valueTypes were not loaded. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/**
 * One Office.js value to a RawValue. `valueType` is Excel.RangeValueType as a string
 * ("Empty" | "String" | "Double" | "Integer" | "Boolean" | "Error" | "RichValue" | "Unknown").
 * Empty cells (Office gives "") become null. With valueType "Error" the value is the error text;
 * without valueTypes, a string that is exactly an Excel error code is taken as an error.
 */
export function convertValue(value: unknown, valueType?: string): RawValue {
  if (valueType === 'Empty') return null;
  if (valueType === 'Error') return { error: String(value ?? '#N/A') };
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return cellNumber(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (valueType === undefined && EXCEL_ERRORS.has(value)) return { error: value };
    return value;
  }
  return String(value);
}

/** Rectangular copy of a 2-D array, `rows` × `cols`, filling holes with `fill(r, c)`. */
function grid<T>(rows: number, cols: number, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = at(r, c);
    out.push(row);
  }
  return out;
}

function dims(a: readonly (readonly unknown[])[]): { rows: number; cols: number } {
  let cols = 0;
  for (const row of a) cols = Math.max(cols, row.length);
  return { rows: a.length, cols };
}

export function convertValues(
  values: readonly (readonly unknown[])[],
  valueTypes?: readonly (readonly unknown[])[] | null,
): RawValue[][] {
  const { rows, cols } = dims(values);
  return grid(rows, cols, (r, c) => {
    const t = valueTypes?.[r]?.[c];
    return convertValue(values[r]?.[c], typeof t === 'string' ? t : undefined);
  });
}

/** Displayed text; anything missing becomes "". */
export function convertText(text: readonly (readonly unknown[])[], rows: number, cols: number): string[][] {
  return grid(rows, cols, (r, c) => {
    const t = text[r]?.[c];
    return t === null || t === undefined ? '' : String(t);
  });
}

/** Number format codes; a missing or empty code is "General". */
export function convertNumberFormats(
  formats: readonly (readonly unknown[])[],
  rows: number,
  cols: number,
): string[][] {
  return grid(rows, cols, (r, c) => {
    const f = formats[r]?.[c];
    return typeof f === 'string' && f !== '' ? f : 'General';
  });
}

/**
 * Range.formulas gives the formula ("=SUM(A1:A3)") where there is one and the plain value elsewhere;
 * keep only the formulas.
 */
export function convertFormulas(
  formulas: readonly (readonly unknown[])[],
  rows: number,
  cols: number,
): (string | null)[][] {
  return grid(rows, cols, (r, c) => {
    const f = formulas[r]?.[c];
    return typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f : null;
  });
}

/** The shape Range.getCellProperties({ format: { font: { italic: true } } }) returns, per cell. */
export interface ItalicCellProperties {
  format?: { font?: { italic?: boolean | null } | null } | null;
}

export function convertItalic(
  props: readonly (readonly (ItalicCellProperties | null | undefined)[])[],
  rows: number,
  cols: number,
): boolean[][] {
  return grid(rows, cols, (r, c) => props[r]?.[c]?.format?.font?.italic === true);
}

// ---------------------------------------------------------------------------------------------
// Snapshot
// ---------------------------------------------------------------------------------------------

/** What readSheet.ts collects from Office.js, as plain data. */
export interface RawSheet {
  name: string;
  /** Range.rowIndex / columnIndex of the used range (0-based). */
  rowIndex: number;
  columnIndex: number;
  values: readonly (readonly unknown[])[];
  valueTypes?: readonly (readonly unknown[])[] | null;
  text?: readonly (readonly unknown[])[] | null;
  numberFormat?: readonly (readonly unknown[])[] | null;
  formulas?: readonly (readonly unknown[])[] | null;
  italic?: readonly (readonly (ItalicCellProperties | null | undefined)[])[] | null;
  /** Addresses of merged areas (each one rectangle, or RangeAreas.address lists). */
  mergedAreas?: readonly string[];
  tables?: readonly { name: string; address: string; showHeaders: boolean }[];
  /** 1-based sheet rows that are hidden. */
  hiddenRows?: readonly number[];
  decimalSeparator?: string | null;
}

export function emptySnapshot(name: string): SheetSnapshot {
  return { name, top: 1, left: 1, values: [], merges: [], tables: [] };
}

export function buildSnapshot(raw: RawSheet): SheetSnapshot {
  const values = convertValues(raw.values, raw.valueTypes);
  const rows = values.length;
  const cols = rows > 0 ? values[0]!.length : 0;
  const snapshot: SheetSnapshot = {
    name: raw.name,
    top: raw.rowIndex + 1,
    left: raw.columnIndex + 1,
    values,
    merges: parseRanges((raw.mergedAreas ?? []).flatMap(splitAddressList)).filter(
      (m) => m.bottom > m.top || m.right > m.left,
    ),
    tables: (raw.tables ?? []).flatMap((t): TableObject[] => {
      const range = parseRange(t.address);
      return range ? [{ name: t.name, range, showHeaders: t.showHeaders }] : [];
    }),
  };
  if (raw.text) snapshot.text = convertText(raw.text, rows, cols);
  if (raw.numberFormat) snapshot.numFmt = convertNumberFormats(raw.numberFormat, rows, cols);
  if (raw.formulas) snapshot.formulas = convertFormulas(raw.formulas, rows, cols);
  if (raw.italic) snapshot.italic = convertItalic(raw.italic, rows, cols);
  if (raw.hiddenRows && raw.hiddenRows.length > 0) {
    snapshot.hiddenRows = [...new Set(raw.hiddenRows)].sort((a, b) => a - b);
  }
  if (raw.decimalSeparator) snapshot.decimalSeparator = raw.decimalSeparator;
  return snapshot;
}

/** Today as an ISO date in the local time zone (toISOString() would give UTC, a day early before 7:00 in Vietnam). */
export function localIsoDate(d: Date = new Date()): string {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

// ---------------------------------------------------------------------------------------------
// Reading in pieces: error cells, formulas and formats come as areas or per column, not per cell
// ---------------------------------------------------------------------------------------------

/** Size of a value as JSON in UTF-8 bytes: how payloads are estimated against Excel on the web's 5 MB limit. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // Surrogate pairs count 2 + 2 = 4 bytes, which is what UTF-8 takes for them.
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * Value types derived from the values themselves plus the cells known to hold errors (from
 * getSpecialCells(…, "Errors")): "" is Empty, a cell in an error area is Error, anything else keeps its
 * JavaScript type. Text that merely looks like "#N/A" therefore stays text, without loading valueTypes
 * for every cell.
 */
export function valueTypesFromErrors(
  values: readonly (readonly unknown[])[],
  top: number,
  left: number,
  errorAreas: readonly CellRange[],
): string[][] {
  const isError = cellSet(errorAreas);
  return values.map((row, r) =>
    row.map((v, c) => {
      if (isError(top + r, left + c)) return 'Error';
      if (v === '' || v === null || v === undefined) return 'Empty';
      if (typeof v === 'number') return 'Double';
      if (typeof v === 'boolean') return 'Boolean';
      return 'String';
    }),
  );
}

function cellSet(areas: readonly CellRange[]): (row: number, col: number) => boolean {
  if (areas.length === 0) return () => false;
  const keys = new Set<number>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) keys.add(r * MAX_COLUMNS + c);
  }
  return (row, col) => keys.has(row * MAX_COLUMNS + col);
}

/** One area of a RangeAreas with its per-cell data (Range.formulas of the area). */
export interface AreaData {
  address: string;
  data: readonly (readonly unknown[])[];
}

/**
 * The formulas grid of a block (`rows` × `cols` anchored at 1-based top/left) from the areas that
 * getSpecialCells("Formulas") returned; cells outside every area hold no formula. Area cells outside the
 * block are ignored (a single-cell range can make Excel search the whole sheet).
 */
export function formulasFromAreas(
  areas: readonly AreaData[],
  top: number,
  left: number,
  rows: number,
  cols: number,
): (string | null)[][] {
  const out = grid<string | null>(rows, cols, () => null);
  for (const area of areas) {
    const range = parseRange(area.address);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      const row = out[r - top];
      if (!row) continue;
      for (let c = range.left; c <= range.right; c++) {
        if (c < left || c >= left + cols) continue;
        const f = area.data[r - range.top]?.[c - range.left];
        if (typeof f === 'string' && f.startsWith('=') && f.length > 1) row[c - left] = f;
      }
    }
  }
  return out;
}

/** What is known of one column's format: the same for every cell, or per cell from `firstRow` on. */
export type ColumnFormat<T> = { uniform: T } | { firstRow: number; cells: readonly T[] };

/**
 * A full per-cell grid (rows × cols anchored at top/left) from per-column knowledge; cells nobody read
 * get `fallback`. Lets the reader load number formats and italics only where the core looks at them.
 */
export function gridFromColumns<T>(
  columns: ReadonlyMap<number, ColumnFormat<T>>,
  top: number,
  left: number,
  rows: number,
  cols: number,
  fallback: T,
): T[][] {
  return grid(rows, cols, (r, c) => {
    const known = columns.get(left + c);
    if (!known) return fallback;
    if ('uniform' in known) return known.uniform;
    const v = known.cells[top + r - known.firstRow];
    return v === undefined ? fallback : v;
  });
}

/** Rows hidden according to Range.getRowProperties({ rowHidden: true }) of a block starting at `firstRow`. */
export function hiddenRowsOf(rowProps: readonly { rowHidden?: boolean | null }[], firstRow: number): number[] {
  const out: number[] = [];
  rowProps.forEach((p, i) => {
    if (p.rowHidden === true) out.push(firstRow + i);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** Strings Excel parses on entry rather than storing: numbers, dates, times, percentages, booleans, errors. */
const PARSED_ON_ENTRY = /^[\s($€£¥₫-]*[\d.,/:\-+eE\s]*\d[\d.,/:\-+eE\s]*[%)₫]?\s*$/;

/**
 * Whether Range.values would not store this string as it is. Excel treats written strings like typed
 * input: "=…", "+…" and "-…" become formulas (so "- Tỷ lệ…" becomes a #NAME? error), "1.1" becomes a
 * number, "30/6/2024" maybe a date, "TRUE" a boolean, and a leading apostrophe is a text prefix that
 * is dropped.
 */
export function isParsedOnEntry(text: string): boolean {
  if (/^['=+-]/.test(text)) return true;
  const t = text.trim();
  return PARSED_ON_ENTRY.test(t) || /^(true|false)$/i.test(t) || EXCEL_ERRORS.has(t.toUpperCase());
}

/**
 * What to put in Range.values so that the cell ends up holding `value`: "" clears (null in a values
 * array would mean "leave unchanged"); a string Excel would parse gets the apostrophe text prefix, except
 * in a cell formatted as text ("@"), which stores what it is given.
 */
export function cellInput(value: string | number | null, numFmt: string | null | undefined): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (numFmt === '@' || value === '' || !isParsedOnEntry(value)) return value;
  return `'${value}`;
}
