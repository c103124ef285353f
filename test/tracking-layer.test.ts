/**
 * The tracking layer through the workbook service on a workbook in memory (the preview's and cchc's
 * host): where it goes, what it never touches, that a second run updates it in place, that removing it
 * (or undoing it) leaves the workbook exactly as it was, and that the checker never takes its columns for
 * the user's.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { snapshotFromRows, type RawValue, type SheetSnapshot } from '../src/core/snapshot';
import { HostError } from '../src/core/workbook/adapter';
import { WorkbookService } from '../src/core/workbook/service';
import { annotate, removeTracking } from '../src/core/tracking/operations';
import { NAMES } from '../src/core/tracking/formulas';
import { SUMMARY_SHEET } from '../src/core/tracking/summary-sheet';
import { readTracking, saveTrackingSettings } from '../src/core/tracking/read';
import { progressText } from '../src/core/tracking/report-text';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { memoryCell as cell, visibleState as state } from './helpers/memory-state';

const SHEET = 'Phụ lục';
const HEADER: RawValue[] = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'];
const ROWS: RawValue[][] = [
  ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 3/2024'],
  ['2', 'Kiểm tra CCHC', 'Thanh tra, Văn phòng', 'Báo cáo', 'Quý III/2024'],
  ['3', 'Báo cáo CCHC', 'Văn phòng', 'Báo cáo', 'trước ngày 20 hàng tháng'],
];
const table = (extraHeader: RawValue[] = [], extraRows: RawValue[][] = []): SheetSnapshot =>
  snapshotFromRows(SHEET, [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)'],
    [],
    [...HEADER, ...extraHeader],
    ...ROWS.map((r, i) => [...r, ...(extraRows[i] ?? [])]),
  ]);

const setup = (...sheets: SheetSnapshot[]) => {
  const workbook = new MemoryWorkbook(sheets.map((s) => memorySheet(s)));
  return { workbook, service: new WorkbookService(new MemoryAdapter(workbook, 'vi')) };
};


describe('the tracking layer on a workbook in memory', () => {
  it('goes right of the table: Tình trạng (the table has none), Hạn hoàn thành, Cảnh báo, Đơn vị theo dõi; settings above', async () => {
    const { workbook, service } = setup(table());
    const done = await annotate(service, { asOf: '2024-07-10' });
    expect(['F4', 'G4', 'H4', 'I4'].map((a) => cell(workbook, SHEET, a).v)).toEqual(['Tình trạng', 'Hạn hoàn thành', 'Cảnh báo', 'Đơn vị theo dõi']);
    expect(cell(workbook, SHEET, 'G5').v).toBe(45382); // 31/03/2024 as a date serial
    expect(cell(workbook, SHEET, 'G7').f).toBe('=IF(DAY(NgayDanhGia)<=20,DATE(YEAR(NgayDanhGia),MONTH(NgayDanhGia),20),DATE(YEAR(NgayDanhGia),MONTH(NgayDanhGia)+1,20))');
    expect(cell(workbook, SHEET, 'H5').f).toContain('MATCH(TRIM(F5),TinhTrang_HoanThanh,0)');
    expect(cell(workbook, SHEET, 'I6').v).toBe('Thanh tra; Văn phòng');
    expect([cell(workbook, SHEET, 'G2').v, cell(workbook, SHEET, 'H2').v, cell(workbook, SHEET, 'G3').v, cell(workbook, SHEET, 'H3').v]).toEqual(['Ngày đánh giá', 45483, 'Sắp đến hạn (ngày)', 15]);
    expect(workbook.names.map((n) => n.key.name).sort()).toEqual(Object.values(NAMES).sort());
    expect(workbook.sheets.map((s) => s.snapshot.name)).toEqual([SHEET, SUMMARY_SHEET]);
    expect(workbook.sheet(SHEET)!.validations).toEqual([expect.objectContaining({ range: { top: 5, left: 6, bottom: 7, right: 6 }, list: { name: NAMES.statusAll } })]);
    expect(workbook.sheet(SHEET)!.rules.map((r) => r.rule.fill)).toEqual(['FFC7CE', 'FFEB9C', 'C6EFCE']);
    expect(done.judged.map((r) => r.flag)).toEqual(['Quá hạn', '', 'Sắp đến hạn']);
  });

  it('is never taken for the user’s columns: the check finds what it found before, and reads the status column the layer added', async () => {
    const { workbook, service } = setup(table());
    const before = analyzeSheet(workbook.sheet(SHEET)!.snapshot, { asOf: '2024-07-10' }).report;
    await annotate(service, { asOf: '2024-07-10' });
    const after = analyzeSheet(workbook.sheet(SHEET)!.snapshot, { asOf: '2024-07-10' }).report;
    const shown = (r: typeof before) => r.findings.filter((f) => !(f.code === 'column-missing' && f.data?.column === 'status')).map((f) => `${f.code}@${f.cell}`);
    expect(shown(after)).toEqual(shown(before));
    expect(after.table!.columns.status).toBe('F');
    expect(after.table!.columns.time).toBe('E');
    expect(after.findings.filter((f) => f.code === 'column-duplicate')).toEqual([]);
  });

  it('a second run updates in place (statuses typed in its own column kept), and removing it leaves the workbook as it was', async () => {
    const { workbook, service } = setup(table());
    const original = state(workbook);
    await annotate(service, { asOf: '2024-07-10' });
    const once = state(workbook);
    await annotate(service, {});
    expect(state(workbook)).toEqual(once); // the fixed as-of date is kept
    workbook.sheet(SHEET)!.snapshot.values[4]![5] = 'Hoàn thành';
    const again = await annotate(service, { window: 30 });
    expect(cell(workbook, SHEET, 'F5').v).toBe('Hoàn thành');
    expect(cell(workbook, SHEET, 'H3').v).toBe(30);
    expect(again.judged.map((r) => r.flag)).toEqual(['Hoàn thành', '', 'Sắp đến hạn']);
    await removeTracking(service);
    expect(state(workbook)).toEqual(original);
  });

  it('undoing its removal brings it back, summary formulas and look included', async () => {
    const { workbook, service } = setup(table());
    await annotate(service, { asOf: '2024-07-10' });
    const annotated = state(workbook);
    const removed = await removeTracking(service);
    await service.undo(removed.applied);
    expect(state(workbook)).toEqual(annotated);
  });

  it('its undo is exact too', async () => {
    const { workbook, service } = setup(table());
    const original = state(workbook);
    const done = await annotate(service, { asOf: '2024-07-10' });
    for (const r of [...done.applied].reverse()) await service.undo(r.applied);
    expect(state(workbook)).toEqual(original);
  });

  it('uses the table’s own status column, and leaves the user’s own dropdown, sheet of the same name and cells alone', async () => {
    const { workbook, service } = setup(table(['Tình trạng'], [['Hoàn thành'], ['Chưa hoàn thành'], ['Đang thực hiện']]), snapshotFromRows(SUMMARY_SHEET, [['Ghi chú của tôi']]));
    workbook.sheet(SHEET)!.validations.push({ range: { top: 5, left: 6, bottom: 7, right: 6 }, list: { values: ['Xong', 'Chưa'] }, alert: { style: 'stop', title: '', message: '' } });
    const original = state(workbook);
    const done = await annotate(service, { asOf: '2024-07-10' });
    expect(done.layer.place).toMatchObject({ statusCol: 6, addsStatus: false, deadlineCol: 7 });
    expect(done.layer.summarySheet).toBe(`${SUMMARY_SHEET} (2)`);
    expect(cell(workbook, SUMMARY_SHEET, 'A1').v).toBe('Ghi chú của tôi');
    expect(workbook.sheet(SHEET)!.validations).toHaveLength(1);
    expect(workbook.names.map((n) => n.key.name)).not.toContain(NAMES.statusDropdown);
    expect(done.judged.map((r) => r.flag)).toEqual(['Hoàn thành', '', 'Sắp đến hạn']);
    await removeTracking(service);
    expect(state(workbook)).toEqual(original);
  });

  it('stops, naming the cell, when the columns right of the table hold anything; nothing is written', async () => {
    const snap = table();
    snap.values[6]![7] = 'ghi chú riêng';
    const { workbook, service } = setup(snap);
    const original = state(workbook);
    const e = await annotate(service, { asOf: '2024-07-10' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).message).toBe(
      'Ô H7 bên phải bảng đã có dữ liệu, nên chưa chèn cột theo dõi để không ghi đè. Hãy chèn vài cột trống ngay bên phải bảng (hoặc dời dữ liệu đó đi) rồi chạy lại.',
    );
    expect(state(workbook)).toEqual(original);
  });

  it('one layer per workbook: another sheet is refused while it has one; removing it works from any sheet', async () => {
    const other = { ...table(), name: 'Phụ lục 2' };
    const { workbook, service } = setup(table(), other);
    await annotate(service, { asOf: '2024-07-10' });
    await (service.host as MemoryAdapter).selectCell('Phụ lục 2', 'A1');
    const e = await annotate(service, {}).catch((x: unknown) => x);
    expect((e as HostError).message).toBe('Bảng tính đã có cột theo dõi trên trang “Phụ lục”. Hãy gỡ cột theo dõi ở đó trước khi chèn cho trang này.');
    // Removing it works from any sheet: the names say where it is.
    await removeTracking(service);
    expect(cell(workbook, SHEET, 'G4').v).toBeNull();
  });

  it('says there is nothing to remove on a workbook without a layer', async () => {
    const { service } = setup(table());
    expect(((await removeTracking(service).catch((x: unknown) => x)) as HostError).message).toBe('Trang này chưa có cột theo dõi hạn của CCHC Phụ lục, nên không có gì để gỡ.');
  });

  it('reads back as the pane shows it, settings saved in the workbook, and the counts as report text', async () => {
    const { workbook, service } = setup(table());
    expect(await readTracking(service)).toBeNull();
    await annotate(service, { asOf: '2024-07-10' });
    workbook.sheet(SHEET)!.snapshot.values[5]![5] = 'Đang thực hiện';
    const view = (await readTracking(service))!;
    expect(view.settings).toEqual({ asOf: '2024-07-10', window: 15 });
    expect(view.judged.map((r) => [r.stt, r.group, r.flag])).toEqual([['1', 'not-done', 'Quá hạn'], ['2', 'in-progress', ''], ['3', 'not-done', 'Sắp đến hạn']]);
    await saveTrackingSettings(service, { asOf: 'today', window: 100 });
    expect(cell(workbook, SHEET, 'H2').f).toBe('=TODAY()');
    const later = (await readTracking(service, '2024-08-01'))!;
    expect(later.settings).toEqual({ asOf: 'today', window: 100 });
    expect(later.judged.map((r) => r.flag)).toEqual(['Quá hạn', 'Sắp đến hạn', 'Sắp đến hạn']);
    expect(progressText(later.progress, later.judged, later.asOf, 'vi')).toBe(
      [
        'Tình hình thực hiện Kế hoạch khắc phục tính đến ngày 01/08/2024:',
        '- Tổng số nhiệm vụ: 3; đã hoàn thành: 0 (0%); đang thực hiện: 1; quá hạn: 1; sắp đến hạn: 2.',
        '- Theo đơn vị chủ trì:',
        '  + Văn phòng: 3 nhiệm vụ, hoàn thành 0, đang thực hiện 1, quá hạn 1, sắp đến hạn 2.',
        '  + Thanh tra: 1 nhiệm vụ, hoàn thành 0, đang thực hiện 1, quá hạn 0, sắp đến hạn 1.',
        '- Nhiệm vụ quá hạn:',
        '  + 1. Tuyên truyền CCHC (Văn phòng)',
      ].join('\n'),
    );
  });

  it('reports a deadline left behind by an edited time cell, and its fix rewrites it (undoable)', async () => {
    const { workbook, service } = setup(table());
    await annotate(service, { asOf: '2024-07-10' });
    const check = () => analyzeSheet(workbook.sheet(SHEET)!.snapshot, { asOf: '2024-07-10' }).report.findings.filter((f) => f.code === 'deadline-stale');
    expect(check()).toEqual([]);
    workbook.sheet(SHEET)!.snapshot.values[4]![4] = 'Tháng 9/2024';
    workbook.sheet(SHEET)!.snapshot.values[6]![4] = 'Quý IV/2024';
    const stale = check();
    expect(stale.map((f) => [f.cell, f.message])).toEqual([
      ['G5', 'Cột Hạn hoàn thành ghi “31/03/2024”, nhưng thời gian “Tháng 9/2024” cho hạn 30/09/2024.'],
      ['G7', 'Cột Hạn hoàn thành ghi hạn định kỳ (công thức), nhưng thời gian “Quý IV/2024” cho hạn 31/12/2024.'],
    ]);
    const fixed = await service.applyEdits(SHEET, stale.flatMap((f) => f.fix!.edits));
    expect(cell(workbook, SHEET, 'G5')).toEqual({ v: 45565, f: null });
    expect(cell(workbook, SHEET, 'G7')).toEqual({ v: 45657, f: null });
    expect(check()).toEqual([]);
    await service.undo(fixed.applied);
    expect(cell(workbook, SHEET, 'G7').f).toContain('DAY(NgayDanhGia)<=20');
  });
});
