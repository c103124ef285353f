/**
 * A1-style addresses, the one module every host and the core use. Rows and columns are 1-based; a
 * rectangle is a CellRange.
 */
import type { CellRange } from './snapshot';

/** Excel's grid limits (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

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

/** "A" → 1, "AA" → 27, "XFD" → 16384; NaN for anything that is not one to three letters. */
export function columnNumber(letters: string): number {
  if (letters.length < 1 || letters.length > 3) return Number.NaN;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) return Number.NaN;
    n = n * 26 + (c - 96);
  }
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

/** The rectangle of an address ("A1:C3", "Sheet1!A1:C3", "'Kế hoạch'!B2", "A:C"), ignoring its sheet; null when it does not parse. */
export function parseRange(address: string): CellRange | null {
  return parseA1Address(address)?.range ?? null;
}

export function rangeAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
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
  const col = m[1] === undefined ? null : columnNumber(m[1]);
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
    const r = parseRange(a);
    if (!r) continue;
    const key = `${r.top},${r.left},${r.bottom},${r.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Whether text reads as an A1 cell reference ("A1", "XFD1048576") or an R1C1 one ("R1C1", "R", "C2"). */
export function looksLikeReference(text: string): boolean {
  const a1ref = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  if (a1ref !== null && columnNumber(a1ref[1]!) <= MAX_COLUMNS && Number(a1ref[2]) >= 1) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(text) || /^[Cc]\d*$/.test(text);
}

/** The sheet name as a formula writes it: quoted (with ' doubled) unless it is a plain ASCII identifier. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !looksLikeReference(name) && !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "$A$1" or "$A$1:$B$3", the form defined names use. */
export function absoluteReference(r: CellRange): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right ? abs(r.top, r.left) : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}

/** An absolute, sheet-qualified reference: "'Danh mục'!$B$2:$B$9". */
export function sheetReference(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${absoluteReference(r)}`;
}

/** Two rectangles share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The rectangle holds the cell. */
export function containsCell(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
