/**
 * The task pane's behaviour without React: the store the view renders (useSyncExternalStore), its
 * lifetime, the one-operation-at-a-time runner (the busy state; a re-check asked for while busy runs
 * right after) and the check. What the other operations do is in modules beside it, which this class
 * runs: dateForm.ts (the date fields), fixOperations.ts (fix, undo), unitListOperations.ts (unit list,
 * dropdowns), trackingOperations.ts (`tracking`: "Theo dõi hạn"), scoreOperations.ts (`scores`: the score
 * columns), planOperations.ts (`plan`: "Kế hoạch khắc phục"), marks.ts, liveMode.ts; the state's shape is in paneState.ts (re-exported here). No DOM here
 * except through `download` and `clipboard`.
 */
import { analyzeSheet } from '../core/check';
import { rangeAddress } from '../core/address';
import { isoToday } from '../core/dates';
import type { Finding, Lang } from '../core/report';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { isUnitListSheetName, unitsFromRows } from '../core/workbook/catalog';
import { WorkbookService } from '../core/workbook/service';
import * as dateForm from './dateForm';
import { isIsoDate, type DateProblem } from './dates';
import { debounce, type Debounced } from './debounce';
import { exportFindings } from './download';
import { describeError } from './errors';
import type { FindingGroup } from './findings';
import { applyFixes, undoLast } from './fixOperations';
import { stringsFor, type BusyKind, type Strings } from './i18n';
import { LiveMode, safeCall } from './liveMode';
import { SheetMarks } from './marks';
import type { CheckedSheet, DateFieldName, OperationContext, PaneState, SectionContext } from './paneState';
import { initialPlan } from './planForm';
import { PlanPane } from './planOperations';
import { scoreCard, type ScoreCard } from './scoreCard';
import { ScorePane } from './scoreOperations';
import { initialTracking } from './trackingForm';
import { TrackingPane } from './trackingOperations';
import { UnitListPane } from './unitListOperations';

export type { CheckedSheet, DateFieldName, Notice, PaneState } from './paneState';

/** Delay after the last edit before live mode re-checks, and after typing a date. */
export const LIVE_DEBOUNCE_MS = 600;

export interface ControllerOptions {
  today?: string;
  /** Saves a text file; the component passes one that uses the document. */
  download?: (fileName: string, text: string) => void;
  /** Saves a binary file (the plan's .docx, with its MIME type); the component passes one that uses the document. */
  saveFile?: (fileName: string, bytes: Uint8Array, type: string) => void;
  /** Puts text on the clipboard ("Sao chép số liệu báo cáo"); the component passes one that uses the browser's. */
  clipboard?: (text: string) => Promise<void>;
  debounceMs?: number;
}

type Listener = () => void;

export class PaneController {
  readonly t: Strings;
  private state: PaneState;
  private readonly listeners = new Set<Listener>();
  private readonly today: string;
  private readonly download: ((fileName: string, text: string) => void) | undefined;
  private readonly dateDebounce: Debounced;
  private readonly liveMode: LiveMode;
  private readonly sheetMarks: SheetMarks;
  /** What the operation modules get of this controller. */
  private readonly operations: OperationContext;
  private pendingCheck = false;
  /** Subscribed to the host's sheet-switch event (between start() and dispose()). */
  private started = false;
  /** Torn down by dispose(): late results and events are dropped until start() again. */
  private disposed = false;
  private activeSheetUnsub: (() => void) | null = null;
  private startToken = 0;

  readonly service: WorkbookService;
  /** "Theo dõi hạn": the tracking layer's buttons, settings and overdue view (trackingOperations.ts). */
  readonly tracking: TrackingPane;
  /** "Điểm": the score columns' buttons (scoreOperations.ts). */
  readonly scores: ScorePane;
  /** "Kế hoạch khắc phục": the plan's settings, sheets and Word file (planOperations.ts). */
  readonly plan: PlanPane;
  /** "Danh mục đơn vị": the unit list and the dropdowns (unitListOperations.ts). */
  readonly units: UnitListPane;

  constructor(
    readonly host: WorkbookAdapter,
    options: ControllerOptions = {},
  ) {
    this.service = new WorkbookService(host);
    const lang: Lang = host.lang === 'en' ? 'en' : 'vi';
    this.t = stringsFor(lang);
    this.today = options.today && isIsoDate(options.today) ? options.today : isoToday();
    this.download = options.download;
    const ms = options.debounceMs ?? LIVE_DEBOUNCE_MS;
    this.dateDebounce = debounce(() => this.requestCheck(), ms);
    this.liveMode = new LiveMode(host, {
      debounceMs: ms,
      recheck: () => this.requestCheck(),
      wanted: () => !this.disposed && this.state.live,
      checkedSheet: () => this.state.checked?.analysis.report.sheet,
      failed: (e) => this.set({ live: false, error: describeError(e, 'live', this.t) }),
    });
    this.sheetMarks = new SheetMarks(host);
    this.operations = {
      t: this.t,
      service: this.service,
      getState: () => this.state,
      set: (patch) => this.set(patch),
      readAndAnalyze: () => this.readAndAnalyze(),
    };
    const sections: SectionContext = { ...this.operations, run: (kind, op) => this.run(kind, op) };
    this.scores = new ScorePane(sections);
    this.plan = new PlanPane(sections, { saveFile: options.saveFile });
    this.units = new UnitListPane(sections);
    this.tracking = new TrackingPane(sections, { today: this.today, debounceMs: ms, clipboard: options.clipboard });
    this.state = {
      lang,
      busy: null,
      checked: null,
      switchingSheet: false,
      ...dateForm.initialDates(this.today),
      history: [],
      marksOn: false,
      live: false,
      error: null,
      notice: null,
      tracking: initialTracking(),
      scoreLayer: null,
      plan: initialPlan(),
    };
  }

  // ----------------------------------------------------------------------------------------------
  // Store (useSyncExternalStore)

  getState = (): PaneState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  // ----------------------------------------------------------------------------------------------
  // Lifetime

  /** Subscribe to sheet switches and check the active sheet. Safe to call again after dispose(). */
  start(options: { check?: boolean } = {}): void {
    if (this.started) return;
    this.started = true;
    this.disposed = false;
    const token = ++this.startToken;
    this.host.onActiveSheetChanged(() => this.onActiveSheetChanged()).then(
      (unsub) => {
        if (this.disposed || token !== this.startToken) void safeCall(unsub);
        else this.activeSheetUnsub = () => void safeCall(unsub);
      },
      () => undefined, // a convenience: the pane works without the event
    );
    if (this.state.live) this.liveMode.start();
    if (options.check !== false) void this.check({ auto: true });
  }

  dispose(): void {
    this.started = false;
    this.disposed = true;
    this.startToken++;
    this.dateDebounce.cancel();
    this.pendingCheck = false;
    this.activeSheetUnsub?.();
    this.activeSheetUnsub = null;
    this.liveMode.stop();
    this.tracking.dispose();
  }

  // ----------------------------------------------------------------------------------------------
  // The one-operation-at-a-time runner

  private async run(kind: BusyKind, op: () => Promise<void>, opts: { keepNotice?: boolean } = {}): Promise<boolean> {
    if (this.state.busy !== null) {
      if (kind === 'check') this.pendingCheck = true;
      return false;
    }
    this.set({ busy: kind, error: null, ...(opts.keepNotice ? {} : { notice: null }) });
    let ok = false;
    try {
      await op();
      ok = true;
    } catch (e) {
      this.set({ error: describeError(e, kind, this.t) });
    } finally {
      this.set({ busy: null, switchingSheet: false });
      if (this.pendingCheck && !this.disposed) {
        this.pendingCheck = false;
        void this.check({ auto: true });
      }
    }
    return ok;
  }

  /** A re-check asked for by an event: now, or right after the running operation. */
  private requestCheck(): void {
    if (this.disposed) return;
    if (this.state.busy !== null) this.pendingCheck = true;
    else void this.check({ auto: true });
  }

  // ----------------------------------------------------------------------------------------------
  // Check

  /** "Kiểm tra bảng". `auto`: a re-check the user did not ask for (keeps the last notice). */
  check(opts: { auto?: boolean } = {}): Promise<boolean> {
    return this.run('check', () => this.readAndAnalyze(), { keepNotice: opts.auto });
  }

  private async readAndAnalyze(): Promise<void> {
    // The workbook's names once: the unit list, the tracking layer and the score columns all look there.
    const info = await this.service.host.readWorkbookInfo();
    const [read, units] = await Promise.all([this.service.readActiveSheet(), this.service.readUnitList(info)]);
    const snapshot = read.snapshot;
    const { planDate, asOf, lang } = this.state;
    const analysis = analyzeSheet(snapshot, {
      layout: read.layout,
      lang,
      planDate: planDate ?? undefined,
      asOf,
      ...(units && units.length ? { units } : {}),
    });
    const layout = analysis.layout;
    const tableRange = layout
      ? rangeAddress({ top: layout.headerTop, left: layout.left, bottom: Math.max(layout.lastRow, layout.headerRow), right: layout.right })
      : null;
    const unitListSheet = !analysis.report.table && isUnitListSheetName(snapshot.name) ? unitsFromRows(snapshot.values) : null;
    const checked: CheckedSheet = { analysis, tableRange, units, planDateFromTitle: planDate === null, unitListSheet };
    // Once the title's date is known again, the input shows it instead of an emptied draft.
    this.set({ checked, ...(planDate === null ? { planDraft: null } : {}) });
    await this.tracking.refresh({ info, read, units, analysis });
    this.scores.refresh(info.names);
    await this.plan.refresh(info, analysis);
    if (this.state.marksOn) {
      try {
        await this.refreshMarks();
      } catch (e) {
        // The check itself worked: show its results, say that marking failed, stop marking.
        this.set({ marksOn: false, error: describeError(e, 'mark', this.t) });
      }
    } else await this.sheetMarks.clearElsewhere(snapshot.name);
  }

  private onActiveSheetChanged(): void {
    if (this.disposed) return;
    this.liveMode.cancelPending();
    this.dateDebounce.cancel();
    this.tracking.sheetSwitched();
    this.set({ checked: null, switchingSheet: true, ...dateForm.forgetPlanDate(this.state), notice: null, error: null });
    this.requestCheck();
  }

  // ----------------------------------------------------------------------------------------------
  // Dates (dateForm.ts); a changed date re-checks after the debounce, or at once when the field is left

  /** The plan-date input changed; cleared: the title's date is used again. */
  setPlanDate(draft: string): void {
    this.typeDate('plan', draft);
  }

  /** The as-of input changed; cleared means today. */
  setAsOf(draft: string): void {
    this.typeDate('asOf', draft);
  }

  private typeDate(field: DateFieldName, draft: string): void {
    const { patch, recheck } = dateForm.typeDate(this.state, field, draft, this.today);
    this.set(patch);
    if (recheck) this.dateDebounce();
  }

  /** The user left a date field or pressed Enter in it. */
  commitDate(field: DateFieldName): void {
    const { patch, flushRecheck } = dateForm.commitDate(this.state, field);
    if (patch) this.set(patch);
    if (flushRecheck) this.dateDebounce.flush();
  }

  /** The validation problem to show under a date field, if any. */
  dateProblem(field: DateFieldName): DateProblem | null {
    return dateForm.dateProblem(this.state, field);
  }

  /** What the plan-date input shows: what was typed, else the title's date as dd/mm/yyyy. */
  planInputValue(): string {
    return dateForm.planInputValue(this.state);
  }

  // ----------------------------------------------------------------------------------------------
  // Fixes and undo (fixOperations.ts)

  fix(finding: Finding): Promise<boolean> {
    const cell = finding.cell ?? this.t.tableLevel;
    const label = this.t.fixedOne(finding.fix?.label ?? finding.code, cell);
    return this.run('fix', () => applyFixes(this.operations, [finding], () => label));
  }

  /** "Sửa tất cả (n)" on a group: one edit plan for all its fixable findings, one undo step. */
  fixGroup(group: FindingGroup): Promise<boolean> {
    return this.run('fix', () => applyFixes(this.operations, group.findings, (cells) => this.t.fixedMany(group.title, cells)));
  }

  /** "Hoàn tác": write back exactly what the last change replaced, then re-check. */
  undo(): Promise<boolean> {
    return this.run('undo', () => undoLast(this.operations));
  }

  // ----------------------------------------------------------------------------------------------
  // Marks (marks.ts)

  /** "Đánh dấu trên bảng" toggled. */
  setMarksOn(on: boolean): Promise<boolean> {
    if (on) {
      return this.run(
        'mark',
        async () => {
          this.set({ marksOn: true });
          try {
            if (this.state.checked) await this.refreshMarks();
            else await this.readAndAnalyze();
          } catch (e) {
            this.set({ marksOn: false });
            throw e;
          }
        },
        { keepNotice: true },
      );
    }
    return this.clearMarks();
  }

  /** "Bỏ đánh dấu": remove the marks and stop marking. */
  clearMarks(): Promise<boolean> {
    return this.run(
      'unmark',
      async () => {
        this.set({ marksOn: false });
        const sheet = this.sheetMarks.markedSheet ?? this.state.checked?.analysis.report.sheet ?? null;
        if (sheet !== null) await this.sheetMarks.clear(sheet, false);
      },
      { keepNotice: true },
    );
  }

  private async refreshMarks(): Promise<void> {
    const report = this.state.checked?.analysis.report;
    if (report) await this.sheetMarks.show(report.sheet, report.findings);
  }

  // ----------------------------------------------------------------------------------------------
  // Live mode (liveMode.ts)

  setLive(on: boolean): void {
    if (on === this.state.live) return;
    this.set({ live: on });
    if (this.disposed) return;
    if (on) this.liveMode.start();
    else this.liveMode.stop();
  }

  // ----------------------------------------------------------------------------------------------
  // Navigation and export (no busy state: quick, and must not be blocked by a background re-check)

  async selectCell(cell: string): Promise<void> {
    const sheet = this.state.checked?.analysis.report.sheet;
    if (!sheet) return;
    try {
      await this.host.selectCell(sheet, cell);
    } catch (e) {
      this.set({ error: describeError(e, 'select', this.t) });
    }
  }

  /** CSV of the current findings; returns the file name (or null when there is nothing to export). */
  exportReport(): string | null {
    return exportFindings(this.operations, this.download);
  }

  /** "Điểm": the checked sheet's score card (scoreCard.ts); null when it holds no score table. */
  scoreCard(): ScoreCard | null {
    return this.state.checked ? scoreCard(this.state.checked.analysis) : null;
  }

  // ----------------------------------------------------------------------------------------------

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }
}
