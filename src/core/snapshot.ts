/**
 * What a host hands the core: one sheet's used range as parallel 2-D arrays, the shape Office.js
 * returns (values, text, numberFormat, formulas), plus merges and Excel Tables.
 * Dates are Excel serial numbers (as Office.js gives them); hosts that see Date objects convert.
 */

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface ErrorValue {
  error: string;
}

export type RawValue = string | number | boolean | null | ErrorValue;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface TableObject {
  name: string;
  range: CellRange;
  showHeaders: boolean;
}

export interface SheetSnapshot {
  name: string;
  /** 1-based row and column of values[0][0]. */
  top: number;
  left: number;
  values: RawValue[][];
  /** Displayed text as Excel shows it, when the host knows it. */
  text?: string[][];
  /** Number format codes ("General", "@", "dd/mm/yyyy" …). */
  numFmt?: string[][];
  /** Formula text (starting with "=") or null, when the host knows it. */
  formulas?: (string | null)[][];
  /** Italic font per cell, when the host knows it (detail rows are often italic). */
  italic?: boolean[][];
  merges: CellRange[];
  tables: TableObject[];
  /** 1-based rows hidden by the user or a filter. */
  hiddenRows?: number[];
  /** The workbook culture's decimal separator ("," in vi-VN). */
  decimalSeparator?: string;
  /** The user's selection, when the host knows it: of several Excel Tables, the one it is in is checked. */
  selection?: CellRange;
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

/** A number as a cell holds it: Excel cannot store NaN or ±Infinity and shows #NUM! instead. */
export function cellNumber(n: number): number | ErrorValue {
  return Number.isFinite(n) ? n : { error: '#NUM!' };
}

/** The same cell content (what a check saw is still there); error values compare by their code. */
export function sameRawValue(a: RawValue, b: RawValue): boolean {
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

/** Build a snapshot from a plain grid anchored at A1 (tests, synthetic tables). */
export function snapshotFromRows(
  name: string,
  rows: RawValue[][],
  extra: Partial<Omit<SheetSnapshot, 'name' | 'values'>> = {},
): SheetSnapshot {
  return { name, top: 1, left: 1, values: rows, merges: [], tables: [], ...extra };
}
