/**
 * Cells grouped into rectangles of one kind, to be written as one range each: runs of like cells along a
 * row, joined with the runs of the same columns in the rows below. A table whose rows look alike is then
 * one rectangle per kind of column content, however many rows it has.
 */
import type { CellRange } from '../../core/snapshot';

export interface Block<T> {
  key: string;
  rect: CellRange;
  /** The items by row and column of the rectangle (every position holds one). */
  items: T[][];
}

/**
 * Rectangles covering the items whose key is not null, each holding items of one key. An item at a
 * position given twice: the later one counts (as a later write wins).
 */
export function blocks<T extends { row: number; col: number }>(items: readonly T[], keyOf: (item: T) => string | null): Block<T>[] {
  const at = new Map<string, { item: T; key: string }>();
  for (const item of items) {
    const key = keyOf(item);
    const pos = `${item.row},${item.col}`;
    if (key === null) at.delete(pos);
    else at.set(pos, { item, key });
  }
  const cells = [...at.values()].sort((a, b) => a.item.row - b.item.row || a.item.col - b.item.col);
  const out: Block<T>[] = [];
  /** Blocks that reach the previous row, by their columns and key: a run just below extends them. */
  let open = new Map<string, Block<T>>();
  let next = new Map<string, Block<T>>();
  let row = 0;
  for (let i = 0; i < cells.length; ) {
    const first = cells[i]!;
    if (first.item.row !== row) {
      open = first.item.row === row + 1 ? next : new Map();
      next = new Map();
      row = first.item.row;
    }
    // One run: consecutive columns, one key.
    const run: T[] = [first.item];
    let j = i + 1;
    for (; j < cells.length; j++) {
      const c = cells[j]!;
      if (c.item.row !== row || c.key !== first.key || c.item.col !== run[run.length - 1]!.col + 1) break;
      run.push(c.item);
    }
    i = j;
    const left = first.item.col;
    const right = run[run.length - 1]!.col;
    const id = `${left},${right},${first.key}`;
    const above = open.get(id);
    if (above !== undefined) {
      above.rect.bottom = row;
      above.items.push(run);
      open.delete(id);
      next.set(id, above);
    } else {
      const block: Block<T> = { key: first.key, rect: { top: row, left, bottom: row, right }, items: [run] };
      out.push(block);
      next.set(id, block);
    }
  }
  return out;
}
