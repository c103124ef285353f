/**
 * A workbook held in memory: sheets as core snapshots plus what plans add (fonts, column widths, names,
 * list validations, the add-in's conditional rules; on a sheet a plan adds also its cells' alignment, font
 * size, underline and borders, its row heights and page setup, so that its undo restores the same). It carries out plans the way Excel does and keeps
 * the net plan since it was read, which the .xlsx writer turns into exact bytes. The browser preview and
 * the CLI are built on it; tests use it as a real workbook. Pure: no DOM, no Node.
 */
import { a1, overlaps } from '../../core/address';
import type { CellEdit } from '../../core/report';
import type { CellRange, RawValue, SheetSnapshot } from '../../core/snapshot';
import type { WorkbookInfo } from '../../core/workbook/adapter';
import { locateUnitList, unitListCells, unitsAt, type CellBlock, type DefinedName } from '../../core/workbook/catalog';
import type { UnitEntry } from '../../core/rules/types';
import type { CellStyle, ConditionalRule, ListSource, NameKey, NewCell, PageSetup, PlanStep, SheetArea, ValidationAlert, WorkbookPlan } from '../../core/workbook/plan';
import type { FoundCell, PlanTargets } from '../../core/workbook/settle';
import { netPlan } from './net';

export interface MemoryValidation {
  range: CellRange;
  list: ListSource;
  alert: ValidationAlert;
}

/** How a plan's new cell looks beyond its value, number format, italics, font name, bold and fill. */
export type MemoryLook = Pick<CellStyle, 'horizontal' | 'vertical' | 'wrap' | 'fontSize' | 'underline' | 'border'>;

const LOOK_FIELDS = ['horizontal', 'vertical', 'wrap', 'fontSize', 'underline', 'border'] as const;

export interface MemorySheet {
  snapshot: SheetSnapshot;
  /** Font names by A1 cell, where the file or a plan sets one. */
  fonts: Map<string, string>;
  /** Bold cells by A1. */
  bold: Set<string>;
  /** Solid fills by A1, as RGB hex. */
  fills: Map<string, string>;
  /** Cells unlocked in the file (every other cell is locked, as in Excel), by A1. */
  unlocked: Set<string>;
  columnWidths: Map<number, number>;
  /** Row heights in points a plan set (a sheet it adds). */
  rowHeights: Map<number, number>;
  /** Alignment, font size, underline and borders a plan set on a new sheet's cells, by A1. */
  looks: Map<string, MemoryLook>;
  /** How a sheet a plan added prints. */
  page?: PageSetup;
  validations: MemoryValidation[];
  rules: { tag: string; rule: ConditionalRule }[];
  protected: boolean;
  /** Added since the workbook was read. */
  created: boolean;
}

export interface MemoryName {
  key: NameKey;
  target: SheetArea | null;
  comment?: string;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');

export function memorySheet(snapshot: SheetSnapshot, extra: Partial<Omit<MemorySheet, 'snapshot'>> = {}): MemorySheet {
  return {
    snapshot,
    fonts: new Map(),
    bold: new Set(),
    fills: new Map(),
    unlocked: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    looks: new Map(),
    validations: [],
    rules: [],
    protected: false,
    created: false,
    ...extra,
  };
}

export class MemoryWorkbook {
  /** Every plan written since the workbook was read, in order. */
  private readonly log: PlanStep[] = [];
  /** The file protects its structure (Protect Workbook): no sheet may be added or removed. */
  structureProtected = false;

  constructor(
    readonly sheets: MemorySheet[],
    readonly names: MemoryName[] = [],
  ) {}

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => lower(s.snapshot.name) === lower(name));
  }

  info(): WorkbookInfo {
    const names: DefinedName[] = this.names.map((n) => ({ name: n.key.name, scope: n.key.scope, target: n.target }));
    return { sheets: this.sheets.map((s) => s.snapshot.name), names };
  }

  /** The workbook's own unit list, found and read as the workbook service does; null when it has none. */
  unitList(): UnitEntry[] | null {
    const info = this.info();
    const location = locateUnitList(info.sheets, info.names);
    if (!location) return null;
    const { sheet, range } = unitListCells(location);
    const block = this.cells(sheet, range);
    return block ? unitsAt(location, block) : [];
  }

  cells(sheetName: string, range: CellRange | null): CellBlock | null {
    const s = this.sheet(sheetName);
    if (!s) return null;
    const snap = s.snapshot;
    if (range === null) {
      if (!snap.values.some((row) => row.some((v) => v !== null && v !== undefined && v !== ''))) return null;
      const formulas = snap.values.map((row, r) => row.map((_, c) => snap.formulas?.[r]?.[c] ?? null));
      return { top: snap.top, left: snap.left, values: snap.values.map((row) => row.map((v) => v ?? null)), formulas };
    }
    const values: RawValue[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: RawValue[] = [];
      const fRow: (string | null)[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const cell = cellState(s, r, c);
        row.push(cell.value);
        fRow.push(cell.formula);
      }
      values.push(row);
      formulas.push(fRow);
    }
    return { top: range.top, left: range.left, values, formulas };
  }

  targets(plan: WorkbookPlan): PlanTargets {
    const cells = new Map<number, FoundCell[]>();
    const validated = new Map<number, boolean>();
    plan.steps.forEach((step, i) => {
      const s = 'sheet' in step ? this.sheet(step.sheet) : undefined;
      if (step.kind === 'cells') cells.set(i, s ? step.edits.map((e) => cellState(s, e.row, e.col)) : []);
      if (step.kind === 'addValidation') validated.set(i, !!s && s.validations.some((v) => overlaps(v.range, step.range)));
    });
    return {
      cells,
      sheets: this.sheets.map((s) => s.snapshot.name),
      names: this.names.map((n) => n.key),
      validated,
      protectedSheets: this.sheets.filter((s) => s.protected).map((s) => s.snapshot.name),
      structureProtected: this.structureProtected,
    };
  }

  /** Carry out a settled plan. */
  write(plan: WorkbookPlan): void {
    for (const step of plan.steps) {
      this.apply(step);
      this.log.push(step);
    }
  }

  /** What turns the workbook as read into the workbook now: net cell edits, added and removed parts. */
  netPlan(): WorkbookPlan {
    return netPlan(this.log);
  }

  private need(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet “${name}”.`);
    return s;
  }

  private apply(step: PlanStep): void {
    switch (step.kind) {
      case 'cells': {
        const s = this.need(step.sheet);
        for (const e of step.edits) writeEdit(s, e);
        return;
      }
      case 'addSheet': {
        const s = memorySheet({ name: step.sheet, top: 1, left: 1, values: [], merges: [...(step.merges ?? [])], tables: [], hiddenRows: [] }, { created: true });
        for (const c of step.cells) writeNewCell(s, c);
        for (const w of step.columnWidths ?? []) s.columnWidths.set(w.col, w.width);
        for (const h of step.rowHeights ?? []) s.rowHeights.set(h.row, h.height);
        if (step.page !== undefined) s.page = structuredClone(step.page);
        const after = step.after ? this.sheets.findIndex((x) => lower(x.snapshot.name) === lower(step.after!)) : -1;
        this.sheets.splice(after >= 0 ? after + 1 : this.sheets.length, 0, s);
        return;
      }
      case 'removeSheet': {
        const i = this.sheets.findIndex((x) => lower(x.snapshot.name) === lower(step.sheet));
        if (i >= 0) this.sheets.splice(i, 1);
        return;
      }
      case 'defineName':
        this.names.push({ key: step.key, target: step.target, ...(step.comment !== undefined ? { comment: step.comment } : {}) });
        return;
      case 'removeName': {
        const i = this.names.findIndex((n) => lower(n.key.name) === lower(step.key.name) && (n.key.scope ?? '') === (step.key.scope ?? ''));
        if (i >= 0) this.names.splice(i, 1);
        return;
      }
      case 'addValidation':
        this.need(step.sheet).validations.push({ range: step.range, list: step.list, alert: step.alert });
        return;
      case 'removeValidation': {
        const s = this.need(step.sheet);
        s.validations = s.validations.filter((v) => !sameRange(v.range, step.range));
        return;
      }
      case 'addConditionalRules':
        this.need(step.sheet).rules.push(...step.rules.map((rule) => ({ tag: step.tag, rule })));
        return;
      case 'removeConditionalRules': {
        const s = this.need(step.sheet);
        s.rules = s.rules.filter((r) => r.tag !== step.tag);
        return;
      }
      case 'columnWidth': {
        const s = this.need(step.sheet);
        if (step.width === null) s.columnWidths.delete(step.col);
        else s.columnWidths.set(step.col, step.width);
        return;
      }
    }
  }
}

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export function cellState(s: MemorySheet, row: number, col: number): FoundCell {
  const snap = s.snapshot;
  const r = row - snap.top;
  const c = col - snap.left;
  const v = snap.values[r]?.[c];
  const key = a1(row, col);
  return {
    value: v === undefined || v === '' ? null : v,
    formula: snap.formulas?.[r]?.[c] ?? null,
    numFmt: snap.numFmt?.[r]?.[c] ?? 'General',
    italic: snap.italic?.[r]?.[c] ?? false,
    fontName: s.fonts.get(key) ?? '',
    bold: s.bold.has(key),
    fill: s.fills.get(key) ?? null,
    locked: !s.unlocked.has(key),
  };
}

/** Write a value (a formula in the snapshot is replaced) and the formats an edit sets. */
export function writeCell(s: MemorySheet, row: number, col: number, w: CellWrite): void {
  const snap = s.snapshot;
  const r = row - snap.top;
  const c = col - snap.left;
  if (r < 0 || c < 0) throw new Error(`Cell ${a1(row, col)} is outside the sheet's snapshot.`);
  while (snap.values.length <= r) snap.values.push([]);
  const cells = snap.values[r]!;
  while (cells.length < c) cells.push(null);
  cells[c] = w.value;
  if (w.formula !== undefined) {
    snap.formulas ??= [];
    (snap.formulas[r] ??= [])[c] = w.formula;
  } else {
    const f = snap.formulas?.[r];
    if (f && f[c] != null) f[c] = null;
  }
  if (w.numFmt !== undefined) {
    if (w.numFmt === 'General') {
      const fmtRow = snap.numFmt?.[r];
      if (fmtRow) delete fmtRow[c];
    } else {
      snap.numFmt ??= [];
      (snap.numFmt[r] ??= [])[c] = w.numFmt;
    }
  }
  if (w.italic !== undefined) {
    snap.italic ??= [];
    (snap.italic[r] ??= [])[c] = w.italic;
  }
  const key = a1(row, col);
  if (w.fontName !== undefined) s.fonts.set(key, w.fontName);
  if (w.bold === true) s.bold.add(key);
  else if (w.bold === false) s.bold.delete(key);
  if (typeof w.fill === 'string') s.fills.set(key, w.fill);
  else if (w.fill === null) s.fills.delete(key);
}

/** What a write puts in a cell: a value (or a formula, whose value a spreadsheet computes) and formats. */
interface CellWrite {
  value: RawValue;
  formula?: string;
  numFmt?: string;
  italic?: boolean;
  fontName?: string;
  bold?: boolean;
  fill?: string | null;
}

function writeEdit(s: MemorySheet, e: CellEdit): void {
  if (e.clear) {
    // Back to a blank cell in the sheet's default format.
    writeCell(s, e.row, e.col, { value: null, numFmt: 'General', italic: false, bold: false, fill: null });
    s.fonts.delete(a1(e.row, e.col));
    s.looks.delete(a1(e.row, e.col));
    return;
  }
  const { value, formula, numFmt, italic, fontName, bold, fill } = e;
  writeCell(s, e.row, e.col, { value: formula !== undefined ? null : value, formula, numFmt, italic, fontName, bold, fill });
}

/** A new sheet's cell: a formula's value is unknown until a spreadsheet computes it. */
function writeNewCell(s: MemorySheet, c: NewCell): void {
  const value = c.formula !== undefined ? null : (c.value ?? null);
  writeCell(s, c.row, c.col, { value, numFmt: c.numFmt, italic: c.italic, fontName: c.fontName, bold: c.bold, fill: c.fill, ...(c.formula !== undefined ? { formula: c.formula } : {}) });
  const look: MemoryLook = {};
  for (const field of LOOK_FIELDS) if (c[field] !== undefined) (look as Record<string, unknown>)[field] = c[field];
  if (Object.keys(look).length > 0) s.looks.set(a1(c.row, c.col), look);
}
