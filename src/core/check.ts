/**
 * The checker's entry point: a sheet snapshot in, a report out. Pure: no host, no I/O.
 */
import { a1 } from './address';
import { isoToday } from './dates';
import type { CellEdit, Finding, Lang, Role, RowReport, SheetReport, TableReport } from './report';
import { ROLES } from './report';
import type { SheetSnapshot } from './snapshot';
import type { Schedule } from './parse/schedule';
import { parseTime } from './parse/time';
import { parseUnits } from './parse/owners';
import { parseProducts } from './parse/products';
import { parseStatus } from './parse/status';
import { RULES, ruleById, ruleOrder } from './rules';
import { memoize } from './memo';
import { readableText } from './text/readable';
import type { ProposedEdit, ReportDescriptor, Rule, RuleContext, SheetContext, TextCells, UnitEntry } from './rules/types';
import { detectTable, type TableLayout } from './table/detect';
import { Grid, isDateFormat } from './table/grid';
import { readPlan, type PlanInfo } from './table/plan';
import { TableRows, type RowModel } from './table/rows';
import { lostOf, scoreSheet } from './score/rows';
import { DEFAULT_DUE_SOON_DAYS, FLAG, flagOf, trackedDeadline } from './tracking/due';

export interface CheckOptions {
  lang?: Lang;
  /** Plan date (ISO) to use instead of the one read from the title lines. */
  planDate?: string | null;
  /** Date (ISO) that overdue is judged against; default today. */
  asOf?: string;
  /** The workbook's own unit list, when it has one. */
  units?: UnitEntry[];
  /** Days ahead that count as "due soon". */
  dueSoonDays?: number;
  /** The table as the reader already found it in these cells (undefined: find it here). */
  layout?: TableLayout | null;
}

/** Everything the checker worked out about a sheet; the report is one view of it. */
export interface SheetAnalysis {
  grid: Grid;
  layout: TableLayout | null;
  rows: TableRows | null;
  plan: PlanInfo | null;
  asOf: string;
  report: SheetReport;
  /** A table row's schedule as the checker read it (own, merged down or inherited); null when none. */
  schedule(row: number): Schedule | null;
}

export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions = {}): SheetReport {
  return analyzeSheet(snapshot, options).report;
}

export function analyzeSheet(snapshot: SheetSnapshot, options: CheckOptions = {}): SheetAnalysis {
  const lang = options.lang ?? 'vi';
  const asOf = options.asOf ?? isoToday();
  const grid = new Grid(snapshot);
  const findings: Finding[] = [];
  const layout = options.layout !== undefined ? options.layout : detectTable(grid);
  if (!layout) {
    const rule = ruleById('table-not-found')!;
    findings.push(makeFinding(rule, { data: { sheet: snapshot.name } }, grid, null, lang));
    return { grid, layout, rows: null, plan: null, asOf, report: { sheet: snapshot.name, planDate: null, table: null, findings, rows: [] }, schedule: () => null };
  }
  const plan = readPlan(layout.titleLines, options.planDate, asOf);
  const rows = new TableRows(grid, layout);
  const ctx = makeContext(grid, layout, rows, plan, asOf, lang, options.units);
  const roleByCol = new Map<number, Role>();
  for (const [role, col] of layout.columns) roleByCol.set(col, role);
  for (const rule of RULES) {
    if (rule.scope === 'sheet') continue;
    // Each rule reports through its own view of the context, so findings carry the rule's code.
    const ruleCtx: RuleContext = Object.create(ctx, {
      report: { value: (d: ReportDescriptor) => findings.push(makeFinding(rule, d, grid, roleByCol, lang)) },
    });
    rule.check(ruleCtx);
  }
  findings.sort(compareFindings);
  const report: SheetReport = {
    sheet: snapshot.name,
    planDate: plan.date,
    planYear: plan.year,
    table: tableReport(layout),
    findings,
    rows: rows.rows.map((m) => rowReport(ctx, m, asOf, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)),
  };
  const schedule = (row: number) => {
    const m = rows.get(row);
    return m ? ctx.effectiveSchedule(m) : null;
  };
  return { grid, layout, rows, plan, asOf, report, schedule };
}

function makeContext(
  grid: Grid,
  layout: TableLayout,
  rows: TableRows,
  plan: PlanInfo,
  asOf: string,
  lang: Lang,
  units: UnitEntry[] | undefined,
): SheetContext {
  const own: (Schedule | null | undefined)[] = [];
  const timeCol = layout.columns.get('time');
  const ownSchedule = (m: RowModel): Schedule | null => {
    if (timeCol === undefined || !m.has.time) return null;
    const i = m.row - layout.firstRow;
    let s = own[i];
    if (s === undefined) {
      const v = grid.value(m.row, timeCol);
      const cell = grid.merge(m.row, timeCol);
      const fmt = grid.numFmt(cell?.top ?? m.row, cell?.left ?? timeCol);
      const input = typeof v === 'string' ? readableText(v) : v;
      s = typeof input === 'number' || typeof input === 'string' ? parseTime(input, { planYear: plan.year }, typeof input === 'number' && isDateFormat(fmt)) : null;
      own[i] = s;
    }
    return s;
  };
  let textCells: TextCells | null = null;
  return {
    grid,
    lang,
    layout,
    rows,
    plan,
    asOf,
    units,
    get textCells() {
      return (textCells ??= collectTextCells(grid, layout));
    },
    get scores() {
      return scoreSheet(rows);
    },
    ownSchedule,
    effectiveSchedule(m) {
      const stating = rows.statingRow(m, 'time');
      return stating ? ownSchedule(stating) : null;
    },
  };
}

function collectTextCells(grid: Grid, layout: TableLayout): TextCells {
  const rows: number[] = [];
  const cols: number[] = [];
  const texts: string[] = [];
  const hasFormulas = grid.snapshot.formulas !== undefined;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    for (let c = layout.left; c <= layout.right; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== 'string' || (hasFormulas && grid.formula(r, c))) continue;
      rows.push(r);
      cols.push(c);
      texts.push(v);
    }
  }
  return { length: texts.length, rows: Int32Array.from(rows), cols: Int32Array.from(cols), texts };
}

function makeFinding(rule: Rule, d: ReportDescriptor, grid: Grid, roleByCol: Map<number, Role> | null, lang: Lang): Finding {
  const row = d.row ?? null;
  const col = d.col ?? null;
  const data = d.data ?? {};
  const finding: Finding = {
    code: rule.id,
    severity: rule.severity,
    cell: row !== null && col !== null ? a1(row, col) : null,
    row,
    column: d.role ?? (col !== null ? (roleByCol?.get(col) ?? null) : null),
    message: rule.message[lang](data),
    fix: d.fix && d.fix.length && rule.fixLabel ? { label: rule.fixLabel[lang], edits: d.fix.map((e) => toCellEdit(e, grid)) } : null,
  };
  if (d.data) finding.data = d.data;
  // A filter or the user hid the row: say so, the jump will land on a row nobody sees.
  if (row !== null && grid.isHidden(row)) finding.data = { ...finding.data, hiddenRow: true };
  return finding;
}

function toCellEdit(e: ProposedEdit, grid: Grid): CellEdit {
  const edit: CellEdit = { cell: a1(e.row, e.col), row: e.row, col: e.col, value: e.value === '' ? null : e.value, before: grid.raw(e.row, e.col) };
  if (e.numFmt !== undefined) {
    edit.numFmt = e.numFmt;
    edit.beforeNumFmt = grid.numFmt(e.row, e.col);
  }
  if (e.italic !== undefined) {
    edit.italic = e.italic;
    edit.beforeItalic = grid.italic(e.row, e.col);
  }
  // The snapshot does not carry fonts: the host records the name it replaces when it applies the edit.
  if (e.fontName !== undefined) edit.fontName = e.fontName;
  if (e.append !== undefined) edit.append = e.append;
  if (e.formula !== undefined) edit.formula = e.formula;
  // A formula the edit replaces is what an undo puts back, and what the conflict check compares.
  const formula = grid.formula(e.row, e.col);
  if (formula !== null) edit.beforeFormula = formula;
  return edit;
}

function compareFindings(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || cellCol(a) - cellCol(b) || ruleOrder(a.code) - ruleOrder(b.code);
}

function cellCol(f: Finding): number {
  const m = f.cell ? /^[A-Z]+/.exec(f.cell)![0] : '';
  return m.length * 100 + (m.charCodeAt(0) || 0) + (m.charCodeAt(1) || 0) / 100;
}

function tableReport(layout: TableLayout): TableReport {
  const columns = {} as Record<Role, string | null>;
  for (const role of ROLES) {
    const c = layout.columns.get(role);
    columns[role] = c === undefined ? null : a1(1, c).replace(/\d+$/, '');
  }
  return { headerRow: layout.headerRow, firstRow: layout.firstRow, lastRow: layout.lastRow, columns };
}

const TRACKED = new Set(['item', 'detail']);
const unitsOf = memoize(parseUnits);
const productsOf = (s: string) => parseProducts(s).products;

function rowReport(ctx: SheetContext, m: RowModel, asOf: string, window: number): RowReport {
  const tracked = TRACKED.has(m.kind);
  const pick = (role: Role) => (tracked ? ctx.rows.effectiveText(m, role) : m.has[role] ? ctx.rows.cellText(m.row, role) : '');
  const schedule = m.kind === 'blank' || m.kind === 'continuation' || m.kind === 'total' ? null : tracked ? ctx.effectiveSchedule(m) : ctx.ownSchedule(m);
  const statusText = ctx.rows.cellText(m.row, 'status');
  const status = statusText ? (parseStatus(statusText) ?? null) : null;
  const deadline = schedule?.deadlines[0] ?? null;
  const score = ctx.scores.get(m.row);
  return {
    row: m.row,
    kind: m.kind,
    stt: m.stt.kind === 'none' ? null : m.stt.text,
    owners: unitsOf(pick('owner')),
    products: productsOf(pick('product')),
    deadline,
    recurrence: schedule?.recurrence ?? null,
    status,
    overdue: m.kind === 'item' ? isOverdue(schedule, status, asOf) : null,
    dueSoon: m.kind === 'item' ? isDueSoon(schedule, status, asOf, window) : null,
    maxScore: score?.max?.points ?? null,
    selfScore: score?.self?.points ?? null,
    appraisedScore: score?.appraised?.points ?? null,
    lost: score ? lostOf(score) : null,
    selfGap: score?.selfGap ?? null,
  };
}

/** Due soon: not done, and due (a recurring row: its next due date) within `window` days from the as-of date. */
export function isDueSoon(schedule: Schedule | null, status: RowReport['status'], asOf: string, window: number): boolean | null {
  if (!schedule || schedule.kind === 'empty' || schedule.kind === 'unparsed') return null;
  const deadline = trackedDeadline(schedule);
  return deadline !== null && flagOf(status ?? 'not-done', deadline, asOf, window) === FLAG.dueSoon;
}

/** Overdue: a deadline strictly before the as-of date and not done. Recurring and open-ended rows never are by themselves. */
export function isOverdue(schedule: Schedule | null, status: RowReport['status'], asOf: string): boolean | null {
  if (!schedule || schedule.kind === 'empty' || schedule.kind === 'unparsed') return null;
  const first = schedule.deadlines[0];
  if (!first || schedule.recurrence) return false;
  return status !== 'done' && first < asOf;
}

