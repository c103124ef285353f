/**
 * "Đánh dấu trên bảng": the pane's marks on the sheet, and which sheet carries them. Remembered because
 * the user can switch sheets while marking: the marks must then come off the sheet they were put on,
 * which may meanwhile have been renamed or deleted. The controller decides when (marking on or off,
 * after each check); this module only talks to the host.
 */
import type { Finding } from '../core/report';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { marksFor } from './findings';

export class SheetMarks {
  /** The sheet that currently carries our marks. */
  private marked: string | null = null;

  constructor(private readonly host: WorkbookAdapter) {}

  get markedSheet(): string | null {
    return this.marked;
  }

  /** Mark exactly these findings on `sheet`; marks left on another sheet are removed first. */
  async show(sheet: string, findings: readonly Finding[]): Promise<void> {
    await this.clearElsewhere(sheet);
    // Clear first: whatever setMarks does with earlier marks, the sheet ends up with exactly these.
    await this.host.clearMarks(sheet);
    const marks = marksFor(findings);
    if (marks.length) await this.host.setMarks(sheet, marks);
    this.marked = sheet;
  }

  /** Remove the marks from any sheet but `sheet` (quietly: that sheet may be gone). */
  async clearElsewhere(sheet: string): Promise<void> {
    if (this.marked !== null && this.marked !== sheet) await this.clear(this.marked, true);
  }

  /** Remove the marks from `sheet`; `quiet`: a failure is ignored (the sheet was deleted or renamed). */
  async clear(sheet: string, quiet: boolean): Promise<void> {
    try {
      await this.host.clearMarks(sheet);
    } catch (e) {
      // The other sheet may have been deleted or renamed: nothing left to clear there.
      if (!quiet) throw e;
    }
    if (this.marked === sheet) this.marked = null;
  }
}
