/** Shared by the STT rules: numbered rows grouped by outline parent, in table order. */
import { isPrefixOf } from '../parse/stt';
import type { RowModel, TableRows } from '../table/rows';

const cache = new WeakMap<TableRows, Map<RowModel | null, RowModel[]>>();

function isNumbered(m: RowModel): boolean {
  return m.stt.kind === 'number' || m.stt.kind === 'letter' || m.stt.kind === 'roman';
}

/** "2.1" filed under "1" because "2" is missing: its prefix contradicts its parent. */
export function contradictsParent(m: RowModel): boolean {
  const p = m.parent;
  if (!p || m.stt.kind !== 'number' || p.stt.kind !== 'number' || m.stt.segments.length < 2) return false;
  return !isPrefixOf(p.stt.segments, m.stt.segments);
}

export function siblingGroups(rows: TableRows): Map<RowModel | null, RowModel[]> {
  let groups = cache.get(rows);
  if (groups) return groups;
  groups = new Map();
  for (const m of rows.rows) {
    if (!isNumbered(m) || m.kind === 'continuation' || contradictsParent(m)) continue;
    const key = m.stt.kind === 'roman' ? null : m.parent;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  cache.set(rows, groups);
  return groups;
}

export function lastSegment(m: RowModel): number {
  return m.stt.segments[m.stt.segments.length - 1] ?? 0;
}

/** Siblings of one numbering style (Roman sections, numbers, letters are compared among themselves). */
export function sameStyle(list: RowModel[]): RowModel[][] {
  const byKind = new Map<string, RowModel[]>();
  for (const m of list) {
    const k = m.stt.kind + (m.stt.kind === 'number' ? `:${m.stt.segments.length}` : '');
    let l = byKind.get(k);
    if (!l) byKind.set(k, (l = []));
    l.push(m);
  }
  return [...byKind.values()];
}
