/**
 * The tracking layer as one workbook plan: "Hạn hoàn thành", "Cảnh báo" and "Đơn vị theo dõi" beside the
 * table (and "Tình trạng" when it has no status column), the named settings cells NgayDanhGia and
 * SoNgaySapDenHan, a status dropdown, conditional formats on the flags, and the "Tổng hợp tiến độ" sheet.
 * Every host carries the plan out (Office.js, the .xlsx package, the preview); the names record what the
 * layer added, so that ./remove.ts can take exactly that away again.
 */
import { a1 } from '../address';
import type { SheetAnalysis } from '../check';
import { isoToSerial } from '../dates';
import type { CellEdit, Lang } from '../report';
import type { UnitEntry } from '../rules/types';
import type { CellRange } from '../snapshot';
import type { ConditionalRule, NewCell, PlanStep, WorkbookPlan } from '../workbook/plan';
import { freeSheetName } from '../workbook/catalog';
import { blockedMessage } from '../table/addin-columns';
import { taggedFormula } from '../workbook/plan';
import { FLAG } from './due';
import { DATE_FORMAT, deadlineCell, flagFormula, NAMES, quote } from './formulas';
import { LAYER_HEADERS, placeLayer, SETTING_LABELS, type LayerPlace } from './layout';
import { TRACKING_MESSAGES } from './messages';
import { trackedRows, type TrackedRow } from './rows';
import { statusList, type StatusList } from './status';
import { summarySheet, SUMMARY_SHEET } from './summary-sheet';
import { summaryUnits } from './summary';

/** The tag of the layer's conditional formats (see `taggedFormula`). */
export const LAYER_TAG = 'CCHC-THEODOI';
/** Column widths the layer sets (characters): the units column holds names, the others a date or a label. */
export const layerColumnWidth = (col: number, unitsCol: number) => (col === unitsCol ? 30 : 18);
/** Late, due soon, done: the fills of Excel's own "Bad", "Neutral" and "Good" styles. */
const FLAG_LOOK: readonly [string, string, string][] = [
  [FLAG.overdue, 'FFC7CE', '9C0006'],
  [FLAG.dueSoon, 'FFEB9C', '9C5700'],
  [FLAG.done, 'C6EFCE', '006100'],
];

export interface LayerSettings {
  /** A fixed as-of date (ISO), or "today": the cell holds =TODAY() and the flags follow the calendar. */
  asOf: string | 'today';
  /** Days ahead that count as due soon. */
  window: number;
}

export interface LayerRequest {
  analysis: SheetAnalysis;
  /** The workbook's sheets, to name the summary sheet without taking a user's name. */
  sheets: readonly string[];
  unitList?: readonly UnitEntry[];
  settings: LayerSettings;
  /** The user's own status column already validates (its dropdown is left as it is). */
  statusValidated: boolean;
  /** A status column an earlier layer added, kept by an update (see `placeLayer`). */
  keptStatusCol?: number | null;
  /** The last column of the add-in's other columns on the sheet (0: none): the layer goes after them. */
  after?: number;
  lang: Lang;
}

export interface Layer {
  plan: WorkbookPlan;
  place: LayerPlace;
  rows: TrackedRow[];
  list: StatusList;
  units: string[];
  summarySheet: string;
}

export type LayerResult = { ok: true; layer: Layer } | { ok: false; message: string };

export function planLayer(req: LayerRequest): LayerResult {
  const { analysis, lang } = req;
  const m = TRACKING_MESSAGES[lang];
  const layout = analysis.layout;
  if (!layout || !analysis.rows) return { ok: false, message: m.noTable(analysis.report.sheet) };
  const placement = placeLayer(analysis, req.keptStatusCol ?? null, req.after ?? 0);
  if (!placement.ok) return { ok: false, message: blockedMessage(lang, 'tracking', placement.cell, placement.why) };
  const place = placement.place;
  const sheet = analysis.report.sheet;
  const rows = trackedRows(analysis, req.unitList);
  const statusCells = analysis.rows.rows.map((r) => analysis.grid.raw(r.row, place.statusCol)).filter((v): v is string => typeof v === 'string');
  const list = statusList(statusCells);
  const units = summaryUnits(rows, req.unitList);
  const summaryName = freeSheetName(SUMMARY_SHEET, req.sheets);
  const data: CellRange = { top: layout.firstRow, left: place.statusCol, bottom: Math.max(layout.lastRow, layout.firstRow), right: place.statusCol };
  const column = (col: number): CellRange => ({ ...data, left: col, right: col });

  const steps: PlanStep[] = [{ kind: 'cells', sheet, edits: layerEdits(analysis, place, rows, req.settings) }];
  for (const col of [place.addsStatus ? place.statusCol : null, place.deadlineCol, place.flagCol, place.unitsCol]) {
    if (col !== null) steps.push({ kind: 'columnWidth', sheet, col, width: layerColumnWidth(col, place.unitsCol), before: null });
  }
  const summary = summarySheet(sheet, place, layout, units, list);
  steps.push({ kind: 'addSheet', sheet: summaryName, ...summary.sheet });
  const name = (n: string, s: string, range: CellRange): PlanStep => ({ kind: 'defineName', key: { name: n, scope: null }, target: { sheet: s, range }, comment: 'CCHC Phụ lục: theo dõi tiến độ' });
  const cell = (p: { row: number; col: number }): CellRange => ({ top: p.row, left: p.col + 1, bottom: p.row, right: p.col + 1 });
  steps.push(
    name(NAMES.asOf, sheet, cell(place.asOfLabel)),
    name(NAMES.window, sheet, cell(place.windowLabel)),
    name(NAMES.layer, sheet, place.block),
    name(NAMES.summary, summaryName, { top: 1, left: 1, bottom: 1, right: 1 }),
    name(NAMES.statusAll, summaryName, summary.lists.all),
    name(NAMES.statusDone, summaryName, summary.lists.done),
    name(NAMES.statusInProgress, summaryName, summary.lists.inProgress),
  );
  if (place.addsStatus || !req.statusValidated) {
    steps.push({ kind: 'addValidation', sheet, range: column(place.statusCol), list: { name: NAMES.statusAll }, alert: { style: 'information', title: m.statusAlertTitle, message: m.statusAlert } });
    steps.push(name(NAMES.statusDropdown, sheet, column(place.statusCol)));
  }
  steps.push({ kind: 'addConditionalRules', sheet, tag: LAYER_TAG, rules: flagRules(column(place.flagCol)) });
  return { ok: true, layer: { plan: { steps }, place, rows, list, units, summarySheet: summaryName } };
}

/** One rule per label over the whole flag column (never per-cell fills). */
export function flagRules(range: CellRange): ConditionalRule[] {
  const top = a1(range.top, range.left);
  return FLAG_LOOK.map(([label, fill, fontColor]) => ({ ranges: [range], formula: taggedFormula(LAYER_TAG, `${top}=${quote(label)}`), fill, fontColor }));
}

/**
 * The cells the layer writes on the table's sheet. Each of its columns is written over every row of the
 * table (empty where a row has nothing): the columns are checked empty as a whole, and a host writes each
 * as one range rather than cell by cell. A cell already holding its header or label is left alone.
 */
function layerEdits(analysis: SheetAnalysis, place: LayerPlace, rows: readonly TrackedRow[], settings: LayerSettings): CellEdit[] {
  const grid = analysis.grid;
  const layout = analysis.layout!;
  const edits: CellEdit[] = [];
  const put = (row: number, col: number, e: Partial<CellEdit> & { value: CellEdit['value'] }) => {
    const before = grid.raw(row, col);
    const formula = grid.formula(row, col);
    edits.push({ cell: a1(row, col), row, col, before, ...(formula !== null ? { beforeFormula: formula } : {}), ...e });
  };
  const header = (col: number, text: string) => grid.raw(layout.headerRow, col) !== text && put(layout.headerRow, col, { value: text, bold: true });
  if (place.addsStatus) header(place.statusCol, LAYER_HEADERS.status);
  header(place.deadlineCol, LAYER_HEADERS.deadline);
  header(place.flagCol, LAYER_HEADERS.flag);
  header(place.unitsCol, LAYER_HEADERS.units);
  put(place.asOfLabel.row, place.asOfLabel.col, { value: SETTING_LABELS.asOf, bold: true });
  const asOf = place.asOfLabel;
  if (settings.asOf === 'today') put(asOf.row, asOf.col + 1, { value: null, formula: '=TODAY()', numFmt: DATE_FORMAT });
  else put(asOf.row, asOf.col + 1, { value: isoToSerial(settings.asOf), numFmt: DATE_FORMAT });
  put(place.windowLabel.row, place.windowLabel.col, { value: SETTING_LABELS.window, bold: true });
  put(place.windowLabel.row, place.windowLabel.col + 1, { value: settings.window });
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const last = Math.max(layout.lastRow, layout.firstRow - 1);
  for (const col of [place.deadlineCol, place.flagCol, place.unitsCol]) {
    for (let row = layout.firstRow; row <= last; row++) {
      const r = byRow.get(row);
      if (col === place.deadlineCol) {
        const d = r?.deadline;
        put(row, col, d ? deadlineCell(d) : { value: null, numFmt: DATE_FORMAT });
      } else if (col === place.flagCol) {
        const status = r?.statusCell ? a1(r.statusCell.row, r.statusCell.col) : a1(row, place.statusCol);
        put(row, col, r ? { value: null, formula: flagFormula(status, a1(row, place.deadlineCol)) } : { value: null });
      } else {
        put(row, col, { value: r ? r.units.join('; ') : null });
      }
    }
  }
  return edits;
}
