/**
 * What the "Kế hoạch khắc phục" section does (issue 11): save the plan's settings in the workbook ("Lưu
 * thông tin"), insert or update the "Kế hoạch" sheet and the appendix template (each one undo step, since
 * Excel's Ctrl+Z does not cover add-in writes; replacing our sheet is asked first), and make the Word file.
 * The core does the work (src/core/plan-sheet, src/export/docx); the controller runs these one at a time
 * and hands them its state.
 *
 * After every check the section learns from the workbook's names the controller has just read whether our
 * sheets and the settings exist — no read of its own — and reads the saved settings only when they may
 * have changed: the first time, after a change the pane made or undid, or around a visit to their sheet.
 */
import type { SheetAnalysis } from '../core/check';
import { placeholders, settingsFromTitle, type PlanSettings, type SectionId } from '../core/plan-doc';
import {
  APPENDIX_SHEET_NAME,
  insertAppendixSheet,
  insertPlanSheet,
  ownSheet,
  PLAN_SHEET_NAME,
  planDocumentOf,
  readPlanSettings,
  savePlanSettings,
  SETTINGS_NAME,
  SETTINGS_SHEET,
  type InsertOptions,
} from '../core/plan-sheet';
import type { WorkbookInfo } from '../core/workbook/adapter';
import type { WorkbookPlan } from '../core/workbook/plan';
import { planFileName } from './download';
import { describeError } from './errors';
import type { SectionContext } from './paneState';
import * as form from './planForm';
import { pushUndo, type UndoStack } from './undoStack';

export interface PlanOptions {
  /** Saves a binary file (the Word export); the component passes one that uses the document. */
  saveFile?: (fileName: string, bytes: Uint8Array, type: string) => void;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** At most this many rows of a selection are taken (a whole column selected stops here). */
const MAX_SELECTED_ROWS = 10_000;

/** Our two sheets the pane inserts, and asks about before replacing. */
type SheetKind = NonNullable<form.PlanState['confirm']>;

const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

export class PlanPane {
  /** The undo history when the saved settings were last read: a change to it (a save, an undo) reads them again. */
  private readUnder: UndoStack | null = null;
  /** The last check was of the settings sheet (the user may have edited it there). */
  private wasOnSettings = false;

  constructor(
    private readonly pane: SectionContext,
    private readonly options: PlanOptions = {},
  ) {}

  private get state(): form.PlanState {
    return this.pane.getState().plan;
  }

  private patch(patch: Partial<form.PlanState>): void {
    this.pane.set({ plan: { ...this.state, ...patch } });
  }

  private warn(line: string): void {
    this.pane.set({ notice: { intent: 'warning', title: this.pane.t.plan.noticeTitle, lines: [line] } });
  }

  /** The checked sheet holds a table to draw the plan from. */
  hasTable(): boolean {
    const checked = this.pane.getState().checked;
    return !!checked?.analysis.layout && !checked.unitListSheet;
  }

  // ----------------------------------------------------------------------------------------------
  // After every check

  /** What the workbook's names say of our sheets and settings; the saved settings read only when they may have changed. */
  async refresh(info: WorkbookInfo, analysis: SheetAnalysis): Promise<void> {
    const planSheet = ownSheet(info, PLAN_SHEET_NAME);
    const appendixSheet = ownSheet(info, APPENDIX_SHEET_NAME);
    const settingsSheet = ownSheet(info, SETTINGS_NAME);
    // Another sheet without a table (ours, say): the form keeps what the last table's title said.
    const fromTitle = analysis.layout ? settingsFromTitle(analysis) : this.state.fromTitle;
    const onSettings = settingsSheet !== null && same(analysis.report.sheet, settingsSheet);
    const history = this.pane.getState().history;
    let stored = settingsSheet ? this.state.stored : null;
    if (settingsSheet && (stored === null || history !== this.readUnder || onSettings || this.wasOnSettings)) {
      try {
        stored = (await readPlanSettings(this.pane.service, undefined, info)).stored;
        this.readUnder = history;
      } catch (e) {
        this.pane.set({ error: describeError(e, 'planRead', this.pane.t) });
      }
    }
    this.wasOnSettings = onSettings;
    const confirm = this.state.confirm === 'plan' && !planSheet ? null : this.state.confirm === 'appendix' && !appendixSheet ? null : this.state.confirm;
    this.patch({ planSheet, appendixSheet, settingsSheet, stored, fromTitle, confirm, ...(settingsSheet ? {} : { editing: false }) });
  }

  // ----------------------------------------------------------------------------------------------
  // The settings form (planForm.ts)

  typeField(key: form.PlanFieldKey, value: string): void {
    this.patch(form.typeField(this.state, key, value));
  }

  commitField(key: form.PlanFieldKey): void {
    const patch = form.commitField(this.state, key);
    if (patch) this.patch(patch);
  }

  /** "Sửa": the saved settings in the form. */
  edit(): void {
    this.patch({ editing: true, draft: {}, errorShown: {} });
  }

  /** "Hủy": back to the one-line summary, what was typed forgotten. */
  cancelEdit(): void {
    this.patch({ editing: false, draft: {}, errorShown: {} });
  }

  /** "Lưu thông tin": the form's settings into the workbook's settings sheet (created the first time); one undo step. */
  save(): Promise<boolean> {
    const p = this.pane.t.plan;
    return this.pane.run('planSave', async () => {
      const settings = form.formSettings(this.state);
      if (!settings) {
        this.patch(form.showRefusals(this.state));
        this.warn(p.fixFieldsFirst);
        return;
      }
      const result = await savePlanSettings(this.pane.service, settings);
      this.record(p.savedLabel, result.applied);
      this.patch({ editing: false, draft: {}, errorShown: {} });
      await this.pane.readAndAnalyze();
      const line = result.applied.steps.length ? p.saved(this.state.settingsSheet ?? SETTINGS_SHEET) : p.unchanged;
      this.pane.set({ notice: { intent: 'success', title: p.noticeTitle, lines: [line] } });
    });
  }

  // ----------------------------------------------------------------------------------------------
  // Choices

  setSection(id: SectionId, on: boolean): void {
    this.patch(form.toggleSection(this.state, id, on));
  }

  setSelectionOnly(on: boolean): void {
    this.patch({ selectionOnly: on });
  }

  setPrefill(on: boolean): void {
    this.patch({ prefill: on });
  }

  // ----------------------------------------------------------------------------------------------
  // The sheets: our sheet replaced only once the user said so in the pane

  /** "Chèn kế hoạch", or "Cập nhật trang Kế hoạch" (asks first: false until confirmed). */
  insert(): Promise<boolean> {
    return this.insertOrAsk('plan');
  }

  /** "Chèn phụ lục mẫu", or its update (asks first, as the plan). */
  insertAppendix(): Promise<boolean> {
    return this.insertOrAsk('appendix');
  }

  /** "Đồng ý": replace the sheet asked about. */
  confirmReplace(): Promise<boolean> {
    const which = this.state.confirm;
    return which ? this.insertSheet(which) : Promise.resolve(false);
  }

  /** "Hủy": nothing replaced. */
  cancelReplace(): void {
    this.patch({ confirm: null });
  }

  private insertOrAsk(which: SheetKind): Promise<boolean> {
    if ((which === 'plan' ? this.state.planSheet : this.state.appendixSheet) && this.state.confirm !== which) {
      this.patch({ confirm: which });
      return Promise.resolve(false);
    }
    return this.insertSheet(which);
  }

  /** The "Kế hoạch" sheet or the appendix template, inserted or (ours being there) updated: one undo step. */
  private insertSheet(which: SheetKind): Promise<boolean> {
    const p = this.pane.t.plan;
    const plan = which === 'plan';
    return this.pane.run(plan ? 'planInsert' : 'appendixInsert', async () => {
      this.patch({ confirm: null });
      const options = await this.insertOptions();
      if (!options) return;
      if (plan && !options.sections?.length) return this.warn(p.noSection);
      const service = this.pane.service;
      const done = plan ? await insertPlanSheet(service, options) : await insertAppendixSheet(service, { ...options, prefill: this.state.prefill });
      const label = done.updated ? (plan ? p.updatedLabel : p.appendixUpdatedLabel) : plan ? p.insertedLabel : p.appendixInsertedLabel;
      this.record(label, done.result.applied);
      await this.pane.readAndAnalyze();
      const line = done.updated ? p.updated : plan ? p.inserted : p.appendixInserted;
      this.pane.set({ notice: { intent: 'success', title: p.noticeTitle, lines: [line(done.sheet), p.placeholders(done.placeholders)] } });
    });
  }

  // ----------------------------------------------------------------------------------------------
  // The Word file

  /** "Tải về Word (.docx)": the plan and its appendix (criteria filled in) as one .docx, through `saveFile`. */
  downloadDocx(): Promise<boolean> {
    const p = this.pane.t.plan;
    return this.pane.run('planDocx', async () => {
      const options = await this.insertOptions();
      if (!options) return;
      if (!options.sections?.length) return this.warn(p.noSection);
      if (!this.options.saveFile) throw new Error('no download');
      const { analysis, document, appendix } = await planDocumentOf(this.pane.service, options);
      // Loaded on first use: the .docx writer (the docx library, ~100 KB gzipped) stays out of the pane's bundle.
      const { renderPlanDocx } = await import('../export/docx');
      const bytes = await renderPlanDocx(document, appendix(true));
      const fileName = planFileName(analysis.grid.snapshot.name);
      // Kept for the link under the button: Excel's pane may not save a download by itself (PlanSection.tsx).
      this.patch({ docx: { fileName, bytes } });
      this.options.saveFile(fileName, bytes, DOCX_TYPE);
      this.pane.set({ notice: { intent: 'success', title: p.noticeTitle, lines: [p.downloaded(fileName), p.placeholders(placeholders(document).length)] } });
    });
  }

  // ----------------------------------------------------------------------------------------------

  private record(label: string, applied: WorkbookPlan): void {
    const sheet = this.pane.getState().checked?.analysis.report.sheet ?? '';
    this.pane.set({ history: pushUndo(this.pane.getState().history, { label, sheet, applied }) });
  }

  /**
   * What the insert and the Word file are drawn with: the sections chosen, the form's settings while it is
   * open (unsaved: the workbook's are used once saved), the selected rows when asked. Null, with a warning
   * said, when the form holds refused text or the selection cannot be used.
   */
  private async insertOptions(): Promise<InsertOptions | null> {
    const s = this.state;
    const p = this.pane.t.plan;
    let settings: PlanSettings | undefined;
    if (form.formOpen(s)) {
      const typed = form.formSettings(s);
      if (!typed) {
        this.patch(form.showRefusals(s));
        this.warn(p.fixFieldsFirst);
        return null;
      }
      settings = typed;
    }
    let rows: number[] | undefined;
    if (s.selectionOnly) {
      const snapshot = await this.pane.service.host.readActiveCells();
      const selection = snapshot.selection;
      if (!selection) {
        this.warn(p.noSelection);
        return null;
      }
      const analysis = this.pane.getState().checked?.analysis;
      const layout = analysis && same(analysis.report.sheet, snapshot.name) ? analysis.layout : null;
      const top = Math.max(selection.top, layout ? layout.headerRow + 1 : 1);
      const bottom = Math.min(selection.bottom, layout ? layout.lastRow : selection.top + MAX_SELECTED_ROWS - 1);
      if (top > bottom) {
        this.warn(p.selectionOutside(selection.top, selection.bottom));
        return null;
      }
      rows = Array.from({ length: Math.min(bottom - top + 1, MAX_SELECTED_ROWS) }, (_, i) => top + i);
    }
    return { sections: s.sections, planDate: this.pane.getState().planDate, ...(settings ? { settings } : {}), ...(rows ? { rows } : {}) };
  }
}
