/**
 * The tracking layer's formulas in a real spreadsheet engine: `cchc annotate` writes the layer, LibreOffice
 * recalculates it (a private profile that recalculates on load: ../shared/docs/formulas.md), and every
 * flag and every summary figure must equal the core's own judgement — at two as-of dates, across a year
 * boundary, after a status is edited, and with =TODAY(). (Skipped, saying why, where LibreOffice is not
 * installed; .ci/run installs it.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { isoToday } from '../src/core/dates';
import { trackedRows } from '../src/core/tracking/rows';
import { statusList } from '../src/core/tracking/status';
import { judgeRows, progressByUnit, summaryUnits } from '../src/core/tracking/summary';
import { SUMMARY_HEADERS, SUMMARY_LAYOUT, SUMMARY_SHEET, WHOLE_PLAN } from '../src/core/tracking/summary-sheet';
import { openWorkbook } from '../src/cli/session';
import { writePlan } from '../src/hosts/xlsx/writer';
import { FIRST_DATA_ROW, TRACKING_ROWS, TRACKING_SHEET, trackingWorkbook } from './fixtures/tracking';
import { run } from './cli-helpers';
import { readBook, soffice, throughLibreOfficeAll } from './xlsx-writer-fixtures';

const skip = soffice === '';
const why = skip ? ' (skipped: LibreOffice "soffice" is not installed)' : '';
const dir = mkdtempSync(join(tmpdir(), 'cchc-track-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function annotateFile(input: Uint8Array, asOf: string | null): Promise<{ bytes: Uint8Array; json: Record<string, unknown> }> {
  const inPath = join(dir, `in-${Math.random().toString(36).slice(2)}.xlsx`);
  const outPath = inPath.replace('in-', 'out-');
  writeFileSync(inPath, input);
  const r = await run(['annotate', inPath, '--out', outPath, '--json', ...(asOf ? ['--as-of', asOf] : [])]);
  expect(r.stderr).toBe('');
  expect(r.code).toBeLessThan(2);
  return { bytes: new Uint8Array(readFileSync(outPath)), json: JSON.parse(r.stdout) };
}

/** The core's judgement of a workbook on a date: each tracked row's flag, and the counts per unit. */
async function coreJudgement(bytes: Uint8Array, asOf: string) {
  const workbook = await openWorkbook(bytes);
  const units = workbook.unitList() ?? undefined;
  const analysis = analyzeSheet(workbook.sheet(TRACKING_SHEET)!.snapshot, { asOf, units });
  const rows = trackedRows(analysis, units);
  const list = statusList(rows.map((r) => r.status));
  const judged = judgeRows(rows, { asOf, window: 15, list });
  return { judged, progress: progressByUnit(judged, summaryUnits(rows, units)) };
}

const resultOf = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value as { result?: unknown; formula?: string } | null;
  if (v && typeof v === 'object' && 'formula' in v) return v.result ?? '';
  return v ?? '';
};

/** What LibreOffice computed for each workbook (recalculated by one soffice process): the flag of each row and the summary sheet's figures. */
async function sheetJudgements(books: { bytes: Uint8Array; flagCol: number }[]) {
  const recalculated = throughLibreOfficeAll(books.map((b) => b.bytes));
  return Promise.all(books.map((b, i) => judgementOf(recalculated[i]!, b.flagCol)));
}
const sheetJudgement = async (bytes: Uint8Array, flagCol: number) => (await sheetJudgements([{ bytes, flagCol }]))[0]!;

async function judgementOf(recalculated: Uint8Array, flagCol: number) {
  const wb = await readBook(recalculated);
  const table = wb.getWorksheet(TRACKING_SHEET)!;
  const summary = wb.getWorksheet(SUMMARY_SHEET)!;
  const flags = new Map<number, unknown>();
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + TRACKING_ROWS.length; r++) flags.set(r, resultOf(table.getCell(r, flagCol)));
  const figures = new Map<string, number[]>();
  for (let r = SUMMARY_LAYOUT.firstUnitRow; ; r++) {
    const unit = summary.getCell(r, 2).value;
    if (typeof unit !== 'string') break;
    figures.set(unit, [3, 4, 5, 6, 7].map((c) => Number(resultOf(summary.getCell(r, c)))));
    if (unit === WHOLE_PLAN) break;
  }
  return { flags, figures, wb };
}

function expectSame(core: Awaited<ReturnType<typeof coreJudgement>>, sheet: Awaited<ReturnType<typeof judgementOf>>) {
  for (const r of core.judged) expect(sheet.flags.get(r.row), `row ${r.row}`).toBe(r.flag);
  for (const u of core.progress.units) expect(sheet.figures.get(u.unit), u.unit).toEqual([u.tasks, u.done, u.inProgress, u.overdue, u.dueSoon]);
  const t = core.progress.total;
  expect(sheet.figures.get(WHOLE_PLAN)).toEqual([t.tasks, t.done, t.inProgress, t.overdue, t.dueSoon]);
  expect(sheet.figures.size).toBe(core.progress.units.length + 1);
}

const flagColOf = (json: Record<string, unknown>) => (json.columns as { flag: string }).flag.charCodeAt(0) - 64;

describe.skipIf(skip)(`LibreOffice computes the flags and the summary as the core does${why}`, () => {
  it('on 25/06/2024 and, after an update in place, on 10/07/2024', async () => {
    const original = await trackingWorkbook();
    const first = await annotateFile(original, '2024-06-25');
    const col = flagColOf(first.json);
    const second = await annotateFile(first.bytes, '2024-07-10');
    expect(flagColOf(second.json)).toBe(col);
    const judged = await sheetJudgements([first, second].map(({ bytes }) => ({ bytes, flagCol: col })));
    const [june, july] = [judged[0]!, judged[1]!];
    const coreJune = await coreJudgement(first.bytes, '2024-06-25');
    expectSame(coreJune, june);
    // What an official reads on 25/6: the figures themselves, not only their agreement.
    const flag = (stt: string) => june.flags.get(FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[0] === stt));
    expect([flag('1'), flag('2'), flag('3'), flag('4'), flag('5'), flag('6'), flag('7'), flag('8'), flag('9'), flag('10')]).toEqual([
      'Hoàn thành', '', 'Sắp đến hạn', 'Sắp đến hạn', 'Quá hạn', 'Hoàn thành', '', '', 'Hoàn thành', '',
    ]);
    expect(june.figures.get('Văn phòng')).toEqual([5, 1, 3, 0, 1]);
    expect(june.figures.get('Phòng Tài chính - Kế hoạch')).toEqual([0, 0, 0, 0, 0]);
    expect(june.figures.get('Chưa xác định')).toEqual([1, 0, 0, 0, 0]);

    expectSame(await coreJudgement(second.bytes, '2024-07-10'), july);
    expect([flag('3'), flag('4')]).toEqual(['Sắp đến hạn', 'Sắp đến hạn']);
    const julyFlag = (stt: string) => july.flags.get(FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[0] === stt));
    expect([julyFlag('2'), julyFlag('3'), julyFlag('4'), julyFlag('8')]).toEqual(['Sắp đến hạn', 'Quá hạn', 'Quá hạn', 'Sắp đến hạn']);
    // Updating in place: one summary sheet, one set of names.
    expect(july.wb.worksheets.map((w) => w.name)).toEqual([TRACKING_SHEET, 'Danh mục', SUMMARY_SHEET]);
  });

  it('across the year end, the monthly row is due on 20/01 of the next year', async () => {
    const { bytes, json } = await annotateFile(await trackingWorkbook(), '2024-12-25');
    const sheet = await sheetJudgement(bytes, flagColOf(json));
    expectSame(await coreJudgement(bytes, '2024-12-25'), sheet);
    const monthly = FIRST_DATA_ROW + 1;
    const deadline = sheet.wb.getWorksheet(TRACKING_SHEET)!.getCell(monthly, flagColOf(json) - 1);
    expect(resultOf(deadline)).toEqual(new Date(Date.UTC(2025, 0, 20)));
  });

  it('on the deadline day the row is due soon, not late; 15 days ahead is due soon, 16 is not', async () => {
    const row = FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[4] === '30/6/2024');
    const cases = [['2024-06-30', 'Sắp đến hạn'], ['2024-07-01', 'Quá hạn'], ['2024-06-15', 'Sắp đến hạn'], ['2024-06-14', '']] as const;
    const files = [];
    for (const [asOf] of cases) files.push(await annotateFile(await trackingWorkbook(), asOf));
    const sheets = await sheetJudgements(files.map(({ bytes, json }) => ({ bytes, flagCol: flagColOf(json) })));
    for (const [i, [asOf, expected]] of cases.entries()) {
      expect(sheets[i]!.flags.get(row), asOf).toBe(expected);
      expectSame(await coreJudgement(files[i]!.bytes, asOf), sheets[i]!);
    }
  });

  it('follows an edited status: "Chưa hoàn thành" → "Hoàn thành" turns the flag and the counts', async () => {
    const { bytes, json } = await annotateFile(await trackingWorkbook(), '2024-07-10');
    const row = FIRST_DATA_ROW + 2;
    const edited = await writePlan(bytes, { steps: [{ kind: 'cells', sheet: TRACKING_SHEET, edits: [{ cell: `F${row}`, row, col: 6, value: 'Hoàn thành', before: 'Chưa hoàn thành' }] }] });
    const sheet = await sheetJudgement(edited, flagColOf(json));
    expect(sheet.flags.get(row)).toBe('Hoàn thành');
    expectSame(await coreJudgement(edited, '2024-07-10'), sheet);
  });

  it('with =TODAY() (no --as-of), the flags are today’s', async () => {
    const { bytes, json } = await annotateFile(await trackingWorkbook(), null);
    expect(json.asOf).toBe('today');
    expectSame(await coreJudgement(bytes, isoToday()), await sheetJudgement(bytes, flagColOf(json)));
  });

  it('the summary sheet has the headers of the contract', async () => {
    const { bytes } = await annotateFile(await trackingWorkbook(), '2024-06-25');
    const ws = (await readBook(bytes)).getWorksheet(SUMMARY_SHEET)!;
    expect(SUMMARY_HEADERS.map((_, i) => ws.getCell(SUMMARY_LAYOUT.headerRow, i + 1).value)).toEqual([...SUMMARY_HEADERS]);
  });
});
