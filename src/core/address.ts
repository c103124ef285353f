/** A1-style addresses. Rows and columns are 1-based. */
import type { CellRange } from './snapshot';

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseA1(address: string): { row: number; col: number } | null {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

/** "A1:C3", "Sheet1!A1:C3", "'Kế hoạch'!B2", "A:A" is not supported (returns null). */
export function parseRange(address: string): CellRange | null {
  const bang = address.lastIndexOf('!');
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}
