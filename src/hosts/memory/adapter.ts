/**
 * The workbook service's adapter over a MemoryWorkbook: an active sheet, a selection, marks and the two
 * events a pane listens to. The browser preview builds its grid on it; tests drive the pane with it.
 */
import { a1, parseRange } from '../../core/address';
import type { Lang, Severity } from '../../core/report';
import { sameRawValue, type CellRange, type RawValue, type SheetSnapshot } from '../../core/snapshot';
import { HostError, type Mark, type SheetChange, type Unsubscribe, type WorkbookAdapter, type WorkbookInfo } from '../../core/workbook/adapter';
import type { CellBlock } from '../../core/workbook/catalog';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { FormatNeeds, SheetFormats } from '../../core/workbook/read';
import type { PlanTargets } from '../../core/workbook/settle';
import { cellState, MemoryWorkbook, type MemorySheet } from './workbook';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Marks over huge ranges stop here (a pane never asks for more). */
const MAX_MARKED_CELLS = 10_000;

export class MemoryAdapter implements WorkbookAdapter {
  protected activeIndex: number;
  protected readonly markedCells = new Map<string, Map<string, Severity>>();
  private readonly sheetHandlers = new Set<(change: SheetChange) => void>();
  private readonly activeHandlers = new Set<() => void>();

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly lang: Lang,
    active = 0,
  ) {
    this.activeIndex = Math.max(0, Math.min(active, workbook.sheets.length - 1));
  }

  get activeSheet(): MemorySheet {
    return this.workbook.sheets[this.activeIndex] ?? this.workbook.sheets[0]!;
  }

  protected requireSheet(name: string): MemorySheet {
    const s = this.workbook.sheet(name);
    if (!s) throw new HostError('not-found', this.lang === 'vi' ? `Không tìm thấy trang tính “${name}”.` : `Sheet “${name}” was not found.`);
    return s;
  }

  /** The whole snapshot, formats included: a workbook in memory has them at hand. */
  async readActiveCells(): Promise<SheetSnapshot> {
    return structuredClone(this.activeSheet.snapshot);
  }

  async readFormats(_sheet: string, _needs: FormatNeeds): Promise<SheetFormats> {
    return {};
  }

  async readWorkbookInfo(): Promise<WorkbookInfo> {
    return this.workbook.info();
  }

  async readCells(sheet: string, range: CellRange | null): Promise<CellBlock | null> {
    return this.workbook.cells(sheet, range);
  }

  async readTargets(plan: WorkbookPlan): Promise<PlanTargets> {
    return this.workbook.targets(plan);
  }

  async writePlan(plan: WorkbookPlan): Promise<void> {
    const activeName = this.activeSheet.snapshot.name;
    this.workbook.write(plan);
    // A removed sheet may have been the active one, or before it.
    const i = this.workbook.sheets.findIndex((s) => s.snapshot.name === activeName);
    this.activeIndex = i >= 0 ? i : 0;
    this.changed(plan);
  }

  /** Called after every change (the preview redraws). */
  protected changed(_plan: WorkbookPlan | null): void {}

  async selectCell(sheet: string, _cell: string): Promise<void> {
    const s = this.requireSheet(sheet);
    const i = this.workbook.sheets.indexOf(s);
    if (i !== this.activeIndex) this.activate(i);
  }

  /** Make another sheet active, as a user clicking its tab does (the pane hears of it). */
  activate(index: number): void {
    if (index === this.activeIndex || index < 0 || index >= this.workbook.sheets.length) return;
    this.activeIndex = index;
    this.changed(null);
    for (const h of [...this.activeHandlers]) safely(() => h());
  }

  async setMarks(sheet: string, marks: Mark[]): Promise<void> {
    const s = this.requireSheet(sheet);
    let m = this.markedCells.get(s.snapshot.name);
    if (!m) this.markedCells.set(s.snapshot.name, (m = new Map()));
    for (const mark of marks) {
      const range = parseRange(mark.cell);
      if (!range) continue;
      let n = 0;
      for (let r = range.top; r <= range.bottom && n < MAX_MARKED_CELLS; r++) {
        for (let c = range.left; c <= range.right && n < MAX_MARKED_CELLS; c++, n++) {
          const key = a1(...topLeftOf(s.snapshot, r, c));
          const prior = m.get(key);
          if (!prior || RANK[mark.severity] > RANK[prior]) m.set(key, mark.severity);
        }
      }
    }
    this.changed(null);
  }

  async clearMarks(sheet: string): Promise<void> {
    if (this.markedCells.delete(this.requireSheet(sheet).snapshot.name)) this.changed(null);
  }

  markAt(sheet: string, row: number, col: number): Severity | undefined {
    return this.markedCells.get(sheet)?.get(a1(row, col));
  }

  async onSheetChanged(handler: (change: SheetChange) => void): Promise<Unsubscribe> {
    this.sheetHandlers.add(handler);
    return () => void this.sheetHandlers.delete(handler);
  }

  async onActiveSheetChanged(handler: () => void): Promise<Unsubscribe> {
    this.activeHandlers.add(handler);
    return () => void this.activeHandlers.delete(handler);
  }

  get subscribers(): { sheet: number; active: number } {
    return { sheet: this.sheetHandlers.size, active: this.activeHandlers.size };
  }

  /**
   * A user's edit: the value (and number format) written as a plan, so that it is part of the net plan
   * like any other change, then the sheet-changed event Excel raises for a user's edit.
   */
  userWrite(row: number, col: number, value: RawValue, numFmt?: string): boolean {
    const sheet = this.activeSheet;
    const now = cellState(sheet, row, col);
    const snapRow = row - sheet.snapshot.top;
    const hasFormula = sheet.snapshot.formulas?.[snapRow]?.[col - sheet.snapshot.left] != null;
    if (!hasFormula && sameRawValue(now.value, value) && (numFmt === undefined || numFmt === now.numFmt)) return false;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') return false;
    const edit = { cell: a1(row, col), row, col, value, before: now.value, ...(numFmt !== undefined ? { numFmt, beforeNumFmt: now.numFmt } : {}) };
    this.workbook.write({ steps: [{ kind: 'cells', sheet: sheet.snapshot.name, edits: [edit] }] });
    this.changed(null);
    this.emitSheetChange({ sheet: sheet.snapshot.name, address: a1(row, col) });
    return true;
  }

  /** Excel raises onChanged for a user's edit, even one that typed the same value again. */
  protected emitSheetChange(change: SheetChange): void {
    for (const h of [...this.sheetHandlers]) safely(() => h(change));
  }
}

/** The top-left cell of the merge holding (row, col), or the cell itself. */
export function topLeftOf(snap: SheetSnapshot, row: number, col: number): [number, number] {
  for (const m of snap.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return [m.top, m.left];
  }
  return [row, col];
}

/** A handler's error must not stop the others (Excel's events behave so). */
function safely(call: () => unknown): void {
  try {
    const r = call();
    if (r instanceof Promise) r.catch((e: unknown) => console.error(e));
  } catch (e) {
    console.error(e);
  }
}
