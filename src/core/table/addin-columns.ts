/**
 * Columns the add-in wrote beside a table (the tracking layer, the score columns): never part of the
 * user's table, so never reported as the user's columns nor taken for a role ("Hạn hoàn thành" would read
 * as a second time column, "Điểm bị trừ" as the stated points lost).
 */
import { isScoreColumnHeader, SCORE_LAYER_NAME } from '../score-layer/columns';
import { NAMES } from '../tracking/formulas';
import { workbookName, type DefinedName } from '../workbook/catalog';
import { isLayerHeader } from '../tracking/headers';
import type { Grid } from './grid';

export function isAddInColumnHeader(grid: Grid, row: number, col: number): boolean {
  return isLayerHeader(grid, row, col) || isScoreColumnHeader(grid, row, col);
}

/** The names over the add-in's column blocks (tracking, scores): where each layer records its columns. */
const BLOCK_NAMES = [NAMES.layer, SCORE_LAYER_NAME] as const;

/**
 * The last column the add-in's column blocks other than `own` use on the sheet (0: none): a layer is placed
 * right of the table and of them.
 */
export function otherColumnsEnd(names: readonly DefinedName[], sheet: string, own: string): number {
  let end = 0;
  for (const name of BLOCK_NAMES) {
    if (name === own) continue;
    const t = workbookName(names, name)?.target;
    if (t && t.sheet.toLowerCase() === sheet.toLowerCase()) end = Math.max(end, t.range.right);
  }
  return end;
}
