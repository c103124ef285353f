/**
 * The net effect of every step written to a workbook since it was read: one edit per cell (from what
 * the cell held first to what it holds last, dropped when that is the same), and added parts without
 * those removed again (a unit list created and then undone leaves nothing). This is what the .xlsx
 * writer puts into the original package, so that "Tải về" changes only what really changed.
 */
import { sameRawValue } from '../../core/snapshot';
import type { CellEdit } from '../../core/report';
import { DEFAULT_FORMATS, EDIT_FORMATS } from '../../core/workbook/edits';
import type { PlanStep, WorkbookPlan } from '../../core/workbook/plan';

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** Steps that undo each other share a key. */
function pairKey(step: PlanStep): string | null {
  switch (step.kind) {
    case 'addSheet':
    case 'removeSheet':
      return `sheet|${lower(step.sheet)}`;
    case 'defineName':
    case 'removeName':
      return `name|${lower(step.key.name)}|${lower(step.key.scope ?? '')}`;
    case 'addValidation':
    case 'removeValidation': {
      const r = step.range;
      return `dv|${lower(step.sheet)}|${r.top},${r.left},${r.bottom},${r.right}`;
    }
    case 'addConditionalRules':
    case 'removeConditionalRules':
      return `cf|${lower(step.sheet)}|${step.tag}`;
    default:
      return null;
  }
}

const isAddition = (s: PlanStep) => s.kind === 'addSheet' || s.kind === 'defineName' || s.kind === 'addValidation' || s.kind === 'addConditionalRules';

/** The sheet a step works on (for dropping what went with a removed sheet). */
function sheetOf(step: PlanStep): string | null {
  if (step.kind === 'defineName') return step.target.sheet;
  return 'sheet' in step && step.kind !== 'addSheet' && step.kind !== 'removeSheet' ? step.sheet : null;
}

interface NetCell {
  sheet: string;
  first: CellEdit;
  edits: CellEdit[];
}

export function netPlan(log: readonly PlanStep[]): WorkbookPlan {
  const parts: PlanStep[] = [];
  const widths = new Map<string, Extract<PlanStep, { kind: 'columnWidth' }>>();
  const cells = new Map<string, NetCell>();
  for (const step of log) {
    if (step.kind === 'cells') {
      for (const e of step.edits) {
        const key = `${lower(step.sheet)}!${e.cell}`;
        const net = cells.get(key);
        if (net) net.edits.push(e);
        else cells.set(key, { sheet: step.sheet, first: e, edits: [e] });
      }
      continue;
    }
    if (step.kind === 'columnWidth') {
      const key = `${lower(step.sheet)}|${step.col}`;
      const prior = widths.get(key);
      widths.set(key, { ...step, before: prior ? prior.before : step.before });
      continue;
    }
    const key = pairKey(step);
    const undone = key !== null && !isAddition(step) ? parts.findIndex((p) => isAddition(p) && pairKey(p) === key) : -1;
    if (undone < 0) {
      parts.push(step);
      continue;
    }
    parts.splice(undone, 1);
    if (step.kind === 'removeSheet') {
      // What was written onto a sheet that is gone again went with it.
      const gone = lower(step.sheet);
      for (let i = parts.length - 1; i >= 0; i--) if (lower(sheetOf(parts[i]!) ?? '') === gone) parts.splice(i, 1);
      for (const [k, net] of cells) if (lower(net.sheet) === gone) cells.delete(k);
      for (const [k, w] of widths) if (lower(w.sheet) === gone) widths.delete(k);
    }
  }
  const steps: PlanStep[] = [...parts];
  for (const w of widths.values()) if (w.width !== w.before) steps.push(w);
  const bySheet = new Map<string, { sheet: string; edits: CellEdit[] }>();
  for (const net of cells.values()) {
    const edit = netEdit(net);
    if (!edit) continue;
    const key = lower(net.sheet);
    const entry = bySheet.get(key) ?? bySheet.set(key, { sheet: net.sheet, edits: [] }).get(key)!;
    entry.edits.push(edit);
  }
  for (const { sheet, edits } of bySheet.values()) {
    edits.sort((a, b) => a.row - b.row || a.col - b.col);
    steps.push({ kind: 'cells', sheet, edits });
  }
  return { steps };
}

/**
 * From the first state to the last; null when they are the same. A clear (the cell back to blank and
 * default formats) starts the cell afresh: only what is written after the last one adds to it.
 */
function netEdit(net: NetCell): CellEdit | null {
  const cleared = net.edits.map((e) => e.clear === true).lastIndexOf(true);
  if (cleared < 0) return netOf(net.first, net.edits);
  const after = net.edits.slice(cleared + 1);
  // Each format as the cell had it first: recorded by the first edit that set it or cleared the cell.
  const formats = EDIT_FORMATS.map(([field, before]) => ({ field, before, from: net.edits.find((e) => e[field] !== undefined || e.clear)?.[before] }));
  // A clear first clears what the file had (the writer may know formats the workbook in memory did not
  // read, such as an empty cell's style): only a cell this session wrote first can net to nothing.
  const wasBlank =
    !net.first.clear && net.first.before === null && !net.first.beforeFormula && formats.every(({ field, from }) => from === undefined || from === DEFAULT_FORMATS[field]);
  const base: CellEdit = { cell: net.first.cell, row: net.first.row, col: net.first.col, value: null, before: net.first.before, clear: true };
  if (net.first.beforeFormula != null) base.beforeFormula = net.first.beforeFormula;
  for (const { before, from } of formats) if (from !== undefined) (base as unknown as Record<string, unknown>)[before] = from;
  if (after.length === 0) return wasBlank ? null : base;
  // Written again after the clear: the net is the clear, then what followed (from the blank cell).
  const rest = netOf({ ...after[0]!, before: null }, after);
  if (rest === null) return wasBlank ? null : base;
  if (wasBlank) return { ...rest, before: net.first.before };
  return { ...base, ...rest, before: net.first.before, clear: true };
}

function netOf(first: CellEdit, edits: readonly CellEdit[]): CellEdit | null {
  const last = edits[edits.length - 1]!;
  const out: CellEdit = { cell: first.cell, row: first.row, col: first.col, value: last.value, before: first.before };
  let changed = !sameRawValue(last.value, first.before);
  // A formula: the last one written, unless a later edit wrote a plain value; compared with the first one found.
  const formulaFrom = first.beforeFormula;
  const lastFormula = last.formula;
  if (lastFormula !== undefined || (formulaFrom !== undefined && formulaFrom !== null)) {
    if (lastFormula !== undefined) out.formula = lastFormula;
    if (formulaFrom !== undefined) out.beforeFormula = formulaFrom;
    if ((lastFormula ?? null) !== (formulaFrom ?? null)) changed = true;
  }
  const loose = out as unknown as Record<string, unknown>;
  for (const [field, before] of EDIT_FORMATS) {
    const setters = edits.filter((e) => e[field] !== undefined);
    if (!setters.length) continue;
    const from = setters[0]![before];
    const to = setters[setters.length - 1]![field];
    if (from !== undefined && from === to) continue;
    loose[field] = to;
    if (from !== undefined) loose[before] = from;
    changed = true;
  }
  return changed ? out : null;
}
