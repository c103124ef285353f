/** Lookup, reference and conditional-count functions: MATCH, INDEX, VLOOKUP, ROW, COUNTIF and the like. */
import { MANY, type FnDef } from './define';
import { Area, compare, COMPARISONS, err, isError, isMatrix, NA, num, toNumber, VALUE, wildcard, type Matrix, type Scalar, type Value } from './values';

const REF = err('#REF!');

/** A value as a one-value argument: the first of an array. */
const first = (v: Value): Scalar => (isMatrix(v) ? v[0]![0]! : v instanceof Area ? null : v);
const matrix = (v: Value): Matrix => (isMatrix(v) ? v : [[first(v)]]);
const int = (v: Value): number | null => {
  const n = toNumber(first(v));
  return isError(n) ? null : Math.trunc(n);
};

const hasWildcard = (s: string) => /[*?~]/.test(s);

/** Whether a cell equals the looked-up value (text: case-insensitive, with wildcards, as MATCH 0 and VLOOKUP FALSE). */
function equals(wanted: Scalar, v: Scalar): boolean {
  if (v === null || isError(v) || typeof v !== typeof wanted) return false;
  if (typeof wanted === 'string' && hasWildcard(wanted)) return wildcard(wanted).test(v as string);
  return compare(wanted, v) === 0;
}

/** Position (0-based) in a row or column, as MATCH's type 0, 1 (sorted ascending) or -1 (descending). */
function position(wanted: Scalar, list: Scalar[], type: number): number {
  if (type === 0) return list.findIndex((v) => equals(wanted, v));
  let found = -1;
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    if (v === null || isError(v) || typeof v !== typeof wanted) continue;
    const c = compare(v, wanted);
    if (type > 0 ? c > 0 : c < 0) break;
    found = i;
  }
  return found;
}

function match([wanted, within, kind]: Value[]): Scalar {
  const w = first(wanted!);
  if (isError(w)) return w;
  const m = matrix(within!);
  if (m.length > 1 && m[0]!.length > 1) return NA;
  const type = kind === undefined ? 1 : int(kind);
  if (type === null) return VALUE;
  const at = position(w, m.flat(), Math.sign(type));
  return at < 0 ? NA : at + 1;
}

function index([of, row, col]: Value[]): Scalar | Matrix {
  const m = matrix(of!);
  let r = int(row!);
  let c = col === undefined ? 1 : int(col);
  if (r === null || c === null) return VALUE;
  // INDEX(row, n) of a single row picks the n-th column.
  if (col === undefined && m.length === 1) [r, c] = [1, r];
  if (r < 0 || c < 0 || r > m.length || c > m[0]!.length) return REF;
  if (r === 0 && c === 0) return m;
  if (r === 0) return m.map((x) => [x[c! - 1]!]);
  if (c === 0) return [m[r - 1]!];
  return m[r - 1]![c - 1]!;
}

function vlookup([wanted, table, col, approx]: Value[]): Scalar {
  const w = first(wanted!);
  if (isError(w)) return w;
  const m = matrix(table!);
  const c = int(col!);
  if (c === null) return VALUE;
  if (c < 1 || c > m[0]!.length) return REF;
  const sorted = approx === undefined || first(approx) === true || (typeof first(approx) === 'number' && first(approx) !== 0);
  const at = position(w, m.map((row) => row[0]!), sorted ? 1 : 0);
  return at < 0 ? NA : m[at]![c - 1]!;
}

/**
 * COUNTIF's criterion: "=x", "<>x", "<5", ">=1/1/2024" as text, or a value; text compares
 * case-insensitively with wildcards; "" matches blanks and "<>" anything but them.
 */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c !== 'string') return (v) => v !== null && compare(v, c) === 0 && typeof v === typeof c;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? '=';
  const holds = COMPARISONS[op]!;
  const rest = m[2]!;
  const n = rest.trim() === '' ? null : toNumber(rest);
  const target: Scalar = n !== null && !isError(n) ? n : rest;
  const test = (v: Scalar): boolean => {
    if (rest === '') return v === null || v === '';
    if (isError(v) || v === null || typeof v !== typeof target) return false;
    if (typeof target === 'string' && (op === '=' || op === '<>')) return hasWildcard(target) ? wildcard(target).test(v as string) : compare(v, target) === 0;
    return holds(compare(v, target));
  };
  return op === '<>' ? (v) => !test(v) : test;
}

/** Cells where every (range, criterion) pair holds: SUMIFS, COUNTIFS. Ranges of different sizes: #VALUE!. */
function where(pairs: Value[]): boolean[][] | null {
  let out: boolean[][] | null = null;
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const m = matrix(pairs[k]!);
    const test = criterion(first(pairs[k + 1]!));
    if (out && (out.length !== m.length || out[0]!.length !== m[0]!.length)) return null;
    const prev: boolean[][] | null = out;
    out = m.map((row, i) => row.map((v, j) => (prev ? prev[i]![j]! : true) && test(v)));
  }
  return out;
}

function sumWhere(values: Value, ok: boolean[][] | null): Scalar {
  if (!ok) return VALUE;
  const m = matrix(values);
  let sum = 0;
  for (let i = 0; i < ok.length; i++) {
    for (let j = 0; j < ok[0]!.length; j++) {
      if (!ok[i]![j]) continue;
      const v = m[i]?.[j] ?? null;
      if (isError(v)) return v;
      if (typeof v === 'number') sum += v;
    }
  }
  return num(sum);
}

const countWhere = (ok: boolean[][] | null): Scalar => (ok ? ok.flat().filter(Boolean).length : VALUE);

/** ROW(ref) and the like: a part of the area, the error the reference is, else #VALUE!. */
const ofArea = (v: Value, part: (a: Area) => number): Scalar => (v instanceof Area ? part(v) : isError(first(v)) ? first(v) : VALUE);

export const LOOKUP_FUNCTIONS: Record<string, FnDef> = {
  MATCH: { min: 2, max: 3, args: ['one', 'array', 'one'], call: match },
  INDEX: { min: 2, max: 3, args: ['array', 'one'], call: index },
  VLOOKUP: { min: 3, max: 4, args: ['one', 'array', 'one'], call: vlookup },
  CHOOSE: {
    min: 2,
    max: MANY,
    lazy: ([pick, ...options]) => {
      const n = toNumber(first(pick!()));
      if (isError(n)) return n;
      const option = options[Math.trunc(n) - 1];
      return option ? option() : VALUE;
    },
  },
  ROW: { min: 0, max: 1, args: ['ref'], call: ([a], ctx) => (a === undefined ? ctx.row : ofArea(a, (x) => x.top)) },
  COLUMN: { min: 0, max: 1, args: ['ref'], call: ([a], ctx) => (a === undefined ? ctx.col : ofArea(a, (x) => x.left)) },
  ROWS: { min: 1, max: 1, args: ['ref'], call: ([a]) => (a instanceof Area ? a.bottom - a.top + 1 : matrix(a!).length) },
  COLUMNS: { min: 1, max: 1, args: ['ref'], call: ([a]) => (a instanceof Area ? a.right - a.left + 1 : matrix(a!)[0]!.length) },
  COUNTIF: { min: 2, max: 2, args: ['array'], call: (a) => countWhere(where(a)) },
  COUNTIFS: { min: 2, max: MANY, args: ['array'], call: (a) => countWhere(where(a)) },
  SUMIF: { min: 2, max: 3, args: ['array'], call: ([range, c, sum]) => sumWhere(sum ?? range!, where([range!, c!])) },
  SUMIFS: { min: 3, max: MANY, args: ['array'], call: ([sum, ...pairs]) => sumWhere(sum!, where(pairs)) },
};
