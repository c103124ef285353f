/**
 * The shape of the pane's state (what PaneController keeps and the view renders), and what the
 * operations moved out of the controller (fix and undo, the unit list) may do with it. Its own module so
 * that those operations and the date form depend on the state, not on the controller class; the
 * controller re-exports the types, which is where the view and the tests import them from.
 */
import type { SheetAnalysis } from '../core/check';
import type { Lang } from '../core/report';
import type { UnitEntry } from '../core/rules/types';
import type { WorkbookService } from '../core/workbook/service';
import type { TrackingView } from '../core/tracking/read';
import type { PaneError } from './errors';
import type { BusyKind, Strings } from './i18n';
import type { PlanState } from './planForm';
import type { UndoStack } from './undoStack';

export interface CheckedSheet {
  analysis: SheetAnalysis;
  /** "A5:E62": header to last data row, first to last column; null when no table was found. */
  tableRange: string | null;
  /** The workbook's unit list when the check ran (null: the workbook has none). */
  units: UnitEntry[] | null;
  /** The plan date the check used came from the title lines (not typed in the pane). */
  planDateFromTitle: boolean;
  /**
   * The sheet is the workbook's unit list ("Danh mục", by its name) and holds no appendix table: the
   * units it lists. Null for any other sheet.
   */
  unitListSheet: UnitEntry[] | null;
}

export interface Notice {
  intent: 'success' | 'warning' | 'info';
  title: string;
  lines: string[];
}

export interface PaneState {
  lang: Lang;
  busy: BusyKind | null;
  checked: CheckedSheet | null;
  /** Set when the active sheet changed and its check has not finished yet. */
  switchingSheet: boolean;
  /**
   * What the plan-date input shows when the user has typed in it (dd/mm/yyyy, as typed); null: show the
   * date the check found.
   */
  planDraft: string | null;
  /** Plan date passed to the checker, ISO (from planDraft when valid); null: read it from the title lines. */
  planDate: string | null;
  /** What the as-of input shows (dd/mm/yyyy, as typed; "" when cleared). */
  asOfDraft: string;
  /** As-of date passed to the checker, ISO (today when the input is empty). */
  asOf: string;
  /**
   * Show why the typed date is refused: set when the user leaves the field (or presses Enter) with text
   * that is not a date, cleared as soon as it is a date again or empty; never while first typing.
   */
  dateErrorShown: Record<DateFieldName, boolean>;
  history: UndoStack;
  marksOn: boolean;
  live: boolean;
  error: PaneError | null;
  notice: Notice | null;
  tracking: TrackingState;
  /** The workbook's score columns (scoreOperations.ts) as last read; null: it has none. */
  scoreLayer: ScoreLayerState | null;
  /** "Kế hoạch khắc phục" (planOperations.ts, planForm.ts): our plan sheets, the settings and the form. */
  plan: PlanState;
}

/** Where the score columns are: their sheet, and the "Tổng hợp điểm" sheet written with them (null: not found). */
export interface ScoreLayerState {
  sheet: string;
  summarySheet: string | null;
}

/**
 * "Theo dõi hạn" (trackingOperations.ts, trackingForm.ts): the layer as last read, and the settings form.
 * A null draft shows what the layer holds; a draft is what the user typed and has not been settled yet.
 */
export interface TrackingState {
  /** The active sheet's tracking layer as last read; null: it has none (or it was not read yet). */
  view: TrackingView | null;
  /** "Hôm nay" (=TODAY()) or a fixed date; null: as the layer is (today without a layer). */
  asOfMode: 'today' | 'fixed' | null;
  /** The fixed date as typed (dd/mm/yyyy); null: the layer's fixed date. */
  asOfDraft: string | null;
  /** The due-soon window as typed; null: the layer's (or the default). */
  windowDraft: string | null;
  /** Say why a field is refused: set when the user leaves it with text it refuses (as the header's dates). */
  errorShown: { asOf: boolean; window: boolean };
  /** The report text the clipboard refused, shown in a read-only box to copy by hand; null: none. */
  copyFallback: string | null;
}

export type DateFieldName = 'plan' | 'asOf';

/**
 * What an operation body outside the controller works with. The controller runs the body (one
 * operation at a time, errors shown) and hands it this view of itself.
 */
export interface OperationContext {
  readonly t: Strings;
  readonly service: WorkbookService;
  getState(): PaneState;
  set(patch: Partial<PaneState>): void;
  /** Read the active sheet again and check it (after a change to the workbook). */
  readAndAnalyze(): Promise<void>;
}

/**
 * What a section's pane (PlanPane, ScorePane, TrackingPane, UnitListPane) gets of the controller: the
 * same, and the one-operation-at-a-time runner its buttons start operations with.
 */
export interface SectionContext extends OperationContext {
  run(kind: BusyKind, op: () => Promise<void>): Promise<boolean>;
}
