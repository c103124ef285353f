/**
 * The scores of every row of a table, read once and shared by the score rules, `cchc check --json` and
 * (next) the in-sheet formula columns: maximum, self-assessed, appraised and stated points lost, from the
 * score columns or — for a row with no score cells — from its criterion text; the derived
 * `lost` = max − appraised, `selfGap` = self − appraised and `rate` = appraised / max; and which row each
 * row's scores are part of (criterion → area), with what a total row adds up.
 */
import type { Role, RowKind } from '../report';
import type { TableRows } from '../table/rows';
import { MAX_DECIMALS, ownDecimals, roundTo } from './number';
import { parseScore, type Score } from './parse';
import { codesInText, scoresInText } from './prose';
import { nestScoredRows, segmentsOf, totalParts, type NestingRow } from './nesting';

export type ScoreField = 'max' | 'self' | 'appraised' | 'statedLost';
export const SCORE_FIELDS: readonly ScoreField[] = ['max', 'self', 'appraised', 'statedLost'];
/** The column role each field is read from. */
export const FIELD_ROLE: Readonly<Record<ScoreField, Role>> = { max: 'maxScore', self: 'selfScore', appraised: 'appraisedScore', statedLost: 'lostScore' };

/** One figure of a row and where it was read. */
export interface ScoreEntry {
  field: ScoreField;
  /** In points. A percentage is already turned into points of the row's maximum. */
  points: number;
  /** As written (its text, decimals, the "/max" written with it). */
  score: Score;
  /**
   * 'cell': the field's own column; 'text': the criterion text; 'outOf': the maximum written with another
   * score of the row ("01/2,5" in the appraised cell) — a formula cannot reference that as a maximum.
   */
  from: 'cell' | 'text' | 'outOf';
  /** The cell it was read from (the criterion cell for text). */
  row: number;
  col: number;
}

export interface ScoreRow {
  row: number;
  kind: RowKind;
  /** The criterion code: the index's code in the text, else the text's outline number, else the STT. */
  code: string | null;
  max: ScoreEntry | null;
  self: ScoreEntry | null;
  appraised: ScoreEntry | null;
  statedLost: ScoreEntry | null;
  /** Points lost: max − appraised; null unless both are known. */
  lost: number | null;
  /** What the council refused: self − appraised; null unless both are known. */
  selfGap: number | null;
  /** appraised / max; null unless both are known and max > 0. */
  rate: number | null;
  /** The sheet row of the scored row this one is part of (its area), or null at the top. */
  parent: number | null;
  /** Sheet rows of the scored rows that are part of this one; for a total, the rows it adds up. */
  parts: number[];
  /** Percentages with no maximum to turn them into points: still findings, not figures. */
  unconverted: ScoreEntry[];
}

export interface ScoreSheet {
  /** Rows that state at least one score, in sheet order. */
  rows: ScoreRow[];
  get(row: number): ScoreRow | undefined;
}

/** Points lost as the row gives them: max − appraised, else the figure it states. */
export function lostOf(r: ScoreRow): number | null {
  return r.lost ?? r.statedLost?.points ?? null;
}

const cache = new WeakMap<TableRows, ScoreSheet>();

/** The table's scores, computed once per TableRows. */
export function scoreSheet(rows: TableRows): ScoreSheet {
  let s = cache.get(rows);
  if (!s) cache.set(rows, (s = readScoreSheet(rows)));
  return s;
}

/** The scores of an analysed sheet (`analyzeSheet(...)`): [] when it has no table or no scores. */
export function scoreRows(analysis: { rows: TableRows | null }): ScoreRow[] {
  return analysis.rows ? scoreSheet(analysis.rows).rows : [];
}

function readScoreSheet(table: TableRows): ScoreSheet {
  const { grid } = table;
  const criterionCol = table.col('criterion');
  const out: ScoreRow[] = [];
  const nesting: NestingRow[] = [];
  for (const m of table.rows) {
    if (m.kind === 'blank' || m.kind === 'continuation') continue;
    const entries = {} as Record<ScoreField, ScoreEntry | null>;
    let any = false;
    for (const field of SCORE_FIELDS) {
      const col = table.col(FIELD_ROLE[field]);
      // A value merged down belongs to the top row only: spread, it would be counted once per row.
      const score = col === undefined || grid.mergedFromAbove(m.row, col) ? null : parseScore(grid.raw(m.row, col), grid.numFmt(m.row, col));
      entries[field] = score && col !== undefined ? { field, points: score.value, score, from: 'cell', row: m.row, col } : null;
      any ||= score !== null;
    }
    const text = criterionCol === undefined ? '' : grid.raw(m.row, criterionCol);
    const textOf = typeof text === 'string' ? text : '';
    if (!any && textOf && criterionCol !== undefined) {
      const prose = scoresInText(textOf);
      const fromText = (field: ScoreField, s: Score | null): ScoreEntry | null => (s ? { field, points: s.value, score: s, from: 'text', row: m.row, col: criterionCol } : null);
      entries.max = fromText('max', prose.max);
      entries.self = fromText('self', prose.self);
      entries.appraised = fromText('appraised', prose.appraised);
      entries.statedLost = fromText('statedLost', prose.lost);
    }
    entries.max ??= maxWrittenWith(entries);
    const unconverted = toPoints(entries);
    if (!SCORE_FIELDS.some((f) => entries[f]) && !unconverted.length) continue;
    const codes = codesInText(textOf);
    const stt = m.stt.kind === 'number' ? m.stt.text : null;
    out.push({ row: m.row, kind: m.kind, code: codes.index ?? codes.leading ?? stt, ...entries, ...derived(entries), parent: null, parts: [], unconverted });
    nesting.push({ model: m, index: segmentsOf(codes.index), leading: segmentsOf(codes.leading), isTotal: m.kind === 'total' });
  }
  const parents = nestScoredRows(nesting);
  out.forEach((r, i) => {
    const p = parents[i]!;
    if (p >= 0) {
      r.parent = out[p]!.row;
      out[p]!.parts.push(r.row);
    }
  });
  nesting.forEach((n, i) => {
    if (n.isTotal) out[i]!.parts = totalParts(nesting, parents, i).map((j) => out[j]!.row);
  });
  const byRow = new Map(out.map((r) => [r.row, r]));
  return { rows: out, get: (row) => byRow.get(row) };
}

/** The maximum written with one of the row's scores ("01/2,5"), when the row has no maximum of its own. */
function maxWrittenWith(e: Record<ScoreField, ScoreEntry | null>): ScoreEntry | null {
  for (const f of ['appraised', 'self', 'statedLost'] as const) {
    const s = e[f];
    if (s && s.score.outOf !== null) {
      const d = s.score.text.split('/')[1]?.match(/[.,](\d+)/)?.[1]?.length ?? 0;
      return { ...s, field: 'max', points: s.score.outOf, score: { ...s.score, value: s.score.outOf, outOf: null, decimals: d }, from: 'outOf' };
    }
  }
  return null;
}

/**
 * A percentage is a rate: in points it is that share of the row's maximum (79,02% of 20 = 15,804). With no
 * maximum (or as the maximum itself) it gives no figure; those entries are returned.
 */
function toPoints(e: Record<ScoreField, ScoreEntry | null>): ScoreEntry[] {
  const unconverted: ScoreEntry[] = [];
  if (e.max?.score.percent) {
    unconverted.push(e.max);
    e.max = null;
  }
  const max = e.max?.points ?? null;
  for (const f of ['self', 'appraised', 'statedLost'] as const) {
    const s = e[f];
    if (!s?.score.percent) continue;
    if (max === null) unconverted.push(s);
    e[f] = max === null ? null : { ...s, points: roundTo((s.score.value * max) / 100, MAX_DECIMALS) };
  }
  return unconverted;
}

/** lost, selfGap and rate, rounded to the decimals of the figures they come from (no float noise). */
function derived(e: Record<ScoreField, ScoreEntry | null>): Pick<ScoreRow, 'lost' | 'selfGap' | 'rate'> {
  const { max, self, appraised } = e;
  const d = (a: ScoreEntry, b: ScoreEntry) => Math.max(ownDecimals(a.points), ownDecimals(b.points));
  return {
    lost: max && appraised ? roundTo(max.points - appraised.points, d(max, appraised)) : null,
    selfGap: self && appraised ? roundTo(self.points - appraised.points, d(self, appraised)) : null,
    rate: max && appraised && max.points > 0 ? appraised.points / max.points : null,
  };
}
