/**
 * Find the table on a sheet: skip title lines, recognise a one- or two-row header (merged groups such
 * as "Đơn vị thực hiện" over "Chủ trì | Phối hợp"), map columns to roles, and find where the data ends.
 */
import type { Role } from '../report';
import type { CellRange, TableObject } from '../snapshot';
import { fold } from '../text/normalize';
import type { Grid } from './grid';
import { roleOfHeader } from './roles';
import { isLayerHeader } from '../tracking/headers';
import { isAddInColumnHeader } from './addin-columns';

export interface TableLayout {
  /** First and last header rows (equal for a one-row header). */
  headerTop: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  columns: Map<Role, number>;
  /** Columns that claimed a role already taken by a column to their left. */
  duplicates: { role: Role; col: number }[];
  /** Text of the rows above the header (title lines), top to bottom. */
  titleLines: string[];
  tableObject: TableObject | null;
  /** The tracking layer's deadline column beside the table (../tracking), when the sheet has the layer. */
  tracking: { deadlineCol: number } | null;
}

/** How far down the sheet a header may start. */
const HEADER_SEARCH_ROWS = 40;
/** This many blank rows in a row end the table. */
const BLANK_RUN_ENDS_TABLE = 3;

interface HeaderCandidate {
  top: number;
  bottom: number;
  roles: Map<number, Role>;
  score: number;
}

export function detectTable(grid: Grid): TableLayout | null {
  for (const t of tablesBySelection(grid.snapshot.tables, grid.snapshot.selection)) {
    if (!t.showHeaders) continue;
    const c = headerAt(grid, t.range.top, t.range.left, t.range.right);
    if (c && c.score >= 2) return layout(grid, c, t);
  }
  let best: HeaderCandidate | null = null;
  const last = Math.min(grid.bottom, grid.top + HEADER_SEARCH_ROWS);
  for (let r = grid.top; r <= last; r++) {
    const c = headerAt(grid, r, grid.left, grid.right);
    if (c && c.score >= 2 && (!best || c.score > best.score)) best = c;
  }
  return best ? layout(grid, best, null) : null;
}

/** The Excel Table holding the selection first, then the others in sheet order. */
function tablesBySelection(tables: TableObject[], selection: CellRange | undefined): TableObject[] {
  if (!selection) return tables;
  const holds = (t: TableObject) =>
    selection.top >= t.range.top && selection.top <= t.range.bottom && selection.left >= t.range.left && selection.left <= t.range.right;
  return [...tables.filter(holds), ...tables.filter((t) => !holds(t))];
}

function rolesOfRow(grid: Grid, row: number, left: number, right: number): Map<number, Role> {
  const roles = new Map<number, Role>();
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (typeof v !== 'string' || isAddInColumnHeader(grid, row, c)) continue;
    const role = roleOfHeader(v);
    if (role) roles.set(c, role);
  }
  return roles;
}

/** A header starting at `row`: one row, or two when the row below holds the sub-labels of merged groups. */
function headerAt(grid: Grid, row: number, left: number, right: number): HeaderCandidate | null {
  const top = rolesOfRow(grid, row, left, right);
  const distinct = (m: Map<number, Role>) => new Set(m.values()).size;
  if (top.size === 0 && !hasGroupCell(grid, row, left, right)) return null;
  const below = row < grid.bottom ? rolesOfRow(grid, row + 1, left, right) : new Map<number, Role>();
  if (below.size > 0 && spansIntoNextRow(grid, row, left, right)) {
    const roles = new Map<number, Role>();
    for (let c = left; c <= right; c++) {
      const sub = grid.raw(row + 1, c);
      const group = grid.value(row, c);
      let role: Role | null = null;
      if (isAddInColumnHeader(grid, row + 1, c)) continue;
      if (typeof sub === 'string' && !grid.mergedFromAbove(row + 1, c)) {
        role = roleOfHeader(sub);
        if (!role && typeof group === 'string') role = roleOfHeader(`${group} ${sub}`);
        if (role === 'criterion' && typeof group === 'string') role = roleOfHeader(`${group} ${sub}`) ?? role;
      } else if (typeof group === 'string') {
        role = roleOfHeader(group);
      }
      if (role) roles.set(c, role);
    }
    if (distinct(roles) >= distinct(top)) return { top: row, bottom: row + 1, roles, score: distinct(roles) };
  }
  return { top: row, bottom: row, roles: top, score: distinct(top) };
}

/** A cell of the row is merged across several columns (a header group such as "Điểm"). */
function hasGroupCell(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = grid.merge(row, c);
    if (m && m.top === row && m.right > m.left && m.bottom === row) return true;
  }
  return false;
}

/**
 * The header row continues into the next: a cell merged down into it, a group merged across some
 * (not all) of the columns, or sub-labels filling gaps of a row that has labels of its own.
 * A title line merged across the whole table is not a header group.
 */
function spansIntoNextRow(grid: Grid, row: number, left: number, right: number): boolean {
  let ownLabels = 0;
  let firstBelow = Infinity;
  let lastBelow = 0;
  for (let c = left; c <= right; c++) {
    if (grid.raw(row + 1, c) !== null) {
      firstBelow = Math.min(firstBelow, c);
      lastBelow = Math.max(lastBelow, c);
    }
    const m = grid.merge(row, c);
    if (m && m.top === row && m.left === c && m.bottom > row) return true;
    if (grid.raw(row, c) !== null) ownLabels++;
  }
  for (let c = left; c <= right; c++) {
    const m = grid.merge(row, c);
    if (m && m.top === row && m.left === c && m.right > m.left && (m.left > firstBelow || m.right < lastBelow)) return true;
  }
  if (ownLabels < 2) return false;
  // Unmerged two-row header: the row below fills the gaps above (e.g. "Chủ trì | Phối hợp" under an empty cell).
  for (let c = left; c <= right; c++) {
    const below = grid.raw(row + 1, c);
    if (grid.raw(row, c) === null && typeof below === 'string' && roleOfHeader(below)) return true;
  }
  return false;
}

function layout(grid: Grid, header: HeaderCandidate, table: TableObject | null): TableLayout {
  const columns = new Map<Role, number>();
  const duplicates: { role: Role; col: number }[] = [];
  const cols = [...header.roles.keys()].sort((a, b) => a - b);
  for (const c of cols) {
    const role = header.roles.get(c)!;
    if (columns.has(role)) duplicates.push({ role, col: c });
    else columns.set(role, c);
  }
  let left = table ? table.range.left : Math.min(...cols);
  let right = table ? table.range.right : Math.max(...cols);
  if (!table) {
    // Header cells with no recognised role still belong to the table.
    while (left > grid.left && grid.value(header.bottom, left - 1) !== null) left--;
    // The tracking layer's columns (../tracking) sit right of the table and are not part of it.
    while (right < grid.right && grid.value(header.bottom, right + 1) !== null && !isAddInColumnHeader(grid, header.bottom, right + 1)) right++;
  }
  let firstRow = header.bottom + 1;
  if (firstRow <= grid.bottom && isColumnNumberRow(grid, firstRow, left, right)) firstRow++;
  const lastRow = table ? table.range.bottom : findLastRow(grid, firstRow, left, right);
  const titleLines: string[] = [];
  for (let r = grid.top; r < header.top; r++) {
    const parts: string[] = [];
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.raw(r, c);
      if (typeof v === 'string' && v.trim()) parts.push(v.trim());
    }
    if (parts.length) titleLines.push(parts.join(' '));
  }
  return {
    headerTop: header.top,
    headerRow: header.bottom,
    firstRow,
    lastRow: Math.max(lastRow, firstRow - 1),
    left,
    right,
    columns,
    duplicates,
    titleLines,
    tableObject: table,
    tracking: trackingColumns(grid, header.bottom, right),
  };
}

/**
 * The first of the tracking layer's three header cells in the header row, right of the table (after its
 * status column and any of the add-in's score columns).
 */
function trackingColumns(grid: Grid, row: number, right: number): TableLayout['tracking'] {
  for (let c = right + 1; c <= Math.min(grid.right, right + 8); c++) {
    if (isLayerHeader(grid, row, c) && isLayerHeader(grid, row, c + 2)) return { deadlineCol: c };
  }
  return null;
}

/** "(1) (2) (3) …" or "1 2 3 …" under the header: column numbers, not data. */
function isColumnNumberRow(grid: Grid, row: number, left: number, right: number): boolean {
  let expected = 0;
  let count = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(String(v).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (count > 0 && n !== expected + 1) return false;
    expected = n;
    count++;
  }
  return count >= 3;
}

export function isBlankRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

const NOTE_START = /^(\(?\*+\)?|ghi chu|luu y|nguoi lap|noi nhan|xac nhan|thu truong|giam doc|chu tich|tm\.|kt\.|tl\.)/;

function findLastRow(grid: Grid, firstRow: number, left: number, right: number): number {
  let last = firstRow - 1;
  let blanks = 0;
  for (let r = firstRow; r <= grid.bottom; r++) {
    if (isBlankRow(grid, r, left, right)) {
      if (++blanks >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blanks = 0;
    last = r;
  }
  // Notes and signatures under the table are not data rows.
  while (last >= firstRow && isNoteRow(grid, last, left, right)) {
    last--;
    while (last >= firstRow && isBlankRow(grid, last, left, right)) last--;
  }
  return last;
}

function isNoteRow(grid: Grid, row: number, left: number, right: number): boolean {
  let text = '';
  let cells = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.raw(row, c);
    if (v === null) continue;
    cells++;
    text = String(v);
  }
  return cells === 1 && NOTE_START.test(fold(text));
}
