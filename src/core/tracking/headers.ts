/**
 * The tracking layer's header cells, Vietnamese in every language (the workbook goes to Vietnamese readers).
 * The table reader knows them too: the layer's own columns are never taken for the user's (its
 * "Hạn hoàn thành" would otherwise read as a second time column).
 */
import type { Grid } from '../table/grid';

export const LAYER_HEADERS = { status: 'Tình trạng', deadline: 'Hạn hoàn thành', flag: 'Cảnh báo', units: 'Đơn vị theo dõi' } as const;

const TRIPLE = [LAYER_HEADERS.deadline, LAYER_HEADERS.flag, LAYER_HEADERS.units] as const;

/** The cell is one of the layer's three header cells, side by side in this order on the row. */
export function isLayerHeader(grid: Grid, row: number, col: number): boolean {
  const v = grid.raw(row, col);
  const at = typeof v === 'string' ? (TRIPLE as readonly string[]).indexOf(v) : -1;
  if (at < 0) return false;
  return TRIPLE.every((text, i) => grid.raw(row, col - at + i) === text);
}
