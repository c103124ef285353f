/**
 * Where the tracking layer goes on the table's sheet: its columns right of the table (a "Tình trạng"
 * column first when the table has no status column), and the two settings cells (as-of date, due-soon
 * window) above them or, when that is taken, beside them. Never over a non-empty or merged cell.
 */
import { a1, MAX_COLUMNS } from '../address';
import type { SheetAnalysis } from '../check';
import type { CellRange } from '../snapshot';
import type { TableLayout } from '../table/detect';
import { firstTaken, freeCells, type Free } from '../table/addin-columns';

export { LAYER_HEADERS } from './headers';
/** The settings' labels, short enough for the deadline column (its value cell beside stops the text spilling over). */
export const SETTING_LABELS = { asOf: 'Ngày đánh giá', window: 'Sắp đến hạn (ngày)' } as const;

export interface LayerPlace {
  /** The status column the flags read: the table's own, or the layer's (added now or kept from before). */
  statusCol: number;
  /** The status column belongs to the layer (it goes when the layer is removed). */
  addsStatus: boolean;
  deadlineCol: number;
  flagCol: number;
  unitsCol: number;
  /** The layer's columns (the added status column included), header row to the table's last row. */
  block: CellRange;
  /** The settings: each label's cell, with its value in the next column. */
  asOfLabel: { row: number; col: number };
  windowLabel: { row: number; col: number };
}

export type Placement = { ok: true; place: LayerPlace } | { ok: false; cell: string; why: 'occupied' | 'merged' | 'no-room' };

/**
 * Place the layer. `keptStatusCol` is a status column that an earlier layer added and an update keeps (the
 * statuses typed in it are the user's): it stays part of the layer, so that removing the layer removes it.
 * `after`: the last column of the add-in's other columns on the sheet (0: none).
 */
export function placeLayer(analysis: SheetAnalysis, keptStatusCol: number | null, after = 0): Placement {
  const layout = analysis.layout!;
  const grid = analysis.grid;
  const tableStatus = analysis.rows?.col('status');
  const addsStatus = tableStatus === undefined;
  // Right of the table and of the add-in's other columns (the score columns), when they are there.
  const start = Math.max(layout.right, after) + 1;
  const statusCol = tableStatus ?? start;
  const deadlineCol = addsStatus ? statusCol + 1 : start;
  const unitsCol = deadlineCol + 2;
  if (unitsCol + 2 > MAX_COLUMNS) return { ok: false, cell: a1(layout.headerRow, layout.right), why: 'no-room' };
  const ownsStatus = addsStatus || statusCol === keptStatusCol;
  const block: CellRange = { top: layout.headerRow, left: ownsStatus ? statusCol : deadlineCol, bottom: Math.max(layout.lastRow, layout.headerRow), right: unitsCol };
  const free = freeCells(grid);
  const blocked = firstTaken(free, { top: layout.headerTop, left: addsStatus ? statusCol : deadlineCol, bottom: block.bottom, right: unitsCol });
  if (blocked) return { ok: false, ...blocked };
  const settings = settingsPlace(layout, deadlineCol, unitsCol, free);
  if (!settings) return { ok: false, cell: a1(Math.max(1, layout.headerTop - 1), deadlineCol), why: 'occupied' };
  return { ok: true, place: { statusCol, addsStatus: ownsStatus, deadlineCol, flagCol: deadlineCol + 1, unitsCol, block, ...settings } };
}

/** Above the layer's columns (the two rows over the header) when free, else beside them (a column apart). */
function settingsPlace(layout: TableLayout, deadlineCol: number, unitsCol: number, free: Free): Pick<LayerPlace, 'asOfLabel' | 'windowLabel'> | null {
  const fits = (row: number, col: number) => row >= 1 && col + 1 <= MAX_COLUMNS && free(row, col) === 'free' && free(row, col + 1) === 'free';
  const above = layout.headerTop - 2;
  if (fits(above, deadlineCol) && fits(above + 1, deadlineCol)) return { asOfLabel: { row: above, col: deadlineCol }, windowLabel: { row: above + 1, col: deadlineCol } };
  const side = unitsCol + 2;
  const row = layout.headerRow;
  if (fits(row, side) && fits(row + 1, side)) return { asOfLabel: { row, col: side }, windowLabel: { row: row + 1, col: side } };
  return null;
}
