/**
 * What the "Điểm" section's buttons do: "Chèn cột điểm và tổng hợp" / "Cập nhật cột điểm" and "Gỡ cột
 * điểm" (each one undo step, since Excel's Ctrl+Z does not cover add-in writes), and reading whether the
 * workbook has the score columns after every check (from the names CCHC_Diem and CCHC_TongHopDiem the
 * check has read). The core does the work (src/core/score-layer); the controller runs these one at a
 * time and hands them its state.
 */
import { SCORE_HEADERS, type ScoreColumn } from '../core/score-layer/columns';
import { SCORE_LAYER_NAME } from '../core/score-layer/layer';
import { annotateScores, removeScores } from '../core/score-layer/operations';
import { SCORE_SUMMARY_NAME } from '../core/score-layer/summary';
import { workbookName, type DefinedName } from '../core/workbook/catalog';
import type { ScoreLayerState, SectionContext } from './paneState';
import { pushUndo } from './undoStack';

export class ScorePane {
  constructor(private readonly pane: SectionContext) {}

  private get layer(): ScoreLayerState | null {
    return this.pane.getState().scoreLayer;
  }

  /** The columns are on the checked sheet: the insert button updates them. */
  onCheckedSheet(): boolean {
    const sheet = this.pane.getState().checked?.analysis.report.sheet;
    return !!this.layer && !!sheet && this.layer.sheet.toLowerCase() === sheet.toLowerCase();
  }

  /** "Chèn cột điểm và tổng hợp", or "Cập nhật cột điểm" when the sheet has them: the same call. */
  insert(): Promise<boolean> {
    const { t } = this.pane;
    return this.pane.run('scoreLayer', async () => {
      const done = await annotateScores(this.pane.service, { planDate: this.pane.getState().planDate });
      const plans = done.applied.map((r) => r.applied);
      // An update removes the old columns first, then writes them again: two plans, one undo step.
      const updating = plans.length > 1;
      const s = t.score;
      const sheet = this.pane.getState().checked?.analysis.report.sheet ?? '';
      this.pane.set({
        history: pushUndo(this.pane.getState().history, { label: updating ? s.updatedLabel : s.insertedLabel, sheet, applied: plans[plans.length - 1]!, earlier: plans.slice(0, -1) }),
      });
      await this.pane.readAndAnalyze();
      const columns = (Object.entries(done.layer.columns) as [ScoreColumn, number][])
        .sort((a, b) => a[1] - b[1])
        .map(([c]) => `“${SCORE_HEADERS[c]}”`)
        .join(', ');
      const line = (updating ? s.updated : s.inserted)(columns, done.layer.summarySheet);
      this.pane.set({ notice: { intent: 'success', title: s.noticeTitle, lines: [line] } });
    });
  }

  /** "Gỡ cột điểm": takes away exactly what the columns added, from whichever sheet holds them. */
  remove(): Promise<boolean> {
    const { t } = this.pane;
    return this.pane.run('scoreRemove', async () => {
      const known = this.layer;
      const result = await removeScores(this.pane.service);
      const sheet = known?.sheet ?? this.pane.getState().checked?.analysis.report.sheet ?? '';
      this.pane.set({
        history: pushUndo(this.pane.getState().history, { label: t.score.removedLabel, sheet, applied: result.applied }),
        notice: { intent: 'success', title: t.score.noticeTitle, lines: [t.score.removed(known?.summarySheet ?? null)] },
      });
      await this.pane.readAndAnalyze();
    });
  }

  /** Whether the workbook has the score columns, from its names as the check has just read them: no read of its own. */
  refresh(names: readonly DefinedName[]): void {
    const target = workbookName(names, SCORE_LAYER_NAME)?.target;
    this.pane.set({ scoreLayer: target ? { sheet: target.sheet, summarySheet: workbookName(names, SCORE_SUMMARY_NAME)?.target?.sheet ?? null } : null });
  }
}
