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
