/**
 * What "Sửa", "Sửa tất cả (n)" and "Hoàn tác" do: one edit plan for the findings (or the inverse of the
 * last change), written by the host, an undo entry, a notice saying what happened and a re-check. The
 * controller runs these bodies one at a time (PaneController.run); they live here so the controller
 * keeps the pane's lifecycle and this file the outcome of a change and its wording.
 */
import { planFixes } from '../core/fixes';
import type { Finding } from '../core/report';
import { PartialWriteError } from '../core/workbook/adapter';
import type { PlanStep, WorkbookPlan } from '../core/workbook/plan';
import { cellList, isFixable } from './findings';
import type { OperationContext } from './paneState';
import { peekUndo, popUndo, pushUndo } from './undoStack';

/** Fix the fixable ones among `findings` in one plan (one undo step); `labelFor` names it by cells written. */
export async function applyFixes(pane: OperationContext, findings: readonly Finding[], labelFor: (cells: number) => string): Promise<void> {
  const { t } = pane;
  const checked = pane.getState().checked;
  if (!checked) return;
  const sheet = checked.analysis.report.sheet;
  const plan = planFixes(findings.filter(isFixable));
  if (!plan.edits.length) {
    pane.set({ notice: { intent: 'info', title: t.fixedTitle, lines: [t.nothingToFix] } });
    await pane.readAndAnalyze();
    return;
  }
  // The host writes only cells that still hold what the check saw; the others come back as conflicts.
  let result;
  try {
    result = await pane.service.applyEdits(sheet, plan.edits);
  } catch (e) {
    // Cut off part-way (a later request failed): what was written can still be undone.
    if (e instanceof PartialWriteError && e.written.steps.length) {
      pane.set({ history: pushUndo(pane.getState().history, { label: labelFor(editCount(e.written)), sheet, applied: e.written }) });
    }
    throw e;
  }
  const label = labelFor(editCount(result.applied));
  const lines: string[] = [];
  if (result.applied.steps.length) {
    pane.set({ history: pushUndo(pane.getState().history, { label, sheet, applied: result.applied }) });
    lines.push(label);
  }
  if (result.conflicts.length) lines.push(t.conflicts(result.conflicts.length, cellList(result.conflicts.map((c) => c.cell))));
  if (plan.skipped.length) lines.push(t.skipped(plan.skipped.length));
  pane.set({
    notice: {
      intent: result.conflicts.length || plan.skipped.length ? 'warning' : 'success',
      title: result.conflicts.length ? t.conflictsTitle : t.fixedTitle,
      lines,
    },
  });
  await pane.readAndAnalyze();
}

/** Write back exactly what the last change replaced, then re-check. */
export async function undoLast(pane: OperationContext): Promise<void> {
  const { t } = pane;
  const entry = peekUndo(pane.getState().history);
  if (!entry) return;
  const conflicts = [...(await pane.service.undo(entry.applied)).conflicts];
  // A conflict means nothing of that plan was written: the earlier ones would not fit what is there.
  for (const plan of [...(entry.earlier ?? [])].reverse()) {
    if (conflicts.length) break;
    conflicts.push(...(await pane.service.undo(plan)).conflicts);
  }
  pane.set({ history: popUndo(pane.getState().history) });
  const lines = [t.undone(entry.label)];
  if (conflicts.length) lines.push(t.undoConflicts(conflicts.length, cellList(conflicts.map((c) => c.cell))));
  pane.set({
    notice: { intent: conflicts.length ? 'warning' : 'success', title: t.undoneTitle, lines },
  });
  await pane.readAndAnalyze();
}

/** Cells a plan wrote. */
function editCount(plan: WorkbookPlan): number {
  return plan.steps.reduce((n, s: PlanStep) => n + (s.kind === 'cells' ? s.edits.length : 0), 0);
}
