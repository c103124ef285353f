/**
 * Columns the add-in wrote beside a table (the tracking layer, the score columns): never part of the
 * user's table, so never reported as the user's columns nor taken for a role ("Hạn hoàn thành" would read
 * as a second time column, "Điểm bị trừ" as the stated points lost).
 */
import { isScoreColumnHeader, SCORE_LAYER_NAME } from '../score-layer/columns';
import { NAMES } from '../tracking/formulas';
import { workbookName, type DefinedName } from '../workbook/catalog';
import { isLayerHeader } from '../tracking/headers';
import { a1 } from '../address';
import type { Lang } from '../report';
import type { CellRange } from '../snapshot';
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

/** Whether the add-in may write a cell: empty, or why not. */
export type Free = (row: number, col: number) => 'free' | 'occupied' | 'merged';

export function freeCells(grid: Grid): Free {
  return (row, col) => {
    if (grid.merge(row, col)) return 'merged';
    const v = grid.raw(row, col);
    if (v !== null && v !== '') return 'occupied';
    return grid.formula(row, col) ? 'occupied' : 'free';
  };
}

/** The first cell of a rectangle (column by column) the add-in may not write over, or null: never over data. */
export function firstTaken(free: Free, r: CellRange): { cell: string; why: 'occupied' | 'merged' } | null {
  for (let col = r.left; col <= r.right; col++) {
    for (let row = r.top; row <= r.bottom; row++) {
      const state = free(row, col);
      if (state !== 'free') return { cell: a1(row, col), why: state };
    }
  }
  return null;
}

/** Why the add-in's columns cannot go beside the table, in the UI language: one wording for every layer. */
export function blockedMessage(lang: Lang, columns: 'tracking' | 'score', cell: string, why: 'occupied' | 'merged' | 'no-room'): string {
  if (lang === 'en') {
    const what = columns === 'tracking' ? 'tracking columns' : 'score columns';
    if (why === 'no-room') return `The table reaches the sheet's last column (cell ${cell}): there is no room for the ${what}.`;
    return `Cell ${cell} right of the table ${why === 'merged' ? 'is part of merged cells' : 'holds data'}, so no ${what} were added (nothing is overwritten). Insert a few empty columns right of the table (or move that data) and run it again.`;
  }
  const what = columns === 'tracking' ? 'cột theo dõi' : 'cột điểm';
  if (why === 'no-room') return `Bảng đã kéo tới cột cuối của trang tính (ô ${cell}), không còn chỗ cho ${what}.`;
  return `Ô ${cell} bên phải bảng ${why === 'merged' ? 'nằm trong vùng ô đã gộp' : 'đã có dữ liệu'}, nên chưa chèn ${what} để không ghi đè. Hãy chèn vài cột trống ngay bên phải bảng (hoặc dời dữ liệu đó đi) rồi chạy lại.`;
}
