/**
 * The standard appendix sheet over the in-memory workbook: "PHỤ LỤC", title and "(Kèm theo …)", the
 * header STT | Nội dung, tiêu chí | … | Tình trạng, rows pre-filled with the criteria that lost points
 * (or blank), dropdowns, A4 landscape with the header repeated; a filled appendix checks with no error;
 * inserting again replaces ours in one undo step.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { APPENDIX_SHEET_NAME, insertAppendixSheet, restoredAppendix } from '../src/core/plan-sheet';
import { a1 } from '../src/core/address';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { unitListPlan } from '../src/core/workbook/catalog';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { visibleState } from './helpers/memory-state';
import { langSon2023 } from './fixtures/score-tables';

const SETTINGS = { unitName: 'Sở Công Thương', planNumber: '04', planSymbol: 'KH-SCT', planDate: '2024-01-05' };
const HEADER = ['STT', 'Nội dung, tiêu chí', 'Giải pháp', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời gian hoàn thành', 'Tình trạng'];

function setup(sheets: SheetSnapshot[] = [langSon2023('comma').snapshot]) {
  const host = new MemoryAdapter(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), 'vi');
  return { host, service: new WorkbookService(host) };
}

/** A table without scores: sections and tasks, the Trà Vinh shape. */
const unscored = () =>
  snapshotFromRows('Phụ lục', [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/02/2025 của UBND huyện)'],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
    ['I', 'Công tác chỉ đạo, điều hành', null, null, null],
    ['1', 'Ban hành kế hoạch CCHC năm 2025', 'Văn phòng', 'Kế hoạch', 'Quý I/2025'],
    ['2', 'Kiểm tra CCHC tại các xã', 'Phòng Nội vụ', 'Báo cáo', 'Tháng 10/2025'],
  ]);

describe('the appendix sheet', () => {
  it('has the heading, the standard header and the criteria that lost points, numbered I / 1', async () => {
    const { host, service } = setup();
    const done = await insertAppendixSheet(service, { settings: SETTINGS });
    expect(done.sheet).toBe('Phụ lục kế hoạch');
    const sheet = host.workbook.sheet(done.sheet)!;
    const v = sheet.snapshot.values;
    expect(v[0]![0]).toBe('PHỤ LỤC');
    expect(v[1]![0]).toBe('NỘI DUNG KHẮC PHỤC CÁC TIÊU CHÍ BỊ ĐÁNH GIÁ THẤP TẠI KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023');
    expect(v[2]![0]).toBe('(Kèm theo Kế hoạch số 04/KH-SCT ngày 05 tháng 01 năm 2024 của Sở Công Thương)');
    expect(v[4]).toEqual(HEADER);
    expect(v[5]!.slice(0, 2)).toEqual(['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC (6,5/10 điểm)']);
    expect(v[6]!.slice(0, 2)).toEqual(['1', 'Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC (01/2,5 điểm)']);
    expect(v[8]!.slice(0, 2)).toEqual(['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (19,5/20 điểm)']);
    // The status dropdown (no unit list in this workbook: no unit dropdowns).
    expect(sheet.validations.map((x) => [x.range.left, 'values' in x.list ? x.list.values : x.list.name])).toEqual([[8, ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành']]]);
    expect(host.workbook.names.find((n) => n.key.name === APPENDIX_SHEET_NAME)?.target).toEqual({ sheet: done.sheet, range: { top: 1, left: 1, bottom: 16, right: 8 } });
  });

  it('checks with no error once the user has filled its rows', async () => {
    const { host, service } = setup();
    const done = await insertAppendixSheet(service, { settings: SETTINGS });
    const snap = () => host.workbook.sheet(done.sheet)!.snapshot;
    const edits = snap().values.flatMap((row, i) => {
      const r = i + 1;
      if (r < 6 || !/^\d+$/.test(String(row[0] ?? ''))) return [];
      return [
        [3, 'Xây dựng chuyên mục, cập nhật tin bài'],
        [4, 'Văn phòng'],
        [6, 'Báo cáo'],
        [7, 'Quý II/2024'],
        [8, 'Đang thực hiện'],
      ].map(([col, value]) => ({ cell: a1(r, col as number), row: r, col: col as number, value: value as string, before: null }));
    });
    await service.applyEdits(done.sheet, edits);
    const findings = analyzeSheet(snap(), { asOf: '2024-02-01' }).report.findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual([]);
  });

  it('from a table without scores: its sections and tasks, with owner and time, and the unit dropdowns when the workbook has a unit list', async () => {
    const { host, service } = setup([unscored()]);
    await service.applyPlan(unitListPlan([{ name: 'Văn phòng' }, { name: 'Phòng Nội vụ' }], 'vi'));
    const done = await insertAppendixSheet(service, {});
    const sheet = host.workbook.sheet(done.sheet)!;
    expect(sheet.snapshot.values[2]![0]).toBe('(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 02 năm 2025 của UBND huyện)');
    expect(sheet.snapshot.values.slice(5, 8).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', null, null],
      ['1', 'Ban hành kế hoạch CCHC năm 2025', 'Văn phòng', 'Quý I/2025'],
      ['2', 'Kiểm tra CCHC tại các xã', 'Phòng Nội vụ', 'Tháng 10/2025'],
    ]);
    // The table's own product column reaches the appendix's "Sản phẩm".
    expect(sheet.snapshot.values[6]![5]).toBe('Kế hoạch');
    expect(sheet.validations.map((x) => x.range.left)).toEqual([4, 5, 8]);
  });

  it('without prefill: ten blank bordered rows under the header', async () => {
    const { host, service } = setup();
    const done = await insertAppendixSheet(service, { settings: SETTINGS, prefill: false });
    const v = host.workbook.sheet(done.sheet)!.snapshot.values;
    expect(v[4]).toEqual(HEADER);
    expect(v.slice(5).every((r) => r.every((x) => x === null))).toBe(true);
    expect(host.workbook.names.find((n) => n.key.name === APPENDIX_SHEET_NAME)?.target?.range.bottom).toBe(15);
  });

  it('inserting again replaces ours in one step, and its undo brings back what the user had typed there', async () => {
    const { host, service } = setup();
    const first = await insertAppendixSheet(service, { settings: SETTINGS });
    await service.applyEdits(first.sheet, [{ cell: 'D7', row: 7, col: 4, value: 'Văn phòng Sở', before: null }]);
    const typed = visibleState(host.workbook);
    const second = await insertAppendixSheet(service, { settings: { ...SETTINGS, planNumber: '05' } });
    expect(second.updated).toBe(true);
    expect(host.workbook.sheets.map((s) => s.snapshot.name)).toEqual(['Lạng Sơn 2023 (comma)', 'Phụ lục kế hoạch']);
    expect(host.workbook.sheet(second.sheet)!.snapshot.values[6]![3]).toBeNull();
    await service.undo(second.result.applied);
    expect(visibleState(host.workbook)).toEqual(typed);
  });

  it('an update to a shorter appendix, undone, gives back the dropdowns over the old rows', async () => {
    const { host, service } = setup();
    await service.applyPlan(unitListPlan([{ name: 'Văn phòng' }], 'vi'));
    await insertAppendixSheet(service, { settings: SETTINGS });
    const first = visibleState(host.workbook);
    const second = await insertAppendixSheet(service, { settings: SETTINGS, prefill: false });
    await service.undo(second.result.applied);
    expect(visibleState(host.workbook)).toEqual(first);
  });

  it('restores an unedited appendix exactly from its text', async () => {
    const { host, service } = setup();
    const done = await insertAppendixSheet(service, { settings: SETTINGS });
    const { kind: _kind, ...added } = done.result.applied.steps.find((s) => s.kind === 'addSheet')!;
    const block = await host.readCells(done.sheet, null);
    const range = host.workbook.names.find((n) => n.key.name === APPENDIX_SHEET_NAME)!.target!.range;
    const { buildAppendix } = await import('../src/core/plan-doc');
    const restored = restoredAppendix(done.sheet, block, range, buildAppendix({ settings: SETTINGS, areas: [] }, { prefill: false }));
    expect(restored).toEqual({ ...added, after: undefined });
  });
});
