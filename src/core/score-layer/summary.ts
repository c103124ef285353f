/**
 * "Tổng hợp điểm": the areas with their maximum, self-assessed and appraised points, points lost and rate,
 * their sum, and the criteria that lost the most points — ranked by live formulas (LARGE, then INDEX/MATCH
 * over a helper block with a tie-break by row), so the ranking follows edits without the add-in. The core
 * computes the same figures (`summaryFigures`), which the LibreOffice tests compare with the sheet.
 */
import { columnLetters, sheetReference } from '../address';
import type { SheetAnalysis } from '../check';
import { scoreRows, type ScoreEntry, type ScoreRow } from '../score/rows';
import type { NewCell, PlanStep, SheetChart } from '../workbook/plan';
import { blockAsNewCells, type CellBlock } from '../workbook/catalog';
import { formulaReads, readScore } from './columns';

export const SCORE_SUMMARY_SHEET = 'Tổng hợp điểm';
export const SCORE_SUMMARY_NAME = 'CCHC_TongHopDiem';
export const AREA_HEADERS = ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Tự chấm', 'Thẩm định', 'Điểm bị trừ', 'Tỷ lệ đạt'] as const;
export const RANK_HEADERS = ['Hạng', 'Mã', 'Tiêu chí', 'Điểm bị trừ'] as const;
/** How many criteria the ranking lists. */
export const TOP = 10;
export const SUMMARY_ROWS = { areaHeader: 3, firstArea: 4 } as const;
/** The helper block (code, name, points lost, ranking key), right of what a reader looks at. */
const HELPER_COL = 10;

type AddSheet = Omit<Extract<PlanStep, { kind: 'addSheet' }>, 'kind'>;

export interface SummaryFigures {
  /** Per area: max, self, appraised, lost (null where the row has none). */
  areas: { row: number; max: number | null; self: number | null; appraised: number | null; lost: number | null }[];
  /** The criteria that lost points, most first (ties: the earlier row first), at most TOP. */
  top: { row: number; lost: number }[];
}

const areasOf = (rows: readonly ScoreRow[]) => rows.filter((r) => r.parent === null && r.kind !== 'total');
const criteriaOf = (rows: readonly ScoreRow[]) => rows.filter((r) => r.parent !== null);

export function summaryFigures(analysis: SheetAnalysis): SummaryFigures {
  const rows = scoreRows(analysis);
  const top = criteriaOf(rows)
    .filter((r) => r.lost !== null && r.lost > 0)
    .sort((a, b) => b.lost! - a.lost! || a.row - b.row)
    .slice(0, TOP)
    .map((r) => ({ row: r.row, lost: r.lost! }));
  return { areas: areasOf(rows).map((r) => ({ row: r.row, max: r.max?.points ?? null, self: r.self?.points ?? null, appraised: r.appraised?.points ?? null, lost: r.lost })), top };
}

export function scoreSummarySheet(analysis: SheetAnalysis, sheet: string, summaryName: string, withChart = false): AddSheet {
  const rows = scoreRows(analysis);
  const ref = (row: number, col: number) => sheetReference(sheet, { top: row, left: col, bottom: row, right: col });
  /** A live reference to a score the formula can read; the core's figure where it cannot (text such as "01/2,5"). */
  const scoreCell = (e: ScoreEntry | null): Partial<NewCell> => {
    if (!e) return { value: null };
    return formulaReads(e, analysis.grid) ? { formula: `=${readScore(ref(e.row, e.col))}` } : { value: e.points };
  };
  const criterionCol = analysis.rows?.col('criterion');
  const nameOf = (r: ScoreRow): Partial<NewCell> => (criterionCol === undefined ? { value: r.code ?? '' } : { formula: `=${ref(r.row, criterionCol)}&""` });
  const cells: NewCell[] = [{ row: 1, col: 1, value: 'TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH', bold: true, horizontal: 'center' }];
  AREA_HEADERS.forEach((h, i) => cells.push({ row: SUMMARY_ROWS.areaHeader, col: i + 1, value: h, bold: true, horizontal: 'center', wrap: true, fill: 'D9E1F2' }));
  const areas = areasOf(rows);
  areas.forEach((r, i) => {
    const row = SUMMARY_ROWS.firstArea + i;
    cells.push({ row, col: 1, value: r.code ?? String(i + 1), horizontal: 'center' }, { row, col: 2, ...nameOf(r), wrap: true });
    cells.push({ row, col: 3, ...scoreCell(r.max) }, { row, col: 4, ...scoreCell(r.self) }, { row, col: 5, ...scoreCell(r.appraised) });
    cells.push({ row, col: 6, formula: `=IF(OR(C${row}="",E${row}=""),"",ROUND(C${row}-E${row},6))` }, { row, col: 7, formula: `=IF(OR(C${row}="",E${row}="",C${row}=0),"",E${row}/C${row})`, numFmt: '0.00%' });
  });
  const sumRow = SUMMARY_ROWS.firstArea + areas.length;
  const span = (c: string) => `${c}${SUMMARY_ROWS.firstArea}:${c}${Math.max(SUMMARY_ROWS.firstArea, sumRow - 1)}`;
  cells.push({ row: sumRow, col: 2, value: 'Cộng', bold: true });
  for (const [col, c] of [[3, 'C'], [4, 'D'], [5, 'E'], [6, 'F']] as const) cells.push({ row: sumRow, col, formula: `=ROUND(SUM(${span(c)}),6)`, bold: true });
  cells.push({ row: sumRow, col: 7, formula: `=IF(C${sumRow}=0,"",E${sumRow}/C${sumRow})`, numFmt: '0.00%', bold: true });

  // The helper block: one line per criterion — code, name, points lost (−1 when unknown), ranking key.
  const criteria = criteriaOf(rows);
  const h = (k: number) => columnLetters(HELPER_COL + k);
  const first = SUMMARY_ROWS.firstArea;
  const last = first + Math.max(criteria.length, 1) - 1;
  cells.push({ row: SUMMARY_ROWS.areaHeader, col: HELPER_COL, value: 'Mã', bold: true }, { row: SUMMARY_ROWS.areaHeader, col: HELPER_COL + 1, value: 'Tiêu chí', bold: true }, { row: SUMMARY_ROWS.areaHeader, col: HELPER_COL + 2, value: 'Điểm bị trừ', bold: true }, { row: SUMMARY_ROWS.areaHeader, col: HELPER_COL + 3, value: 'Khoá xếp hạng', bold: true });
  criteria.forEach((r, i) => {
    const row = first + i;
    const max = scoreCell(r.max);
    const app = scoreCell(r.appraised);
    cells.push({ row, col: HELPER_COL, value: r.code ?? '' }, { row, col: HELPER_COL + 1, ...nameOf(r) });
    const lost = max.formula && app.formula ? `ROUND(${max.formula.slice(1)}-${app.formula.slice(1)},6)` : r.lost === null ? '-1' : String(r.lost);
    cells.push({ row, col: HELPER_COL + 2, formula: `=IFERROR(${lost},-1)` });
    // Ties go to the earlier row: a key a hair smaller for each later line.
    cells.push({ row, col: HELPER_COL + 3, formula: `=${h(2)}${row}-${i + 1}*1E-9` });
  });
  const rankTop = sumRow + 2;
  cells.push({ row: rankTop, col: 1, value: RANK_TITLE, bold: true });
  RANK_HEADERS.forEach((t, i) => cells.push({ row: rankTop + 1, col: i + 1, value: t, bold: true, horizontal: 'center', fill: 'D9E1F2' }));
  const keys = `$${h(3)}$${first}:$${h(3)}$${last}`;
  const col = (k: number) => `$${h(k)}$${first}:$${h(k)}$${last}`;
  for (let k = 1; k <= Math.min(TOP, criteria.length); k++) {
    const row = rankTop + 1 + k;
    const at = `MATCH(LARGE(${keys},${k}),${keys},0)`;
    const shown = (f: string) => `=IF(INDEX(${col(2)},${at})>0,${f},"")`;
    cells.push({ row, col: 1, value: k, horizontal: 'center' }, { row, col: 2, formula: shown(`INDEX(${col(0)},${at})`) }, { row, col: 3, formula: shown(`INDEX(${col(1)},${at})`), wrap: true }, { row, col: 4, formula: shown(`INDEX(${col(2)},${at})`) });
  }
  const sheetOut: AddSheet = { sheet: summaryName, cells, ...SUMMARY_FRAME };
  if (withChart && areas.length > 0) {
    // The chart's data beside the helper block: each area's label and its points lost (live).
    const lastArea = SUMMARY_ROWS.firstArea + areas.length - 1;
    cells.push({ row: SUMMARY_ROWS.areaHeader, col: CHART_COL, value: 'Lĩnh vực', bold: true }, { row: SUMMARY_ROWS.areaHeader, col: CHART_COL + 1, value: 'Điểm bị trừ', bold: true });
    for (let row = SUMMARY_ROWS.firstArea; row <= lastArea; row++) {
      cells.push({ row, col: CHART_COL, formula: `=A${row}&". "&LEFT(B${row},30)` }, { row, col: CHART_COL + 1, formula: `=F${row}` });
    }
    sheetOut.charts = [summaryChart(lastArea, rankTop + 2 + Math.min(TOP, criteria.length) + 1)];
  }
  return sheetOut;
}

/** Points lost per area as bars, over the chart's data (areas down to `lastArea`), placed from row `below`. */
function summaryChart(lastArea: number, below: number): SheetChart {
  return {
    type: 'bar',
    source: { top: SUMMARY_ROWS.areaHeader, left: CHART_COL, bottom: lastArea, right: CHART_COL + 1 },
    title: 'Điểm bị trừ theo lĩnh vực',
    at: { top: below, left: 1, bottom: below + 15, right: AREA_HEADERS.length },
  };
}

/** The chart's data (Excel only), right of the helper block. */
const CHART_COL = 15;

/** The sheet's column widths and merged title. */
const SUMMARY_FRAME = {
  columnWidths: [{ col: 1, width: 6 }, { col: 2, width: 45 }, ...[3, 4, 5, 6, 7].map((c) => ({ col: c, width: 11 })), { col: HELPER_COL + 1, width: 30 }],
  merges: [{ top: 1, left: 1, bottom: 1, right: AREA_HEADERS.length }],
};
const RANK_TITLE = 'CÁC TIÊU CHÍ BỊ TRỪ NHIỀU ĐIỂM NHẤT';

/**
 * The sheet as it was, for an undo of its removal: its values and formulas as read, with the look this
 * module gives it (title, header rows, the sum row, the rate's percent format, widths, merges).
 */
export function restoredSummary(sheet: string, block: CellBlock | null, drawsCharts = false): AddSheet {
  const rowOf = (text: string) => (block ? block.top + block.values.findIndex((line) => line.includes(text)) : -1);
  const sumRow = rowOf('Cộng');
  const rankTitle = rowOf(RANK_TITLE);
  const cells = blockAsNewCells(block, (cell) => {
    const { row, col } = cell;
    const header = row === SUMMARY_ROWS.areaHeader || row === rankTitle + 1;
    if (row === 1 || header || row === sumRow || row === rankTitle) cell.bold = true;
    if (header && col <= AREA_HEADERS.length) cell.fill = 'D9E1F2';
    // The layout's alignment: title and headers centred (the area headers wrapped), numbers centred, names wrapped.
    if ((row === 1 && col === 1) || (header && col <= AREA_HEADERS.length)) cell.horizontal = 'center';
    if (row === SUMMARY_ROWS.areaHeader && col <= AREA_HEADERS.length) cell.wrap = true;
    const area = row >= SUMMARY_ROWS.firstArea && row < sumRow;
    const ranked = rankTitle > 0 && row > rankTitle + 1;
    if ((area || ranked) && col === 1) cell.horizontal = 'center';
    if ((area && col === 2) || (ranked && col === 3)) cell.wrap = true;
    if (col === 7 && cell.formula && row >= SUMMARY_ROWS.firstArea && row <= sumRow) cell.numFmt = '0.00%';
  });
  // The chart goes with the sheet: where its data is (Excel drew it), it is drawn again over the same cells.
  const at = (row: number, col: number) => (block ? block.values[row - block.top]?.[col - block.left] : undefined);
  if (drawsCharts && sumRow > SUMMARY_ROWS.firstArea && at(SUMMARY_ROWS.areaHeader, CHART_COL) === 'Lĩnh vực') {
    let ranked = 0;
    while (rankTitle > 0 && typeof at(rankTitle + 2 + ranked, 1) === 'number') ranked++;
    return { sheet, cells, ...SUMMARY_FRAME, charts: [summaryChart(sumRow - 1, rankTitle + 2 + ranked + 1)] };
  }
  return { sheet, cells, ...SUMMARY_FRAME };
}

/** Where the ranking starts on the sheet (for tests and the pane). */
export const rankRows = (areaCount: number) => ({ header: SUMMARY_ROWS.firstArea + areaCount + 3, first: SUMMARY_ROWS.firstArea + areaCount + 4 });
