/**
 * The grid's keyboard, as in Excel: arrows, Page Up/Down, Home and Ctrl+Home move the selection (a
 * merged cell is stepped over in one move), Enter, F2 or typing edits, Delete clears. Tab is left to the
 * browser (moving on to the pane), so the grid is no keyboard trap. Pure functions, apart from Grid.tsx
 * so the key map reads in one place; the grid carries the actions out on the host.
 */
import { HEADER_H, MIN_ROW_H, mergeAt, type Layout } from './gridLayout';

/** Excel's last row and column. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** The cell `dRow` rows and `dCol` columns from the selected one, counted from the edge of its merge. */
export function stepFrom(layout: Layout, row: number, col: number, dRow: number, dCol: number): [number, number] {
  const m = mergeAt(layout, row, col);
  if (dRow > 0) row = (m?.bottom ?? row) + dRow;
  else if (dRow < 0) row = (m?.top ?? row) + dRow;
  if (dCol > 0) col = (m?.right ?? col) + dCol;
  else if (dCol < 0) col = (m?.left ?? col) + dCol;
  return [Math.max(1, Math.min(row, MAX_ROW)), Math.max(1, Math.min(col, MAX_COL))];
}

/** Rows a Page Up/Down moves in a viewport `viewHeight` px high: a screenful less one. */
export function pageRows(viewHeight: number): number {
  return Math.max(1, Math.floor((viewHeight - HEADER_H) / MIN_ROW_H) - 1);
}

/** What the keys do, on the selected cell. */
export interface GridKeyActions {
  move(dRow: number, dCol: number): void;
  select(row: number, col: number): void;
  /** Start editing; `initial`: the key typed, which replaces the cell's text. */
  edit(initial?: string): void;
  clear(): void;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** Carry out `e` on the grid, whose selection is in row `row`; false for a key the grid leaves alone. */
export function handleGridKey(e: KeyPress, row: number, page: number, act: GridKeyActions): boolean {
  const k = e.key;
  if (k === 'ArrowDown') act.move(1, 0);
  else if (k === 'ArrowUp') act.move(-1, 0);
  else if (k === 'ArrowRight') act.move(0, 1);
  else if (k === 'ArrowLeft') act.move(0, -1);
  else if (k === 'PageDown') act.move(page, 0);
  else if (k === 'PageUp') act.move(-page, 0);
  else if (k === 'Home' && (e.ctrlKey || e.metaKey)) act.select(1, 1);
  else if (k === 'Home') act.select(row, 1);
  else if (k === 'Enter' || k === 'F2') act.edit();
  else if (k === 'Delete' || k === 'Backspace') act.clear();
  else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) act.edit(k);
  else return false;
  return true;
}
