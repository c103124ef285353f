/**
 * What the "Theo dõi hạn" section does: "Chèn cột theo dõi hạn" / "Cập nhật cột theo dõi" and "Gỡ cột
 * theo dõi" (each one undo step, since Excel's Ctrl+Z does not cover add-in writes), the settings saved
 * in the workbook's named cells (debounced, as the header's dates re-check), reading the layer again after
 * every check, jumping to a task's row and copying the report figures. The core does the work
 * (src/core/tracking); the controller runs these one at a time and hands them its state.
 */
import { a1 } from '../core/address';
import { FLAG, type Flag } from '../core/tracking/due';
import { annotate, removeTracking } from '../core/tracking/operations';
import { readTracking, saveTrackingSettings, type KnownReads, type TrackingView } from '../core/tracking/read';
import { progressText } from '../core/tracking/report-text';
import type { JudgedRow } from '../core/tracking/summary';
import { formatDmy } from './dates';
import { debounce, type Debounced } from './debounce';
import { describeError } from './errors';
import type { SectionContext, TrackingState } from './paneState';
import * as form from './trackingForm';
import type { FlagName } from './trackingStrings';
import { pushUndo } from './undoStack';

export interface TrackingOptions {
  /** ISO date the layer's =TODAY() stands for (the controller's today). */
  today: string;
  debounceMs: number;
  /** Puts text on the clipboard; the component passes navigator.clipboard's. Absent or failing: the text is shown to copy by hand. */
  clipboard?: (text: string) => Promise<void>;
}

export class TrackingPane {
  /** A settings change waiting to be saved in the workbook. */
  private readonly saveLater: Debounced;

  constructor(
    private readonly pane: SectionContext,
    private readonly options: TrackingOptions,
  ) {
    this.saveLater = debounce(() => void this.saveSettings(), options.debounceMs);
  }

  /** The date "Hôm nay" stands for. */
  get today(): string {
    return this.options.today;
  }

  private get state(): TrackingState {
    return this.pane.getState().tracking;
  }

  private patch(patch: Partial<TrackingState>): void {
    this.pane.set({ tracking: { ...this.state, ...patch } });
  }

  // ----------------------------------------------------------------------------------------------
  // Insert, update, remove

  /** "Chèn cột theo dõi hạn", or "Cập nhật cột theo dõi" when the sheet has the layer: the same call. */
  insert(): Promise<boolean> {
    const { t } = this.pane;
    return this.pane.run('track', async () => {
      this.saveLater.cancel(); // the insert writes the form's settings itself
      const settings = form.formSettings(this.state);
      if (!settings) {
        this.patch(form.showRefusals(this.state));
        this.pane.set({ notice: { intent: 'warning', title: t.tracking.noticeTitle, lines: [t.tracking.fixSettingsFirst] } });
        return;
      }
      const updating = this.state.view !== null;
      const done = await annotate(this.pane.service, { ...settings, planDate: this.pane.getState().planDate, today: this.options.today });
      const plans = done.applied.map((r) => r.applied);
      const label = updating ? t.tracking.updatedLabel : t.tracking.insertedLabel;
      const sheet = this.pane.getState().checked?.analysis.report.sheet ?? '';
      this.pane.set({ history: pushUndo(this.pane.getState().history, { label, sheet, applied: plans[plans.length - 1]!, earlier: plans.slice(0, -1) }) });
      // The table changed (a status column may have been added): check it again, which reads the layer too.
      await this.pane.readAndAnalyze();
      // Counted as the view shows them (its "today" is the pane's, which the preview can set).
      const total = this.state.view?.progress.total ?? done.progress.total;
      this.pane.set({ notice: { intent: 'success', title: t.tracking.noticeTitle, lines: [(updating ? t.tracking.updated : t.tracking.inserted)(total.overdue, total.dueSoon)] } });
    });
  }

  /** "Gỡ cột theo dõi": takes away exactly what the layer added. */
  remove(): Promise<boolean> {
    const { t } = this.pane;
    return this.pane.run('untrack', async () => {
      this.saveLater.cancel();
      const result = await removeTracking(this.pane.service);
      const sheet = this.state.view?.record.sheet ?? this.pane.getState().checked?.analysis.report.sheet ?? '';
      this.pane.set({
        history: pushUndo(this.pane.getState().history, { label: t.tracking.removedLabel, sheet, applied: result.applied }),
        notice: { intent: 'success', title: t.tracking.noticeTitle, lines: [t.tracking.removed] },
      });
      await this.pane.readAndAnalyze();
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Settings (trackingForm.ts): with a layer, a change is saved after the debounce, or at once when the
  // field is left or a choice is clicked; without one, the form holds the choices for the insert.

  chooseAsOfMode(mode: 'today' | 'fixed'): void {
    this.patch(form.chooseAsOfMode(this.state, mode, this.options.today));
    this.settingsChanged();
    this.saveLater.flush();
  }

  typeAsOf(draft: string): void {
    this.patch(form.typeField(this.state, 'asOf', draft));
    this.settingsChanged();
  }

  typeWindow(draft: string): void {
    this.patch(form.typeField(this.state, 'window', draft));
    this.settingsChanged();
  }

  /** The user left a settings field or pressed Enter in it. */
  commitField(field: form.TrackingField): void {
    const patch = form.commitField(this.state, field);
    if (patch) this.patch(patch);
    this.saveLater.flush();
  }

  /** Save later when the form says something the layer does not; typed back to what it holds: nothing to save. */
  private settingsChanged(): void {
    const view = this.state.view;
    const settings = form.formSettings(this.state);
    if (view && settings && !form.sameSettings(settings, view.settings)) this.saveLater();
    else this.saveLater.cancel();
  }

  private async saveSettings(): Promise<void> {
    // Another operation is running (a live re-check, say): try again after the same delay.
    if (this.pane.getState().busy !== null) return void this.saveLater();
    const { t } = this.pane;
    await this.pane.run('trackSettings', async () => {
      const view = this.state.view;
      const settings = form.formSettings(this.state);
      if (!view || !settings || form.sameSettings(settings, view.settings)) return;
      const result = await saveTrackingSettings(this.pane.service, settings);
      const date = settings.asOf === 'today' ? null : formatDmy(settings.asOf);
      this.pane.set({
        history: pushUndo(this.pane.getState().history, { label: t.tracking.settingsLabel, sheet: view.record.sheet, applied: result.applied }),
        notice: { intent: 'success', title: t.tracking.noticeTitle, lines: [t.tracking.settingsSaved(date, settings.window)] },
      });
      // The checker's findings do not depend on these cells: reading the layer again is enough.
      await this.refresh();
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Reading, navigation, report text

  /** Read the active sheet's layer again (after every check). A failure is said, and does not undo the check. */
  async refresh(known?: KnownReads): Promise<void> {
    let view: TrackingView | null;
    try {
      view = await readTracking(this.pane.service, this.options.today, this.pane.getState().planDate, known);
    } catch (e) {
      this.patch({ view: null });
      this.pane.set({ error: describeError(e, 'trackRead', this.pane.t) });
      return;
    }
    const next = form.withView(this.state, view, this.saveLater.pending());
    // A report text shown to copy by hand follows the figures it came from.
    const copyFallback = next.copyFallback !== null && view ? this.reportText(view) : null;
    this.pane.set({ tracking: { ...next, copyFallback } });
    if (view && this.pane.getState().live) await this.refreshDeadlines();
  }

  /** Set while live mode rewrites deadlines and checks again: that check must not start another rewrite. */
  private rewriting = false;

  /**
   * Live mode keeps "Hạn hoàn thành" following the time column: a time edited since the layer was written
   * (the check's deadline-stale findings) gets its deadline rewritten at once — the layer's own cells
   * only, as one undo step — and the sheet is checked again.
   */
  private async refreshDeadlines(): Promise<void> {
    const checked = this.pane.getState().checked;
    const stale = checked?.analysis.report.findings.filter((f) => f.code === 'deadline-stale' && f.fix) ?? [];
    if (this.rewriting || stale.length === 0 || !checked) return;
    const { t } = this.pane;
    const sheet = checked.analysis.report.sheet;
    this.rewriting = true;
    try {
      const result = await this.pane.service.applyEdits(sheet, stale.flatMap((f) => f.fix!.edits));
      if (result.conflicts.length > 0 || result.applied.steps.length === 0) return;
      this.pane.set({
        history: pushUndo(this.pane.getState().history, { label: t.tracking.deadlinesLabel, sheet, applied: result.applied }),
        notice: { intent: 'success', title: t.tracking.noticeTitle, lines: [t.tracking.deadlinesRefreshed(stale.length)] },
      });
      await this.pane.readAndAnalyze();
    } finally {
      this.rewriting = false;
    }
  }

  /** Select a task's flag cell ("Cảnh báo") on the layer's sheet. */
  async selectRow(row: number): Promise<void> {
    const view = this.state.view;
    if (!view) return;
    try {
      await this.pane.service.host.selectCell(view.record.sheet, flagCell(view, row));
    } catch (e) {
      this.pane.set({ error: describeError(e, 'select', this.pane.t) });
    }
  }

  /** "Sao chép số liệu báo cáo": the counts as report text, on the clipboard or, failing that, in a box to copy by hand. */
  async copyReport(): Promise<boolean> {
    const view = this.state.view;
    if (!view) return false;
    const { t } = this.pane;
    const text = this.reportText(view);
    try {
      if (!this.options.clipboard) throw new Error('no clipboard');
      await this.options.clipboard(text);
      this.patch({ copyFallback: null });
      this.pane.set({ notice: { intent: 'success', title: t.tracking.noticeTitle, lines: [t.tracking.copied] } });
      return true;
    } catch {
      // Office's web view may refuse the clipboard (no permission, no focus): the user copies by hand.
      this.patch({ copyFallback: text });
      this.pane.set({ notice: { intent: 'warning', title: t.tracking.noticeTitle, lines: [t.tracking.copyFailed] } });
      return false;
    }
  }

  private reportText(view: TrackingView): string {
    return progressText(view.progress, view.judged, view.asOf, this.pane.getState().lang);
  }

  /** Another sheet is active: its layer (if any) is read by the check that follows. */
  sheetSwitched(): void {
    this.saveLater.cancel();
    this.pane.set({ tracking: form.initialTracking() });
  }

  dispose(): void {
    this.saveLater.cancel();
  }
}

// ------------------------------------------------------------------------------------------------
// The overdue view, from a TrackingView (pure)

export interface UnitLateTasks {
  unit: string;
  /** Overdue first, then due soon, each in the sheet's order. */
  rows: JudgedRow[];
}

/** Late and due-soon tasks by owner unit (a task with several owners under each), units in the summary's order. */
export function lateByUnit(view: TrackingView): UnitLateTasks[] {
  const late = view.judged.filter((r) => r.flag === FLAG.overdue);
  const soon = view.judged.filter((r) => r.flag === FLAG.dueSoon);
  return view.progress.units
    .map((u) => ({ unit: u.unit, rows: [...late, ...soon].filter((r) => r.units.includes(u.unit)) }))
    .filter((u) => u.rows.length > 0);
}

/** The row's "Cảnh báo" cell: the layer's block ends with Hạn hoàn thành, Cảnh báo, Đơn vị theo dõi. */
function flagCell(view: TrackingView, row: number): string {
  return a1(row, view.record.block.right - 1);
}

export function flagName(flag: Flag): FlagName | null {
  return flag === FLAG.overdue ? 'overdue' : flag === FLAG.dueSoon ? 'dueSoon' : flag === FLAG.done ? 'done' : null;
}

/** A task's text cut to `max` characters (at a word when one ends near there), for a list item. */
export function shortTask(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
