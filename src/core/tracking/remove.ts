/**
 * "Gỡ cột theo dõi": the plan that takes away exactly what the layer added — its columns' cells, the
 * settings cells and their labels, its names, its dropdown, its conditional formats, its summary sheet —
 * and nothing else. What the layer added is read from the workbook itself (its names record it), so a
 * layer added in another session, or by `cchc annotate`, is removed just the same.
 */
import type { CellEdit, Lang } from '../report';
import type { CellRange, RawValue } from '../snapshot';
import { blockAsNewCells, workbookName, type CellBlock, type DefinedName } from '../workbook/catalog';
import { clearEdit, clearEdits } from '../workbook/edits';
import type { PlanStep, WorkbookPlan } from '../workbook/plan';
import { NAMES } from './formulas';
import { flagRules, LAYER_TAG, layerColumnWidth } from './layer';
import { SETTING_LABELS } from './layout';
import { SUMMARY_FRAME, SUMMARY_HEADER_FILL, SUMMARY_HEADERS, SUMMARY_LAYOUT, WHOLE_PLAN } from './summary-sheet';
import { TRACKING_MESSAGES } from './messages';

/** The layer as its names describe it; null when the workbook has none. */
export interface LayerRecord {
  sheet: string;
  block: CellRange;
  statusCol: number | null;
  names: DefinedName[];
  summarySheet: string | null;
  statusDropdown: CellRange | null;
}

const OURS = new Set<string>(Object.values(NAMES).map((n) => n.toLowerCase()));

export function findLayer(names: readonly DefinedName[]): LayerRecord | null {
  const byName = (n: string) => workbookName(names, n);
  const layer = byName(NAMES.layer)?.target;
  if (!layer) return null;
  const block = layer.range;
  // The block ends with deadline, flag, units; a column before them is the status column the layer added.
  const statusCol = block.right - block.left >= 3 ? block.left : null;
  return {
    sheet: layer.sheet,
    block,
    statusCol,
    names: names.filter((d) => d.scope === null && OURS.has(d.name.toLowerCase())),
    summarySheet: byName(NAMES.summary)?.target?.sheet ?? null,
    statusDropdown: byName(NAMES.statusDropdown)?.target?.range ?? null,
  };
}

/** Where one of the layer's names points, or null. */
export const layerTarget = (record: LayerRecord, name: string) => workbookName(record.names, name)?.target ?? null;

/** The cell one of the layer's names gives on the layer's sheet (the settings cells), or null. */
export function layerCell(record: LayerRecord, name: string): { row: number; col: number } | null {
  const t = layerTarget(record, name);
  if (!t || t.sheet.toLowerCase() !== record.sheet.toLowerCase()) return null;
  return { row: t.range.top, col: t.range.left };
}

export interface RemovalRequest {
  record: LayerRecord;
  /** The settings cells and the cells left of them (their labels), as read: a label goes only when it is ours. */
  settings: CellBlock | null;
  /** The summary sheet's cells, kept in the plan so that an undo can bring the sheet back. */
  summary: CellBlock | null;
  /** An update keeps the cells of the status column the layer added: the statuses typed there are the user's. */
  keepStatus: boolean;
  lang: Lang;
}

/** The settings cells and their labels: where a removal reads them (one small block). */
export function settingsArea(record: LayerRecord): CellRange | null {
  const cells = [NAMES.asOf, NAMES.window].map((n) => layerCell(record, n)).filter((c) => c !== null);
  if (cells.length === 0) return null;
  return {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.max(1, Math.min(...cells.map((c) => c.col)) - 1),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
}

/**
 * Every cell of the layer's columns is cleared (back to blank and default format), whatever it holds: the
 * columns are the layer's, and the settled plan records what each held, for undo. The sheet itself need
 * not be read for it.
 */
export function planRemoval(req: RemovalRequest): WorkbookPlan {
  const { record } = req;
  const sheet = record.sheet;
  const steps: PlanStep[] = [];
  const keep = req.keepStatus && record.statusCol !== null ? record.statusCol : null;
  const { block } = record;
  const edits: CellEdit[] = clearEdits(block, (col) => col === keep);
  const clear = (row: number, col: number) => edits.push(clearEdit(row, col));
  const at = (row: number, col: number): RawValue => {
    const b = req.settings;
    return b ? (b.values[row - b.top]?.[col - b.left] ?? null) : null;
  };
  for (const n of [NAMES.asOf, NAMES.window]) {
    const cell = layerCell(record, n);
    if (!cell) continue;
    const { row, col } = cell;
    clear(row, col);
    if (col > 1 && isLabel(at(row, col - 1))) clear(row, col - 1);
  }
  steps.push({ kind: 'removeConditionalRules', sheet, tag: LAYER_TAG, restore: flagRules({ top: block.top + 1, left: block.right - 1, bottom: block.bottom, right: block.right - 1 }) });
  if (record.statusDropdown) {
    steps.push({ kind: 'removeValidation', sheet, range: record.statusDropdown, restore: { list: { name: NAMES.statusAll }, alert: statusAlert(req.lang) } });
  }
  if (edits.length) steps.push({ kind: 'cells', sheet, edits });
  // The width the layer set is what the removal replaces (a host does not report widths before writing).
  // A kept status column goes back to the standard width too: the layer that follows sets it again from
  // null, so that undoing both gives back the width the first layer set.
  for (let col = block.left; col <= block.right; col++) steps.push({ kind: 'columnWidth', sheet, col, width: null, before: layerColumnWidth(col, block.right) });
  for (const n of record.names) {
    if (n.target) steps.push({ kind: 'removeName', key: { name: n.name, scope: null }, restore: { target: n.target, comment: 'CCHC Phụ lục: theo dõi tiến độ' } });
  }
  if (record.summarySheet) steps.push({ kind: 'removeSheet', sheet: record.summarySheet, restore: summaryRestore(record.summarySheet, req.summary) });
  return { steps };
}

const LABELS = new Set<string>(Object.values(SETTING_LABELS));
const isLabel = (v: RawValue) => typeof v === 'string' && LABELS.has(v);

function statusAlert(lang: Lang) {
  const m = TRACKING_MESSAGES[lang];
  return { style: 'information' as const, title: m.statusAlertTitle, message: m.statusAlert };
}

/**
 * The summary sheet as it was, for an undo: its values and formulas, with the look the layer gave it
 * (title, header and total rows, widths, merges: see ./summary-sheet.ts).
 */
function summaryRestore(sheet: string, block: CellBlock | null): Omit<Extract<PlanStep, { kind: 'addSheet' }>, 'kind'> {
  const { headerRow } = SUMMARY_LAYOUT;
  const totalRow = block ? block.top + block.values.findIndex((row) => row.includes(WHOLE_PLAN)) : -1;
  const cells = blockAsNewCells(block, (cell) => {
    const { row: r, col: c } = cell;
    if (r === 1 || r === headerRow || (r === totalRow && c <= SUMMARY_HEADERS.length) || (r === 2 && c === 1)) cell.bold = true;
    if (r === headerRow) cell.fill = SUMMARY_HEADER_FILL;
    if (r === 2 && c === 3) Object.assign(cell, { numFmt: 'dd/mm/yyyy', horizontal: 'left' });
    if (r === 3 && c === 1) cell.italic = true;
    // The layout's alignment: the title and the headers centred, the unit numbers centred, names wrapped.
    if ((r === 1 && c === 1) || (r === headerRow && c <= SUMMARY_HEADERS.length)) cell.horizontal = 'center';
    if (r === headerRow && c <= SUMMARY_HEADERS.length) cell.wrap = true;
    if (r > headerRow && (totalRow < 0 || r < totalRow) && c === 1) cell.horizontal = 'center';
    if (r > headerRow && (totalRow < 0 || r < totalRow) && c === 2) cell.wrap = true;
  });
  return { sheet, cells, ...SUMMARY_FRAME };
}
