/**
 * The pane's own undo history (Excel's Ctrl+Z does not cover add-in writes): a stack of applied edit
 * plans, newest last. Immutable: every operation returns a new stack.
 */
import type { CellEdit } from '../core/report';

export interface UndoEntry {
  /** What the change did, shown on the undo button ("Đổi STT thành văn bản (ô A7)"). */
  label: string;
  sheet: string;
  /** The edits as the host applied them (`before` = what each cell really held). */
  applied: CellEdit[];
}

export type UndoStack = readonly UndoEntry[];

/** Entries kept; the oldest are dropped beyond this. */
export const UNDO_LIMIT = 50;

export function pushUndo(stack: UndoStack, entry: UndoEntry, limit = UNDO_LIMIT): UndoStack {
  if (!entry.applied.length) return stack;
  const next = [...stack, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

export function peekUndo(stack: UndoStack): UndoEntry | undefined {
  return stack[stack.length - 1];
}

export function popUndo(stack: UndoStack): UndoStack {
  return stack.slice(0, -1);
}
