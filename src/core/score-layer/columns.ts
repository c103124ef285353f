/**
 * The score columns the add-in writes beside a score table — "Điểm bị trừ" (max − appraised), "Chênh lệch
 * tự chấm" (self − appraised), "Tỷ lệ đạt" (appraised / max) — as native formulas over the row's own
 * cells, so that they follow edits with or without the add-in (../../../shared/docs/formulas.md).
 */
import type { Grid } from '../table/grid';
import type { ScoreEntry } from '../score/rows';

/** The name over the score columns' block: what the add-in added, found again by any host. */
export const SCORE_LAYER_NAME = 'CCHC_Diem';

export type ScoreColumn = 'lost' | 'selfGap' | 'rate';
export const SCORE_HEADERS: Readonly<Record<ScoreColumn, string>> = { lost: 'Điểm bị trừ', selfGap: 'Chênh lệch tự chấm', rate: 'Tỷ lệ đạt' };

/** The cell's score as the formula reads it: a number, or text with a comma or a dot; "" for anything else. */
export const readScore = (cell: string) => `IF(ISNUMBER(${cell}),${cell},IFERROR(NUMBERVALUE(SUBSTITUTE(TRIM(${cell}),",","."),"."),""))`;
/** What marks a formula as the add-in's score column (a user's own "Điểm bị trừ" formula reads otherwise). */
const MARK = 'NUMBERVALUE(SUBSTITUTE(TRIM(';

/**
 * a − b of two score cells, rounded to 6 decimals (20 − 15,804 is 4,196, not 4,19600000000000); "" when
 * either cell holds no score. Mirrors `ScoreRow.lost` and `ScoreRow.selfGap` of ../score/rows.ts.
 */
export function differenceFormula(a: string, b: string): string {
  return `=IF(OR(${readScore(a)}="",${readScore(b)}=""),"",ROUND(${readScore(a)}-${readScore(b)},6))`;
}

/** appraised / max; "" without both, or with a maximum of 0. Mirrors `ScoreRow.rate`. */
export function rateFormula(appraised: string, max: string): string {
  return `=IF(OR(${readScore(appraised)}="",${readScore(max)}=""),"",IF(${readScore(max)}=0,"",${readScore(appraised)}/${readScore(max)}))`;
}

/** The text cells a formula reads as a score: digits with one comma or dot, spaces around (TRIM). */
const FORMULA_READABLE = /^ *\d+(?:[.,]\d+)? *$/;

/**
 * A score a formula can read from its own cell: typed as a number, or as "6,5" / "14.5" text — not one
 * read from the criterion text, a percentage, or "01/2,5".
 */
export function formulaReads(e: ScoreEntry, grid: Grid): boolean {
  if (e.from !== 'cell' || e.score.percent || e.score.outOf !== null) return false;
  const v = grid.raw(e.row, e.col);
  return typeof v === 'number' || (typeof v === 'string' && FORMULA_READABLE.test(v));
}

/**
 * The header cell of one of the add-in's score columns: its text, and the column's first formula below
 * is the add-in's. The table reader leaves such columns out of the table.
 */
export function isScoreColumnHeader(grid: Grid, row: number, col: number): boolean {
  const v = grid.raw(row, col);
  if (typeof v !== 'string' || !Object.values(SCORE_HEADERS).includes(v)) return false;
  const last = Math.min(grid.bottom, row + 200);
  for (let r = row + 1; r <= last; r++) {
    const f = grid.formula(r, col);
    if (f) return f.includes(MARK);
  }
  return false;
}
