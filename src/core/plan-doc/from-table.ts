/**
 * The plan's content read from the checked table: its areas and the criteria that lost points, with each
 * criterion's cause, solution, owner and time from the table's own columns (own, merged down or inherited
 * from its group), and the unit's result from the total row. A table without scores (an appendix) gives
 * its sections and groups as areas and its tasks as criteria. What the table does not say stays empty,
 * and the document shows a placeholder for it.
 */
import type { SheetAnalysis } from '../check';
import type { Role } from '../report';
import { plainName } from '../score/names';
import { scoreRows, type ScoreRow } from '../score/rows';
import type { RowModel } from '../table/rows';
import type { PlanArea, PlanCriterion, PlanInput, PlanSettings, UnitResult } from './model';

export interface FromTableOptions {
  /** Only these sheet rows (the user's selection); all criteria when absent. */
  rows?: readonly number[];
}

export function planInputFromTable(analysis: SheetAnalysis, settings: PlanSettings, options: FromTableOptions = {}): PlanInput {
  // A score table states a result (a maximum or an appraised score) somewhere; a task that only mentions
  // points in its text ("mỗi tiêu chí giảm điểm bị trừ 0,5 điểm") leaves the table an appendix. A table
  // with an owner column and no score column is an appendix whatever its text says ("…: bị trừ 0,25
  // điểm" on a criterion's group row): its tasks are what the plan lists.
  const scored = scoreRows(analysis);
  const col = (role: Role) => analysis.rows?.col(role) !== undefined;
  const scoreTable = col('maxScore') || col('selfScore') || col('appraisedScore') || !col('owner');
  const scores = scoreTable && scored.some((r) => r.max !== null || r.appraised !== null) ? scored : [];
  const chosen = options.rows ? new Set(options.rows) : null;
  const areas = scores.length ? scoreAreas(analysis, scores, chosen) : appendixAreas(analysis, chosen);
  const result = scores.length ? unitResult(scores) : undefined;
  // An area stays when something is to be done in it: criteria listed, or points lost by the area itself.
  const lostSome = (a: PlanArea) => a.max !== undefined && a.appraised !== undefined && a.max > a.appraised;
  return { settings, ...(result ? { result } : {}), areas: areas.filter((a) => a.criteria.length > 0 || (!chosen && lostSome(a))) };
}

const text = (analysis: SheetAnalysis, m: RowModel | undefined, role: Role): string | undefined => {
  if (!m || !analysis.rows) return undefined;
  const t = analysis.rows.effectiveText(m, role).replace(/\s+/g, ' ').trim();
  return t || undefined;
};

function criterionOf(analysis: SheetAnalysis, row: number, code: string | null, extra: Partial<PlanCriterion> = {}): PlanCriterion {
  const m = analysis.rows?.get(row);
  const title = analysis.rows ? analysis.rows.cellText(row, 'criterion') : '';
  const c: PlanCriterion = { ...extra };
  if (code) c.code = code;
  if (title.trim()) c.title = plainName(title);
  const fields = { cause: 'cause', solution: 'solution', owner: 'owner', partners: 'coordinator', product: 'product', time: 'time', status: 'status' } as const;
  for (const [field, role] of Object.entries(fields) as [keyof typeof fields, Role][]) {
    const v = text(analysis, m, role);
    if (v) c[field] = v;
  }
  return c;
}

/** Areas (top-level scored rows) with the criteria under them that lost points, in sheet order. */
function scoreAreas(analysis: SheetAnalysis, scores: readonly ScoreRow[], chosen: Set<number> | null): PlanArea[] {
  const byRow = new Map(scores.map((r) => [r.row, r]));
  const areaOf = (r: ScoreRow): ScoreRow => {
    let a = r;
    while (a.parent !== null && byRow.has(a.parent)) a = byRow.get(a.parent)!;
    return a;
  };
  const areas = new Map<number, PlanArea>();
  for (const r of scores) {
    if (r.kind === 'total') continue;
    if (r.parent === null) {
      const title = analysis.rows?.cellText(r.row, 'criterion') ?? '';
      areas.set(r.row, { ...(title.trim() ? { title: plainName(title) } : {}), ...figures(r), criteria: [] });
      continue;
    }
    // The criteria that lost points, at the finest level listed (an area's sub-groups are not repeated).
    if (r.parts.length > 0 || !(r.lost !== null ? r.lost > 0 : r.statedLost !== null && r.statedLost.points > 0)) continue;
    if (chosen && !chosen.has(r.row)) continue;
    areas.get(areaOf(r).row)?.criteria.push(criterionOf(analysis, r.row, r.code, figures(r)));
  }
  return [...areas.values()];
}

const figures = (r: ScoreRow): Pick<PlanCriterion, 'appraised' | 'max'> => ({
  ...(r.appraised ? { appraised: r.appraised.points } : {}),
  ...(r.max ? { max: r.max.points } : {}),
});

/** The unit's result from the total row, else summed over the areas when every one states it. */
function unitResult(scores: readonly ScoreRow[]): UnitResult | undefined {
  const total = scores.find((r) => r.kind === 'total');
  const areas = scores.filter((r) => r.parent === null && r.kind !== 'total');
  const pick = (f: 'self' | 'appraised' | 'max'): number | undefined => {
    if (total) return total[f]?.points;
    if (!areas.length || areas.some((a) => !a[f])) return undefined;
    return Math.round(areas.reduce((s, a) => s + a[f]!.points, 0) * 1e6) / 1e6;
  };
  const out: UnitResult = {};
  for (const f of ['self', 'appraised', 'max'] as const) {
    const v = pick(f);
    if (v !== undefined) out[f] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** An appendix without scores: sections (or top-level groups) as areas, their tasks as criteria. */
function appendixAreas(analysis: SheetAnalysis, chosen: Set<number> | null): PlanArea[] {
  const rows = analysis.rows;
  if (!rows) return [];
  const areas: PlanArea[] = [];
  let current: PlanArea | null = null;
  for (const m of rows.rows) {
    if (m.kind === 'section' || (m.kind === 'group' && m.parent === null)) {
      const title = rows.cellText(m.row, 'criterion');
      current = { ...(title.trim() ? { title: plainName(title) } : {}), criteria: [] };
      areas.push(current);
      continue;
    }
    if (m.kind !== 'item' || (chosen && !chosen.has(m.row))) continue;
    if (!current) areas.push((current = { criteria: [] }));
    // An appendix's STT numbers its tasks; it is not the index's criterion code.
    current.criteria.push(criterionOf(analysis, m.row, null));
  }
  return areas;
}
