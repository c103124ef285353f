/**
 * The preview grid's measuring, as pure functions of the sheet: where each column and row starts (row
 * heights fitted to wrapped text when the file stores none, estimated from the text's length since
 * measuring the DOM for tens of thousands of rows would be slow), which merge covers a cell, which rows
 * and columns are in view, and how far to scroll to show a cell. Apart from Grid.tsx so the maths can
 * be read (and changed) without the React around it.
 */
import type { CellRange } from '../core/snapshot';
import { DEFAULT_ROW_HEIGHT, type PreviewSheet } from './previewHost';

/** Height of the column-letter header row, px. */
export const HEADER_H = 24;
/** Smallest row height, px; also the row height a page (Page Up/Down) is counted in. */
export const MIN_ROW_H = 22;
/** Height of a line of wrapped text, px. */
export const LINE_H = 17;
/** Average width of a character of cell text, px (for the wrapping estimate). */
const CHAR_W = 6.6;
/** A row fitted to its text grows to at most this many lines; the formula bar shows the rest. */
const MAX_AUTO_LINES = 6;
/** Rows and columns rendered beyond the view on each side, so a small scroll shows no gap. */
const OVERSCAN_ROWS = 8;
const OVERSCAN_COLS = 2;
/** Empty rows and columns after the used ones, as Excel shows them. */
const EXTRA_ROWS = 30;
const EXTRA_COLS = 3;

/** Geometry of one sheet: prefix sums of column widths and row heights, merges by row. */
export interface Layout {
  nRows: number;
  nCols: number;
  rowHeaderW: number;
  /** colX[c] is the right edge of column c (colX[0] = 0). */
  colX: Float64Array;
  /** rowY[r] is the bottom edge of row r (rowY[0] = 0). */
  rowY: Float64Array;
  mergesByRow: Map<number, CellRange[]>;
}

export function mergeAt(layout: Layout, row: number, col: number): CellRange | undefined {
  const list = layout.mergesByRow.get(row);
  if (!list) return undefined;
  for (const m of list) if (col >= m.left && col <= m.right) return m;
  return undefined;
}

/**
 * Measure `sheet`: its used rows and columns plus empty ones after them, at least up to `extraRow` and
 * `extraCol` (a selection moved past the end) and enough to fill `fillWidth` × `fillHeight` px.
 */
export function computeLayout(sheet: PreviewSheet, extraRow: number, extraCol: number, fillWidth: number, fillHeight: number): Layout {
  const snap = sheet.snapshot;
  let usedRows = snap.top - 1 + snap.values.length;
  let usedCols = 0;
  for (const row of snap.values) usedCols = Math.max(usedCols, row.length);
  usedCols += snap.left - 1;
  for (const m of snap.merges) {
    usedRows = Math.max(usedRows, m.bottom);
    usedCols = Math.max(usedCols, m.right);
  }
  const nRows = Math.max(usedRows + EXTRA_ROWS, extraRow + 5, Math.ceil(fillHeight / MIN_ROW_H) + 2);
  // Enough empty columns after the used ones to fill the view, as Excel shows them.
  const width = (c: number) => sheet.colWidths[c - 1] ?? sheet.defaultColWidth;
  let nCols = Math.min(16_384, Math.max(usedCols + EXTRA_COLS, extraCol + 2, 10));
  let total = 0;
  for (let c = 1; c <= nCols; c++) total += width(c);
  while (total < fillWidth && nCols < 16_384) total += width(++nCols);

  const colX = new Float64Array(nCols + 1);
  for (let c = 1; c <= nCols; c++) colX[c] = colX[c - 1]! + width(c);

  const mergesByRow = new Map<number, CellRange[]>();
  for (const m of snap.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let list = mergesByRow.get(r);
      if (!list) mergesByRow.set(r, (list = []));
      list.push(m);
    }
  }

  const hidden = new Set(snap.hiddenRows ?? []);
  const rowY = new Float64Array(nRows + 1);
  for (let r = 1; r <= nRows; r++) {
    rowY[r] = rowY[r - 1]! + (hidden.has(r) ? 0 : rowHeight(sheet, r, colX, mergesByRow));
  }
  const digits = String(nRows).length;
  return { nRows, nCols, rowHeaderW: Math.max(40, digits * 8 + 18), colX, rowY, mergesByRow };
}

/** The stored height, or one fitted to the wrapped text (capped; the formula bar shows the rest). */
function rowHeight(sheet: PreviewSheet, row: number, colX: Float64Array, mergesByRow: Map<number, CellRange[]>): number {
  const stored = sheet.rowHeights[row - 1];
  if (stored !== undefined) return Math.max(stored, 4);
  const snap = sheet.snapshot;
  const values = snap.values[row - snap.top];
  let lines = 1;
  if (values) {
    const merges = mergesByRow.get(row);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'string' || v === '') continue;
      const col = i + snap.left;
      if (!sheet.looks[row - 1]?.[col - 1]?.wrap) continue;
      let right = col;
      if (merges) {
        const m = merges.find((x) => col >= x.left && col <= x.right);
        if (m && (m.top !== row || m.left !== col || m.bottom !== row)) continue; // multi-row merges keep their rows
        if (m) right = m.right;
      }
      const width = (colX[Math.min(right, colX.length - 1)] ?? 0) - (colX[col - 1] ?? 0);
      const perLine = Math.max(1, Math.floor((width - 8) / CHAR_W));
      let n = 0;
      for (const part of v.split('\n')) n += Math.max(1, Math.ceil(part.length / perLine));
      lines = Math.max(lines, Math.min(n, MAX_AUTO_LINES));
    }
  }
  return Math.max(MIN_ROW_H, Math.round((DEFAULT_ROW_HEIGHT * 4) / 3 - 5), lines * LINE_H + 6);
}

/** The smallest index i in 1..n with edges[i] > y (edges ascending, edges[0] = 0). */
export function indexAt(edges: Float64Array, y: number): number {
  let lo = 1;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The viewport's scroll position and size, px. */
export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What to render: the columns c0..c1 and these rows, ascending. */
export interface VisibleCells {
  rows: number[];
  c0: number;
  c1: number;
}

/**
 * The rows and columns in view plus a few around them, the top rows of merges that reach into the view,
 * and `keepRows` (the selected and the edited cell's rows, which must stay in the DOM).
 */
export function visibleCells(layout: Layout, view: Viewport, keepRows: readonly number[]): VisibleCells {
  const { colX, rowY, nRows, nCols, rowHeaderW } = layout;
  const bodyTop = view.top;
  const bodyBottom = view.top + Math.max(0, view.height - HEADER_H);
  const r0 = Math.max(1, indexAt(rowY, bodyTop) - OVERSCAN_ROWS);
  const r1 = Math.min(nRows, indexAt(rowY, bodyBottom) + OVERSCAN_ROWS);
  const c0 = Math.max(1, indexAt(colX, view.left) - OVERSCAN_COLS);
  const c1 = Math.min(nCols, indexAt(colX, view.left + Math.max(0, view.width - rowHeaderW)) + OVERSCAN_COLS);

  const rowSet = new Set<number>();
  for (let r = r0; r <= r1; r++) rowSet.add(r);
  for (let r = r0; r <= r1; r++) {
    for (const m of layout.mergesByRow.get(r) ?? []) if (m.right >= c0 && m.left <= c1) rowSet.add(m.top);
  }
  for (const r of keepRows) if (r <= nRows) rowSet.add(r);
  return { rows: [...rowSet].sort((a, b) => a - b), c0, c1 };
}

/** The grid viewport element's scroll position and inner size, px. */
export interface ScrollBox {
  scrollTop: number;
  scrollLeft: number;
  clientWidth: number;
  clientHeight: number;
}

/**
 * Where to scroll so that the cell at row, col (all of its merge) is in view; null: no scrolling that
 * way. `withContext`: the pane asked for the cell, which is then shown with some rows above it; a
 * keyboard move scrolls as little as it can.
 */
export function scrollToShow(layout: Layout, row: number, col: number, box: ScrollBox, withContext: boolean): { top: number | null; left: number | null } {
  const m = mergeAt(layout, row, col);
  const bottomRow = Math.min(m?.bottom ?? row, layout.nRows);
  const rightCol = Math.min(m?.right ?? col, layout.nCols);
  const top = layout.rowY[row - 1] ?? 0;
  const bottom = layout.rowY[bottomRow] ?? top;
  const left = layout.colX[col - 1] ?? 0;
  const right = layout.colX[rightCol] ?? left;
  const visH = box.clientHeight - HEADER_H;
  const visW = box.clientWidth - layout.rowHeaderW;
  let scrollTop: number | null = null;
  let scrollLeft: number | null = null;
  if (top < box.scrollTop || bottom > box.scrollTop + visH) {
    if (withContext) scrollTop = Math.max(0, Math.min(top - visH / 3, top));
    else if (top < box.scrollTop) scrollTop = top;
    else scrollTop = Math.min(top, bottom - visH);
  }
  if (left < box.scrollLeft) scrollLeft = left;
  else if (right > box.scrollLeft + visW) scrollLeft = Math.min(left, right - visW);
  return { top: scrollTop, left: scrollLeft };
}
