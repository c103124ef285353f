/**
 * Which scored row a scored row is part of: a criterion is part of its area, a sub-criterion of its
 * criterion. By outline first (the table's STT, RowModel.parent); where the outline says nothing, by the
 * codes in the text ("Tiêu chí 1.4.2" is part of the row coded "1.4" or "1"); and a coded criterion with
 * no such row is part of the nearest area heading above it (plans number their areas 1, 2, 3 while
 * the index codes them 1, 3, 5: "2. Cải cách thủ tục hành chính" holds "Tiêu chí thành phần 3.2.1").
 */
import type { RowModel } from '../table/rows';

/** What nesting needs to know of a scored row. */
export interface NestingRow {
  model: RowModel;
  /** Index code named in the text ("3.2.1"), as segments; null when none. */
  index: number[] | null;
  /** Outline number the text starts with ("1.1. …"), as segments; null when none. */
  leading: number[] | null;
  isTotal: boolean;
}

export function segmentsOf(code: string | null): number[] | null {
  return code ? code.split('.').map(Number) : null;
}

function isProperPrefix(parent: number[], child: number[]): boolean {
  return parent.length < child.length && parent.every((n, i) => child[i] === n);
}

/** Outline depth a row's own numbering gives it (text codes first, then its STT); 1 when it has none. */
function level(r: NestingRow): number {
  const stt = r.model.stt.kind === 'number' ? r.model.stt.segments : null;
  return (r.index ?? r.leading ?? stt)?.length ?? 1;
}

/**
 * The parent (index into `rows`) of every scored row, or -1 for a top-level row. `rows` are the scored
 * rows in sheet order; totals are never parents nor children.
 */
export function nestScoredRows(rows: readonly NestingRow[]): number[] {
  const at = new Map<RowModel, number>();
  rows.forEach((r, i) => at.set(r.model, i));
  return rows.map((r, i) => {
    if (r.isTotal) return -1;
    let outline = -1;
    for (let m = r.model.parent; m; m = m.parent) {
      const j = at.get(m);
      if (j !== undefined && !rows[j]!.isTotal) {
        outline = j;
        break;
      }
    }
    const byCode = parentByCode(rows, i, outline);
    if (byCode > outline) return byCode;
    if (outline >= 0) return outline;
    return parentByPosition(rows, i);
  });
}

/** The nearest scored row above `i` (and below `floor`) whose text code is a proper prefix of one of the row's codes. */
function parentByCode(rows: readonly NestingRow[], i: number, floor: number): number {
  const r = rows[i]!;
  const own = [r.index, r.model.stt.kind === 'number' ? null : r.leading].filter((c): c is number[] => c !== null);
  if (!own.length) return -1;
  for (let j = i - 1; j > floor; j--) {
    const p = rows[j]!;
    if (p.isTotal) break;
    for (const code of [p.index, p.leading]) if (code && own.some((c) => isProperPrefix(code, c))) return j;
  }
  return -1;
}

/** For a coded criterion with no outline or code parent: the nearest area heading above it, if any. */
function parentByPosition(rows: readonly NestingRow[], i: number): number {
  const r = rows[i]!;
  const code = r.index ?? r.leading;
  if (!code || code.length < 2) return -1;
  for (let j = i - 1; j >= 0; j--) {
    const p = rows[j]!;
    if (p.isTotal) break;
    // A row naming another criterion of the index is a sibling, not the area.
    if (p.index === null && level(p) < code.length) return j;
  }
  return -1;
}

/**
 * The rows a total adds up: the top-level scored rows of its block (those after it when it heads the
 * table, else those since the previous total). Criteria that no area could hold are left out when areas
 * are listed too, so that a criterion is not counted beside the area it belongs to.
 */
export function totalParts(rows: readonly NestingRow[], parents: readonly number[], t: number): number[] {
  const firstScored = rows.findIndex((r) => !r.isTotal);
  const heads = firstScored < 0 || t < firstScored;
  const out: number[] = [];
  if (heads) {
    for (let j = t + 1; j < rows.length && !rows[j]!.isTotal; j++) if (parents[j] === -1) out.push(j);
  } else {
    for (let j = t - 1; j >= 0 && !rows[j]!.isTotal; j--) if (parents[j] === -1) out.unshift(j);
  }
  const isCriterion = (j: number) => (rows[j]!.index?.length ?? 0) >= 2;
  return out.some((j) => !isCriterion(j)) ? out.filter((j) => !isCriterion(j)) : out;
}
