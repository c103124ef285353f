/**
 * The task pane's behaviour without React: what a check, a fix, an undo, marks, live mode and the unit
 * list do with the workbook (through the core's WorkbookService), and the state the view renders. One host call at a time (the busy
 * state); a re-check asked for while busy runs right after. No DOM here except through `download`.
 */
import { analyzeSheet, type SheetAnalysis } from '../core/check';
import { rangeAddress } from '../core/address';
import { isoToday } from '../core/dates';
import { findingsToCsv } from '../core/export';
import { planFixes } from '../core/fixes';
import type { Finding, Lang } from '../core/report';
import type { CellRange } from '../core/snapshot';
import type { UnitEntry } from '../core/rules/types';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { isUnitListSheetName, unitsFromRows, type DropdownTarget } from '../core/workbook/catalog';
import type { PlanStep, WorkbookPlan } from '../core/workbook/plan';
import { WorkbookService } from '../core/workbook/service';
import { formatDmy, isIsoDate, parseDateInput, type DateProblem } from './dates';
import { debounce, type Debounced } from './debounce';
import { reportFileName } from './download';
import { describeError, type PaneError } from './errors';
import { cellList, isFixable, marksFor, type FindingGroup } from './findings';
import { stringsFor, type BusyKind, type Strings } from './i18n';
import { peekUndo, popUndo, pushUndo, type UndoStack } from './undoStack';
import { dropdownTargets, unitsFromAnalysis } from './units';

/** Delay after the last edit before live mode re-checks, and after typing a date. */
export const LIVE_DEBOUNCE_MS = 600;

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
}

export type DateFieldName = 'plan' | 'asOf';

export interface ControllerOptions {
  today?: string;
  /** Saves a text file; the component passes one that uses the document. */
  download?: (fileName: string, text: string) => void;
  debounceMs?: number;
}

type Listener = () => void;

export class PaneController {
  readonly t: Strings;
  private state: PaneState;
  private readonly listeners = new Set<Listener>();
  private readonly today: string;
  private readonly download: ((fileName: string, text: string) => void) | undefined;
  private readonly liveDebounce: Debounced;
  private readonly dateDebounce: Debounced;
  private pendingCheck = false;
  /** Subscribed to the host's sheet-switch event (between start() and dispose()). */
  private started = false;
  /** Torn down by dispose(): late results and events are dropped until start() again. */
  private disposed = false;
  private activeSheetUnsub: (() => void) | null = null;
  private liveUnsub: (() => void) | null = null;
  /** Bumped on every live on/off so that a late subscription knows it is stale. */
  private liveToken = 0;
  private startToken = 0;
  /** Sheet that currently carries our marks. */
  private markedSheet: string | null = null;

  readonly service: WorkbookService;

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
    this.liveDebounce = debounce(() => this.requestCheck(), ms);
    this.dateDebounce = debounce(() => this.requestCheck(), ms);
    this.state = {
      lang,
      busy: null,
      checked: null,
      switchingSheet: false,
      planDraft: null,
      planDate: null,
      asOfDraft: formatDmy(this.today),
      asOf: this.today,
      dateErrorShown: { plan: false, asOf: false },
      history: [],
      marksOn: false,
      live: false,
      error: null,
      notice: null,
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
    if (this.state.live) this.subscribeLive();
    if (options.check !== false) void this.check({ auto: true });
  }

  dispose(): void {
    this.started = false;
    this.disposed = true;
    this.startToken++;
    this.liveDebounce.cancel();
    this.dateDebounce.cancel();
    this.pendingCheck = false;
    this.activeSheetUnsub?.();
    this.activeSheetUnsub = null;
    this.unsubscribeLive();
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
    const [read, units] = await Promise.all([this.service.readActiveSheet(), this.service.readUnitList()]);
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
    if (this.state.marksOn) {
      try {
        await this.refreshMarks();
      } catch (e) {
        // The check itself worked: show its results, say that marking failed, stop marking.
        this.set({ marksOn: false, error: describeError(e, 'mark', this.t) });
      }
    } else if (this.markedSheet !== null && this.markedSheet !== snapshot.name) await this.clearMarksOn(this.markedSheet, true);
  }

  private onActiveSheetChanged(): void {
    if (this.disposed) return;
    this.liveDebounce.cancel();
    this.dateDebounce.cancel();
    // The typed plan date belonged to the other sheet's plan.
    this.set({
      checked: null,
      switchingSheet: true,
      planDraft: null,
      planDate: null,
      dateErrorShown: { ...this.state.dateErrorShown, plan: false },
      notice: null,
      error: null,
    });
    this.requestCheck();
  }

  // ----------------------------------------------------------------------------------------------
  // Dates

  /**
   * The plan-date input changed (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or ISO): re-check
   * (debounced) with that date, or with the title's when cleared. Text that is not a date (yet) is shown
   * and kept, and the last valid date stays in use.
   */
  setPlanDate(draft: string): void {
    const parsed = parseDateInput(draft);
    const shown = (on: boolean) => ({ dateErrorShown: { ...this.state.dateErrorShown, plan: on } });
    if (parsed === null) {
      this.set({ planDraft: '', planDate: null, ...shown(false) });
    } else if (parsed.ok) {
      const same = this.state.planDraft === draft && this.state.planDate === parsed.iso;
      this.set({ planDraft: draft, planDate: parsed.iso, ...shown(false) });
      if (same) return;
    } else {
      this.set({ planDraft: draft });
      return;
    }
    this.dateDebounce();
  }

  /** The as-of input changed (same formats as the plan date); cleared means today. */
  setAsOf(draft: string): void {
    const parsed = parseDateInput(draft);
    const shown = (on: boolean) => ({ dateErrorShown: { ...this.state.dateErrorShown, asOf: on } });
    if (parsed === null) {
      this.set({ asOfDraft: '', asOf: this.today, ...shown(false) });
    } else if (parsed.ok) {
      const same = this.state.asOfDraft === draft && this.state.asOf === parsed.iso;
      this.set({ asOfDraft: draft, asOf: parsed.iso, ...shown(false) });
      if (same) return;
    } else {
      this.set({ asOfDraft: draft });
      return;
    }
    this.dateDebounce();
  }

  /**
   * The user left a date field or pressed Enter in it. A date is then shown the canonical way
   * ("1/4/2022" → "01/04/2022") and a re-check waiting for the debounce runs now; text that is not a
   * date gets its validation message.
   */
  commitDate(field: DateFieldName): void {
    const s = this.state;
    const draft = field === 'plan' ? s.planDraft : s.asOfDraft;
    if (draft === null || draft === '') {
      this.dateDebounce.flush();
      return;
    }
    const parsed = parseDateInput(draft);
    if (parsed?.ok) {
      const canonical = formatDmy(parsed.iso);
      if (canonical !== draft) this.set(field === 'plan' ? { planDraft: canonical } : { asOfDraft: canonical });
      this.dateDebounce.flush();
    } else if (!s.dateErrorShown[field]) {
      this.set({ dateErrorShown: { ...s.dateErrorShown, [field]: true } });
    }
  }

  /** The validation problem to show under a date field, if any. */
  dateProblem(field: DateFieldName): DateProblem | null {
    const s = this.state;
    if (!s.dateErrorShown[field]) return null;
    const parsed = parseDateInput((field === 'plan' ? s.planDraft : s.asOfDraft) ?? '');
    return parsed && !parsed.ok ? parsed.problem : null;
  }

  // ----------------------------------------------------------------------------------------------
  // Fixes and undo

  fix(finding: Finding): Promise<boolean> {
    const cell = finding.cell ?? this.t.tableLevel;
    const label = this.t.fixedOne(finding.fix?.label ?? finding.code, cell);
    return this.applyFixes([finding], () => label);
  }

  /** "Sửa tất cả (n)" on a group: one edit plan for all its fixable findings, one undo step. */
  fixGroup(group: FindingGroup): Promise<boolean> {
    return this.applyFixes(group.findings, (cells) => this.t.fixedMany(group.title, cells));
  }

  private applyFixes(findings: readonly Finding[], labelFor: (cells: number) => string): Promise<boolean> {
    return this.run('fix', async () => {
      const checked = this.state.checked;
      if (!checked) return;
      const sheet = checked.analysis.report.sheet;
      const plan = planFixes(findings.filter(isFixable));
      if (!plan.edits.length) {
        this.set({ notice: { intent: 'info', title: this.t.fixedTitle, lines: [this.t.nothingToFix] } });
        await this.readAndAnalyze();
        return;
      }
      // The host writes only cells that still hold what the check saw; the others come back as conflicts.
      const result = await this.service.applyEdits(sheet, plan.edits);
      const label = labelFor(editCount(result.applied));
      const lines: string[] = [];
      if (result.applied.steps.length) {
        this.set({ history: pushUndo(this.state.history, { label, sheet, applied: result.applied }) });
        lines.push(label);
      }
      if (result.conflicts.length) lines.push(this.t.conflicts(result.conflicts.length, cellList(result.conflicts.map((c) => c.cell))));
      if (plan.skipped.length) lines.push(this.t.skipped(plan.skipped.length));
      this.set({
        notice: {
          intent: result.conflicts.length || plan.skipped.length ? 'warning' : 'success',
          title: result.conflicts.length ? this.t.conflictsTitle : this.t.fixedTitle,
          lines,
        },
      });
      await this.readAndAnalyze();
    });
  }

  /** "Hoàn tác": write back exactly what the last change replaced, then re-check. */
  undo(): Promise<boolean> {
    return this.run('undo', async () => {
      const entry = peekUndo(this.state.history);
      if (!entry) return;
      const result = await this.service.undo(entry.applied);
      this.set({ history: popUndo(this.state.history) });
      const lines = [this.t.undone(entry.label)];
      if (result.conflicts.length) lines.push(this.t.undoConflicts(result.conflicts.length, cellList(result.conflicts.map((c) => c.cell))));
      this.set({
        notice: { intent: result.conflicts.length ? 'warning' : 'success', title: this.t.undoneTitle, lines },
      });
      await this.readAndAnalyze();
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Marks

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
        const sheet = this.markedSheet ?? this.state.checked?.analysis.report.sheet ?? null;
        if (sheet !== null) await this.clearMarksOn(sheet, false);
      },
      { keepNotice: true },
    );
  }

  private async refreshMarks(): Promise<void> {
    const checked = this.state.checked;
    if (!checked) return;
    const sheet = checked.analysis.report.sheet;
    if (this.markedSheet !== null && this.markedSheet !== sheet) await this.clearMarksOn(this.markedSheet, true);
    // Clear first: whatever setMarks does with earlier marks, the sheet ends up with exactly these.
    await this.host.clearMarks(sheet);
    const marks = marksFor(checked.analysis.report.findings);
    if (marks.length) await this.host.setMarks(sheet, marks);
    this.markedSheet = sheet;
  }

  private async clearMarksOn(sheet: string, quiet: boolean): Promise<void> {
    try {
      await this.host.clearMarks(sheet);
    } catch (e) {
      // The other sheet may have been deleted or renamed: nothing left to clear there.
      if (!quiet) throw e;
    }
    if (this.markedSheet === sheet) this.markedSheet = null;
  }

  // ----------------------------------------------------------------------------------------------
  // Live mode

  setLive(on: boolean): void {
    if (on === this.state.live) return;
    this.set({ live: on });
    if (this.disposed) return;
    if (on) this.subscribeLive();
    else this.unsubscribeLive();
  }

  private subscribeLive(): void {
    this.unsubscribeLive();
    const token = ++this.liveToken;
    this.host
      .onSheetChanged((change) => {
        if (token !== this.liveToken || this.disposed || !this.state.live) return;
        const sheet = this.state.checked?.analysis.report.sheet;
        if (sheet !== undefined && change.sheet !== sheet) return;
        this.liveDebounce();
      })
      .then(
        (unsub) => {
          if (token !== this.liveToken || this.disposed || !this.state.live) void safeCall(unsub);
          else this.liveUnsub = () => void safeCall(unsub);
        },
        (e: unknown) => {
          if (token !== this.liveToken) return;
          this.set({ live: false, error: describeError(e, 'live', this.t) });
        },
      );
  }

  private unsubscribeLive(): void {
    this.liveToken++;
    this.liveDebounce.cancel();
    this.liveUnsub?.();
    this.liveUnsub = null;
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
    const checked = this.state.checked;
    if (!checked) return null;
    const report = checked.analysis.report;
    try {
      const csv = findingsToCsv(report.sheet, report.findings, this.state.lang);
      const fileName = reportFileName(report.sheet);
      if (!this.download) throw new Error('no download');
      this.download(fileName, csv);
      this.set({ error: null, notice: { intent: 'success', title: this.t.exportReport, lines: [this.t.exported(fileName)] } });
      return fileName;
    } catch (e) {
      this.set({ error: describeError(e, 'export', this.t) });
      return null;
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Unit list

  /** Units the pane would put in a new list, from the last check. */
  proposedUnits(): UnitEntry[] {
    return this.state.checked ? unitsFromAnalysis(this.state.checked.analysis) : [];
  }

  createUnitList(): Promise<boolean> {
    return this.run('units', async () => {
      const units = this.proposedUnits();
      if (!units.length) {
        this.set({ notice: { intent: 'warning', title: this.t.unitsTitle, lines: [this.t.unitsNoneInTable] } });
        return;
      }
      const result = await this.service.createUnitList(units);
      const label = this.t.unitsCreated(units.length);
      this.set({
        history: pushUndo(this.state.history, { label, sheet: this.state.checked?.analysis.report.sheet ?? '', applied: result.applied }),
        notice: { intent: 'success', title: this.t.unitsTitle, lines: [label] },
      });
      await this.readAndAnalyze();
    });
  }

  dropdownTargets(): DropdownTarget[] {
    return dropdownTargets(this.state.checked?.analysis.report.table ?? null);
  }

  addDropdowns(): Promise<boolean> {
    return this.run('dropdowns', async () => {
      const checked = this.state.checked;
      if (!checked) return;
      const targets = this.dropdownTargets();
      if (!targets.length) {
        this.set({ notice: { intent: 'warning', title: this.t.dropdownsTitle, lines: [this.t.dropdownsNoColumns] } });
        return;
      }
      const result = await this.service.addDropdowns(checked.analysis.report.sheet, targets);
      const describe = (range: CellRange) => {
        const target = targets.find((x) => rangeAddress(x.range) === rangeAddress(range));
        const address = rangeAddress(range);
        return target ? this.t.dropdownTarget(target.source === 'units' ? this.t.roleOwner : this.t.roleProduct, address) : address;
      };
      const added = result.applied.steps.flatMap((s) => (s.kind === 'addValidation' ? [s.range] : []));
      const lines: string[] = [];
      if (added.length) lines.push(this.t.dropdownsAdded(added.map(describe).join('; ')));
      if (result.skipped.length) lines.push(this.t.dropdownsSkipped(result.skipped.map((s) => describe(s.range)).join('; ')));
      if (!lines.length) lines.push(this.t.dropdownsNothing);
      if (result.applied.steps.length) this.set({ history: pushUndo(this.state.history, { label: this.t.dropdownsTitle, sheet: checked.analysis.report.sheet, applied: result.applied }) });
      this.set({
        notice: { intent: added.length ? 'success' : 'info', title: this.t.dropdownsTitle, lines },
      });
    });
  }

  // ----------------------------------------------------------------------------------------------

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** What the plan-date input shows: what was typed, else the title's date as dd/mm/yyyy. */
  planInputValue(): string {
    const s = this.state;
    if (s.planDraft !== null) return s.planDraft;
    const found = s.checked?.analysis.report.planDate;
    return found ? formatDmy(found) : '';
  }
}

/** Cells a plan wrote. */
function editCount(plan: WorkbookPlan): number {
  return plan.steps.reduce((n, s: PlanStep) => n + (s.kind === 'cells' ? s.edits.length : 0), 0);
}

async function safeCall(fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch {
    // Unsubscribing from a closed workbook fails; nothing to do.
  }
}
