/**
 * The browser preview's host: the memory adapter (src/hosts/memory) over a workbook read from .xlsx
 * bytes, plus what the grid shows (column widths, row heights, bold and alignment, the selection) and
 * "Tải về": the original package with the net plan written into it by the .xlsx writer, so that every
 * part the pane did not change keeps its bytes — with a unit list and dropdowns added as well. Formula
 * cells show what the preview's formula engine (./formula) computes, recomputed after every write.
 *
 * The grid reads the host's state through `subscribe`/`version` (React's useSyncExternalStore).
 */
import { a1, overlaps, parseRange } from '../core/address';
import type { Lang } from '../core/report';
import type { RawValue, SheetSnapshot } from '../core/snapshot';
import { HostError } from '../core/workbook/adapter';
import { PRODUCT_LIST_NAME, UNIT_LIST_NAME } from '../core/workbook/catalog';
import type { WorkbookPlan } from '../core/workbook/plan';
import { MemoryAdapter, topLeftOf } from '../hosts/memory/adapter';
import { memoryWorkbookFromExcelJs } from '../hosts/memory/fromExcelJs';
import type { MemorySheet } from '../hosts/memory/workbook';
import { loadWorkbook } from '../hosts/xlsx/read';
import { structureProtected, writePlan } from '../hosts/xlsx/writer';
import { FormulaValues } from './formula/workbook';
import { LOCALES, type Locale, parseInput } from './format';
import { previewStrings, type PreviewStrings } from './strings';
import { sheetView, viewOfCreated, type SheetView } from './sheetView';

export { DEFAULT_COL_WIDTH, DEFAULT_ROW_HEIGHT, type CellLook } from './sheetView';
export { topLeftOf } from '../hosts/memory/adapter';

/** A sheet as the grid draws it: the data and how it looks. */
export interface PreviewSheet extends SheetView {
  snapshot: SheetSnapshot;
  /** Added in the preview (the unit list); not in the original bytes. */
  created: boolean;
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

let nextId = 1;

export class PreviewHost extends MemoryAdapter {
  readonly id = nextId++;
  readonly locale: Locale;
  readonly strings: PreviewStrings;
  readonly fileName: string;
  /** Bumped on every change the grid shows. */
  version = 0;
  /** Bumped only when cell contents or sheets change (the grid re-measures rows then). */
  dataVersion = 0;
  /** Bumped when marks or dropdowns change (the grid redraws its rows then). */
  decoVersion = 0;
  selection: Selection;
  /** Bumped by every request to select a cell, even the same one again (the grid scrolls to it). */
  selectionSeq = 0;

  private readonly original: Uint8Array;
  private readonly views: Map<MemorySheet, SheetView>;
  /** What formula cells show: computed by the preview's formula engine (./formula). */
  private readonly formulas: FormulaValues;
  private readonly listeners = new Set<() => void>();

  private constructor(init: { bytes: Uint8Array; fileName: string; lang: Lang; today?: string; adapter: { workbook: MemoryAdapter['workbook']; views: Map<MemorySheet, SheetView>; active: number } }) {
    super(init.adapter.workbook, init.lang, init.adapter.active);
    this.formulas = new FormulaValues(init.adapter.workbook, init.today);
    this.original = init.bytes;
    this.fileName = init.fileName;
    this.locale = LOCALES[init.lang];
    this.strings = previewStrings(init.lang);
    this.views = init.adapter.views;
    for (const s of this.workbook.sheets) s.snapshot.decimalSeparator = this.locale.decimal;
    this.selection = { sheet: this.activeSheet.snapshot.name, row: 1, col: 1 };
  }

  /**
   * Read an .xlsx (throws WorkbookReadError with a Vietnamese message for files that are not one).
   * `today` (ISO) is TODAY()'s date in formulas, as the pane's ?today= is its date; else the computer's.
   */
  static async fromBytes(bytes: Uint8Array, fileName: string, lang: Lang, today?: string): Promise<PreviewHost> {
    const wb = await loadWorkbook(bytes);
    const workbook = memoryWorkbookFromExcelJs(wb);
    workbook.structureProtected = await structureProtected(bytes);
    const views = new Map<MemorySheet, SheetView>(workbook.sheets.map((s, i) => [s, sheetView(wb.worksheets[i]!)]));
    const visible = (i: number) => i >= 0 && i < workbook.sheets.length && !views.get(workbook.sheets[i]!)!.hidden;
    const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
    const active = visible(activeTab) ? activeTab : Math.max(0, workbook.sheets.findIndex((_, i) => visible(i)));
    return new PreviewHost({ bytes, fileName, lang, today, adapter: { workbook, views, active } });
  }

  // ---- state for the page and the grid ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  protected override changed(plan: WorkbookPlan | null): void {
    if (plan === null || plan.steps.some((s) => s.kind === 'cells' || s.kind === 'addSheet' || s.kind === 'removeSheet')) this.dataVersion++;
    // Formulas are recomputed after every write (names change what they read too).
    if (plan === null || plan.steps.some((s) => s.kind !== 'columnWidth')) this.formulas.invalidate();
    this.decoVersion++;
    this.version++;
    if (!this.workbook.sheet(this.selection.sheet)) this.selection = { sheet: this.activeSheet.snapshot.name, row: 1, col: 1 };
    for (const l of [...this.listeners]) l();
  }

  private readonly previews = new WeakMap<MemorySheet, PreviewSheet>();

  /** One object per sheet (its parts are shared, so it stays current). */
  private preview(s: MemorySheet): PreviewSheet {
    let p = this.previews.get(s);
    if (!p) {
      const view = this.views.get(s) ?? viewOfCreated(s);
      this.previews.set(s, (p = { ...view, snapshot: s.snapshot, created: s.created }));
    }
    return p;
  }

  get activePreview(): PreviewSheet {
    return this.preview(this.activeSheet);
  }

  /** Sheets that get a tab (not hidden). */
  get tabs(): PreviewSheet[] {
    return this.workbook.sheets.map((s) => this.preview(s)).filter((s) => !s.hidden);
  }

  sheet(name: string): PreviewSheet | undefined {
    const s = this.workbook.sheet(name);
    return s && this.preview(s);
  }

  /** Cells whose content differs from the opened file, over all sheets (created sheets not counted). */
  get editedCount(): number {
    return this.editedCells().size;
  }

  private edited: { version: number; cells: Set<string> } | null = null;

  /** Cells that differ from the file, recomputed only when the data changed (the grid asks per cell). */
  private editedCells(): Set<string> {
    if (this.edited?.version === this.dataVersion) return this.edited.cells;
    const out = new Set<string>();
    for (const step of this.workbook.netPlan().steps) {
      if (step.kind !== 'cells' || this.workbook.sheet(step.sheet)?.created) continue;
      for (const e of step.edits) out.add(`${step.sheet}!${e.cell}`);
    }
    this.edited = { version: this.dataVersion, cells: out };
    return out;
  }

  /** Whether the cell differs from the opened file. */
  isEdited(sheet: string, row: number, col: number): boolean {
    return this.editedCells().has(`${sheet}!${a1(row, col)}`);
  }

  /** What the cell shows: a formula's computed value, else the value it holds. */
  valueAt(sheet: string, row: number, col: number): RawValue {
    return this.formulas.valueAt(sheet, row, col);
  }

  dropdownAt(sheet: string, row: number, col: number): 'units' | 'products' | null {
    const s = this.workbook.sheet(sheet);
    const here = { top: row, left: col, bottom: row, right: col };
    for (const v of s?.validations ?? []) {
      if (!overlaps(v.range, here) || !('name' in v.list)) continue;
      if (v.list.name === UNIT_LIST_NAME) return 'units';
      if (v.list.name === PRODUCT_LIST_NAME) return 'products';
    }
    return null;
  }

  /** Unit names for the units dropdown: the workbook's own list, found as the service finds it. */
  unitNames(): string[] {
    return (this.workbook.unitList() ?? []).map((u) => u.name);
  }

  activateSheet(name: string): void {
    const i = this.workbook.sheets.findIndex((s) => s.snapshot.name === name);
    if (i < 0 || i === this.activeIndex) return;
    this.selection = { sheet: name, row: 1, col: 1 };
    this.activate(i);
  }

  /**
   * The active sheet with the grid's selection in it, as Excel's host reads its own: the pane's "Chỉ các
   * dòng đang chọn" takes the selected row (and of several Excel Tables the selected one is checked).
   */
  override async readActiveCells(): Promise<SheetSnapshot> {
    const snapshot = await super.readActiveCells();
    const { sheet, row, col } = this.selection;
    if (sheet === snapshot.name) snapshot.selection = { top: row, left: col, bottom: row, right: col };
    return snapshot;
  }

  /** Select a cell from the grid (mouse or keyboard). */
  select(row: number, col: number): void {
    const name = this.activeSheet.snapshot.name;
    const [r, c] = topLeftOf(this.activeSheet.snapshot, row, col);
    if (this.selection.sheet === name && this.selection.row === r && this.selection.col === c) return;
    this.selection = { sheet: name, row: r, col: c };
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  override async selectCell(sheet: string, cell: string): Promise<void> {
    const range = parseRange(cell);
    if (!range) throw new HostError('not-found', this.strings.badRange(cell));
    const s = this.requireSheet(sheet);
    const [row, col] = topLeftOf(s.snapshot, range.top, range.left);
    this.selection = { sheet: s.snapshot.name, row, col };
    this.selectionSeq++;
    await super.selectCell(sheet, cell);
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  /**
   * A user's edit in the grid: typed text read as Excel would (see parseInput). Fires the sheet-changed
   * event, as Excel does for the user's edits. Returns false when nothing changed.
   */
  userEdit(row: number, col: number, text: string): boolean {
    const s = this.activeSheet;
    const r = row - s.snapshot.top;
    const numFmt = s.snapshot.numFmt?.[r]?.[col - s.snapshot.left] ?? 'General';
    const parsed = parseInput(text, numFmt, this.locale);
    return this.userWrite(row, col, parsed.value, parsed.numFmt);
  }

  /** The edited workbook as .xlsx bytes: the original with the net plan written in (the original itself when nothing changed). */
  async exportXlsx(): Promise<{ bytes: Uint8Array }> {
    const net = this.workbook.netPlan();
    return { bytes: net.steps.length ? await writePlan(this.original, net) : this.original };
  }
}
