/**
 * The `cchc` command against its contract (see docs/domain.md, "Contracts", and the command spec):
 * `check` (readable and --json), `fix` (only the safe fixes, everything else kept exactly), exit codes
 * 0/1/2 and one-line Vietnamese messages for unusable inputs.
 *
 * Most tests call `main(argv, io)` in-process; a few spawn `node bin/cchc.js` to check real exit codes
 * and stderr of the bundled tool.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import {
  type BadInputs,
  type ContinuationFixture,
  type DateCellsFixture,
  type ExcelTableFixture,
  type FixFixture,
  type LegacyFixture,
  type MergedOwnerFixture,
  type NumericSttFixture,
  type StatusFixture,
  type TitleMergedFixture,
  type TwoRowHeaderFixture,
  type TwoSheetsFixture,
  type TwoTablesFixture,
  buildBadInputs,
  buildContinuation,
  buildDateCells,
  buildEmptySheet,
  buildExcelTable,
  buildFixWorkbook,
  buildLegacyText,
  buildMergedOwner,
  buildNumericStt,
  buildSeedAppendix,
  buildStatus,
  buildTitleMerged,
  buildTwoRowHeader,
  buildTwoSheets,
  buildTwoTables,
  makeTempDir,
} from './fixtures/workbooks';

// ---------------------------------------------------------------------------------------------------------
// Types of the JSON contract (written out here on purpose: the test must not import what it checks)

const ROLE_KEYS = [
  'stt',
  'criterion',
  'cause',
  'solution',
  'owner',
  'coordinator',
  'product',
  'time',
  'status',
  'maxScore',
  'selfScore',
  'appraisedScore',
  'lostScore',
  'note',
] as const;

interface JFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  cell: string | null;
  row: number | null;
  column: string | null;
  message: string;
  fix: { label: string; edits: JEdit[] } | null;
}
interface JEdit {
  cell: string;
  value: string | number | null;
  before: unknown;
  numFmt?: string;
}
interface JRow {
  row: number;
  kind: string;
  stt: string | null;
  owners: string[];
  products: string[];
  deadline: string | null;
  recurrence: 'monthly' | 'quarterly' | 'yearly' | null;
  status: 'done' | 'in-progress' | 'not-done' | null;
  overdue: boolean | null;
}
interface JSheet {
  sheet: string;
  planDate: string | null;
  table: { headerRow: number; firstRow: number; lastRow: number; columns: Record<string, string | null> } | null;
  findings: JFinding[];
  rows: JRow[];
}
interface JCheck {
  file: string;
  sheets: JSheet[];
}
interface JFix {
  file: string;
  out: string;
  codes: string[];
  sheets: { sheet: string; edits: JEdit[] }[];
}

// ---------------------------------------------------------------------------------------------------------
// Running the command

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

async function checkJson(...argv: string[]): Promise<{ code: number; json: JCheck; stderr: string }> {
  const r = await run('check', ...argv, '--json');
  let json: JCheck;
  try {
    json = JSON.parse(r.stdout) as JCheck;
  } catch {
    throw new Error(`check --json did not print JSON (exit ${r.code}): stdout=${JSON.stringify(r.stdout.slice(0, 300))} stderr=${JSON.stringify(r.stderr)}`);
  }
  return { code: r.code, json, stderr: r.stderr };
}

function onlySheet(json: JCheck): JSheet {
  expect(json.sheets).toHaveLength(1);
  return json.sheets[0]!;
}

function rowOf(s: JSheet, row: number): JRow {
  const r = s.rows.find((x) => x.row === row);
  if (!r) throw new Error(`no row ${row} in the report (rows: ${s.rows.map((x) => x.row).join(', ')})`);
  return r;
}

const codesAt = (s: JSheet, row: number) => s.findings.filter((f) => f.row === row).map((f) => f.code);
const errors = (s: JSheet) => s.findings.filter((f) => f.severity === 'error');

/** A message for a user: one line, Vietnamese (has Vietnamese letters), no stack trace. */
function expectOneVietnameseLine(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  expect(lines, `stderr: ${JSON.stringify(stderr)}`).toHaveLength(1);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(lines[0]).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
  expect(stderr).not.toMatch(/^\s*at /m);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
}

// ---------------------------------------------------------------------------------------------------------
// Reading workbooks back

async function loadWb(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

interface CellState {
  value: unknown;
  formula: string | undefined;
  style: unknown;
  numFmt: string | undefined;
  note: unknown;
  dataValidation: unknown;
}

const plain = (x: unknown): unknown => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

function cellState(ws: ExcelJS.Worksheet, r: number, c: number): CellState {
  const cell = ws.getCell(r, c);
  return {
    value: cell.value,
    formula: cell.formula,
    style: plain(cell.style ?? {}),
    numFmt: cell.numFmt,
    note: plain(cell.note),
    dataValidation: plain(cell.dataValidation),
  };
}

/** Sheet-level things `fix` must keep: tables, conditional formats, views, page setup, protection. */
function sheetLevel(ws: ExcelJS.Worksheet): unknown {
  const w = ws as unknown as { conditionalFormattings?: unknown; sheetProtection?: unknown; autoFilter?: unknown };
  return plain({
    tables: ws.getTables().map((t) => {
      const m = (t as unknown as { table?: Record<string, unknown> }).table ?? {};
      return { name: m.name, ref: m.tableRef ?? m.ref, columns: (m.columns as { name: string }[] | undefined)?.map((c) => c.name) };
    }),
    conditionalFormattings: w.conditionalFormattings ?? null,
    views: ws.views,
    pageSetup: ws.pageSetup,
    protection: w.sheetProtection ?? null,
    state: ws.state,
  });
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort();
}

function extent(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): { rows: number; cols: number } {
  return { rows: Math.max(a.rowCount, b.rowCount, 1), cols: Math.max(a.columnCount, b.columnCount, 1) };
}

/**
 * Compare two versions of one sheet: every cell not in `changed` must be identical (value, formula,
 * style, numFmt); merges, column widths and row heights identical. Returns the addresses that differ.
 */
function diffSheet(before: ExcelJS.Worksheet, after: ExcelJS.Worksheet, changed: ReadonlySet<string>): string[] {
  const diffs: string[] = [];
  const { rows, cols } = extent(before, after);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const addr = before.getCell(r, c).address;
      if (changed.has(addr)) continue;
      const x = cellState(before, r, c);
      const y = cellState(after, r, c);
      try {
        expect(y).toEqual(x);
      } catch {
        diffs.push(`${before.name}!${addr}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      }
    }
    if ((before.getRow(r).height ?? null) !== (after.getRow(r).height ?? null)) diffs.push(`${before.name} row ${r} height`);
  }
  for (let c = 1; c <= cols; c++) {
    if ((before.getColumn(c).width ?? null) !== (after.getColumn(c).width ?? null)) diffs.push(`${before.name} column ${c} width`);
  }
  try {
    expect(merges(after)).toEqual(merges(before));
  } catch {
    diffs.push(`${before.name} merges: ${merges(before).join(' ')} → ${merges(after).join(' ')}`);
  }
  try {
    expect(sheetLevel(after)).toEqual(sheetLevel(before));
  } catch {
    diffs.push(`${before.name} sheet settings: ${JSON.stringify(sheetLevel(before))} → ${JSON.stringify(sheetLevel(after))}`);
  }
  return diffs;
}

function definedNames(wb: ExcelJS.Workbook): unknown {
  return plain((wb.definedNames as unknown as { model: unknown }).model);
}

/** The style of a cell without what a fix may legitimately set (number format, italic). */
function styleSansFix(ws: ExcelJS.Worksheet, addr: string): unknown {
  const s = JSON.parse(JSON.stringify(ws.getCell(addr).style ?? {})) as Record<string, unknown>;
  delete s.numFmt;
  if (s.font && typeof s.font === 'object') delete (s.font as Record<string, unknown>).italic;
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures

const ROOT = join(__dirname, '..');
const dir = makeTempDir();
let f1: TitleMergedFixture;
let f2: TwoRowHeaderFixture;
let f3: MergedOwnerFixture;
let f4: NumericSttFixture;
let f5: LegacyFixture;
let f6: DateCellsFixture;
let f7: ExcelTableFixture;
let f8: ContinuationFixture;
let f9: StatusFixture;
let f10: TwoSheetsFixture;
let f7issues: ExcelTableFixture;
let f13: TwoTablesFixture;
let bad: BadInputs;
let emptySheet: string;
let fx: FixFixture;
let fxProtected: FixFixture;

beforeAll(async () => {
  f1 = await buildTitleMerged(dir);
  f2 = await buildTwoRowHeader(dir);
  f3 = await buildMergedOwner(dir);
  f4 = await buildNumericStt(dir);
  f5 = await buildLegacyText(dir);
  f6 = await buildDateCells(dir);
  f7 = await buildExcelTable(dir);
  f8 = await buildContinuation(dir);
  f9 = await buildStatus(dir);
  f10 = await buildTwoSheets(dir);
  f7issues = await buildExcelTable(dir, { withIssues: true });
  f13 = await buildTwoTables(dir);
  bad = await buildBadInputs(dir, f1.path);
  emptySheet = await buildEmptySheet(dir);
  fx = await buildFixWorkbook(dir);
  fxProtected = await buildFixWorkbook(dir, 'fix-protected.xlsx', { protect: true });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const AS_OF = ['--as-of', '2024-08-01'];

// ---------------------------------------------------------------------------------------------------------
// check --json: the report's shape

describe('check --json: shape of the report', () => {
  it('prints {file, sheets} with every key of SheetReport, finding and row, of the right types', async () => {
    const { code, json } = await checkJson(f4.path, ...AS_OF);
    expect(code).toBe(1);
    expect(Object.keys(json).sort()).toEqual(['file', 'sheets']);
    expect(json.file).toBe(f4.path);
    expect(Array.isArray(json.sheets)).toBe(true);
    const s = onlySheet(json) as unknown as Record<string, unknown>;
    for (const k of ['sheet', 'planDate', 'table', 'findings', 'rows']) expect(s, `SheetReport.${k}`).toHaveProperty(k);
    expect(typeof s.sheet).toBe('string');
    expect(s.planDate === null || (typeof s.planDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.planDate))).toBe(true);
    expect(s.planDate).toBe('2024-03-31');

    const t = s.table as Record<string, unknown>;
    expect(t).not.toBeNull();
    for (const k of ['headerRow', 'firstRow', 'lastRow', 'columns']) expect(t, `table.${k}`).toHaveProperty(k);
    for (const k of ['headerRow', 'firstRow', 'lastRow']) expect(Number.isInteger(t[k]), `table.${k} is an integer`).toBe(true);
    const cols = t.columns as Record<string, unknown>;
    expect(Object.keys(cols).sort()).toEqual([...ROLE_KEYS].sort());
    for (const k of ROLE_KEYS) expect(cols[k] === null || (typeof cols[k] === 'string' && /^[A-Z]{1,3}$/.test(cols[k] as string)), `columns.${k}`).toBe(true);

    const findings = s.findings as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const k of ['code', 'severity', 'cell', 'row', 'column', 'message', 'fix']) expect(f, `finding.${k}`).toHaveProperty(k);
      expect(f.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.cell === null || (typeof f.cell === 'string' && /^[A-Z]{1,3}\d+$/.test(f.cell))).toBe(true);
      expect(f.row === null || Number.isInteger(f.row)).toBe(true);
      expect(f.column === null || (ROLE_KEYS as readonly unknown[]).includes(f.column)).toBe(true);
      expect(typeof f.message).toBe('string');
      expect((f.message as string).length).toBeGreaterThan(0);
      expect(f.fix === null || (typeof f.fix === 'object' && Array.isArray((f.fix as { edits: unknown }).edits))).toBe(true);
    }

    const rows = s.rows as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      for (const k of ['row', 'kind', 'stt', 'owners', 'products', 'deadline', 'recurrence', 'status', 'overdue']) expect(r, `row.${k}`).toHaveProperty(k);
      expect(Number.isInteger(r.row)).toBe(true);
      expect(['section', 'group', 'item', 'detail', 'continuation', 'total', 'blank']).toContain(r.kind);
      expect(r.stt === null || typeof r.stt === 'string').toBe(true);
      expect(Array.isArray(r.owners) && (r.owners as unknown[]).every((o) => typeof o === 'string')).toBe(true);
      expect(Array.isArray(r.products) && (r.products as unknown[]).every((o) => typeof o === 'string')).toBe(true);
      expect(r.deadline === null || (typeof r.deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.deadline))).toBe(true);
      expect([null, 'monthly', 'quarterly', 'yearly']).toContain(r.recurrence);
      expect([null, 'done', 'in-progress', 'not-done']).toContain(r.status);
      expect([null, true, false]).toContain(r.overdue);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// check: table layouts

describe('check: finding the table', () => {
  it('1. merged title lines + one-row header: plan date from "(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2024 …)"', async () => {
    const { code, json } = await checkJson(f1.path, ...AS_OF);
    const s = onlySheet(json);
    expect(s.sheet).toBe(f1.sheet);
    expect(s.planDate).toBe(f1.planDate);
    expect(s.table).toMatchObject({ headerRow: f1.headerRow, firstRow: f1.firstRow, lastRow: f1.lastRow });
    expect(s.table!.columns).toMatchObject({ stt: 'A', criterion: 'B', owner: 'C', product: 'D', time: 'E', coordinator: null, status: null });
    expect(errors(s)).toEqual([]);
    expect(code).toBe(0);
    // No title line is read as a data row or a finding.
    expect(s.rows.every((r) => r.row >= f1.firstRow)).toBe(true);
    expect(s.findings.every((f) => f.row === null || f.row >= f1.headerRow)).toBe(true);
  });

  it('1. without --json prints a readable Vietnamese report grouped by kind with counts', async () => {
    const clean = await run('check', f1.path, ...AS_OF);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toContain(`Tệp: ${f1.path}`);
    expect(clean.stdout).toContain(`Trang “${f1.sheet}”`);
    expect(clean.stdout).toMatch(/Tổng cộng: 0 lỗi/);

    const r = await run('check', f4.path, ...AS_OF);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Lỗi \(2\)$/m);
    expect(r.stdout).toMatch(/stt-number-coerced \(2\)/);
    expect(r.stdout).toContain('A6');
    expect(r.stdout).toContain('A8');
    expect(r.stdout).toMatch(/Tổng cộng: 2 lỗi/);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('--lang en prints the readable report in English', async () => {
    const r = await run('check', f4.path, ...AS_OF, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`File: ${f4.path}`);
    expect(r.stdout).toMatch(/Total: 2 errors/);
  });

  it('2. two-row header with merged groups: owner/coordinator under "Đơn vị thực hiện", headerRow = second header row', async () => {
    const { code, json } = await checkJson(f2.path, ...AS_OF);
    const s = onlySheet(json);
    expect(s.table).not.toBeNull();
    expect(s.table!.headerRow).toBe(f2.headerRow);
    expect(s.table!.firstRow).toBe(f2.firstRow);
    expect(s.table!.columns).toMatchObject({ stt: 'A', criterion: 'B', owner: 'C', coordinator: 'D', product: 'E', time: 'F' });
    // The header rows are not data.
    expect(s.rows.map((r) => r.row)).toEqual([6, 7, 8]);
    expect(rowOf(s, 6).owners).toEqual(['Văn phòng']);
    expect(s.findings.filter((f) => f.code === 'column-missing' && (f.column === 'owner' || f.column === 'coordinator'))).toEqual([]);
    expect(code).toBe(0);
  });

  it('3. an owner typed once and merged down over three tasks belongs to all three', async () => {
    const { code, json } = await checkJson(f3.path, ...AS_OF);
    const s = onlySheet(json);
    for (const r of f3.mergedRows) {
      expect(codesAt(s, r), `row ${r}`).not.toContain('owner-missing');
      expect(rowOf(s, r).owners, `row ${r}`).toEqual([f3.owner]);
    }
    expect(s.findings.filter((f) => f.code === 'owner-missing')).toEqual([]);
    expect(code).toBe(0);
  });

  it('7. an Excel Table object: found, header row = the table header row', async () => {
    const { code, json } = await checkJson(f7.path, ...AS_OF);
    const s = onlySheet(json);
    expect(s.table).toMatchObject({ headerRow: f7.headerRow, firstRow: f7.firstRow, lastRow: f7.lastRow });
    expect(s.table!.columns).toMatchObject(f7.columns);
    expect(s.planDate).toBe('2024-04-01');
    expect(s.rows.map((r) => r.stt)).toEqual(['1', '2', '3']);
    expect(errors(s)).toEqual([]);
    expect(code).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// check: findings

describe('check: findings', () => {
  it('4. STT 1.1 and 2.4 stored as numbers → stt-number-coerced (error) with a fix to text "1.1" / numFmt "@"; integers are fine', async () => {
    const { code, json } = await checkJson(f4.path, ...AS_OF);
    const s = onlySheet(json);
    const coerced = s.findings.filter((f) => f.code === 'stt-number-coerced');
    expect(coerced.map((f) => f.cell).sort()).toEqual(f4.coerced.map((c) => c.cell).sort());
    for (const { cell, text } of f4.coerced) {
      const f = coerced.find((x) => x.cell === cell)!;
      expect(f.severity).toBe('error');
      expect(f.column).toBe('stt');
      expect(f.row).toBe(Number(cell.slice(1)));
      expect(f.fix).not.toBeNull();
      expect(f.fix!.edits).toHaveLength(1);
      expect(f.fix!.edits[0]).toMatchObject({ cell, value: text, numFmt: '@' });
      expect(typeof f.fix!.edits[0]!.value).toBe('string');
      expect(rowOf(s, f.row!).stt).toBe(text);
    }
    for (const cell of f4.integers) expect(s.findings.filter((f) => f.cell === cell && f.code.startsWith('stt-'))).toEqual([]);
    expect(rowOf(s, 5).stt).toBe('1');
    expect(code).toBe(1);
  });

  it('5. TCVN3 text ("V¨n phßng", "B¸o c¸o", "Th¸ng 6") → text-legacy-encoding with the Unicode text as fix', async () => {
    const { code, json } = await checkJson(f5.path, ...AS_OF);
    const s = onlySheet(json);
    const legacy = s.findings.filter((f) => f.code === 'text-legacy-encoding');
    expect(legacy.map((f) => f.cell).sort()).toEqual(Object.keys(f5.legacy).sort());
    for (const f of legacy) {
      const [from, to] = f5.legacy[f.cell!]!;
      expect(f.severity).toBe('error');
      expect(f.fix!.edits).toEqual([expect.objectContaining({ cell: f.cell, before: from, value: to })]);
    }
    // Unicode text in the same columns is left alone.
    expect(s.findings.filter((f) => f.code === 'text-legacy-encoding' && f.row === 6)).toEqual([]);
    expect(code).toBe(1);
  });

  it('6. real date cells in the time column → deadline is that date; overdue judged with --as-of', async () => {
    const { json } = await checkJson(f6.path, ...AS_OF);
    const s = onlySheet(json);
    for (const [row, iso] of Object.entries(f6.deadlines)) expect(rowOf(s, Number(row)).deadline).toBe(iso);
    expect(s.findings.filter((f) => ['time-unparsed', 'time-missing'].includes(f.code))).toEqual([]);
    expect(rowOf(s, 5).overdue).toBe(true); // 30/6/2024 < 1/8/2024, not done
    expect(rowOf(s, 6).overdue).toBe(false); // 15/9/2024

    // Strictly before: on the deadline itself the task is not overdue yet.
    const onDay = onlySheet((await checkJson(f6.path, '--as-of', '2024-06-30')).json);
    expect(rowOf(onDay, 5).overdue).toBe(false);
    const dayAfter = onlySheet((await checkJson(f6.path, '--as-of', '2024-07-01')).json);
    expect(rowOf(dayAfter, 5).overdue).toBe(true);
  });

  it('8. a continuation row → row-continuation warning on the lower row, no owner/product/time-missing for it', async () => {
    const { code, json } = await checkJson(f8.path, ...AS_OF);
    const s = onlySheet(json);
    const cont = s.findings.filter((f) => f.code === 'row-continuation');
    expect(cont).toHaveLength(1);
    expect(cont[0]!.row).toBe(f8.continuationRow);
    expect(cont[0]!.severity).toBe('warning');
    expect(codesAt(s, f8.continuationRow).filter((c) => /^(owner|product|time)-missing$/.test(c))).toEqual([]);
    expect(rowOf(s, f8.continuationRow).kind).toBe('continuation');
    expect(rowOf(s, f8.mainRow).kind).toBe('item');
    expect(errors(s)).toEqual([]);
    expect(code).toBe(0);
  });

  it('9. status + overdue with --as-of 2024-08-01: "Tháng 6" not done → true, "Hoàn thành" → false, "Hàng tháng" → false', async () => {
    const { json } = await checkJson(f9.path, ...AS_OF);
    const s = onlySheet(json);
    expect(s.table!.columns.status).toBe('F');
    const { notDoneJune, doneJune, monthly, blankJune, inProgressOctober } = f9.rows;
    expect(rowOf(s, notDoneJune)).toMatchObject({ deadline: '2024-06-30', status: 'not-done', overdue: true });
    expect(rowOf(s, doneJune)).toMatchObject({ deadline: '2024-06-30', status: 'done', overdue: false });
    expect(rowOf(s, monthly)).toMatchObject({ recurrence: 'monthly', status: 'in-progress', overdue: false });
    expect(rowOf(s, blankJune)).toMatchObject({ deadline: '2024-06-30', overdue: true }); // blank status = not done
    expect([null, 'not-done']).toContain(rowOf(s, blankJune).status);
    expect(rowOf(s, inProgressOctober)).toMatchObject({ deadline: '2024-10-31', status: 'in-progress', overdue: false });
    expect(s.findings.filter((f) => f.code === 'status-unknown')).toEqual([]);
  });

  it('9. the readable report counts overdue tasks as of --as-of', async () => {
    const r = await run('check', f9.path, ...AS_OF);
    expect(r.stdout).toMatch(/quá hạn tính đến 01\/08\/2024: 2\b/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// check: sheets

describe('check: sheets', () => {
  it('10. two sheets (table + notes) → one report, the table’s', async () => {
    const { code, json } = await checkJson(f10.path, ...AS_OF);
    const s = onlySheet(json);
    expect(s.sheet).toBe(f10.tableSheet);
    expect(s.table).not.toBeNull();
    expect(code).toBe(0);
  });

  it('10. --sheet NOTES → that sheet’s report with table-not-found, exit 1', async () => {
    const { code, json, stderr } = await checkJson(f10.path, '--sheet', f10.notesSheet, ...AS_OF);
    const s = onlySheet(json);
    expect(s.sheet).toBe(f10.notesSheet);
    expect(s.table).toBeNull();
    expect(s.findings.map((f) => f.code)).toContain('table-not-found');
    expect(s.findings.find((f) => f.code === 'table-not-found')!.severity).toBe('error');
    expect(s.rows).toEqual([]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('10. --sheet with the table sheet’s name → only that sheet', async () => {
    const { code, json } = await checkJson(f10.path, '--sheet', f10.tableSheet, ...AS_OF);
    expect(onlySheet(json).sheet).toBe(f10.tableSheet);
    expect(code).toBe(0);
  });

  it('10. --sheet naming no sheet → exit 2, one Vietnamese line', async () => {
    const r = await run('check', f10.path, '--sheet', 'Không có', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneVietnameseLine(r.stderr);
  });

  it('12. a workbook whose only sheet is empty → table-not-found, exit 1', async () => {
    const { code, json, stderr } = await checkJson(emptySheet);
    const s = onlySheet(json);
    expect(s.sheet).toBe('Sheet1');
    expect(s.table).toBeNull();
    expect(s.findings.map((f) => f.code)).toEqual(['table-not-found']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const readable = await run('check', emptySheet);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toContain('không tìm thấy bảng');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Unusable inputs and arguments

describe('unusable inputs → exit 2, one Vietnamese line on stderr, nothing on stdout', () => {
  const cases: [string, () => string][] = [
    ['a missing file', () => bad.missing],
    ['a text file renamed .xlsx', () => bad.textAsXlsx],
    ['a truncated .xlsx (first half of a valid file)', () => bad.truncated],
    ['an empty zip', () => bad.emptyZip],
    ['a CFB/OLE file (encrypted .xlsx or old .xls)', () => bad.cfb],
    ['a directory', () => bad.directory],
  ];
  for (const [what, path] of cases) {
    it(`check: ${what}`, async () => {
      for (const json of [[], ['--json']]) {
        const r = await run('check', path(), ...json);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expectOneVietnameseLine(r.stderr);
      }
    });
    it(`fix: ${what}`, async () => {
      const out = join(dir, `bad-out-${what.replace(/\W+/g, '-')}.xlsx`);
      const r = await run('fix', path(), '--out', out);
      expect(r.code, r.stderr).toBe(2);
      expectOneVietnameseLine(r.stderr);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('the CFB file is explained as encrypted or old .xls', async () => {
    const r = await run('check', bad.cfb);
    expect(r.stderr).toMatch(/mật khẩu|\.xls\b/);
  });

  it('bad arguments → exit 2', async () => {
    for (const argv of [
      ['check', f1.path, '--frobnicate'],
      ['check', f1.path, '--as-of', '2024-13-45'],
      ['check', f1.path, '--plan-date', '15/3/2024'],
      ['check', f1.path, '--lang', 'fr'],
      ['check'],
      ['fix', f1.path],
      ['lint', f1.path],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout, argv.join(' ')).toBe('');
      expect(r.stderr, argv.join(' ')).not.toMatch(/^\s*at /m);
      expect(r.stderr.split('\n')[0], argv.join(' ')).toMatch(/^cchc: /);
    }
  });

  it('an impossible calendar date (--as-of 2024-02-30) → exit 2', async () => {
    const r = await run('check', f1.path, '--as-of', '2024-02-30');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------------------
// fix

describe('fix', () => {
  async function fixJson(input: string, out: string, ...more: string[]): Promise<{ code: number; json: JFix; stderr: string }> {
    const r = await run('fix', input, '--out', out, '--json', ...more);
    let json: JFix;
    try {
      json = JSON.parse(r.stdout) as JFix;
    } catch {
      throw new Error(`fix --json did not print JSON (exit ${r.code}): ${JSON.stringify(r.stdout.slice(0, 300))} ${JSON.stringify(r.stderr)}`);
    }
    return { code: r.code, json, stderr: r.stderr };
  }

  function editsOf(json: JFix, sheet: string): JEdit[] {
    return json.sheets.filter((s) => s.sheet === sheet).flatMap((s) => s.edits);
  }

  it('applies all safe fixes; every other cell, sheet, style, merge and formula is kept exactly', async () => {
    const out = join(dir, 'fix-out-all.xlsx');
    const { code, json, stderr } = await fixJson(fx.path, out);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(json.file).toBe(fx.path);
    expect(json.out).toBe(out);

    // What was changed: exactly the safe-fix cells.
    const expected: Record<string, string> = { ...fx.stt, ...fx.markup, ...fx.apostrophe, ...fx.legacy, ...fx.whitespace };
    const edits = editsOf(json, fx.sheet);
    expect(Object.fromEntries(edits.map((e) => [e.cell, e.value]))).toEqual(expected);
    expect(json.sheets.filter((s) => s.sheet !== fx.sheet).flatMap((s) => s.edits)).toEqual([]);
    for (const e of edits) {
      expect(e).toHaveProperty('before');
      expect(e.before).not.toEqual(e.value);
    }

    const a = await loadWb(fx.path);
    const b = await loadWb(out);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const changed = new Set(edits.map((e) => e.cell));

    // The fixed cells hold the new values; STT as text with numFmt "@"; their borders/fills/alignment kept.
    const wsA = a.getWorksheet(fx.sheet)!;
    const wsB = b.getWorksheet(fx.sheet)!;
    for (const [cell, value] of Object.entries(expected)) {
      expect(wsB.getCell(cell).value, cell).toBe(value);
      expect(styleSansFix(wsB, cell), `${cell} style`).toEqual(styleSansFix(wsA, cell));
      expect(plain(wsB.getCell(cell).note), `${cell} comment`).toEqual(plain(wsA.getCell(cell).note));
      expect(plain(wsB.getCell(cell).dataValidation), `${cell} validation`).toEqual(plain(wsA.getCell(cell).dataValidation));
    }
    expect(wsB.getCell('A8').note).toBeTruthy();
    expect(definedNames(b)).toEqual(definedNames(a));
    for (const cell of Object.keys(fx.stt)) expect(wsB.getCell(cell).numFmt, cell).toBe('@');

    // Everything else identical, in the fixed sheet and in the other sheet (which holds look-alike
    // problems but no table, so fix must not touch it).
    expect(diffSheet(wsA, wsB, changed)).toEqual([]);
    expect(diffSheet(a.getWorksheet(fx.otherSheet)!, b.getWorksheet(fx.otherSheet)!, new Set())).toEqual([]);

    // Spot checks of what must survive.
    expect(wsB.getCell(fx.formulaCell).formula).toBe('SUM(F7:F13)');
    expect(wsB.getCell(fx.dateCell).value).toEqual(new Date(Date.UTC(2024, 3, 30)));
    expect(wsB.getCell(fx.dateCell).numFmt).toBe('dd/mm/yyyy');
    expect(wsB.getCell('A1').isMerged).toBe(true);
  });

  it('the fixed file checks clean of the safe-fix codes', async () => {
    const out = join(dir, 'fix-out-recheck.xlsx');
    expect((await run('fix', fx.path, '--out', out)).code).toBe(0);
    const s = onlySheet((await checkJson(out, ...AS_OF)).json);
    const left = s.findings.filter((f) => ['stt-number-coerced', 'text-legacy-encoding', 'text-markup', 'text-stray-apostrophe', 'text-whitespace'].includes(f.code));
    expect(left).toEqual([]);
    expect(rowOf(s, 7).stt).toBe('1.1');
    expect(rowOf(s, 8).owners).toEqual(['Văn phòng']);
  });

  it('prints what it changed (the same cells as --json) and where it wrote', async () => {
    const out = join(dir, 'fix-out-text.xlsx');
    const r = await run('fix', fx.path, '--out', out);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^(.+)!([A-Z]+\d+): /gm)].map((m) => `${m[1]}!${m[2]}`).sort();
    const j = await fixJson(fx.path, join(dir, 'fix-out-text-json.xlsx'));
    expect(listed).toEqual(j.json.sheets.flatMap((s) => s.edits.map((e) => `${s.sheet}!${e.cell}`)).sort());
    expect(r.stdout).toContain(`${fx.sheet}!A7: 1.1 → “1.1”`);
    expect(r.stdout).toContain(`${fx.sheet}!C8: “V¨n phßng” → “Văn phòng”`);
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(new RegExp(`Đã sửa ${listed.length} ô`));
    expect(existsSync(out)).toBe(true);
  });

  it('--json lists edits with cell, before and value', async () => {
    const { json } = await fixJson(f5.path, join(dir, 'fix-out-legacy.xlsx'));
    expect(json.codes).toEqual(expect.arrayContaining(['stt-number-coerced', 'text-legacy-encoding', 'text-markup', 'text-stray-apostrophe', 'text-whitespace']));
    const edits = editsOf(json, 'Phụ lục');
    expect(edits.length).toBe(3);
    for (const e of edits) {
      expect(typeof e.cell).toBe('string');
      expect(e).toHaveProperty('before');
      expect(e).toHaveProperty('value');
      const [from, to] = f5.legacy[e.cell]!;
      expect(e.before).toBe(from);
      expect(e.value).toBe(to);
    }
  });

  it('5. converts TCVN3 text to Unicode in the file', async () => {
    const out = join(dir, 'fix-out-tcvn3.xlsx');
    expect((await run('fix', f5.path, '--out', out)).code).toBe(0);
    const ws = (await loadWb(out)).getWorksheet('Phụ lục')!;
    for (const [cell, [, to]] of Object.entries(f5.legacy)) expect(ws.getCell(cell).value).toBe(to);
    const s = onlySheet((await checkJson(out, ...AS_OF)).json);
    expect(rowOf(s, 5)).toMatchObject({ owners: ['Văn phòng'], products: ['Báo cáo'], deadline: '2024-06-30' });
  });

  it('4. writes the STT as text "1.1" with numFmt "@"', async () => {
    const out = join(dir, 'fix-out-stt.xlsx');
    expect((await run('fix', f4.path, '--out', out)).code).toBe(0);
    const a = (await loadWb(f4.path)).getWorksheet('Phụ lục')!;
    const ws = (await loadWb(out)).getWorksheet('Phụ lục')!;
    for (const { cell, text } of f4.coerced) {
      expect(ws.getCell(cell).value).toBe(text);
      expect(ws.getCell(cell).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(cell).numFmt).toBe('@');
    }
    for (const cell of f4.integers) expect(ws.getCell(cell).value).toBe(a.getCell(cell).value);
    expect(diffSheet(a, ws, new Set(f4.coerced.map((c) => c.cell)))).toEqual([]);
  });

  it('--only text-markup changes only the markup cells', async () => {
    const out = join(dir, 'fix-out-markup.xlsx');
    const { code, json } = await fixJson(fx.path, out, '--only', 'text-markup');
    expect(code).toBe(0);
    expect(json.codes).toEqual(['text-markup']);
    const edits = editsOf(json, fx.sheet);
    expect(Object.fromEntries(edits.map((e) => [e.cell, e.value]))).toEqual(fx.markup);
    const a = await loadWb(fx.path);
    const b = await loadWb(out);
    const wsB = b.getWorksheet(fx.sheet)!;
    for (const [cell, value] of Object.entries(fx.markup)) expect(wsB.getCell(cell).value).toBe(value);
    expect(diffSheet(a.getWorksheet(fx.sheet)!, wsB, new Set(Object.keys(fx.markup)))).toEqual([]);
    expect(diffSheet(a.getWorksheet(fx.otherSheet)!, b.getWorksheet(fx.otherSheet)!, new Set())).toEqual([]);
    // The STT numbers and the legacy text are still there.
    expect(wsB.getCell('A7').value).toBe(1.1);
    expect(wsB.getCell('C8').value).toBe('V¨n phßng');
  });

  it('a protected sheet with fixes to apply: exit 2, says it is protected (Protect Sheet) and why, writes no file', async () => {
    for (const json of [[], ['--json']]) {
      const out = join(dir, `fix-out-protected${json.length ? '-json' : ''}.xlsx`);
      const r = await run('fix', fxProtected.path, '--out', out, ...json);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneVietnameseLine(r.stderr);
      expect(r.stderr).toMatch(/khoá|khóa/);
      expect(r.stderr).toContain('Protect Sheet');
      expect(r.stderr).toContain(fxProtected.sheet);
      expect(r.stderr).toMatch(/chưa ghi|không ghi/);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('7. in an Excel Table: fixes the cells, the table object survives unchanged', async () => {
    const out = join(dir, 'fix-out-table.xlsx');
    const { code, json } = await fixJson(f7issues.path, out);
    expect(code).toBe(0);
    const edits = editsOf(json, 'Theo dõi');
    expect(Object.fromEntries(edits.map((e) => [e.cell, e.value]))).toEqual({ B6: '1.1', C6: 'Ban hành Kế hoạch tuyên truyền CCHC', D6: 'Văn phòng' });
    const a = (await loadWb(f7issues.path)).getWorksheet('Theo dõi')!;
    const b = (await loadWb(out)).getWorksheet('Theo dõi')!;
    expect(b.getTables()).toHaveLength(1);
    expect(diffSheet(a, b, new Set(edits.map((e) => e.cell)))).toEqual([]);
    expect(b.getCell('B6').value).toBe('1.1');
    const s = onlySheet((await checkJson(out, ...AS_OF)).json);
    expect(s.table).toMatchObject({ headerRow: f7issues.headerRow, firstRow: f7issues.firstRow, lastRow: f7issues.lastRow });
    expect(errors(s)).toEqual([]);
  });

  it('--sheet: check reports every table sheet without it; fix touches only the named sheet', async () => {
    const all = await checkJson(f13.path, ...AS_OF);
    expect(all.json.sheets.map((x) => x.sheet)).toEqual(f13.sheets);
    expect(all.json.sheets.map((x) => x.planDate)).toEqual(['2023-03-15', '2024-03-15']);
    const [first, second] = f13.sheets;
    const out = join(dir, 'fix-out-sheet.xlsx');
    const { code, json } = await fixJson(f13.path, out, '--sheet', second);
    expect(code).toBe(0);
    expect(json.sheets.map((x) => x.sheet)).toEqual([second]);
    expect(editsOf(json, second).map((e) => e.cell)).toEqual([f13.cell]);
    const a = await loadWb(f13.path);
    const b = await loadWb(out);
    expect(b.getWorksheet(second)!.getCell(f13.cell).value).toBe('1.1');
    expect(diffSheet(a.getWorksheet(first)!, b.getWorksheet(first)!, new Set())).toEqual([]);
    expect(diffSheet(a.getWorksheet(second)!, b.getWorksheet(second)!, new Set([f13.cell]))).toEqual([]);
  });

  it('8. a continuation is not a safe fix; --only row-continuation merges it into the row above', async () => {
    const dflt = await fixJson(f8.path, join(dir, 'fix-out-cont-default.xlsx'));
    expect(dflt.json.sheets.flatMap((x) => x.edits)).toEqual([]);
    const out = join(dir, 'fix-out-cont.xlsx');
    const { code, json } = await fixJson(f8.path, out, '--only', 'row-continuation');
    expect(code).toBe(0);
    const cells = editsOf(json, 'Phụ lục').map((e) => e.cell).sort();
    expect(cells).toEqual([`B${f8.continuationRow}`, `B${f8.mainRow}`].sort());
    const a = (await loadWb(f8.path)).getWorksheet('Phụ lục')!;
    const b = (await loadWb(out)).getWorksheet('Phụ lục')!;
    expect(b.getCell(`B${f8.mainRow}`).value).toBe('Mức độ rõ ràng, dễ hiểu về các quy định hồ sơ, thủ tục hành chính');
    expect(b.getCell(`B${f8.continuationRow}`).value ?? null).toBeNull();
    expect(diffSheet(a, b, new Set(cells))).toEqual([]);
  });

  it('--only unknown-code → exit 2, one Vietnamese line, nothing written', async () => {
    const out = join(dir, 'fix-out-unknown.xlsx');
    const r = await run('fix', fx.path, '--out', out, '--only', 'unknown-code');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneVietnameseLine(r.stderr);
    expect(existsSync(out)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The real process

describe('node bin/cchc.js (spawned)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  });

  function spawn(...argv: string[]) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'cchc.js'), ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('check prints the readable report; exit 1 with error findings', () => {
    const r = spawn('check', f4.path, ...AS_OF);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`Tệp: ${f4.path}`);
    expect(r.stdout).toMatch(/stt-number-coerced \(2\)/);
  });

  it('check on a clean table exits 0', () => {
    const r = spawn('check', f1.path, ...AS_OF);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('check --json prints parseable JSON; the real seed appendix (from ../shared)', async () => {
    const seed = await buildSeedAppendix(dir);
    const r = spawn('check', seed, '--json', ...AS_OF);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as JCheck;
    const s = onlySheet(json);
    expect(s.planDate).toBe('2022-03-31');
    expect(s.table!.columns).toMatchObject({ stt: 'A', criterion: 'B', owner: 'C', product: 'D', time: 'E' });
    expect(s.findings.filter((f) => f.code === 'stt-number-coerced').length).toBeGreaterThan(10);
    expect(s.findings.filter((f) => f.code === 'text-markup').length).toBeGreaterThan(0);
  });

  for (const [what, path] of [
    ['a CFB/OLE file', () => bad.cfb],
    ['a truncated .xlsx', () => bad.truncated],
    ['a missing file', () => bad.missing],
  ] as [string, () => string][]) {
    it(`${what} → exit 2, one Vietnamese line on stderr, nothing on stdout`, () => {
      const r = spawn('check', path(), '--json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneVietnameseLine(r.stderr);
    });
  }

  it('a bad argument → exit 2', () => {
    const r = spawn('check', f1.path, '--as-of', '2024-13-45');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/^\s*at /m);
  });

  it('fix writes the output file and exits 0', () => {
    const out = join(dir, 'spawn-fix-out.xlsx');
    const r = spawn('fix', f4.path, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toContain('A6');
  });
});
