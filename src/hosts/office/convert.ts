/**
 * Pure conversions from what Office.js hands back (A1 addresses, parallel 2-D arrays) into the core's
 * SheetSnapshot. No Office globals here, so that this file is unit-tested with plain arrays.
 */
import type { CellRange, RawValue, SheetSnapshot, TableObject } from '../../core/snapshot';

/** Excel's grid limits (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

/** "A" → 1, "Z" → 26, "AA" → 27, "XFD" → 16384. Returns NaN for anything that is not letters. */
export function columnToNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return Number.NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 27 → "AA". */
export function numberToColumn(col: number): string {
  let s = '';
  let n = Math.floor(col);
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface ParsedAddress {
  /** The sheet name with quotes removed ('' quotes undone), or null when the address had none. */
  sheet: string | null;
  range: CellRange;
}

/**
 * Split "Sheet1!A1:B3" / "'Kế hoạch 2024'!A1" / "'O''Brien'!A1" / "A1:B3" into sheet and local part.
 * Returns null when a quoted sheet name is not closed or not followed by "!".
 */
export function splitSheet(address: string): { sheet: string | null; local: string } | null {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      const q = s.indexOf("'", i);
      if (q < 0) return null;
      name += s.slice(i, q);
      if (s[q + 1] === "'") {
        name += "'";
        i = q + 2;
        continue;
      }
      if (s[q + 1] !== '!') return null;
      return { sheet: name, local: s.slice(q + 2) };
    }
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: s };
  return { sheet: s.slice(0, bang), local: s.slice(bang + 1) };
}

interface Ref {
  row: number | null;
  col: number | null;
}

const REF_RE = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parseRef(text: string): Ref | null {
  const m = REF_RE.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : columnToNumber(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]);
  if (col !== null && (!(col >= 1) || col > MAX_COLUMNS)) return null;
  if (row !== null && (!(row >= 1) || row > MAX_ROWS)) return null;
  return { row, col };
}

/**
 * Parse one rectangular A1 address, optionally sheet-qualified and with "$" signs:
 * "A1", "$B$2:$D$9", "Sheet1!A1:F20", "'Kế hoạch'!B2", whole columns "A:C", whole rows "3:5".
 * Returns null for anything else (a list "A1, C3", a defined name, R1C1).
 */
export function parseA1Address(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split) return null;
  const parts = split.local.split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseRef(parts[0]!);
  const b = parts.length === 2 ? parseRef(parts[1]!) : a;
  if (!a || !b) return null;
  // Both ends must be of the same kind: cell:cell, column:column or row:row.
  const kind = (r: Ref) => (r.row !== null && r.col !== null ? 'cell' : r.col !== null ? 'col' : 'row');
  if (kind(a) !== kind(b)) return null;
  if (parts.length === 1 && kind(a) !== 'cell') return null;
  const top = Math.min(a.row ?? 1, b.row ?? 1);
  const bottom = Math.max(a.row ?? MAX_ROWS, b.row ?? MAX_ROWS);
  const left = Math.min(a.col ?? 1, b.col ?? 1);
  const right = Math.max(a.col ?? MAX_COLUMNS, b.col ?? MAX_COLUMNS);
  return { sheet: split.sheet, range: { top, left, bottom, right } };
}

/** The CellRange of an address, ignoring its sheet part; null when it does not parse. */
export function parseCellRange(address: string): CellRange | null {
  return parseA1Address(address)?.range ?? null;
}

/** "Sheet1!A1:F20" → "A1:F20" (for display). Returns the input unchanged when it does not split. */
export function localAddress(address: string): string {
  return splitSheet(address)?.local ?? address;
}

/**
 * Split a comma-separated list of areas as RangeAreas.address gives it
 * ("Sheet1!A1:B4, 'My, sheet'!D1:D4") without breaking on commas inside quoted sheet names.
 */
export function splitAddressList(list: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]!;
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still right
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Parse every address, dropping what does not parse and duplicates. */
export function parseRanges(addresses: readonly string[]): CellRange[] {
  const seen = new Set<string>();
  const out: CellRange[] = [];
  for (const a of addresses) {
    const r = parseCellRange(a);
    if (!r) continue;
    const key = `${r.top},${r.left},${r.bottom},${r.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

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
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
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
      const range = parseCellRange(t.address);
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
