/**
 * Cell references as the package's XML writes them, over the core's one address module: a cell with its
 * canonical text (for `r` attributes), and the areas of a `sqref`.
 */
import { MAX_COLUMNS, MAX_ROWS, columnLetters, columnNumber, parseA1Address } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { XlsxPatchError } from './errors';

export { MAX_COLUMNS as MAX_COL, MAX_ROWS as MAX_ROW };

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
  const col = columnNumber(m[1]!);
  const row = Number(m[2]);
  if (!(col >= 1 && col <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS)) return null;
  return { row, col, ref: columnLetters(col) + row };
}

export function parseA1(text: string): CellAddress {
  const a = tryParseA1(text);
  if (a === null) throw new XlsxPatchError(`"${text}" is not a valid cell address (expected A1 style, e.g. "A8").`, 'bad-patch');
  return a;
}

/** Parses "A1:B3" or "A1" (whole-column/row refs return null: see tryParseArea). */
export function tryParseRange(text: string): CellRange | null {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined || tryParseA1(a ?? '') === null || (b !== undefined && tryParseA1(b) === null)) return null;
  return parseA1Address(text.trim())?.range ?? null;
}

/**
 * One area of a `sqref` or reference: "A1", "A1:B3", whole columns "A:B" or whole rows "1:3" ("$" allowed);
 * null when it is none of these.
 */
export function tryParseArea(text: string): CellRange | null {
  if (text.includes('!')) return null;
  return parseA1Address(text.trim())?.range ?? null;
}

/** The areas of a space-separated `sqref`; null when one of them cannot be read. */
export function parseSqref(text: string): CellRange[] | null {
  const areas: CellRange[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === '') continue;
    const box = tryParseArea(part);
    if (box === null) return null;
    areas.push(box);
  }
  return areas;
}
