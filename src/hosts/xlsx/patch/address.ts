import { XlsxPatchError } from './errors';

export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1-based column number of column letters ("A" → 1, "AA" → 27); NaN if not letters. */
export function lettersToCol(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) | 0x20; // lower-case
    if (c < 97 || c > 122) return NaN;
    n = n * 26 + (c - 96);
  }
  return n;
}

export function colToLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface CellAddress {
  row: number;
  col: number;
  /** Canonical upper-case A1 text without "$". */
  ref: string;
}

const A1_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** Parses an A1 reference; null when it is not a valid single-cell reference. */
export function tryParseA1(text: string): CellAddress | null {
  const m = A1_RE.exec(text.trim());
  if (m === null) return null;
  const col = lettersToCol(m[1]!);
  const row = Number(m[2]);
  if (!(col >= 1 && col <= MAX_COL && row >= 1 && row <= MAX_ROW)) return null;
  return { row, col, ref: colToLetters(col) + row };
}

export function parseA1(text: string): CellAddress {
  const a = tryParseA1(text);
  if (a === null) throw new XlsxPatchError(`"${text}" is not a valid cell address (expected A1 style, e.g. "A8").`, 'bad-patch');
  return a;
}

export interface RangeBox {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Parses "A1:B3" or "A1" (a few producers write whole-column/row refs; those return null). */
export function tryParseRange(text: string): RangeBox | null {
  const [a, b] = text.split(':');
  const p = tryParseA1(a ?? '');
  const q = b === undefined ? p : tryParseA1(b);
  if (p === null || q === null) return null;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

export function boxContains(box: RangeBox, row: number, col: number): boolean {
  return row >= box.r1 && row <= box.r2 && col >= box.c1 && col <= box.c2;
}

export function boxToRef(box: RangeBox): string {
  const a = colToLetters(box.c1) + box.r1;
  const b = colToLetters(box.c2) + box.r2;
  return a === b ? a : `${a}:${b}`;
}

const COLS_RE = /^\$?([A-Za-z]{1,3})$/;
const ROWS_RE = /^\$?([0-9]{1,7})$/;

/**
 * One area of a `sqref` or reference: "A1", "A1:B3", whole columns "A:B" or whole rows "1:3" ("$" allowed);
 * null when it is none of these.
 */
export function tryParseArea(text: string): RangeBox | null {
  const box = tryParseRange(text);
  if (box !== null) return box;
  const [a, b, extra] = text.trim().split(':');
  if (a === undefined || b === undefined || extra !== undefined) return null;
  const ca = COLS_RE.exec(a);
  const cb = COLS_RE.exec(b);
  if (ca !== null && cb !== null) {
    const c1 = lettersToCol(ca[1]!);
    const c2 = lettersToCol(cb[1]!);
    if (!(c1 >= 1 && c2 >= 1 && c1 <= MAX_COL && c2 <= MAX_COL)) return null;
    return { r1: 1, c1: Math.min(c1, c2), r2: MAX_ROW, c2: Math.max(c1, c2) };
  }
  const ra = ROWS_RE.exec(a);
  const rb = ROWS_RE.exec(b);
  if (ra !== null && rb !== null) {
    const r1 = Number(ra[1]);
    const r2 = Number(rb[1]);
    if (!(r1 >= 1 && r2 >= 1 && r1 <= MAX_ROW && r2 <= MAX_ROW)) return null;
    return { r1: Math.min(r1, r2), c1: 1, r2: Math.max(r1, r2), c2: MAX_COL };
  }
  return null;
}

/** The areas of a space-separated `sqref`; null when one of them cannot be read. */
export function parseSqref(text: string): RangeBox[] | null {
  const areas: RangeBox[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === '') continue;
    const box = tryParseArea(part);
    if (box === null) return null;
    areas.push(box);
  }
  return areas;
}

export function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** "$A$1" or "$A$1:$B$3", the form defined names use. */
export function absoluteRef(box: RangeBox): string {
  const a = `$${colToLetters(box.c1)}$${box.r1}`;
  const b = `$${colToLetters(box.c2)}$${box.r2}`;
  return a === b ? a : `${a}:${b}`;
}
