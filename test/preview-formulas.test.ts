/**
 * The preview's formula engine (src/preview/formula): the tracking layer's formulas, written by the core
 * on a workbook in memory, compute in the preview exactly what the core judges — every flag and every
 * summary figure, at several as-of dates, across the year end, after a status is edited and with
 * =TODAY() (test/tracking-libreoffice.test.ts makes the same comparison with LibreOffice) — and the
 * engine follows Excel on arrays, blanks, errors, dates, names and references across sheets.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { isoToday, isoToSerial } from '../src/core/dates';
import { snapshotFromRows, type RawValue } from '../src/core/snapshot';
import { annotate, type Annotated } from '../src/core/tracking/operations';
import { trackedRows } from '../src/core/tracking/rows';
import { statusList } from '../src/core/tracking/status';
import { judgeRows, progressByUnit, summaryUnits } from '../src/core/tracking/summary';
import { SUMMARY_LAYOUT, WHOLE_PLAN } from '../src/core/tracking/summary-sheet';
import { WorkbookService } from '../src/core/workbook/service';
import { openWorkbook } from '../src/cli/session';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memoryWorkbookFromExcelJs } from '../src/hosts/memory/fromExcelJs';
import { loadWorkbook } from '../src/hosts/xlsx/read';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { FormulaValues } from '../src/preview/formula/workbook';
import { FIRST_DATA_ROW, TRACKING_ROWS, TRACKING_SHEET, trackingWorkbook } from './fixtures/tracking';

/** The fixture annotated by the core, on a MemoryAdapter as the preview holds it. */
async function annotated(asOf: string | undefined) {
  const workbook = await openWorkbook(await trackingWorkbook());
  const adapter = new MemoryAdapter(workbook, 'vi');
  const done = await annotate(new WorkbookService(adapter), asOf ? { asOf } : {});
  return { workbook, adapter, done, values: new FormulaValues(workbook, asOf) };
}

/** The core's judgement of the sheet as it is now (as test/tracking-libreoffice.test.ts reads it). */
function coreJudgement(workbook: MemoryWorkbook, asOf: string, window: number) {
  const units = workbook.unitList() ?? undefined;
  const analysis = analyzeSheet(workbook.sheet(TRACKING_SHEET)!.snapshot, { asOf, units });
  const rows = trackedRows(analysis, units);
  const judged = judgeRows(rows, { asOf, window, list: statusList(rows.map((r) => r.status)) });
  return { judged, progress: progressByUnit(judged, summaryUnits(rows, units)) };
}

/** What the preview computes: each row's flag and the summary sheet's figures by unit. */
function previewJudgement(values: FormulaValues, done: Annotated) {
  const flags = new Map<number, RawValue>();
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + TRACKING_ROWS.length; r++) flags.set(r, values.valueAt(TRACKING_SHEET, r, done.layer.place.flagCol));
  const figures = new Map<string, RawValue[]>();
  const sheet = done.layer.summarySheet;
  for (let r = SUMMARY_LAYOUT.firstUnitRow; ; r++) {
    const unit = values.valueAt(sheet, r, 2);
    if (typeof unit !== 'string') break;
    figures.set(unit, [3, 4, 5, 6, 7].map((c) => values.valueAt(sheet, r, c)));
    if (unit === WHOLE_PLAN) break;
  }
  return { flags, figures };
}

function expectSame(core: ReturnType<typeof coreJudgement>, shown: ReturnType<typeof previewJudgement>) {
  for (const r of core.judged) expect(shown.flags.get(r.row), `row ${r.row}`).toBe(r.flag);
  for (const u of core.progress.units) expect(shown.figures.get(u.unit), u.unit).toEqual([u.tasks, u.done, u.inProgress, u.overdue, u.dueSoon]);
  const t = core.progress.total;
  expect(shown.figures.get(WHOLE_PLAN)).toEqual([t.tasks, t.done, t.inProgress, t.overdue, t.dueSoon]);
  expect(shown.figures.size).toBe(core.progress.units.length + 1);
}

const rowOf = (stt: string) => FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[0] === stt);

describe('the tracking layer’s formulas in the preview compute what the core judges', () => {
  it('on 25/06/2024 and on 10/07/2024: every flag, every summary figure', async () => {
    for (const asOf of ['2024-06-25', '2024-07-10']) {
      const { workbook, done, values } = await annotated(asOf);
      const shown = previewJudgement(values, done);
      expect(shown.flags.size).toBe(TRACKING_ROWS.length);
      for (const r of done.judged) expect(shown.flags.get(r.row), `${asOf} row ${r.row}`).toBe(r.flag);
      expectSame(coreJudgement(workbook, asOf, 15), shown);
    }
    const { done, values } = await annotated('2024-06-25');
    const flag = (stt: string) => previewJudgement(values, done).flags.get(rowOf(stt));
    expect(['1', '2', '3', '4', '5', '6'].map(flag)).toEqual(['Hoàn thành', '', 'Sắp đến hạn', 'Sắp đến hạn', 'Quá hạn', 'Hoàn thành']);
    expect(previewJudgement(values, done).figures.get('Văn phòng')).toEqual([5, 1, 3, 0, 1]);
    // The summary's date cell reads the name NgayDanhGia.
    expect(values.valueAt(done.layer.summarySheet, 2, 3)).toBe(isoToSerial('2024-06-25'));
  });

  it('across the year end: the monthly row is due on 20/01 of the next year', async () => {
    const { workbook, done, values } = await annotated('2024-12-25');
    expect(values.valueAt(TRACKING_SHEET, rowOf('2'), done.layer.place.deadlineCol)).toBe(isoToSerial('2025-01-20'));
    expectSame(coreJudgement(workbook, '2024-12-25', 15), previewJudgement(values, done));
  });

  it('on the deadline day the row is due soon, not late; 15 days ahead is due soon, 16 is not', async () => {
    const row = FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[4] === '30/6/2024');
    for (const [asOf, expected] of [['2024-06-30', 'Sắp đến hạn'], ['2024-07-01', 'Quá hạn'], ['2024-06-15', 'Sắp đến hạn'], ['2024-06-14', '']] as const) {
      const { workbook, done, values } = await annotated(asOf);
      expect(previewJudgement(values, done).flags.get(row), asOf).toBe(expected);
      expectSame(coreJudgement(workbook, asOf, 15), previewJudgement(values, done));
    }
  });

  it('recomputes after a status is edited: "Chưa hoàn thành" → "Hoàn thành" turns the flag and the counts', async () => {
    const { workbook, adapter, done, values } = await annotated('2024-07-10');
    const row = rowOf('3');
    expect(values.valueAt(TRACKING_SHEET, row, done.layer.place.flagCol)).toBe('Quá hạn');
    adapter.userWrite(row, 6, 'Hoàn thành');
    values.invalidate();
    expect(values.valueAt(TRACKING_SHEET, row, done.layer.place.flagCol)).toBe('Hoàn thành');
    expectSame(coreJudgement(workbook, '2024-07-10', 15), previewJudgement(values, done));
  });

  it('with =TODAY() (no as-of date), the flags are today’s', async () => {
    const { workbook, done, values } = await annotated(undefined);
    expect(done.settings.asOf).toBe('today');
    expect(values.valueAt(TRACKING_SHEET, 2, done.layer.place.flagCol)).toBe(isoToSerial(isoToday()));
    expectSame(coreJudgement(workbook, isoToday(), 15), previewJudgement(values, done));
  });

  it('keeps the computed values out of the workbook: formula cells still hold null', async () => {
    const { workbook, done, values } = await annotated('2024-07-10');
    const snap = workbook.sheet(TRACKING_SHEET)!.snapshot;
    const r = rowOf('3') - snap.top;
    const c = done.layer.place.flagCol - snap.left;
    expect(values.valueAt(TRACKING_SHEET, rowOf('3'), done.layer.place.flagCol)).toBe('Quá hạn');
    expect(snap.values[r]![c]).toBeNull();
    expect(snap.formulas![r]![c]).toMatch(/^=IF\(ISNUMBER\(MATCH\(TRIM\(/);
  });
});

/** A workbook from cells by sheet: text starting with "=" is a formula. */
function book(sheets: Record<string, Record<string, RawValue>>, names: [string, string, string][] = []): FormulaValues {
  const ms = Object.entries(sheets).map(([name, cells]) => {
    const s = memorySheet(snapshotFromRows(name, []));
    const snap = s.snapshot;
    snap.formulas = [];
    for (const [addr, v] of Object.entries(cells)) {
      const m = /^([A-Z])(\d+)$/.exec(addr)!;
      const r = Number(m[2]) - 1;
      const c = m[1]!.charCodeAt(0) - 65;
      while (snap.values.length <= r) snap.values.push([]);
      const formula = typeof v === 'string' && v.startsWith('=');
      snap.values[r]![c] = formula ? null : v;
      (snap.formulas[r] ??= [])[c] = formula ? v : null;
    }
    return s;
  });
  const range = (a: string) => {
    const [from, to = from] = a.split(':');
    const at = (x: string | undefined) => ({ row: Number(x!.slice(1)), col: x!.charCodeAt(0) - 64 });
    return { top: at(from).row, left: at(from).col, bottom: at(to).row, right: at(to).col };
  };
  return new FormulaValues(new MemoryWorkbook(ms, names.map(([name, sheet, a]) => ({ key: { name, scope: null }, target: { sheet, range: range(a) } }))), '2024-07-10');
}

/** The value of one formula on a small sheet S (A1..A4 = 1, "x", blank, TRUE; B1..B3 = " a ", "b", 3). */
function calc(formula: string): RawValue {
  return book({ S: { A1: 1, A2: 'x', A4: true, B1: ' a  b ', B2: 'B', B3: 3, C1: formula } }, [['Hai', 'S', 'B1:B3']]).valueAt('S', 1, 3);
}

describe('the preview’s formula engine follows Excel', () => {
  it('applies operators and one-value functions over ranges, and SUMPRODUCT sums what is a number', () => {
    expect(calc('=SUMPRODUCT(--(A1:A4<>""))')).toBe(3);
    expect(calc('=SUMPRODUCT(A1:A4<>"")')).toBe(0);
    expect(calc('=SUMPRODUCT((B1:B3<>"")*ISNUMBER(MATCH(TRIM(B1:B3),{"a b";"x"},0)))')).toBe(1);
    expect(calc('=SUMPRODUCT(ISNUMBER(FIND("; b;","; "&LOWER(Hai)&";"))*1)')).toBe(1);
    expect(calc('=SUM(A1:A4)+COUNT(A1:A4)+COUNTA(A1:A4)+COUNTBLANK(A1:A4)')).toBe(1 + 1 + 3 + 1);
    expect(calc('=SUMPRODUCT(A1:A2,B1:B3)')).toEqual({ error: '#VALUE!' });
  });

  it('treats a blank as 0, "" or FALSE, compares text without case, and propagates errors', () => {
    expect([calc('=A3=""'), calc('=A3=0'), calc('=ISNUMBER(A3)'), calc('=ISBLANK(A3)'), calc('=A3'), calc('=A3&"!"')]).toEqual([true, true, false, true, 0, '!']);
    expect([calc('=B2="b"'), calc('="a"<"B"'), calc('=1<"0"'), calc('="z"<TRUE')]).toEqual([true, true, true, true]);
    expect([calc('=1/0'), calc('=A2+1'), calc('=MATCH("zz",B1:B3,0)'), calc('=IFERROR(1/0,"đ")'), calc('=ISNA(#N/A)')]).toEqual([{ error: '#DIV/0!' }, { error: '#VALUE!' }, { error: '#N/A' }, 'đ', true]);
    expect(calc('=IF(TRUE,"y",1/0)')).toBe('y');
    expect(calc('=TRIM(B1)')).toBe('a b');
  });

  it('computes dates as 1900-system serials, TODAY() included', () => {
    const d = (iso: string) => isoToSerial(iso);
    expect(calc('=TODAY()')).toBe(d('2024-07-10'));
    expect(calc('=DATE(2024,13,20)')).toBe(d('2025-01-20'));
    expect(calc('=EOMONTH(DATE(2024,2,10),0)')).toBe(d('2024-02-29'));
    expect(calc('=EOMONTH(DATE(YEAR(TODAY()),INT((MONTH(TODAY())-1)/3)*3+3,1),0)')).toBe(d('2024-09-30'));
    expect(calc('=MIN(31,DAY(EOMONTH(TODAY(),1)))')).toBe(31);
    expect([calc('=DATE(1900,1,1)'), calc('=DATE(1900,3,1)'), calc('=DAY(59)'), calc('=MONTH(61)')]).toEqual([1, 61, 28, 3]);
    expect([calc('=EDATE(DATE(2024,1,31),1)'), calc('=WEEKDAY(DATE(2024,7,10))'), calc('=DATEDIF(DATE(2024,1,31),DATE(2024,7,10),"M")')]).toEqual([d('2024-02-29'), 4, 5]);
  });

  it('follows references across sheets and names, formulas reading formulas, and survives a cycle', () => {
    const values = book(
      { 'Phụ lục': { A1: 2, A2: '=A1*3', A3: "='Tổng hợp'!A1+1" }, 'Tổng hợp': { A1: "=SUM('Phụ lục'!A1:A2)+Ngay", A2: '=A3', A3: '=A2+1', A4: '=Khong', A5: '=FOO(1)' } },
      [['Ngay', 'Phụ lục', 'A1']],
    );
    expect(values.valueAt('Phụ lục', 3, 1)).toBe(11);
    expect(values.valueAt('Tổng hợp', 2, 1)).toBe(1);
    expect(values.valueAt('Tổng hợp', 4, 1)).toEqual({ error: '#NAME?' });
    expect(values.valueAt('Tổng hợp', 5, 1)).toEqual({ error: '#NAME?' });
  });

  it('keeps the value the file had for a formula it cannot compute', () => {
    const s = memorySheet(snapshotFromRows('S', [['kept', 1]], { formulas: [['=TEXT(B1,"00")', null]] }));
    expect(new FormulaValues(new MemoryWorkbook([s])).valueAt('S', 1, 1)).toBe('kept');
  });

  it('computes a long chain of formulas without overflowing the stack', () => {
    const s = memorySheet(snapshotFromRows('S', [[1]]));
    s.snapshot.formulas = [[null]];
    for (let r = 2; r <= 20_000; r++) {
      s.snapshot.values.push([null]);
      s.snapshot.formulas.push([`=A${r - 1}+1`]);
    }
    expect(new FormulaValues(new MemoryWorkbook([s])).valueAt('S', 20_000, 1)).toBe(20_000);
  });

  it('reads a shared formula as each cell’s own (the file gives the other cells only the first one’s address)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    [1, 2, 3].forEach((n, i) => (ws.getCell(i + 1, 1).value = n));
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 6 } as ExcelJS.CellValue;
    const workbook = memoryWorkbookFromExcelJs(await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(workbook.sheet('S')!.snapshot.formulas!.map((r) => r[1])).toEqual(['=A1*2', '=A2*2', '=A3*2']);
    workbook.sheet('S')!.snapshot.values[2]![0] = 10;
    expect(new FormulaValues(workbook).valueAt('S', 3, 2)).toBe(20);
  });
});
