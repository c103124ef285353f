/**
 * The "Điểm" card's view model (ScoreSection.tsx draws it), from the checked sheet's scores (core/score):
 * the unit's result, the five criteria that lost the most points and the points lost per area. Pure: no
 * React, no host; null when the sheet holds no score table, and the section is then not shown.
 *
 * Which rows are what:
 * - the result is the table's total row when it has one (the one adding up the most rows, a grand total
 *   over subtotals), every figure as that row states it — a total that gives no maximum (Cao Lộc's
 *   "Tổng chỉ số 88 → 85") shows the maximum as not stated rather than one summed from areas the table
 *   may list only in part. With no total row, each figure is the sum over the areas, and only when every
 *   area states it; `source` says which, and the card says it to the user;
 * - areas are the top-level scored rows numbered as areas (one segment: "1", "6"); a top-level row with
 *   no number (a SIPAS line pasted under its area) is not one, unless no row is numbered as an area;
 * - criteria are the other scored rows that have no scored rows of their own (a criterion listed with its
 *   sub-criteria would be counted twice): the most specific line, which is what a plan acts on.
 */
import { a1 } from '../core/address';
import type { SheetAnalysis } from '../core/check';
import type { Lang } from '../core/report';
import { formatScore, lostOf, ownDecimals, roundTo, scoreRows, type ScoreRow } from '../core/score';
import type { ScoreStrings } from './scoreStrings';
import { plainName } from '../core/score/names';

/** How many criteria the card lists. */
export const TOP_CRITERIA = 5;

export type ResultSource =
  /** Read from the total row: its sheet row and its label as written ("Tổng cộng"; "" when it has none). */
  | { kind: 'total'; row: number; label: string }
  /** Summed over this many areas (the table has no total row). */
  | { kind: 'areas'; count: number };

export interface ScoreResult {
  source: ResultSource;
  max: number | null;
  self: number | null;
  appraised: number | null;
  /** appraised / max (0..1); null unless both are known and max > 0. */
  rate: number | null;
  /** max − appraised, else the points lost the total row states. */
  lost: number | null;
}

export interface CriterionLoss {
  row: number;
  /** The cell selected when the user picks it: the criterion's text cell. */
  cell: string;
  code: string | null;
  /** Its text without the outline number, "Tiêu chí 1.4:" and the score written in it. */
  text: string;
  lost: number;
}

export interface AreaLoss {
  row: number;
  code: string | null;
  name: string;
  /** null: the row gives neither max and appraised nor a stated loss (not drawn). */
  lost: number | null;
}

export interface ScoreCard {
  result: ScoreResult;
  /** At most TOP_CRITERIA, most points lost first, sheet order on a tie; only criteria that lost points. */
  top: CriterionLoss[];
  /** In sheet order. */
  areas: AreaLoss[];
}

type Analysis = Pick<SheetAnalysis, 'rows'>;

export function scoreCard(analysis: Analysis): ScoreCard | null {
  const rows = scoreRows(analysis);
  if (!analysis.rows || !isScoreTable(rows)) return null;
  const table = analysis.rows;
  const textOf = (row: number) => table.cellText(row, 'criterion');
  const areaRows = areasOf(rows);
  const isArea = new Set(areaRows.map((r) => r.row));
  const criterionCol = table.col('criterion');
  const top = rows
    .filter((r) => r.kind !== 'total' && !isArea.has(r.row) && r.parts.length === 0)
    .map((r) => ({ r, lost: lostOf(r) }))
    .filter((x): x is { r: ScoreRow; lost: number } => x.lost !== null && x.lost > 0)
    // Array.prototype.sort is stable: equal losses stay in sheet order.
    .sort((a, b) => b.lost - a.lost)
    .slice(0, TOP_CRITERIA)
    .map(({ r, lost }) => ({ row: r.row, cell: a1(r.row, criterionCol ?? firstEntryCol(r)), code: r.code, text: plainName(textOf(r.row)), lost }));
  const areas = areaRows.map((r) => ({ row: r.row, code: r.code, name: plainName(textOf(r.row)), lost: lostOf(r) }));
  return { result: resultOf(rows, areaRows, textOf), top, areas };
}

/**
 * A result is what the council gave or took: an appraised score or points lost in their column, or
 * appraised scores in the text of two rows or more (a plan's section II pasted: "1. Công tác chỉ đạo,
 * điều hành CCHC (6,5/10 điểm)"). Maxima or self scores alone are no result; nor is one task of an
 * ordinary plan that mentions points ("mỗi tiêu chí giảm điểm bị trừ 0,5 điểm").
 */
function isScoreTable(rows: readonly ScoreRow[]): boolean {
  const inColumn = (r: ScoreRow) => r.appraised?.from === 'cell' || r.statedLost?.from === 'cell';
  return rows.some(inColumn) || rows.filter((r) => r.appraised?.from === 'text').length >= 2;
}

function areasOf(rows: readonly ScoreRow[]): ScoreRow[] {
  const topLevel = rows.filter((r) => r.kind !== 'total' && r.parent === null);
  const numbered = topLevel.filter((r) => r.code !== null && !r.code.includes('.'));
  return numbered.length ? numbered : topLevel.filter((r) => r.code === null);
}

function resultOf(rows: readonly ScoreRow[], areas: readonly ScoreRow[], textOf: (row: number) => string): ScoreResult {
  const totals = rows.filter((r) => r.kind === 'total');
  if (totals.length) {
    const t = totals.reduce((best, r) => (r.parts.length > best.parts.length ? r : best));
    return {
      source: { kind: 'total', row: t.row, label: plainName(textOf(t.row)) },
      max: t.max?.points ?? null,
      self: t.self?.points ?? null,
      appraised: t.appraised?.points ?? null,
      rate: t.rate,
      lost: lostOf(t),
    };
  }
  const sum = (values: (number | null)[]): number | null =>
    values.length && values.every((v) => v !== null) ? roundTo(values.reduce((a, v) => a + v!, 0), Math.max(...values.map((v) => ownDecimals(v!)))) : null;
  const max = sum(areas.map((a) => a.max?.points ?? null));
  const appraised = sum(areas.map((a) => a.appraised?.points ?? null));
  const difference = max !== null && appraised !== null ? roundTo(max - appraised, Math.max(ownDecimals(max), ownDecimals(appraised))) : null;
  return {
    source: { kind: 'areas', count: areas.length },
    max,
    self: sum(areas.map((a) => a.self?.points ?? null)),
    appraised,
    rate: max !== null && appraised !== null && max > 0 ? appraised / max : null,
    lost: difference ?? sum(areas.map(lostOf)),
  };
}

function firstEntryCol(r: ScoreRow): number {
  return (r.appraised ?? r.max ?? r.self ?? r.statedLost)?.col ?? 1;
}


/** A rate as a percentage with at most two decimals, the language's way: "86,48%" (vi), "86.48%" (en). */
export function formatRate(rate: number, lang: Lang): string {
  return `${formatScore(roundTo(rate * 100, 2), lang)}%`;
}

/** The card's figures as the user reads them: label and value, in order. */
export function resultFigures(result: ScoreResult, s: ScoreStrings, lang: Lang): { key: keyof Omit<ScoreResult, 'source'>; label: string; value: string }[] {
  const points = (n: number | null) => (n === null ? s.notStated : s.points(formatScore(n, lang)));
  // Self and appraised as the decisions write them, out of the maximum: "83,3/89,5 điểm".
  const outOf = (n: number | null) => (n === null || result.max === null ? points(n) : s.points(`${formatScore(n, lang)}/${formatScore(result.max, lang)}`));
  return [
    { key: 'max', label: s.max, value: points(result.max) },
    { key: 'self', label: s.self, value: outOf(result.self) },
    { key: 'appraised', label: s.appraised, value: outOf(result.appraised) },
    { key: 'rate', label: s.rate, value: result.rate === null ? s.notStated : formatRate(result.rate, lang) },
    { key: 'lost', label: s.lost, value: points(result.lost) },
  ];
}

/** Where the result comes from, in a sentence. */
export function sourceLine(source: ResultSource, s: ScoreStrings): string {
  if (source.kind === 'total') return s.fromTotal(source.label, source.row);
  return source.count ? s.fromAreas(source.count) : s.noSource;
}

/** "1. Công tác chỉ đạo, điều hành CCHC": an area as the chart and its description name it. */
export function areaTitle(a: AreaLoss): string {
  return a.code ? `${a.code}. ${a.name}` : a.name;
}
