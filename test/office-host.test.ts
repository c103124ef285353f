/**
 * The Office host through the in-memory Excel double: the same code the add-in runs in Excel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../bench/synthetic';
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import { parseRange, rangeAddress } from '../src/core/address';
import type { CellEdit } from '../src/core/report';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { WorkbookService } from '../src/core/workbook/service';
import type { SheetSnapshot } from '../src/core/snapshot';
import { HostError, type SheetChange, type WorkbookAdapter } from '../src/core/workbook/adapter';
import { MARK_FILL, MARK_FORMULA } from '../src/core/workbook/marks';
import { createOfficeHost, langOf } from '../src/hosts/office/officeHost';
import { EDIT_MODE_BACKOFF_MS } from '../src/hosts/office/runner';
import { ExcelDouble, PAYLOAD_LIMIT_BYTES, type DoubleOptions } from './excel-double';
import { table } from './helpers/table';

const AS_OF = '2024-08-01';

/** The cell edits of a written plan. */
const editsOf = (plan: WorkbookPlan): CellEdit[] => plan.steps.flatMap((s) => (s.kind === 'cells' ? s.edits : []));
const SEED = 2024;
const SHEET = 'Phụ lục';

interface Setup {
  excel: ExcelDouble;
  host: WorkbookAdapter;
  /** The core's workbook service over the host: what the pane calls. */
  service: WorkbookService;
  sleeps: number[];
  clock: { now: number };
}

function setup(snapshot: SheetSnapshot, options: DoubleOptions = {}): Setup {
  const excel = ExcelDouble.fromSnapshot(snapshot, options);
  const sleeps: number[] = [];
  const clock = { now: 1_000_000 };
  const host = createOfficeHost({
    excel,
    displayLanguage: 'vi-VN',
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
    sleep: async (ms) => void sleeps.push(ms),
    now: () => clock.now,
  });
  return { excel, host, service: new WorkbookService(host), sleeps, clock };
}

/** Syncs and the largest payload of one host call. */
async function measured<T>(excel: ExcelDouble, call: () => Promise<T>): Promise<{ result: T; syncs: number; maxBytes: number }> {
  excel.resetLog();
  const result = await call();
  return { result, syncs: excel.syncCount, maxBytes: excel.maxPayloadBytes };
}

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('expected a HostError');
}

const SNAPSHOTS = new Map<number, SheetSnapshot>();
const synthetic = (rows: number): SheetSnapshot => {
  let s = SNAPSHOTS.get(rows);
  if (!s) SNAPSHOTS.set(rows, (s = syntheticSnapshot(rows, SEED)));
  return s;
};

describe('readActiveSheet', () => {
  const syncsAt = new Map<number, number>();

  it.each([100, 10_000])('reads %i rows in a few syncs, each well under 5 MB, as the core sees them directly', async (rows) => {
    const snapshot = synthetic(rows);
    const { excel, host, service } = setup(snapshot);
    const { result, syncs, maxBytes } = await measured(excel, async () => (await service.readActiveSheet()).snapshot);
    syncsAt.set(rows, syncs);
    expect(syncs).toBeLessThanOrEqual(4);
    expect(maxBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
    expect(checkSheet(result, { asOf: AS_OF })).toEqual(checkSheet(snapshot, { asOf: AS_OF }));
    expect(result.values).toEqual(snapshot.values);
    expect(result.decimalSeparator).toBe(',');
  });

  it('takes as many syncs at 10,000 rows as at 100', () => {
    expect(syncsAt.get(10_000)).toBe(syncsAt.get(100));
  });

  it('splits 100,000 rows into chunks under the limit and still reads them right', async () => {
    const snapshot = synthetic(100_000);
    const { excel, host, service } = setup(snapshot);
    const { result, syncs, maxBytes } = await measured(excel, async () => (await service.readActiveSheet()).snapshot);
    expect(syncs).toBeGreaterThan(3);
    expect(maxBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncLog.every((s) => s.error === undefined)).toBe(true);
    expect(result.values).toEqual(snapshot.values);
    expect(result.merges).toEqual(expect.arrayContaining(snapshot.merges));
    expect(result.merges).toHaveLength(snapshot.merges.length);
    expect(checkSheet(result, { asOf: AS_OF })).toEqual(checkSheet(snapshot, { asOf: AS_OF }));
  }, 120_000);

  it('halves a chunk that Excel refuses as too large and goes on', async () => {
    const snapshot = synthetic(10_000);
    const { excel, host, service } = setup(snapshot, { payloadLimitBytes: 1_000_000 });
    const result = (await service.readActiveSheet()).snapshot;
    expect(excel.syncLog.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(result.values).toEqual(snapshot.values);
    expect(checkSheet(result, { asOf: AS_OF })).toEqual(checkSheet(snapshot, { asOf: AS_OF }));
  });

  it('reads a sheet with many merged areas per row without passing the 512-area limit, still in 3 syncs (issue 8 #2)', async () => {
    const base = synthetic(300);
    const width = 22;
    const values = base.values.map((row) => [...row, ...Array.from({ length: width - row.length }, () => null)]);
    const merges = [];
    for (let r = 20; r <= 300; r++) for (let c = 1; c < width; c += 2) merges.push({ top: r, left: c + 6, bottom: r, right: c + 7 });
    const { excel, service } = setup({ ...base, values, merges: merges.filter((m) => m.right <= width) });
    const { result, syncs } = await measured(excel, async () => (await service.readActiveSheet()).snapshot);
    expect(excel.syncLog.some((s) => s.error !== undefined)).toBe(false);
    expect(syncs).toBe(3);
    expect(result.merges.length).toBe(merges.filter((m) => m.right <= width).length);
  });

  it('says in one line that a chart sheet is active (issue 8 #6)', async () => {
    const { excel, service } = setup(synthetic(100));
    excel.model.chartSheetActive = true;
    const error = await rejection(service.readActiveSheet());
    expect(error.reason).toBe('not-found');
    expect(error.message).toBe('Trang đang mở không phải là trang tính (có thể là trang biểu đồ). Hãy chọn trang có bảng phụ lục rồi kiểm tra lại.');
  });

  it('gives an empty snapshot for an empty sheet, in one sync', async () => {
    const { excel, host, service } = setup({ name: 'Trống', top: 1, left: 1, values: [], merges: [], tables: [] });
    const { result, syncs } = await measured(excel, async () => (await service.readActiveSheet()).snapshot);
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ name: 'Trống', values: [], merges: [], tables: [] });
    expect(checkSheet(result, { asOf: AS_OF }).findings.map((f) => f.code)).toEqual(['table-not-found']);
  });

  it('reads a sheet without a table in two syncs (no formats needed)', async () => {
    const values = [
      ['Ghi chú cuộc họp', null],
      ['Ngày 5/3', 'Đã gửi'],
    ];
    const { excel, host, service } = setup({ name: 'Ghi chú', top: 2, left: 3, values, merges: [], tables: [] });
    const { result, syncs } = await measured(excel, async () => (await service.readActiveSheet()).snapshot);
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ top: 2, left: 3, values });
    expect(checkSheet(result, { asOf: AS_OF }).findings.map((f) => f.code)).toEqual(['table-not-found']);
  });

  it('brings hidden rows, formulas, errors and Excel Tables through', async () => {
    const snapshot = synthetic(100);
    const values = snapshot.values.map((r) => [...r]);
    values[10]![4] = { error: '#REF!' };
    values[11]![4] = '#N/A'; // text that only looks like an error
    const formulas = values.map((r) => r.map((): string | null => null));
    formulas[10]![4] = '=VLOOKUP(A1,X:Y,2,0)';
    const table = { name: 'Bang1', range: { top: 5, left: 1, bottom: 105, right: 6 }, showHeaders: true };
    const seeded: SheetSnapshot = { ...snapshot, values, formulas, hiddenRows: [7, 30, 31], tables: [table] };
    const { host, service } = setup(seeded);
    const result = (await service.readActiveSheet()).snapshot;
    expect(result.hiddenRows).toEqual([7, 30, 31]);
    expect(result.values[10]![4]).toEqual({ error: '#REF!' });
    expect(result.values[11]![4]).toBe('#N/A');
    expect(result.formulas?.[10]?.[4]).toBe('=VLOOKUP(A1,X:Y,2,0)');
    expect(result.formulas?.flat().filter(Boolean)).toHaveLength(1);
    expect(result.tables).toEqual([table]);
    expect(checkSheet(result, { asOf: AS_OF })).toEqual(checkSheet(seeded, { asOf: AS_OF }));
  });
});

describe('applyEdits', () => {
  it.each([100, 10_000])('writes the planFixes plan for %i rows in 2 syncs, and its inverse restores the sheet exactly', async (rows) => {
    const snapshot = synthetic(rows);
    const { excel, host, service } = setup(snapshot);
    const before = excel.cellsOf(SHEET);
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    expect(plan.edits.length).toBeGreaterThan(0);

    const { result, syncs, maxBytes } = await measured(excel, () => service.applyEdits(SHEET, plan.edits));
    expect(syncs).toBe(2);
    expect(maxBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(result.conflicts).toEqual([]);
    expect(editsOf(result.applied)).toHaveLength(plan.edits.length);
    for (const edit of plan.edits) {
      const cell = excel.cellAt(SHEET, edit.cell);
      expect(cell.value, edit.cell).toEqual(edit.value);
      if (edit.numFmt !== undefined) expect(cell.numFmt).toBe(edit.numFmt);
      if (edit.italic !== undefined) expect(cell.italic).toBe(edit.italic);
    }
    // The checker has nothing left to fix.
    const after = checkSheet((await service.readActiveSheet()).snapshot, { asOf: AS_OF });
    expect(planFixes(after.findings).edits).toEqual([]);

    const undo = await service.undo(result.applied);
    expect(undo.conflicts).toEqual([]);
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('halves a write that Excel refuses as too large and writes it all, still as one undoable plan', async () => {
    const snapshot = synthetic(10_000);
    const { excel, service } = setup(snapshot, { payloadLimitBytes: 40_000 });
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    const before = excel.cellsOf(SHEET);
    const result = await service.applyEdits(SHEET, plan.edits);
    expect(excel.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(editsOf(result.applied)).toHaveLength(plan.edits.length);
    for (const edit of plan.edits) expect(excel.cellAt(SHEET, edit.cell).value, edit.cell).toEqual(edit.value);
    await service.undo(result.applied);
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('halves a write that an older Excel on the web refuses with GeneralException (issue 8 #3)', async () => {
    const snapshot = synthetic(10_000);
    const { excel, service } = setup(snapshot, { payloadLimitBytes: 40_000, oversizeError: 'GeneralException' });
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    const result = await service.applyEdits(SHEET, plan.edits);
    expect(excel.syncLog.some((s) => s.error === 'GeneralException')).toBe(true);
    expect(editsOf(result.applied)).toHaveLength(plan.edits.length);
    for (const edit of plan.edits) expect(excel.cellAt(SHEET, edit.cell).value, edit.cell).toEqual(edit.value);
  });

  it('stores texts Excel would parse as they are ("1.1" as text, "- …" not as a formula, a kept apostrophe)', async () => {
    const values = [['STT', 'Nội dung'], [1.1, '<i>- Tỷ lệ đạt 98%</i>'], [2, "'Kế hoạch"]];
    const { excel, host, service } = setup({ name: SHEET, top: 1, left: 1, values, merges: [], tables: [] });
    const edits: CellEdit[] = [
      { cell: 'A2', row: 2, col: 1, value: '1.1', before: 1.1, numFmt: '@' },
      { cell: 'B2', row: 2, col: 2, value: '- Tỷ lệ đạt 98%', before: '<i>- Tỷ lệ đạt 98%</i>', italic: true },
      { cell: 'B3', row: 3, col: 2, value: 'Kế hoạch', before: "'Kế hoạch" },
      { cell: 'A3', row: 3, col: 1, value: '2024-06-30', before: 2 },
    ];
    const { applied } = await service.applyEdits(SHEET, edits);
    expect(excel.valueAt(SHEET, 'A2')).toBe('1.1');
    expect(excel.valueAt(SHEET, 'B2')).toBe('- Tỷ lệ đạt 98%');
    expect(excel.cellAt(SHEET, 'B2').formula).toBeNull();
    expect(excel.valueAt(SHEET, 'B3')).toBe('Kế hoạch');
    expect(excel.valueAt(SHEET, 'A3')).toBe('2024-06-30');
    expect(editsOf(applied).map((e) => [e.beforeNumFmt, e.beforeItalic])).toEqual([
      ['General', undefined],
      [undefined, false],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    await service.undo(applied);
    expect(excel.cellsOf(SHEET).values).toEqual(values);
  });

  it('moves converted legacy text to Times New Roman, and the undo brings back the .VnTime font', async () => {
    const snapshot = table([['1', 'B¸o c¸o kÕt qu¶', 'V¨n phßng', 'Báo cáo', 'Tháng 6']]);
    const excel = new ExcelDouble();
    const fontName = snapshot.values.map((row) => row.map(() => '.VnTime'));
    excel.addSheet(SHEET, { values: snapshot.values, fontName }, { activate: true });
    const host = createOfficeHost({ excel, displayLanguage: 'vi-VN', isSetSupported: () => true, sleep: async () => undefined, now: () => 0 });
    const service = new WorkbookService(host);
    const plan = planFixes(checkSheet((await service.readActiveSheet()).snapshot, { asOf: AS_OF }).findings, ['text-legacy-encoding']);
    expect(plan.edits.map((e) => e.cell)).toEqual(['B4', 'C4']);
    const { result, syncs } = await measured(excel, () => service.applyEdits(SHEET, plan.edits));
    expect(syncs).toBe(2);
    expect(excel.cellAt(SHEET, 'C4')).toMatchObject({ value: 'Văn phòng', fontName: 'Times New Roman' });
    expect(excel.cellAt(SHEET, 'D4').fontName).toBe('.VnTime');
    expect(editsOf(result.applied).map((e) => e.beforeFontName)).toEqual(['.VnTime', '.VnTime']);
    await service.undo(result.applied);
    expect(excel.cellAt(SHEET, 'C4')).toMatchObject({ value: 'V¨n phßng', fontName: '.VnTime' });
  });

  it('writes nothing when a cell changed since the check: the plan is all or nothing', async () => {
    const snapshot = synthetic(100);
    const { excel, host, service } = setup(snapshot);
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    const target = plan.edits[0]!;
    excel.userEdit(SHEET, target.cell, 'Sửa tay');
    const before = excel.cellsOf(SHEET);
    const { applied, conflicts } = await service.applyEdits(SHEET, plan.edits);
    expect(conflicts).toEqual([{ cell: target.cell, expected: target.before, found: 'Sửa tay' }]);
    expect(applied.steps).toEqual([]);
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('writes nothing on a protected sheet and says so', async () => {
    const snapshot = synthetic(100);
    const { excel, host, service } = setup(snapshot);
    excel.protect(SHEET);
    const before = excel.cellsOf(SHEET);
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    const error = await rejection(service.applyEdits(SHEET, plan.edits));
    expect(error.reason).toBe('protected');
    expect(error.message).toContain('được bảo vệ');
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('writes unlocked cells of a protected sheet, and refuses a locked one naming it (issue 8 #4)', async () => {
    const snapshot = synthetic(100);
    const { excel, service } = setup(snapshot);
    // Values only: an unlocked cell takes a value, but its formats stay protected.
    const edit = (row: number): CellEdit => {
      const before = snapshot.values[row - 1]![1]!;
      return { cell: `B${row}`, row, col: 2, value: `${String(before)} (sửa)`, before };
    };
    const [first, second] = [edit(10), edit(11)];
    excel.protect(SHEET);
    excel.unlock(SHEET, first!.cell);
    const ok = await service.applyEdits(SHEET, [first!]);
    expect(excel.cellAt(SHEET, first!.cell).value).toEqual(first!.value);
    expect(editsOf(ok.applied)).toHaveLength(1);
    const before = excel.cellsOf(SHEET);
    const error = await rejection(service.applyEdits(SHEET, [second!]));
    expect(error.reason).toBe('protected');
    expect(error.message).toContain(`Ô ${second!.cell} trên trang “${SHEET}” bị khoá`);
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('retries while the user is typing in a cell, then asks them to press Enter (an Excel without delayForCellEdit)', async () => {
    const snapshot = synthetic(100);
    const { excel, host, service, sleeps } = setup(snapshot, { apiVersion: 1.1 });
    const before = excel.cellsOf(SHEET);
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    excel.setEditMode(Number.POSITIVE_INFINITY);
    const error = await rejection(service.applyEdits(SHEET, plan.edits));
    expect(error.reason).toBe('edit-mode');
    expect(error.message).toBe('Hãy kết thúc việc nhập ô đang sửa (nhấn Enter) rồi thử lại.');
    expect(sleeps).toEqual(EDIT_MODE_BACKOFF_MS);
    expect(excel.cellsOf(SHEET)).toEqual(before);
  });

  it('waits for Enter instead of retrying where Excel supports delayForCellEdit (issue 8 #5)', async () => {
    const snapshot = synthetic(100);
    const { excel, service, sleeps } = setup(snapshot, { apiVersion: 1.14 });
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    excel.setEditMode(Number.POSITIVE_INFINITY);
    const { applied } = await service.applyEdits(SHEET, plan.edits);
    expect(editsOf(applied)).toHaveLength(plan.edits.length);
    expect(excel.delayedForCellEdit).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('succeeds when edit mode ends during the retries', async () => {
    const snapshot = synthetic(100);
    const { excel, host, service, sleeps } = setup(snapshot, { apiVersion: 1.1 });
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    excel.setEditMode(2);
    const { applied } = await service.applyEdits(SHEET, plan.edits);
    expect(editsOf(applied)).toHaveLength(plan.edits.length);
    expect(sleeps).toEqual(EDIT_MODE_BACKOFF_MS.slice(0, 2));
  });

  it('reports a missing sheet', async () => {
    const { host, service } = setup(synthetic(100));
    const error = await rejection(service.applyEdits('Không có', [{ cell: 'A1', row: 1, col: 1, value: 'x', before: null }]));
    expect(error.reason).toBe('not-found');
  });
});

describe('marks', () => {
  const userCf = { type: 'CellValue', ranges: [{ top: 6, left: 5, bottom: 40, right: 5 }], formula: '=$E6<TODAY()', fill: '#FF0000' };

  it('adds marks in one batch and clears exactly them, leaving the user’s conditional formats', async () => {
    const { excel, host, service } = setup(synthetic(100));
    excel.addUserConditionalFormat(SHEET, userCf);
    const before = excel.conditionalFormatsOf(SHEET);
    const marks = [
      { cell: 'C7', severity: 'error' as const },
      { cell: 'C8', severity: 'error' as const },
      { cell: 'C8', severity: 'info' as const },
      { cell: 'E9', severity: 'warning' as const },
      { cell: 'A12', severity: 'info' as const },
    ];
    await host.setMarks(SHEET, marks);
    const ours = excel.conditionalFormatsOf(SHEET).filter((cf) => cf.formula === MARK_FORMULA);
    expect(ours).toEqual(
      expect.arrayContaining([
        { type: 'Custom', ranges: [{ top: 7, left: 3, bottom: 8, right: 3 }], formula: MARK_FORMULA, fill: `#${MARK_FILL.error}` },
        { type: 'Custom', ranges: [{ top: 9, left: 5, bottom: 9, right: 5 }], formula: MARK_FORMULA, fill: `#${MARK_FILL.warning}` },
        { type: 'Custom', ranges: [{ top: 12, left: 1, bottom: 12, right: 1 }], formula: MARK_FORMULA, fill: `#${MARK_FILL.info}` },
      ]),
    );
    expect(ours).toHaveLength(3);
    // Marking again replaces rather than stacks.
    await host.setMarks(SHEET, marks);
    expect(excel.conditionalFormatsOf(SHEET).filter((cf) => cf.formula === MARK_FORMULA)).toHaveLength(3);
    await host.clearMarks(SHEET);
    expect(excel.conditionalFormatsOf(SHEET)).toEqual(before);
  });

  it('splits many marks over several conditional formats, and clears them all', async () => {
    const { excel, host, service } = setup(synthetic(1000));
    const marks = Array.from({ length: 300 }, (_, i) => ({ cell: `C${6 + 3 * i}`, severity: 'warning' as const }));
    await host.setMarks(SHEET, marks);
    const ours = excel.conditionalFormatsOf(SHEET);
    expect(ours.length).toBeGreaterThan(1);
    expect(ours.flatMap((cf) => cf.ranges)).toHaveLength(300);
    await host.clearMarks(SHEET);
    expect(excel.conditionalFormatsOf(SHEET)).toEqual([]);
  });

  it('marks several areas under a Vietnamese Excel desktop, whose list separator is ";" (issue 8)', async () => {
    const { excel, host } = setup(synthetic(100), { listSeparator: ';' });
    await host.setMarks(SHEET, [
      { cell: 'C7', severity: 'error' },
      { cell: 'E9', severity: 'error' },
      { cell: 'A12', severity: 'warning' },
    ]);
    const ranges = excel.conditionalFormatsOf(SHEET).flatMap((cf) => cf.ranges);
    expect(ranges).toEqual(expect.arrayContaining([{ top: 7, left: 3, bottom: 7, right: 3 }, { top: 9, left: 5, bottom: 9, right: 5 }, { top: 12, left: 1, bottom: 12, right: 1 }]));
    await host.clearMarks(SHEET);
    expect(excel.conditionalFormatsOf(SHEET)).toEqual([]);
  });

  it('says when the sheet is protected', async () => {
    const { excel, host, service } = setup(synthetic(100));
    excel.protect(SHEET);
    expect((await rejection(host.setMarks(SHEET, [{ cell: 'A6', severity: 'error' }]))).reason).toBe('protected');
  });
});

describe('onSheetChanged', () => {
  async function changesAfter(options: DoubleOptions): Promise<{ changes: SheetChange[]; s: Setup; plan: CellEdit[] }> {
    const snapshot = synthetic(100);
    const s = setup(snapshot, options);
    const changes: SheetChange[] = [];
    await s.host.onSheetChanged((c) => changes.push(c));
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings).edits;
    await s.service.applyEdits(SHEET, plan);
    await s.excel.flushEvents();
    return { changes, s, plan };
  }

  it.each([1.13, 1.14])('ignores the host’s own writes and delivers user edits (ExcelApi %s)', async (apiVersion) => {
    const { changes, s } = await changesAfter({ apiVersion });
    expect(changes).toEqual([]);
    s.excel.userEdit(SHEET, 'C20', 'Văn phòng');
    await s.excel.flushEvents();
    expect(changes).toEqual([{ sheet: SHEET, address: 'C20' }]);
  });

  it('without triggerSource, drops events inside the own-write window only while it lasts', async () => {
    const { changes, s, plan } = await changesAfter({ apiVersion: 1.13 });
    const written = plan[0]!.cell;
    s.excel.userEdit(SHEET, written, 'ngay sau khi sửa');
    await s.excel.flushEvents();
    expect(changes).toEqual([]);
    s.clock.now += 5_000;
    s.excel.userEdit(SHEET, written, 'về sau');
    await s.excel.flushEvents();
    expect(changes).toEqual([{ sheet: SHEET, address: written }]);
  });

  it('does not report the lists it creates as user edits', async () => {
    const { excel, host, service } = setup(synthetic(100));
    const changes: SheetChange[] = [];
    await host.onSheetChanged((c) => changes.push(c));
    await service.createUnitList([{ name: 'Văn phòng' }]);
    await service.addDropdowns(SHEET, [{ range: parseRange('D6:D105')!, source: 'products' }]);
    await excel.flushEvents();
    expect(changes).toEqual([]);
    excel.userEdit('Danh mục', 'B3', 'Thanh tra');
    await excel.flushEvents();
    expect(changes).toEqual([{ sheet: 'Danh mục', address: 'B3' }]);
  });

  it('stops delivering once unsubscribed', async () => {
    const { excel, host, service } = setup(synthetic(100));
    const changes: SheetChange[] = [];
    const unsubscribe = await host.onSheetChanged((c) => changes.push(c));
    await unsubscribe();
    excel.userEdit(SHEET, 'C20', 'x');
    await excel.flushEvents();
    expect(changes).toEqual([]);
  });

  it('reports another sheet becoming active', async () => {
    const { excel, host, service } = setup(synthetic(100));
    excel.addSheet('Sheet2');
    let activations = 0;
    await host.onActiveSheetChanged(() => activations++);
    excel.userActivate('Sheet2');
    await excel.flushEvents();
    expect(activations).toBe(1);
  });
});

describe('unit list', () => {
  const units = [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Thanh tra', aliases: ['TTr'] }, { name: 'Phòng Kế hoạch - Tài chính' }];

  it('creates "Danh mục" with the name DanhMucDonVi and reads it back', async () => {
    const { excel, host, service } = setup(synthetic(100));
    expect(await service.readUnitList()).toBeNull();
    await service.createUnitList(units);
    expect(excel.cellsOf('Danh mục').values).toEqual([
      ['STT', 'Tên đơn vị', 'Viết tắt'],
      [1, 'Văn phòng Sở', 'VP'],
      [2, 'Thanh tra', 'TTr'],
      [3, 'Phòng Kế hoạch - Tài chính', null],
    ]);
    expect(excel.model.names.map((n) => [n.name, n.range])).toEqual([['DanhMucDonVi', { top: 2, left: 2, bottom: 4, right: 2 }]]);
    expect(await service.readUnitList()).toEqual(units);
    // The pane's sheet stays active.
    expect(excel.model.activeId).toBe(excel.sheet(SHEET).id);
  });

  it('creates the list in 2 syncs, and its undo removes exactly the sheet and the name', async () => {
    const { excel, service } = setup(synthetic(100));
    excel.resetLog();
    const created = await service.createUnitList(units);
    expect(excel.syncCount).toBe(2);
    expect(excel.sheet('Danh mục').columnWidths.get(2)).toBeGreaterThan(excel.sheet('Danh mục').columnWidths.get(1)!);
    await service.undo(created.applied);
    expect(excel.model.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(excel.model.names).toEqual([]);
  });

  it('refuses to create a second one', async () => {
    const { host, service } = setup(synthetic(100));
    await service.createUnitList(units);
    expect((await rejection(service.createUnitList(units))).reason).toBe('exists');
  });

  it('reads past a unit-list name left as #REF! by a deleted sheet (issue 8 #7)', async () => {
    const { excel, service } = setup(synthetic(100));
    excel.addSheet('Cũ', { values: [['Văn phòng']] });
    await excel.run(async (ctx) => {
      ctx.workbook.names.add('DanhMucDonVi', "='Cũ'!$A$1:$A$1");
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Cũ').delete();
      await ctx.sync();
    });
    expect(excel.model.names.map((n) => n.name)).toEqual(['DanhMucDonVi']);
    expect(await service.readUnitList()).toBeNull();
    excel.addSheet('Danh mục', { values: [['Tên đơn vị'], ['Thanh tra']] });
    expect(await service.readUnitList()).toEqual([{ name: 'Thanh tra' }]);
  });

  it('reads a sheet named like a unit list when there is no name', async () => {
    const { excel, host, service } = setup(synthetic(100));
    excel.addSheet('DM đơn vị', { values: [['TT', 'Đơn vị', 'Viết tắt'], [1, 'Văn phòng', 'VP'], [2, 'Thanh tra', null]], top: 3, left: 2 });
    expect(await service.readUnitList()).toEqual([{ name: 'Văn phòng', aliases: ['VP'] }, { name: 'Thanh tra' }]);
  });
});

describe('addDropdowns', () => {
  it('adds list validation fed by the names, skips ranges that already validate, never overwrites', async () => {
    const { excel, host, service } = setup(synthetic(100));
    await service.createUnitList([{ name: 'Văn phòng' }]);
    excel.addUserValidation(SHEET, 'D6:D20', { list: { inCellDropDown: true, source: 'Có,Không' } });
    const result = await service.addDropdowns(SHEET, [
      { range: parseRange('C6:C105')!, source: 'units' },
      { range: parseRange('D6:D105')!, source: 'products' },
    ]);
    expect(result.applied.steps.flatMap((s) => (s.kind === 'addValidation' ? [rangeAddress(s.range)] : []))).toEqual(['C6:C105']);
    expect(result.skipped.map((s) => rangeAddress(s.range))).toEqual(['D6:D105']);
    expect(excel.validationAt(SHEET, 'C50')).toEqual({ type: 'List', rule: { list: { inCellDropDown: true, source: '=DanhMucDonVi' } } });
    expect(excel.validationAt(SHEET, 'D6')?.rule).toEqual({ list: { inCellDropDown: true, source: 'Có,Không' } });
    expect(excel.validationAt(SHEET, 'D50')).toBeNull();
  });

  it('creates DanhMucSanPham beside the unit list when products need it', async () => {
    const { excel, host, service } = setup(synthetic(100));
    await service.createUnitList([{ name: 'Văn phòng' }, { name: 'Thanh tra' }]);
    await service.addDropdowns(SHEET, [{ range: parseRange('D6:D105')!, source: 'products' }]);
    const name = excel.model.nameByName('DanhMucSanPham')!;
    expect(name.range).toEqual({ top: 2, left: 5, bottom: 15, right: 5 });
    expect(excel.valueAt('Danh mục', 'E1')).toBe('Sản phẩm');
    expect(excel.valueAt('Danh mục', 'E2')).toBe('Kế hoạch');
    expect(excel.validationAt(SHEET, 'D6')?.rule).toEqual({ list: { inCellDropDown: true, source: '=DanhMucSanPham' } });
    // The product list is not read as units.
    expect(await service.readUnitList()).toEqual([{ name: 'Văn phòng' }, { name: 'Thanh tra' }]);
  });

  it('asks for the unit list first', async () => {
    const { host, service } = setup(synthetic(100));
    expect((await rejection(service.addDropdowns(SHEET, [{ range: parseRange('C6:C105')!, source: 'units' }]))).reason).toBe('not-found');
  });
});

describe('selectCell and language', () => {
  it('activates the sheet when needed and selects the cell', async () => {
    const { excel, host, service } = setup(synthetic(100));
    excel.addSheet('Khác', {}, { activate: true });
    await host.selectCell(SHEET, 'C42');
    expect(excel.model.activeId).toBe(excel.sheet(SHEET).id);
    expect(excel.sheet(SHEET).selection).toEqual({ top: 42, left: 3, bottom: 42, right: 3 });
    expect((await rejection(host.selectCell('Không có', 'A1'))).reason).toBe('not-found');
  });

  it('reads the selection with the sheet (of several Excel Tables, the one it is in gets checked)', async () => {
    const { host, service } = setup(synthetic(100));
    await host.selectCell(SHEET, 'C42');
    expect(((await service.readActiveSheet()).snapshot).selection).toEqual({ top: 42, left: 3, bottom: 42, right: 3 });
  });

  it('still reads the sheet when the selection is not a range (a chart or shape selected)', async () => {
    const snapshot = synthetic(100);
    const { excel, host, service } = setup(snapshot);
    excel.model.selectionIsNotARange = true;
    const read = (await service.readActiveSheet()).snapshot;
    expect(read.selection).toBeUndefined();
    expect(checkSheet(read, { asOf: AS_OF }).findings).toEqual(checkSheet(snapshot, { asOf: AS_OF }).findings);
  });

  it('speaks Vietnamese unless Office says otherwise', () => {
    expect(langOf('vi-VN')).toBe('vi');
    expect(langOf(undefined)).toBe('vi');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(createOfficeHost({ excel: new ExcelDouble(), displayLanguage: 'en-GB' }).lang).toBe('en');
  });

  it('words errors in the host language', async () => {
    const excel = ExcelDouble.fromSnapshot(synthetic(100));
    excel.protect(SHEET);
    const host = createOfficeHost({ excel, displayLanguage: 'en-US' });
    const error = await rejection(host.setMarks(SHEET, [{ cell: 'A6', severity: 'error' }]));
    expect(error.message).toMatch(/is protected/);
  });
});

beforeAll(() => {
  // Build the large synthetic tables once (they are shared between tests).
  synthetic(100);
  synthetic(10_000);
});
