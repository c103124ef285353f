/**
 * What the task pane needs from a workbook, whatever holds it: Excel through Office.js
 * (src/hosts/office) or the in-memory workbook of the browser preview (src/preview).
 * Types only: no Office.js, DOM or Node here.
 */
import type { CellEdit, Lang, Severity } from '../core/report';
import type { UnitEntry } from '../core/rules/types';
import type { RawValue, SheetSnapshot } from '../core/snapshot';

export type Unsubscribe = () => Promise<void> | void;

/** A cell the pane asks the host to mark on the sheet. */
export interface Mark {
  cell: string;
  severity: Severity;
}

/** A cell that no longer held what the edit expected: someone changed it since the check. */
export interface EditConflict {
  cell: string;
  expected: RawValue;
  found: RawValue;
}

export interface ApplyResult {
  /** Edits written, with `before` as the cell really was (what an undo restores). */
  applied: CellEdit[];
  /**
   * Cells that changed since the check. When there are any, nothing at all is written (a plan's edits
   * belong together): nothing is overwritten without asking.
   */
  conflicts: EditConflict[];
}

export interface SheetChange {
  sheet: string;
  /** A1 address of what changed ("B7", "A1:C3"). */
  address: string;
}

/** Where dropdowns go and what they list. */
export interface DropdownTarget {
  /** A1 range on the sheet, e.g. "C6:C62". */
  range: string;
  source: 'units' | 'products';
}

/** Errors a host reports in words the pane shows as they are (already in the UI language). */
export class HostError extends Error {
  constructor(
    readonly reason: 'protected' | 'edit-mode' | 'busy' | 'not-found' | 'too-large' | 'unsupported' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export interface WorkbookHost {
  /** The UI language: Office's display language, or the browser's in the preview. */
  readonly lang: Lang;
  /** Read the active sheet (all the core needs) in one batch. */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** The workbook's own unit list ("Danh mục" sheet or the named range DanhMucDonVi), or null. */
  readUnitList(): Promise<UnitEntry[] | null>;
  /** Write an edit plan in one batch — all of it, or nothing if any cell no longer holds `before`. */
  applyEdits(sheet: string, edits: CellEdit[]): Promise<ApplyResult>;
  /** Select (and scroll to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Mark cells on the sheet (replacing the host's earlier marks) in a way `clearMarks` removes completely. */
  setMarks(sheet: string, marks: Mark[]): Promise<void>;
  clearMarks(sheet: string): Promise<void>;
  /** Edits by the user (the host leaves out the pane's own writes). */
  onSheetChanged(handler: (change: SheetChange) => void): Promise<Unsubscribe>;
  /** Another sheet became active. */
  onActiveSheetChanged(handler: () => void): Promise<Unsubscribe>;
  /** Create the unit list sheet ("Danh mục") from units for the user to review; the active sheet stays active. */
  createUnitList(units: UnitEntry[]): Promise<void>;
  /** Add in-cell dropdowns fed by the unit list or the document types; cells that already validate are left alone. */
  addDropdowns(sheet: string, targets: DropdownTarget[]): Promise<{ added: string[]; skipped: string[] }>;
}
