/**
 * "Gỡ cột theo dõi": the plan that takes away exactly what the layer added — its columns' cells, the
 * settings cells and their labels, its names, its dropdown, its conditional formats, its summary sheet —
 * and nothing else. What the layer added is read from the workbook itself (its names record it), so a
 * layer added in another session, or by `cchc annotate`, is removed just the same.
 */
import { a1 } from '../address';
import type { CellEdit, Lang } from '../report';
import type { CellRange, RawValue } from '../snapshot';
import type { Grid } from '../table/grid';
import type { CellBlock, DefinedName } from '../workbook/catalog';
import type { NewCell, PlanStep, WorkbookPlan } from '../workbook/plan';
import { NAMES } from './formulas';
import { flagRules, LAYER_TAG } from './layer';
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
  const byName = (n: string) => names.find((d) => d.scope === null && d.name.toLowerCase() === n.toLowerCase());
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

export interface RemovalRequest {
  record: LayerRecord;
  /** The layer's sheet as read (values, formulas, number formats). */
  grid: Grid;
  /** The summary sheet's cells, kept in the plan so that an undo can bring the sheet back. */
  summary: CellBlock | null;
  /** An update keeps the cells of the status column the layer added: the statuses typed there are the user's. */
  keepStatus: boolean;
  lang: Lang;
}

export function planRemoval(req: RemovalRequest): WorkbookPlan {
  const { record, grid } = req;
  const sheet = record.sheet;
  const steps: PlanStep[] = [];
  const keep = req.keepStatus && record.statusCol !== null ? record.statusCol : null;
  const edits: CellEdit[] = [];
  /** Empty a cell the layer wrote, with the formats it set (bold headers, date formats) back to plain. */
  const clear = (row: number, col: number, look: { bold?: boolean; date?: boolean }) => {
    const before = grid.raw(row, col);
    const formula = grid.formula(row, col);
    if (before === null && formula === null) return;
    const edit: CellEdit = { cell: a1(row, col), row, col, value: null, before };
    if (formula !== null) edit.beforeFormula = formula;
    if (look.date) edit.numFmt = 'General';
    if (look.bold) edit.bold = false;
    edits.push(edit);
  };
  const { block } = record;
  const deadlineCol = block.right - 2;
  for (let col = block.left; col <= block.right; col++) {
    if (col === keep) continue;
    for (let row = block.top; row <= block.bottom; row++) clear(row, col, row === block.top ? { bold: true } : { date: col === deadlineCol });
  }
  for (const n of [NAMES.asOf, NAMES.window]) {
    const target = record.names.find((d) => d.name.toLowerCase() === n.toLowerCase())?.target;
    if (!target || target.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const { top: row, left: col } = target.range;
    clear(row, col, { date: n === NAMES.asOf });
    if (col > 1 && isLabel(grid.raw(row, col - 1))) clear(row, col - 1, { bold: true });
  }
  steps.push({ kind: 'removeConditionalRules', sheet, tag: LAYER_TAG, restore: flagRules({ top: block.top + 1, left: block.right - 1, bottom: block.bottom, right: block.right - 1 }) });
  if (record.statusDropdown) {
    steps.push({ kind: 'removeValidation', sheet, range: record.statusDropdown, restore: { list: { name: NAMES.statusAll }, alert: statusAlert(req.lang) } });
  }
  if (edits.length) steps.push({ kind: 'cells', sheet, edits });
  for (let col = block.left; col <= block.right; col++) if (col !== keep) steps.push({ kind: 'columnWidth', sheet, col, width: null, before: null });
  for (const n of record.names) {
    if (n.target) steps.push({ kind: 'removeName', key: { name: n.name, scope: null }, restore: { target: n.target, comment: 'CCHC Phụ lục: theo dõi tiến độ' } });
  }
  if (record.summarySheet) steps.push({ kind: 'removeSheet', sheet: record.summarySheet, restore: { sheet: record.summarySheet, cells: blockCells(req.summary) } });
  return { steps };
}

const LABELS = new Set(['Ngày đánh giá', 'Sắp đến hạn trong (ngày)']);
const isLabel = (v: RawValue) => typeof v === 'string' && LABELS.has(v);

function statusAlert(lang: Lang) {
  const m = TRACKING_MESSAGES[lang];
  return { style: 'information' as const, title: m.statusAlertTitle, message: m.statusAlert };
}

function blockCells(block: CellBlock | null): NewCell[] {
  const cells: NewCell[] = [];
  block?.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && typeof v !== 'object') cells.push({ row: block.top + i, col: block.left + j, value: v });
    }),
  );
  return cells;
}
