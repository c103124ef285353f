/**
 * Cell edits grouped into runs: consecutive rows of one column that can be read, or written, as one
 * range. A plan that fills a column beside a 10,000-row table (the tracking layer) is then a handful of
 * range operations instead of tens of thousands of one-cell ones, so its round trips do not grow with
 * the table (each one-cell operation costs some 400 bytes of request besides its value).
 */
import type { CellEdit } from '../../core/report';

export interface Run {
  col: number;
  top: number;
  /** Indexes into the edits, in row order (rows top, top + 1, …). */
  indexes: number[];
}

/**
 * Runs of edits whose `kind` is the same (null: a run of its own), in column-then-row order. Each index
 * appears once; an edit repeated on the same cell starts a new run.
 */
export function columnRuns(edits: readonly CellEdit[], kind: (e: CellEdit) => string | null = () => ''): Run[] {
  const order = edits.map((_, i) => i).sort((a, b) => edits[a]!.col - edits[b]!.col || edits[a]!.row - edits[b]!.row || a - b);
  const runs: Run[] = [];
  let current: (Run & { kind: string | null }) | null = null;
  for (const i of order) {
    const e = edits[i]!;
    const k = kind(e);
    const last = current ? edits[current.indexes[current.indexes.length - 1]!]! : null;
    if (current && k !== null && current.kind === k && last!.col === e.col && last!.row + 1 === e.row) {
      current.indexes.push(i);
      continue;
    }
    current = { col: e.col, top: e.row, indexes: [i], kind: k };
    runs.push(current);
  }
  return runs.map(({ col, top, indexes }) => ({ col, top, indexes }));
}

/**
 * How an edit can be written together with its neighbours: a clear, or an entry (a formula or a value:
 * Range.formulas takes both, parsed as typed, like Range.values) with the same number format and nothing
 * else; null when it sets fonts or fills, or appends (written on its own).
 */
export function writeKind(e: CellEdit): string | null {
  if (e.clear) return 'clear';
  if (e.italic !== undefined || e.fontName !== undefined || e.bold !== undefined || e.fill !== undefined || e.append !== undefined) return null;
  return `entry|${e.numFmt ?? ''}`;
}
