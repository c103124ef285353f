/**
 * The values a formula computes with, as the core's snapshot holds them — numbers (dates as 1900-system
 * serials), text, booleans, { error } and null for a blank cell — plus arrays and references, and
 * Excel's rules for turning one into another, comparing and stretching arrays. Pure.
 */
import { isErrorValue, type ErrorValue } from '../../core/snapshot';

export type Scalar = number | string | boolean | null | ErrorValue;
/** Rows of values: a range's cells or an array constant, never empty. */
export type Matrix = Scalar[][];
/** A rectangle of cells, 1-based and inclusive: what a reference is before its values are read. */
export class Area {
  constructor(
    readonly sheet: string,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}
}
export type Value = Scalar | Matrix | Area;

/** What a formula reaches of its workbook. */
export interface EvalContext {
  /** The formula's cell (references without a sheet name are to its sheet; ROW() is its row). */
  sheet: string;
  row: number;
  col: number;
  /** A reference as an area (null bounds: a whole column or row); #REF! for no such sheet. */
  area(sheet: string, top: number | null, left: number | null, bottom: number | null, right: number | null): Area | ErrorValue;
  /** A defined name's area (one scoped to `sheet` first, then the workbook's); #NAME? when there is none. */
  name(name: string, sheet: string | null): Area | ErrorValue;
  /** The cells' values, formulas computed. */
  cells(area: Area): Matrix;
  /** Today's date serial (TODAY()). */
  today: number;
}

/** A formula this engine cannot compute (a function it lacks, LAMBDA, external or table references …). */
export class Unsupported extends Error {}

export const err = (code: string): ErrorValue => ({ error: code });
export const NA = err('#N/A');
export const VALUE = err('#VALUE!');
export const isError = isErrorValue;
export const isMatrix = (v: Value): v is Matrix => Array.isArray(v);

/** A finite number, else #NUM! (a cell holds no NaN or infinity). */
export const num = (n: number): number | ErrorValue => (Number.isFinite(n) ? n : err('#NUM!'));

/** An area's values: one cell as a value, several as a matrix. */
export function deref(v: Value, ctx: EvalContext): Scalar | Matrix {
  if (!(v instanceof Area)) return v;
  const m = ctx.cells(v);
  return m.length === 1 && m[0]!.length === 1 ? m[0]![0]! : m;
}

/** One value: an array's first (no formula here relies on Excel 2016's implicit intersection). */
export function scalarOf(v: Value, ctx: EvalContext): Scalar {
  const d = deref(v, ctx);
  return isMatrix(d) ? d[0]![0]! : d;
}

/**
 * Apply a one-value operation over its arguments, cell by cell when any is an array: a 1×1 array or a
 * single row or column is stretched, as Excel does; past the end of a shorter array the result is #N/A.
 */
export function lift(args: (Scalar | Matrix)[], f: (xs: Scalar[]) => Scalar): Scalar | Matrix {
  if (!args.some((a) => isMatrix(a))) return f(args as Scalar[]);
  const ms = args.map((a) => (isMatrix(a) ? a : [[a]]));
  const rows = Math.max(...ms.map((m) => m.length));
  const cols = Math.max(...ms.map((m) => m[0]!.length));
  // One argument list for every cell (`f` reads it at once): a column of 10,000 cells makes no 10,000 lists.
  const xs: Scalar[] = new Array<Scalar>(ms.length);
  const out: Matrix = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < ms.length; k++) {
        const m = ms[k]!;
        const r = m[m.length === 1 ? 0 : i];
        const jj = m[0]!.length === 1 ? 0 : j;
        xs[k] = r && jj < r.length ? r[jj]! : NA;
      }
      row.push(f(xs));
    }
    out.push(row);
  }
  return out;
}

// ---- coercion, as Excel does it ----

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

export function toNumber(v: Scalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim();
    if (!NUMBER_TEXT.test(t)) return VALUE;
    return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  }
  return v;
}

export function toText(v: Scalar): string | ErrorValue {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v;
}

export function toBool(v: Scalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return /^true$/i.test(v) ? true : /^false$/i.test(v) ? false : VALUE;
  return v;
}

/** Text compares case-insensitively, as in Excel (accents count). */
const collator = new Intl.Collator('vi', { sensitivity: 'accent' });

/** Excel's order: numbers < text < booleans; a blank is 0, "" or FALSE beside the other value. */
export function compare(a: Scalar, b: Scalar): number {
  const blankAs = (other: Scalar) => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') return collator.compare(x, y as string);
  return Number(x) - Number(y);
}

/** The comparison operators, each a test of `compare`'s result. */
export const COMPARISONS: Readonly<Record<string, (c: number) => boolean>> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '<': (c) => c < 0,
  '>': (c) => c > 0,
  '<=': (c) => c <= 0,
  '>=': (c) => c >= 0,
};

/** Excel's wildcards (* ? and ~ to escape them) as a whole-text, case-insensitive pattern. */
export function wildcard(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '~' && i + 1 < pattern.length) out += escapeRe(pattern[++i]!);
    else out += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : escapeRe(ch);
  }
  return new RegExp(`^${out}$`, 'iu');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
