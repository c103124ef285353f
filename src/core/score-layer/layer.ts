/**
 * The score columns as one workbook plan, written beside the table (after the add-in's other columns, never
 * over a non-empty cell) and recorded in the name CCHC_Diem, so that they are updated in place and removed
 * exactly, whichever host wrote them. Each row whose score cells a formula can read gets the formulas; the
 * core's own figures for those rows (`expectedFigures`) are what the recalculated sheet must show.
 */
import { a1 } from '../address';
import type { SheetAnalysis } from '../check';
import type { CellEdit, Lang } from '../report';
import type { CellRange } from '../snapshot';
import { scoreSheet, type ScoreEntry } from '../score/rows';
import type { PlanStep, WorkbookPlan } from '../workbook/plan';
import { clearEdits } from '../workbook/edits';
import { blockedMessage, firstTaken, freeCells } from '../table/addin-columns';
import { freeSheetName, type CellBlock } from '../workbook/catalog';
import { restoredSummary, scoreSummarySheet, SCORE_SUMMARY_NAME, SCORE_SUMMARY_SHEET } from './summary';
import { differenceFormula, formulaReads, rateFormula, SCORE_HEADERS, SCORE_LAYER_NAME, type ScoreColumn } from './columns';

export { SCORE_LAYER_NAME };
const WIDTH: Readonly<Record<ScoreColumn, number>> = { lost: 12, selfGap: 18, rate: 11 };
const NUM_FMT: Readonly<Record<ScoreColumn, string>> = { lost: 'General', selfGap: 'General', rate: '0.00%' };

export interface ScoreLayer {
  plan: WorkbookPlan;
  /** Where each column went. */
  columns: Partial<Record<ScoreColumn, number>>;
  block: CellRange;
  /** Sheet row → what each written formula must compute (the core's ScoreRow figures). */
  figures: Map<number, Partial<Record<ScoreColumn, number>>>;
  summarySheet: string;
}

export type ScoreLayerResult = { ok: true; layer: ScoreLayer } | { ok: false; message: string };

/** The columns the table's score columns allow: a typed "Điểm bị trừ" is not repeated. */
export function scoreColumnsFor(analysis: SheetAnalysis): ScoreColumn[] {
  const has = (role: 'maxScore' | 'selfScore' | 'appraisedScore' | 'lostScore') => analysis.layout?.columns.has(role) ?? false;
  const out: ScoreColumn[] = [];
  if (has('maxScore') && has('appraisedScore') && !has('lostScore')) out.push('lost');
  if (has('selfScore') && has('appraisedScore')) out.push('selfGap');
  if (has('maxScore') && has('appraisedScore')) out.push('rate');
  return out;
}

/**
 * The plan. `after` is the last column the add-in's other columns use on this sheet (0: none): the score
 * columns go right of the table and of those — or at `at`, the first column of the columns an update
 * replaces (a status column the tracking layer added further right may count as the table's own).
 */
export function planScoreLayer(analysis: SheetAnalysis, after: number, lang: Lang, at?: number, sheets: readonly string[] = [], withChart = false): ScoreLayerResult {
  const layout = analysis.layout;
  const kinds = scoreColumnsFor(analysis);
  if (!layout || !analysis.rows || kinds.length === 0) return { ok: false, message: MESSAGES[lang].noScores(analysis.report.sheet) };
  const sheet = analysis.report.sheet;
  const first = at ?? Math.max(layout.right, after) + 1;
  const columns: Partial<Record<ScoreColumn, number>> = {};
  kinds.forEach((k, i) => (columns[k] = first + i));
  const block: CellRange = { top: layout.headerRow, left: first, bottom: Math.max(layout.lastRow, layout.headerRow), right: first + kinds.length - 1 };
  const taken = firstTaken(freeCells(analysis.grid), { ...block, top: layout.headerTop });
  if (taken) return { ok: false, message: blockedMessage(lang, 'score', taken.cell, taken.why) };
  const scores = scoreSheet(analysis.rows);
  const figures = new Map<number, Partial<Record<ScoreColumn, number>>>();
  const edits: CellEdit[] = [];
  const put = (row: number, col: number, e: Partial<CellEdit> & { value: CellEdit['value'] }) => edits.push({ cell: a1(row, col), row, col, before: null, ...e });
  const cell = (e: ScoreEntry) => a1(e.row, e.col);
  const readable = (e: ScoreEntry | null): e is ScoreEntry => e !== null && formulaReads(e, analysis.grid);
  for (const k of kinds) {
    const col = columns[k]!;
    put(layout.headerRow, col, { value: SCORE_HEADERS[k], bold: true });
    // Every row of the table, so that a host writes each column as one range.
    for (let row = layout.firstRow; row <= block.bottom; row++) {
      const r = scores.get(row);
      let formula: string | null = null;
      let expected: number | null = null;
      if (r && k === 'lost' && readable(r.max) && readable(r.appraised)) [formula, expected] = [differenceFormula(cell(r.max), cell(r.appraised)), r.lost];
      if (r && k === 'selfGap' && readable(r.self) && readable(r.appraised)) [formula, expected] = [differenceFormula(cell(r.self), cell(r.appraised)), r.selfGap];
      if (r && k === 'rate' && readable(r.max) && readable(r.appraised)) [formula, expected] = [rateFormula(cell(r.appraised), cell(r.max)), r.rate];
      put(row, col, formula ? { value: null, formula, numFmt: NUM_FMT[k] } : { value: null, numFmt: NUM_FMT[k] });
      if (formula && expected !== null) figures.set(row, { ...figures.get(row), [k]: expected });
    }
  }
  const steps: PlanStep[] = [{ kind: 'cells', sheet, edits }];
  for (const k of kinds) steps.push({ kind: 'columnWidth', sheet, col: columns[k]!, width: WIDTH[k], before: null });
  steps.push({ kind: 'defineName', key: { name: SCORE_LAYER_NAME, scope: null }, target: { sheet, range: block }, comment: 'CCHC Phụ lục: cột điểm' });
  // "Tổng hợp điểm" (a user's sheet of that name is left alone: ours takes another name).
  const summarySheet = freeSheetName(SCORE_SUMMARY_SHEET, sheets);
  steps.push({ kind: 'addSheet', ...scoreSummarySheet(analysis, sheet, summarySheet, withChart) });
  steps.push({ kind: 'defineName', key: { name: SCORE_SUMMARY_NAME, scope: null }, target: { sheet: summarySheet, range: { top: 1, left: 1, bottom: 1, right: 1 } }, comment: 'CCHC Phụ lục: tổng hợp điểm' });
  return { ok: true, layer: { plan: { steps }, columns, block, figures, summarySheet } };
}

/**
 * Taking the columns away: every cell of the block cleared (recorded for undo), widths back to the sheet's
 * standard (what they replace is known from the headers read), the name gone.
 */
export function planScoreRemoval(sheet: string, block: CellRange, headers: readonly unknown[], summary: { sheet: string; cells: CellBlock | null } | null, drawsCharts = false): WorkbookPlan {
  const steps: PlanStep[] = [{ kind: 'cells', sheet, edits: clearEdits(block) }];
  const kindOf = (h: unknown) => (Object.keys(SCORE_HEADERS) as ScoreColumn[]).find((k) => SCORE_HEADERS[k] === h);
  for (let col = block.left; col <= block.right; col++) {
    const kind = kindOf(headers[col - block.left]);
    steps.push({ kind: 'columnWidth', sheet, col, width: null, before: kind ? WIDTH[kind] : null });
  }
  steps.push({ kind: 'removeName', key: { name: SCORE_LAYER_NAME, scope: null }, restore: { target: { sheet, range: block }, comment: 'CCHC Phụ lục: cột điểm' } });
  if (summary) {
    steps.push({ kind: 'removeName', key: { name: SCORE_SUMMARY_NAME, scope: null }, restore: { target: { sheet: summary.sheet, range: { top: 1, left: 1, bottom: 1, right: 1 } }, comment: 'CCHC Phụ lục: tổng hợp điểm' } });
    // For an undo: its values and formulas, with its look.
    steps.push({ kind: 'removeSheet', sheet: summary.sheet, restore: restoredSummary(summary.sheet, summary.cells, drawsCharts) });
  }
  return { steps };
}

const MESSAGES = {
  vi: {
    noScores: (sheet: string) => `Bảng trên trang “${sheet}” không có đủ cột điểm (tối đa, tự chấm, thẩm định) để tính điểm bị trừ.`,
  },
  en: {
    noScores: (sheet: string) => `The table on sheet “${sheet}” lacks the score columns (maximum, self-assessed, appraised) to compute points lost.`,
  },
} as const;
