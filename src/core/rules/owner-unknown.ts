import { isCollectiveUnit, parseUnits } from '../parse/owners';
import { fold } from '../text/normalize';
import type { Rule, UnitEntry } from './types';

/** Edit distance, for "did you mean" suggestions (names are short). */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export interface UnitIndex {
  known: Set<string>;
  names: { folded: string; name: string }[];
}

export function indexUnits(units: UnitEntry[]): UnitIndex {
  const known = new Set<string>();
  const names: { folded: string; name: string }[] = [];
  for (const u of units) {
    for (const n of [u.name, ...(u.aliases ?? [])]) {
      const f = fold(n);
      if (!f) continue;
      known.add(f);
      names.push({ folded: f, name: u.name });
    }
  }
  return { known, names };
}

export function suggestUnit(index: UnitIndex, unit: string): string | null {
  const f = fold(unit);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const n of index.names) {
    const d = n.folded.includes(f) || f.includes(n.folded) ? Math.abs(n.folded.length - f.length) * 0.5 : levenshtein(f, n.folded);
    if (d < bestScore) {
      bestScore = d;
      best = n.name;
    }
  }
  return best !== null && bestScore <= Math.max(3, f.length * 0.4) ? best : null;
}

export const ownerUnknown: Rule = {
  id: 'owner-unknown',
  title: { vi: 'Đơn vị không có trong danh mục', en: 'Unit not in the list' },
  severity: 'warning',
  message: {
    vi: (d) => `Đơn vị “${d.unit}” không có trong danh mục đơn vị${d.suggestion ? `; có phải “${d.suggestion}”?` : '.'}`,
    en: (d) => `Unit “${d.unit}” is not in the workbook’s unit list${d.suggestion ? `; did you mean “${d.suggestion}”?` : '.'}`,
  },
  help: {
    vi: 'Tên đơn vị viết mỗi nơi một kiểu thì không tổng hợp được nhiệm vụ theo đơn vị. Dùng đúng tên trong danh mục.',
    en: 'Unit names spelt differently cannot be totalled per unit. Use the names in the unit list.',
  },
  check(ctx) {
    if (!ctx.units?.length) return;
    const index = indexUnits(ctx.units);
    for (const role of ['owner', 'coordinator'] as const) {
      const col = ctx.layout.columns.get(role);
      if (col === undefined) continue;
      for (const m of ctx.rows.rows) {
        if (!m.has[role] || ctx.grid.mergedFromAbove(m.row, col) || m.kind === 'continuation') continue;
        for (const unit of parseUnits(ctx.rows.cellText(m.row, role))) {
          if (isCollectiveUnit(unit) || index.known.has(fold(unit))) continue;
          ctx.report({ row: m.row, col, role, data: { unit, suggestion: suggestUnit(index, unit) } });
        }
      }
    }
  },
};
