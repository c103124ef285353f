/**
 * The browser preview's WorkbookHost: an in-memory workbook read from .xlsx bytes with exceljs (one core
 * SheetSnapshot per sheet, via the CLI's own reader), edited in place by the pane and by the user in the
 * grid, and written back for "Tải về":
 *
 * - cell edits only: patchXlsx(original, sheet, net edits) sheet by sheet — every other byte of the
 *   original package stays as it was;
 * - with a created unit list ("Danh mục") or recorded dropdowns: patchXlsx cannot add sheets or data
 *   validation, so the download is rewritten with exceljs (the page says so beside "Tải về").
 *
 * The grid reads the host's state through `subscribe`/`version` (React's useSyncExternalStore).
 */
import { DOCUMENT_TYPES } from '../core/parse/products';
import { sameRawValue } from '../core/snapshot';
import type ExcelJS from 'exceljs';
import { a1, parseA1, parseRange, rangeAddress } from '../core/address';
import type { CellEdit, Lang, Severity } from '../core/report';
import type { UnitEntry } from '../core/rules/types';
import type { CellRange, RawValue, SheetSnapshot } from '../core/snapshot';
import { isErrorValue } from '../core/snapshot';
import { isUnitListSheetName, unitsFromSnapshot } from '../core/units';
import {
  type ApplyResult,
  type DropdownTarget,
  type EditConflict,
  HostError,
  type Mark,
  type SheetChange,
  type Unsubscribe,
  type WorkbookHost,
} from '../hosts/host';
import { loadWorkbook, worksheetSnapshot } from '../hosts/xlsx/read';
import { type CellPatch, patchXlsx } from '../hosts/xlsx/patch';
import { LOCALES, type Locale, parseInput } from './format';
import { previewStrings, type PreviewStrings } from './strings';

/** Excel's default column width (8.43 characters) in pixels, and the row height (15 pt). */
export const DEFAULT_COL_WIDTH = 64;
export const DEFAULT_ROW_HEIGHT = 20;
export const UNIT_LIST_SHEET = 'Danh mục';

/** The document types offered by the product dropdown (the core's list, Nghị định 30/2020/NĐ-CP). */
export const PRODUCT_TYPES = DOCUMENT_TYPES;

export interface PreviewSheet {
  snapshot: SheetSnapshot;
  /** Column widths in px by column index − 1 (holes: the sheet default). */
  colWidths: number[];
  defaultColWidth: number;
  /** Row heights in px stored in the file, by row − 1 (holes: fitted to the text). */
  rowHeights: number[];
  /** Hidden sheets are kept (a hidden "Danh mục" still counts) but get no tab. */
  hidden: boolean;
  /** Added in the preview (the unit list); not in the original bytes. */
  created: boolean;
  /** Bold, alignment and wrapping read from the file, by row − 1 and column − 1 (display only). */
  looks: (CellLook | undefined)[][];
}

export interface CellLook {
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** The font's name as the file sets it (the legacy-encoding fix moves cells to a Unicode font). */
  fontName?: string;
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

interface CellState {
  value: RawValue;
  numFmt: string;
  italic: boolean;
  fontName: string;
  formula: string | null;
}

interface RecordedDropdown {
  range: CellRange;
  address: string;
  source: DropdownTarget['source'];
}

interface NetEdit {
  row: number;
  col: number;
  orig: CellState;
}

let nextId = 1;

export class PreviewHost implements WorkbookHost {
  readonly id = nextId++;
  readonly lang: Lang;
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
  private readonly sheets: PreviewSheet[];
  private active: number;
  private readonly marks = new Map<string, Map<string, Severity>>();
  private readonly dropdowns = new Map<string, RecordedDropdown[]>();
  private readonly net = new Map<string, Map<string, NetEdit>>();
  private readonly sheetHandlers = new Set<(change: SheetChange) => void>();
  private readonly activeHandlers = new Set<() => void>();
  private readonly listeners = new Set<() => void>();

  constructor(init: { bytes: Uint8Array; fileName: string; lang: Lang; sheets: PreviewSheet[]; active: number }) {
    this.original = init.bytes;
    this.fileName = init.fileName;
    this.lang = init.lang;
    this.locale = LOCALES[init.lang];
    this.strings = previewStrings(init.lang);
    this.sheets = init.sheets;
    this.active = init.active;
    const sep = this.locale.decimal;
    for (const s of this.sheets) s.snapshot.decimalSeparator = sep;
    this.selection = { sheet: this.activeSheet.snapshot.name, row: 1, col: 1 };
  }

  /** Read an .xlsx (throws WorkbookReadError with a Vietnamese message for files that are not one). */
  static async fromBytes(bytes: Uint8Array, fileName: string, lang: Lang): Promise<PreviewHost> {
    const wb = await loadWorkbook(bytes);
    // loadWorkbook refuses a workbook without worksheets (WorkbookReadError 'no-sheets'): nothing to show.
    const sheets = wb.worksheets.map((ws) => sheetFromWorksheet(ws));
    const visible = (i: number) => i >= 0 && i < sheets.length && !sheets[i]!.hidden;
    const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
    const active = visible(activeTab) ? activeTab : Math.max(0, sheets.findIndex((s) => !s.hidden));
    return new PreviewHost({ bytes, fileName, lang, sheets, active });
  }

  // ---- state for the page and the grid ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  get activeSheet(): PreviewSheet {
    return this.sheets[this.active]!;
  }

  /** Sheets that get a tab (not hidden). */
  get tabs(): PreviewSheet[] {
    return this.sheets.filter((s) => !s.hidden);
  }

  sheet(name: string): PreviewSheet | undefined {
    return this.sheets.find((s) => s.snapshot.name === name);
  }

  private requireSheet(name: string): PreviewSheet {
    const s = this.sheet(name);
    if (!s) throw new HostError('not-found', this.strings.sheetNotFound(name));
    return s;
  }

  /** Cells whose content differs from the opened file, over all sheets (created sheets not counted). */
  get editedCount(): number {
    let n = 0;
    for (const m of this.net.values()) n += m.size;
    return n;
  }

  /** Whether "Tải về" must rewrite the workbook with exceljs (patchXlsx adds no sheets or validation). */
  get needsRewrite(): boolean {
    return this.sheets.some((s) => s.created) || [...this.dropdowns.values()].some((d) => d.length > 0);
  }

  /** Whether the cell differs from the opened file. */
  isEdited(sheet: string, row: number, col: number): boolean {
    return this.net.get(sheet)?.has(a1(row, col)) ?? false;
  }

  markAt(sheet: string, row: number, col: number): Severity | undefined {
    return this.marks.get(sheet)?.get(a1(row, col));
  }

  dropdownAt(sheet: string, row: number, col: number): DropdownTarget['source'] | null {
    for (const d of this.dropdowns.get(sheet) ?? []) {
      const r = d.range;
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return d.source;
    }
    return null;
  }

  /** Unit names for the units dropdown (the workbook's own list). */
  unitNames(): string[] {
    const s = this.sheets.find((x) => isUnitListSheetName(x.snapshot.name));
    return s ? unitsFromSnapshot(s.snapshot).map((u) => u.name) : [];
  }

  activateSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.snapshot.name === name);
    if (i < 0 || i === this.active) return;
    this.active = i;
    this.selection = { sheet: name, row: 1, col: 1 };
    this.changed();
    this.emitActive();
  }

  /** Select a cell from the grid (mouse or keyboard). */
  select(row: number, col: number): void {
    const name = this.activeSheet.snapshot.name;
    const [r, c] = topLeftOf(this.activeSheet.snapshot, row, col);
    if (this.selection.sheet === name && this.selection.row === r && this.selection.col === c) return;
    this.selection = { sheet: name, row: r, col: c };
    this.changed();
  }

  /**
   * A user's edit in the grid: typed text read as Excel would (see parseInput). Fires the sheet-changed
   * event, as Excel does for the user's edits. Returns false when nothing changed.
   */
  userEdit(row: number, col: number, text: string): boolean {
    const sheet = this.activeSheet;
    const snap = sheet.snapshot;
    const before = cellState(sheet, row, col);
    const parsed = parseInput(text, before.numFmt, this.locale);
    const sameValue = sameRawValue(before.value, parsed.value) && before.formula === null;
    if (sameValue && (parsed.numFmt === undefined || parsed.numFmt === before.numFmt)) return false;
    this.track(snap.name, row, col, before);
    writeCell(sheet, row, col, { value: parsed.value, numFmt: parsed.numFmt });
    this.settle(snap.name, row, col);
    this.dataVersion++;
    this.changed();
    this.emitSheetChange({ sheet: snap.name, address: a1(row, col) });
    return true;
  }

  private emitSheetChange(change: SheetChange): void {
    for (const h of [...this.sheetHandlers]) {
      try {
        const r = h(change) as unknown;
        if (r instanceof Promise) r.catch((e: unknown) => console.error(e));
      } catch (e) {
        console.error(e);
      }
    }
  }

  private emitActive(): void {
    for (const h of [...this.activeHandlers]) {
      try {
        const r = h() as unknown;
        if (r instanceof Promise) r.catch((e: unknown) => console.error(e));
      } catch (e) {
        console.error(e);
      }
    }
  }

  // ---- net edits (what "Tải về" writes) ----

  private track(sheet: string, row: number, col: number, before: CellState): void {
    if (this.sheet(sheet)?.created) return;
    let m = this.net.get(sheet);
    if (!m) this.net.set(sheet, (m = new Map()));
    const key = a1(row, col);
    if (!m.has(key)) m.set(key, { row, col, orig: before });
  }

  /** Forget a tracked cell that is back to what the file had (an undo). */
  private settle(sheet: string, row: number, col: number): void {
    const m = this.net.get(sheet);
    const key = a1(row, col);
    const e = m?.get(key);
    if (!m || !e) return;
    const now = cellState(this.sheet(sheet)!, row, col);
    if (sameRawValue(now.value, e.orig.value) && now.numFmt === e.orig.numFmt && now.italic === e.orig.italic && now.fontName === e.orig.fontName && now.formula === e.orig.formula) {
      m.delete(key);
    }
  }

  /** The patches that turn the original sheet into the current one. */
  netPatches(sheet: string): CellPatch[] {
    const s = this.sheet(sheet);
    const m = this.net.get(sheet);
    if (!s || !m) return [];
    const out: CellPatch[] = [];
    for (const [cell, e] of m) {
      const now = cellState(s, e.row, e.col);
      const value = now.value;
      // Only text, numbers and blanks are ever written here (the pane's fixes and typed input).
      if (value !== null && typeof value !== 'string' && typeof value !== 'number') continue;
      const p: CellPatch = { cell, value };
      if (now.numFmt !== e.orig.numFmt) p.numFmt = now.numFmt;
      if (now.italic !== e.orig.italic) p.italic = now.italic;
      if (now.fontName !== e.orig.fontName) p.fontName = now.fontName;
      out.push(p);
    }
    return out;
  }

  /** The edited workbook as .xlsx bytes. */
  async exportXlsx(): Promise<{ bytes: Uint8Array; rewritten: boolean }> {
    if (!this.needsRewrite) {
      let bytes = this.original;
      for (const s of this.sheets) {
        const patches = this.netPatches(s.snapshot.name);
        if (patches.length > 0) bytes = await patchXlsx(bytes, s.snapshot.name, patches);
      }
      return { bytes, rewritten: false };
    }
    return { bytes: await this.rewriteWithExceljs(), rewritten: true };
  }

  private async rewriteWithExceljs(): Promise<Uint8Array> {
    const wb = await loadWorkbook(this.original);
    for (const s of this.sheets) {
      if (s.created) continue;
      const ws = wb.getWorksheet(s.snapshot.name);
      if (!ws) continue;
      for (const p of this.netPatches(s.snapshot.name)) {
        const cell = ws.getCell(p.cell);
        cell.value = p.value;
        if (p.numFmt !== undefined) cell.numFmt = p.numFmt;
        if (p.italic !== undefined) cell.font = { ...(cell.font ?? {}), italic: p.italic };
        if (p.fontName !== undefined) cell.font = { ...(cell.font ?? {}), name: p.fontName };
      }
    }
    for (const s of this.sheets) {
      if (!s.created) continue;
      const ws = wb.addWorksheet(s.snapshot.name);
      s.snapshot.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined || isErrorValue(v)) return;
          ws.getCell(i + 1, j + 1).value = v;
        }),
      );
      ws.getRow(1).font = { bold: true };
      s.colWidths.forEach((px, j) => {
        if (px) ws.getColumn(j + 1).width = Math.round((px - 5) / 7);
      });
    }
    const unitRef = this.unitListReference();
    for (const [sheetName, list] of this.dropdowns) {
      const ws = wb.getWorksheet(sheetName);
      if (!ws) continue;
      for (const d of list) {
        const formula = d.source === 'units' ? unitRef : `"${PRODUCT_TYPES.join(',')}"`;
        if (!formula) continue;
        let count = 0;
        for (let r = d.range.top; r <= d.range.bottom && count < 20_000; r++) {
          for (let c = d.range.left; c <= d.range.right && count < 20_000; c++, count++) {
            ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
          }
        }
      }
    }
    const out = await wb.xlsx.writeBuffer();
    return new Uint8Array(out as ArrayBuffer);
  }

  /** `'Danh mục'!$B$2:$B$9`: the column of unit names on the unit list sheet. */
  private unitListReference(): string | null {
    const s = this.sheets.find((x) => isUnitListSheetName(x.snapshot.name));
    if (!s) return null;
    const counts = new Map<number, number>();
    let first = Infinity;
    let last = 0;
    s.snapshot.values.forEach((row, i) => {
      const j = row.findIndex((v) => typeof v === 'string' && v.trim() !== '' && !/^\d+[.)]?$/.test(v.trim()));
      if (j < 0) return;
      counts.set(j, (counts.get(j) ?? 0) + 1);
      first = Math.min(first, i + 1);
      last = Math.max(last, i + 1);
    });
    if (last === 0) return null;
    const col = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0] + 1;
    const letters = a1(1, col).replace(/\d+$/, '');
    // The first row is the header when the sheet was created here; a list read from the file is taken whole.
    const top = s.created ? Math.max(2, first) : first;
    return `'${s.snapshot.name.replace(/'/g, "''")}'!$${letters}$${top}:$${letters}$${last}`;
  }

  // ---- WorkbookHost ----

  async readActiveSheet(): Promise<SheetSnapshot> {
    return structuredClone(this.activeSheet.snapshot);
  }

  async readUnitList(): Promise<UnitEntry[] | null> {
    const s = this.sheets.find((x) => isUnitListSheetName(x.snapshot.name));
    return s ? unitsFromSnapshot(s.snapshot) : null;
  }

  async applyEdits(sheet: string, edits: CellEdit[]): Promise<ApplyResult> {
    const s = this.requireSheet(sheet);
    const snap = s.snapshot;
    const applied: CellEdit[] = [];
    const conflicts: EditConflict[] = [];
    const targets = edits.map((e) => {
      const { row, col } = editPosition(e, this.strings);
      const before = cellState(s, row, col);
      if (!sameRawValue(before.value, e.before)) conflicts.push({ cell: a1(row, col), expected: e.before, found: before.value });
      return { e, row, col, before };
    });
    // All or nothing: a plan's edits belong together (a continuation merged up writes two cells).
    if (conflicts.length > 0) return { applied, conflicts };
    for (const { e, row, col, before } of targets) {
      this.track(sheet, row, col, before);
      writeCell(s, row, col, { value: e.value, numFmt: e.numFmt, italic: e.italic, fontName: e.fontName });
      this.settle(sheet, row, col);
      const done: CellEdit = { ...e, before: before.value };
      if (e.numFmt !== undefined) done.beforeNumFmt = before.numFmt;
      if (e.italic !== undefined) done.beforeItalic = before.italic;
      if (e.fontName !== undefined) done.beforeFontName = before.fontName;
      applied.push(done);
    }
    if (applied.length > 0) {
      this.dataVersion++;
      this.changed();
    }
    return { applied, conflicts };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const s = this.requireSheet(sheet);
    const range = parseRange(cell);
    if (!range) throw new HostError('not-found', this.strings.badRange(cell));
    const switching = s !== this.activeSheet;
    if (switching) this.active = this.sheets.indexOf(s);
    const [row, col] = topLeftOf(s.snapshot, range.top, range.left);
    this.selection = { sheet, row, col };
    this.selectionSeq++;
    this.changed();
    if (switching) this.emitActive();
  }

  async setMarks(sheet: string, marks: Mark[]): Promise<void> {
    const s = this.requireSheet(sheet);
    let m = this.marks.get(sheet);
    if (!m) this.marks.set(sheet, (m = new Map()));
    for (const mark of marks) {
      const range = parseRange(mark.cell);
      if (!range) continue;
      let n = 0;
      for (let r = range.top; r <= range.bottom && n < 10_000; r++) {
        for (let c = range.left; c <= range.right && n < 10_000; c++, n++) {
          const key = a1(...topLeftOf(s.snapshot, r, c));
          const prior = m.get(key);
          if (!prior || RANK[mark.severity] > RANK[prior]) m.set(key, mark.severity);
        }
      }
    }
    this.decoVersion++;
    this.changed();
  }

  async clearMarks(sheet: string): Promise<void> {
    if (this.marks.delete(sheet)) {
      this.decoVersion++;
      this.changed();
    }
  }

  async onSheetChanged(handler: (change: SheetChange) => void): Promise<Unsubscribe> {
    this.sheetHandlers.add(handler);
    return () => {
      this.sheetHandlers.delete(handler);
    };
  }

  async onActiveSheetChanged(handler: () => void): Promise<Unsubscribe> {
    this.activeHandlers.add(handler);
    return () => {
      this.activeHandlers.delete(handler);
    };
  }

  async createUnitList(units: UnitEntry[]): Promise<void> {
    if (this.sheets.some((s) => isUnitListSheetName(s.snapshot.name))) throw new HostError('failed', this.strings.unitListExists);
    // The header words are ones unitsFromSnapshot skips, so the sheet reads back as exactly these units.
    const header: RawValue[] = ['Tên đơn vị', 'Viết tắt'];
    const values: RawValue[][] = [header, ...units.map((u) => [u.name, u.aliases?.length ? u.aliases.join(', ') : null])];
    const snapshot: SheetSnapshot = { name: UNIT_LIST_SHEET, top: 1, left: 1, values, merges: [], tables: [], hiddenRows: [] };
    snapshot.decimalSeparator = this.locale.decimal;
    const looks: CellLook[][] = [[{ bold: true }, { bold: true }]];
    this.sheets.push({ snapshot, colWidths: [320, 160], defaultColWidth: DEFAULT_COL_WIDTH, rowHeights: [], hidden: false, created: true, looks });
    this.dataVersion++;
    this.changed();
  }

  async addDropdowns(sheet: string, targets: DropdownTarget[]): Promise<{ added: string[]; skipped: string[] }> {
    this.requireSheet(sheet);
    let list = this.dropdowns.get(sheet);
    if (!list) this.dropdowns.set(sheet, (list = []));
    const added: string[] = [];
    const skipped: string[] = [];
    for (const t of targets) {
      const range = parseRange(t.range);
      if (!range) {
        skipped.push(t.range);
        continue;
      }
      const address = rangeAddress(range);
      // Cells that already have a dropdown are left alone, as the Excel host leaves validated cells.
      if (list.some((d) => overlaps(d.range, range))) {
        skipped.push(address);
        continue;
      }
      list.push({ range, address, source: t.source });
      added.push(address);
    }
    if (added.length > 0) {
      this.decoVersion++;
      this.changed();
    }
    return { added, skipped };
  }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function editPosition(e: CellEdit, strings: PreviewStrings): { row: number; col: number } {
  if (Number.isInteger(e.row) && Number.isInteger(e.col) && e.row > 0 && e.col > 0) return { row: e.row, col: e.col };
  const p = parseA1(e.cell);
  if (!p) throw new HostError('failed', strings.badRange(e.cell));
  return p;
}

/** The top-left cell of the merge holding (row, col), or the cell itself. */
export function topLeftOf(snap: SheetSnapshot, row: number, col: number): [number, number] {
  for (const m of snap.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return [m.top, m.left];
  }
  return [row, col];
}

function cellState(sheet: PreviewSheet, row: number, col: number): CellState {
  const snap = sheet.snapshot;
  const r = row - snap.top;
  const c = col - snap.left;
  const v = snap.values[r]?.[c];
  return {
    value: v === undefined || v === '' ? null : v,
    numFmt: snap.numFmt?.[r]?.[c] ?? 'General',
    italic: snap.italic?.[r]?.[c] ?? false,
    fontName: sheet.looks[row - 1]?.[col - 1]?.fontName ?? '',
    formula: snap.formulas?.[r]?.[c] ?? null,
  };
}

function writeCell(
  sheet: PreviewSheet,
  row: number,
  col: number,
  w: { value: string | number | null; numFmt?: string; italic?: boolean; fontName?: string },
): void {
  const snap = sheet.snapshot;
  const r = row - snap.top;
  const c = col - snap.left;
  if (r < 0 || c < 0) throw new HostError('failed', `Cell ${a1(row, col)} is outside the sheet's snapshot.`);
  while (snap.values.length <= r) snap.values.push([]);
  const cells = snap.values[r]!;
  while (cells.length < c) cells.push(null);
  cells[c] = w.value;
  const f = snap.formulas?.[r];
  if (f && f[c] != null) f[c] = null;
  if (w.numFmt !== undefined) {
    if (w.numFmt === 'General') {
      const row2 = snap.numFmt?.[r];
      if (row2) delete row2[c];
    } else {
      snap.numFmt ??= [];
      (snap.numFmt[r] ??= [])[c] = w.numFmt;
    }
  }
  if (w.italic !== undefined) {
    snap.italic ??= [];
    (snap.italic[r] ??= [])[c] = w.italic;
  }
  if (w.fontName !== undefined) {
    const looks = (sheet.looks[row - 1] ??= []);
    looks[col - 1] = { ...looks[col - 1], fontName: w.fontName };
  }
}

/** Excel column width (characters) → pixels, as Excel does at 100 % zoom with Calibri 11. */
function widthPx(chars: number): number {
  return Math.max(16, Math.min(800, Math.round(chars * 7 + 5)));
}

function sheetFromWorksheet(ws: ExcelJS.Worksheet): PreviewSheet {
  const snapshot = worksheetSnapshot(ws);
  const props = ws.properties as { defaultColWidth?: number } | undefined;
  const defaultColWidth = props?.defaultColWidth ? widthPx(props.defaultColWidth) : DEFAULT_COL_WIDTH;
  const colWidths: number[] = [];
  const cols = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })._columns ?? [];
  cols.forEach((c, i) => {
    if (!c) return;
    if (c.hidden) colWidths[i] = 0;
    else if (c.width) colWidths[i] = widthPx(c.width);
  });
  const rowHeights: number[] = [];
  const looks: (CellLook | undefined)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) rowHeights[r - 1] = Math.round((row.height * 4) / 3);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const look = cellLook(cell);
      if (look) (looks[r - 1] ??= [])[c - 1] = look;
    });
  });
  const state = (ws as unknown as { state?: string }).state;
  return { snapshot, colWidths, defaultColWidth, rowHeights, hidden: state === 'hidden' || state === 'veryHidden', created: false, looks };
}

function cellLook(cell: ExcelJS.Cell): CellLook | undefined {
  const font = cell.font as { bold?: boolean; name?: string } | undefined;
  const al = cell.alignment as { horizontal?: string; vertical?: string; wrapText?: boolean } | undefined;
  if (!font?.bold && !font?.name && !al) return undefined;
  const look: CellLook = {};
  if (font?.bold) look.bold = true;
  if (font?.name) look.fontName = font.name;
  const h = al?.horizontal;
  if (h === 'center' || h === 'centerContinuous') look.align = 'center';
  else if (h === 'right') look.align = 'right';
  else if (h === 'left') look.align = 'left';
  const v = al?.vertical;
  if (v === 'top' || v === 'bottom') look.valign = v;
  else if (v === 'middle' || v === 'distributed' || v === 'justify') look.valign = 'middle';
  if (al?.wrapText) look.wrap = true;
  return look;
}
