/**
 * The pane's own undo history (Excel's Ctrl+Z does not cover add-in writes): a stack of applied
 * workbook plans, newest last. Immutable: every operation returns a new stack.
 */
import type { WorkbookPlan } from '../core/workbook/plan';

export interface UndoEntry {
  /** What the change did, shown on the undo button ("Đổi STT thành văn bản (ô A7)"). */
  label: string;
  /** The sheet the change was made from (the undo button says so when another sheet is active). */
  sheet: string;
  /** The plan as the host applied it (each step with what it replaced): its inverse undoes it. */
  applied: WorkbookPlan;
  /**
   * Plans the same change wrote before `applied`, in order (updating the tracking layer removes the old
   * one first); undone after it, newest first, each on its own since each was settled against the
   * workbook as the previous one left it.
   */
  earlier?: readonly WorkbookPlan[];
}

export type UndoStack = readonly UndoEntry[];

/** Entries kept; the oldest are dropped beyond this. */
export const UNDO_LIMIT = 50;

export function pushUndo(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if (!entry.applied.steps.length) return stack;
  const next = [...stack, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

export function peekUndo(stack: UndoStack): UndoEntry | undefined {
  return stack[stack.length - 1];
}

export function popUndo(stack: UndoStack): UndoStack {
  return stack.slice(0, -1);
}
