/**
 * What a host gives the workbook service: reads and writes of primitives, nothing that decides. Excel
 * through Office.js (src/hosts/office), the .xlsx package (src/hosts/xlsx) and the browser preview
 * (src/preview) implement it; the service (./service.ts) holds the policy. Types only, plus HostError.
 */
import type { Lang, Severity } from '../report';
import type { CellRange, SheetSnapshot } from '../snapshot';
import type { CellBlock, DefinedName } from './catalog';
import type { WorkbookPlan } from './plan';
import type { FormatNeeds, SheetFormats } from './read';
import type { PlanTargets } from './settle';

export type Unsubscribe = () => Promise<void> | void;

/** A cell the pane asks the host to mark on the sheet. */
export interface Mark {
  cell: string;
  severity: Severity;
}

export interface SheetChange {
  sheet: string;
  /** A1 address of what changed ("B7", "A1:C3"). */
  address: string;
}

/** The workbook's sheets (in tab order) and defined names, read in one batch. */
export interface WorkbookInfo {
  sheets: string[];
  names: DefinedName[];
}

/** Errors a host reports in words the pane shows as they are (already in the UI language). */
export class HostError extends Error {
  constructor(
    readonly reason: 'protected' | 'edit-mode' | 'busy' | 'not-found' | 'too-large' | 'unsupported' | 'failed' | 'exists',
    message: string,
  ) {
    super(message);
  }
}

export interface WorkbookAdapter {
  /** The UI language: Office's display language, or the browser's in the preview. */
  readonly lang: Lang;
  /** The host draws charts (Excel does; the .xlsx package and the preview do not): plans may carry them. */
  readonly drawsCharts?: boolean;
  /** Step 1 of reading the active sheet (./read.ts): values, formulas, merges, tables, hidden rows, selection. */
  readActiveCells(): Promise<SheetSnapshot>;
  /** Step 2: the formats the core asks for, of the sheet step 1 read (a host may have them already). */
  readFormats(sheet: string, needs: FormatNeeds): Promise<SheetFormats>;
  readWorkbookInfo(): Promise<WorkbookInfo>;
  /** The cells of a range, or of the sheet's used range when `range` is null (null: empty or no such sheet). */
  readCells(sheet: string, range: CellRange | null): Promise<CellBlock | null>;
  /** What the plan's targets hold now (cells, sheets, names, validations, protection), in one batch. */
  readTargets(plan: WorkbookPlan): Promise<PlanTargets>;
  /**
   * Carry out a settled plan in one batch (split only past a request limit). A host that stops part-way
   * throws a PartialWriteError saying what was written, so that it can still be undone.
   */
  writePlan(plan: WorkbookPlan): Promise<void>;
  /** Select (and scroll to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Mark cells on the sheet (replacing the host's earlier marks) in a way `clearMarks` removes completely. */
  setMarks(sheet: string, marks: Mark[]): Promise<void>;
  clearMarks(sheet: string): Promise<void>;
  /** Edits by the user (the host leaves out the add-in's own writes). */
  onSheetChanged(handler: (change: SheetChange) => void): Promise<Unsubscribe>;
  /** Another sheet became active. */
  onActiveSheetChanged(handler: () => void): Promise<Unsubscribe>;
}

/** A write that stopped part-way: the plan of what was written, so the pane can still undo it. */
export class PartialWriteError extends HostError {
  constructor(
    cause: HostError,
    readonly written: WorkbookPlan,
  ) {
    super(cause.reason, cause.message);
  }
}
