/**
 * A workbook plan: data that says what to write into a workbook, carried out by a host (Excel through
 * Office.js, the .xlsx package, the preview). Every step says what it replaces, so that the core can
 * derive the exact undo of a plan and "remove what we added" without asking the host to remember.
 *
 * Steps are applied in order; a plan is applied all or nothing (a host that cannot apply a step refuses
 * the plan before writing anything, and cell steps are conflict-checked against what was read).
 *
 * Formulas are written as Excel's English, comma-separated text starting with "=" ("=IF(A1>0,1,0)"), the
 * form Office.js `range.formulas` takes; the .xlsx writer adds the `_xlfn.` prefixes the file format needs.
 */
import type { CellEdit } from '../report';
import type { CellRange } from '../snapshot';

/** A cell's look that a plan may set; an absent field keeps what the cell has. */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  /** Solid fill as RGB hex ("FFC7CE"); null removes the fill. */
  fill?: string | null;
  horizontal?: 'left' | 'center' | 'right';
  /** Vertical alignment (a wrapped line of several rows reads from the top). */
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Font size in points (the plan sheets: 11–14 pt under ND30). */
  fontSize?: number;
  underline?: boolean;
  /** A thin border on all four sides (the cells of a printed table). */
  border?: boolean;
}

/**
 * How a sheet the plan adds prints: paper, orientation, margins, the rows repeated on every page, and
 * page numbers. Only A4 is used (Vietnamese administrative documents, ND30).
 */
export interface PageSetup {
  orientation: 'portrait' | 'landscape';
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Shrink to one page wide (as many pages tall as needed). */
  fitToWidth?: boolean;
  /** 1-based rows repeated at the top of every printed page (a table's header). */
  printTitleRows?: { first: number; last: number };
  /** Page number centred in the header, from this page on (ND30: 2 — none on the first page). */
  pageNumbersFrom?: 1 | 2;
}

/** One cell written on a sheet the plan creates: nothing to replace there, so no `before`. */
export interface NewCell extends CellStyle {
  row: number;
  col: number;
  /** A value, or a formula ("=…"); a formula wins when both are given. */
  value?: string | number | boolean | null;
  formula?: string;
}

/** Where a defined name lives: the workbook, or one sheet (a sheet-scoped name). */
export interface NameKey {
  name: string;
  /** Sheet name for a sheet-scoped name, null for a workbook name. */
  scope: string | null;
}

export interface SheetArea {
  sheet: string;
  range: CellRange;
}

/** An in-cell list: the cells of a defined name, or a short fixed list. */
export type ListSource = { name: string } | { values: string[] };

export interface ValidationAlert {
  /** "information" lets other values in (an owner cell may name several units); "stop" refuses them. */
  style: 'information' | 'warning' | 'stop';
  title: string;
  message: string;
}

/**
 * A conditional format the add-in owns: an expression rule (true → the format applies) over some ranges.
 * The formula carries the tag of the feature that owns it (see `taggedFormula`: `N("tag")=0` is always
 * true), so that every host can find and remove exactly the add-in's rules and never a user's. One
 * feature's rules (one tag on one sheet) are always added together and removed together.
 */
export interface ConditionalRule {
  ranges: CellRange[];
  /** Formula relative to the top-left cell of the first range, "=…", built with `taggedFormula`. */
  formula: string;
  /** Solid fill as RGB hex ("FFC7CE"). */
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

/**
 * A chart on a sheet the plan adds (Excel hosts only: a host that cannot draw one says so through
 * `WorkbookAdapter.drawsCharts`, and the core leaves it out of the plan). It goes with its sheet.
 */
export interface SheetChart {
  /** Clustered bars, one per row of `source` (first column: the labels; second: the values). */
  type: 'bar';
  source: CellRange;
  title: string;
  /** The cells it covers. */
  at: CellRange;
}

export type PlanStep =
  /**
   * Change cells of a sheet that exists before the plan (a sheet the plan adds brings its cells with it):
   * each edit carries `before`, checked before anything is written.
   */
  | { kind: 'cells'; sheet: string; edits: CellEdit[] }
  /** Add a sheet (after the last one unless `after` names a sheet); refused when the name is taken. */
  | {
      kind: 'addSheet';
      sheet: string;
      after?: string;
      cells: NewCell[];
      columnWidths?: { col: number; width: number }[];
      /** Row heights in points, for rows whose wrapped text Excel would not size (merged cells). */
      rowHeights?: { row: number; height: number }[];
      merges?: CellRange[];
      charts?: SheetChart[];
      page?: PageSetup;
    }
  /** Remove a sheet the add-in created (the inverse of addSheet, with what it held to put it back). */
  | { kind: 'removeSheet'; sheet: string; restore: Omit<Extract<PlanStep, { kind: 'addSheet' }>, 'kind'> }
  /** Define a name over cells; refused when it exists (the inverse removes it). */
  | { kind: 'defineName'; key: NameKey; target: SheetArea; comment?: string }
  | { kind: 'removeName'; key: NameKey; restore: { target: SheetArea; comment?: string } }
  /** Add list validation; a host refuses ranges that already validate (never overwritten). */
  | { kind: 'addValidation'; sheet: string; range: CellRange; list: ListSource; alert: ValidationAlert }
  | { kind: 'removeValidation'; sheet: string; range: CellRange; restore: { list: ListSource; alert: ValidationAlert } }
  /** Add one feature's conditional rules, in priority order (the first wins). */
  | { kind: 'addConditionalRules'; sheet: string; tag: string; rules: ConditionalRule[] }
  /** Remove every conditional rule on the sheet carrying the tag (the user's rules are never touched). */
  | { kind: 'removeConditionalRules'; sheet: string; tag: string; restore: ConditionalRule[] }
  /** Column width in characters (the file's unit); null is the sheet's default width. */
  | { kind: 'columnWidth'; sheet: string; col: number; width: number | null; before: number | null };

export interface WorkbookPlan {
  steps: PlanStep[];
}

/** The marker of the add-in's conditional rules, and a rule formula carrying it. */
export function taggedFormula(tag: string, formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return `=AND(N("${tag}")=0,${body})`;
}

/** The formula carries the tag, however Excel hands it back (respaced, recased). */
export function hasTag(formula: string, tag: string): boolean {
  return formula.replace(/\s+/g, '').toUpperCase().includes(`N("${tag.toUpperCase()}")`);
}

/**
 * The existing sheet whose content a step changes (its protection matters), or null: a sheet the plan
 * adds is not protected, one it removes need not be open, a name lives in the workbook.
 */
export function sheetChangedBy(step: PlanStep): string | null {
  switch (step.kind) {
    case 'cells':
    case 'addValidation':
    case 'removeValidation':
    case 'addConditionalRules':
    case 'removeConditionalRules':
    case 'columnWidth':
      return step.sheet;
    default:
      return null;
  }
}
