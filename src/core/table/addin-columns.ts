/**
 * Columns the add-in wrote beside a table (the tracking layer, the score columns): never part of the
 * user's table, so never reported as the user's columns nor taken for a role ("Hạn hoàn thành" would read
 * as a second time column, "Điểm bị trừ" as the stated points lost).
 */
import { isScoreColumnHeader } from '../score-layer/columns';
import { isLayerHeader } from '../tracking/headers';
import type { Grid } from './grid';

export function isAddInColumnHeader(grid: Grid, row: number, col: number): boolean {
  return isLayerHeader(grid, row, col) || isScoreColumnHeader(grid, row, col);
}
