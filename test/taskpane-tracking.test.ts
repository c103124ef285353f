/**
 * "Theo dõi hạn" in the pane, through the controller against the in-memory workbook (the preview's and
 * cchc's host): what a user sees after inserting, updating and removing the tracking columns, undoing
 * each, changing the settings saved in the workbook, jumping to a task's row, copying the report
 * figures, and the settings form's rules (pure, trackingForm.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoToSerial } from '../src/core/dates';
import type { Lang } from '../src/core/report';
import { snapshotFromRows, type RawValue, type SheetSnapshot } from '../src/core/snapshot';
import { progressText } from '../src/core/tracking/report-text';
import type { TrackingView } from '../src/core/tracking/read';
import { SUMMARY_SHEET } from '../src/core/tracking/summary-sheet';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memoryCell, visibleState } from './helpers/memory-state';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import { STRINGS } from '../src/taskpane/i18n';
import * as form from '../src/taskpane/trackingForm';
import { flagName, lateByUnit, shortTask } from '../src/taskpane/trackingOperations';

const SHEET = 'Phụ lục';
/** Plan of 15/01/2024, header on row 4, tasks on rows 5–7; as of 10/07/2024 row 5 is late and row 7 due soon. */
const TODAY = '2024-07-10';
const planSheet = (): SheetSnapshot =>
  snapshotFromRows(SHEET, [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)'],
    [],
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
    ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 3/2024'],
    ['2', 'Kiểm tra CCHC', 'Thanh tra, Văn phòng', 'Báo cáo', 'Quý III/2024'],
    ['3', 'Báo cáo CCHC', 'Văn phòng', 'Báo cáo', 'trước ngày 20 hàng tháng'],
  ]);
const notes = (): SheetSnapshot => snapshotFromRows('Ghi chú', [['Trang ghi chú']]);

/** The memory host, remembering which cells the pane selected. */
class Host extends MemoryAdapter {
  selected: [string, string][] = [];
  constructor(sheets: SheetSnapshot[], lang: Lang = 'vi') {
    super(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), lang);
  }
  override async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push([sheet, cell]);
    return super.selectCell(sheet, cell);
  }
  cell(address: string, sheet = SHEET): { v: RawValue; f: string | null } {
    return memoryCell(this.workbook, sheet, address);
  }
  /** Everything a user could see of the workbook (test/helpers/memory-state.ts). */
  state() {
    return visibleState(this.workbook);
  }
}

const panes: PaneController[] = [];
function setup(opts: { lang?: Lang; sheets?: SheetSnapshot[]; clipboard?: (text: string) => Promise<void> } = {}) {
  const host = new Host(opts.sheets ?? [planSheet(), notes()], opts.lang ?? 'vi');
  const pane = new PaneController(host, { today: TODAY, debounceMs: 5, clipboard: opts.clipboard });
  panes.push(pane);
  return { host, pane, t: pane.t.tracking };
}
afterEach(() => {
  for (const p of panes.splice(0)) p.dispose();
});

const withoutSummary = (state: ReturnType<Host['state']>) => ({ ...state, sheets: state.sheets.filter((s) => s.name !== SUMMARY_SHEET) });
const view = (pane: PaneController): TrackingView => pane.getState().tracking.view!;
/** The overdue view as the user reads it: unit, then each task's STT, text and flag word. */
const lateList = (pane: PaneController) =>
  lateByUnit(view(pane)).map((g) => [g.unit, g.rows.map((r) => `${r.stt}. ${r.task}: ${pane.t.tracking.flag[flagName(r.flag)!]}`)]);
const notice = (pane: PaneController) => pane.getState().notice?.lines.join(' ');
const idle = (pane: PaneController) => vi.waitFor(() => expect(pane.getState().busy).toBeNull());

describe('"Theo dõi hạn" in the pane', () => {
  it('offers to insert once a check found a table; the sheet has no layer yet', async () => {
    const { pane } = setup();
    expect(pane.getState().tracking.view).toBeNull();
    await pane.check();
    expect(pane.getState().tracking.view).toBeNull();
    expect(pane.getState().error).toBeNull();
  });

  it('live mode rewrites the deadline of an edited time at once (one undo step), and the flags follow', async () => {
    const { host, pane, t } = setup();
    await pane.check();
    await pane.tracking.insert();
    pane.setLive(true);
    await idle(pane);
    expect(host.cell('G5').v).toBe(isoToSerial('2024-03-31'));
    host.userWrite(5, 5, 'Tháng 12/2024');
    await vi.waitFor(() => expect(host.cell('G5').v).toBe(isoToSerial('2024-12-31')));
    await idle(pane);
    expect(notice(pane)).toBe('Đã ghi lại 1 hạn hoàn thành theo cột thời gian vừa sửa.');
    expect(pane.getState().history.map((h) => h.label)).toEqual([t.insertedLabel, t.deadlinesLabel]);
    expect(lateList(pane)).toEqual([['Văn phòng', ['3. Báo cáo CCHC: Sắp đến hạn']]]);
    expect(pane.getState().checked!.analysis.report.findings.filter((f) => f.code === 'deadline-stale')).toEqual([]);
    pane.setLive(false);
  });

  it('"Chèn cột theo dõi hạn": lists the late task under its unit as “Quá hạn”, says so, and can be undone', async () => {
    const { host, pane, t } = setup();
    await pane.check();
    const before = host.state();
    expect(await pane.tracking.insert()).toBe(true);
    expect(['F4', 'G4', 'H4', 'I4'].map((c) => host.cell(c).v)).toEqual(['Tình trạng', 'Hạn hoàn thành', 'Cảnh báo', 'Đơn vị theo dõi']);
    expect(lateList(pane)).toEqual([['Văn phòng', ['1. Tuyên truyền CCHC: Quá hạn', '3. Báo cáo CCHC: Sắp đến hạn']]]);
    expect(view(pane).asOf).toBe(TODAY);
    expect(view(pane).progress.total).toEqual({ tasks: 3, done: 0, inProgress: 0, overdue: 1, dueSoon: 1 });
    expect(notice(pane)).toBe('Đã chèn cột theo dõi hạn: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn.');
    expect(pane.getState().history.map((h) => h.label)).toEqual([t.insertedLabel]);
    // The check ran again: the status column the layer added is the table's now.
    expect(pane.getState().checked!.analysis.report.table!.columns.status).toBe('F');
    await pane.undo();
    expect(host.state()).toEqual(before);
    expect(pane.getState().tracking.view).toBeNull();
  });

  it('a task with several owners is listed under each; clicking a task selects its “Cảnh báo” cell', async () => {
    const { host, pane } = setup();
    await pane.check();
    await pane.tracking.insert();
    pane.tracking.typeWindow('100');
    pane.tracking.commitField('window');
    await idle(pane);
    expect(lateList(pane)).toEqual([
      ['Văn phòng', ['1. Tuyên truyền CCHC: Quá hạn', '2. Kiểm tra CCHC: Sắp đến hạn', '3. Báo cáo CCHC: Sắp đến hạn']],
      ['Thanh tra', ['2. Kiểm tra CCHC: Sắp đến hạn']],
    ]);
    await pane.tracking.selectRow(6);
    expect(host.selected).toEqual([[SHEET, 'H6']]);
    expect(host.cell('H4').v).toBe('Cảnh báo');
  });

  it('"Gỡ cột theo dõi" takes the layer away; undo brings it back, view included', async () => {
    const { host, pane, t } = setup();
    await pane.check();
    const original = host.state();
    await pane.tracking.insert();
    const withLayer = host.state();
    expect(await pane.tracking.remove()).toBe(true);
    expect(host.state()).toEqual(original);
    expect(pane.getState().tracking.view).toBeNull();
    expect(notice(pane)).toBe('Đã gỡ cột theo dõi hạn và trang “Tổng hợp tiến độ”.');
    expect(pane.getState().history.map((h) => h.label)).toEqual([t.insertedLabel, t.removedLabel]);
    await pane.undo();
    // The summary sheet comes back too, but the core's removal keeps only its values for an undo (a
    // CellBlock has no formulas), so the comparison leaves it out.
    expect(withoutSummary(host.state())).toEqual(withoutSummary(withLayer));
    expect(host.workbook.sheet(SUMMARY_SHEET)).toBeDefined();
    expect(lateList(pane)).toEqual([['Văn phòng', ['1. Tuyên truyền CCHC: Quá hạn', '3. Báo cáo CCHC: Sắp đến hạn']]]);
  });

  it('"Cập nhật cột theo dõi" keeps the statuses typed in; its undo (two plans) puts the earlier layer back exactly', async () => {
    const { host, pane, t } = setup();
    await pane.check();
    await pane.tracking.insert();
    host.userWrite(5, 6, 'Hoàn thành');
    await pane.check();
    const typed = host.state();
    // The flags follow the typed status at once (the core judges the rows; no recalculation needed).
    expect(lateList(pane)).toEqual([['Văn phòng', ['3. Báo cáo CCHC: Sắp đến hạn']]]);
    await pane.tracking.insert();
    expect(notice(pane)).toBe('Đã cập nhật cột theo dõi hạn: 0 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn.');
    expect(host.cell('F5').v).toBe('Hoàn thành');
    // The kept status column keeps the layer's width.
    expect(host.workbook.sheet(SHEET)!.columnWidths.get(6)).toBe(18);
    expect(view(pane).judged.map((r) => r.flag)).toEqual(['Hoàn thành', '', 'Sắp đến hạn']);
    const entry = pane.getState().history.at(-1)!;
    expect([entry.label, entry.earlier?.length]).toEqual([t.updatedLabel, 1]);
    await pane.undo();
    expect(withoutSummary(host.state())).toEqual(withoutSummary(typed)); // the summary sheet: see "Gỡ cột theo dõi" above
  });

  it('the settings are saved in the workbook’s named cells after a pause, and the flags follow them', async () => {
    const { host, pane } = setup();
    await pane.check();
    await pane.tracking.insert();
    expect(host.cell('H2')).toEqual({ v: null, f: '=TODAY()' });
    expect(host.cell('H3').v).toBe(15);
    pane.tracking.typeWindow('100');
    await vi.waitFor(() => expect(host.cell('H3').v).toBe(100)); // debounced, no commit needed
    await idle(pane);
    expect(view(pane).settings).toEqual({ asOf: 'today', window: 100 });
    expect(notice(pane)).toBe('Đã lưu vào bảng tính: ngày đánh giá hôm nay, sắp đến hạn trong 100 ngày.');
    // "Ngày cố định": starts as the date judged on now, saved at once; then another date typed.
    pane.tracking.chooseAsOfMode('fixed');
    await idle(pane);
    expect(host.cell('H2')).toEqual({ v: isoToSerial(TODAY), f: null });
    expect(form.asOfInputValue(pane.getState().tracking)).toBe('10/07/2024');
    pane.tracking.typeAsOf('1/8/2024');
    pane.tracking.commitField('asOf');
    await idle(pane);
    expect(host.cell('H2').v).toBe(isoToSerial('2024-08-01'));
    expect(view(pane).asOf).toBe('2024-08-01');
    expect(form.asOfInputValue(pane.getState().tracking)).toBe('01/08/2024');
    expect(view(pane).judged.map((r) => r.flag)).toEqual(['Quá hạn', 'Sắp đến hạn', 'Sắp đến hạn']);
    // Each save is a step of the pane's undo: back to 10/07/2024.
    expect(pane.getState().history.map((h) => h.label)).toEqual(['Chèn cột theo dõi hạn', 'Đổi cài đặt theo dõi hạn', 'Đổi cài đặt theo dõi hạn', 'Đổi cài đặt theo dõi hạn']);
    await pane.undo();
    expect(view(pane).settings).toEqual({ asOf: TODAY, window: 100 });
    expect(form.asOfInputValue(pane.getState().tracking)).toBe('10/07/2024');
    // Back to "Hôm nay".
    pane.tracking.chooseAsOfMode('today');
    await idle(pane);
    expect(host.cell('H2').f).toBe('=TODAY()');
  });

  it('refused settings are said once the field is left, and never saved', async () => {
    const { host, pane, t } = setup();
    await pane.check();
    await pane.tracking.insert();
    const written = host.state();
    pane.tracking.chooseAsOfMode('fixed');
    await idle(pane);
    const fixed = host.state();
    expect(fixed).not.toEqual(written);
    pane.tracking.typeAsOf('31/02/2024');
    expect(form.asOfProblem(pane.getState().tracking)).toBeNull(); // not while typing
    pane.tracking.commitField('asOf');
    expect(pane.t.dateError(form.asOfProblem(pane.getState().tracking)!)).toBe('Không có ngày 31/2/2024: tháng 2/2024 có 29 ngày.');
    pane.tracking.typeWindow('400');
    pane.tracking.commitField('window');
    expect(form.windowRefused(pane.getState().tracking)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    await idle(pane);
    expect(host.state()).toEqual(fixed);
    // A check meanwhile keeps what the user has to correct.
    await pane.check();
    expect(form.asOfInputValue(pane.getState().tracking)).toBe('31/02/2024');
    // Updating with refused settings is refused, with the reason.
    await pane.tracking.insert();
    expect(notice(pane)).toBe(t.fixSettingsFirst);
    expect(host.state()).toEqual(fixed);
  });

  it('without a layer, the settings chosen are the ones the insert writes', async () => {
    const { host, pane } = setup();
    await pane.check();
    pane.tracking.chooseAsOfMode('fixed');
    pane.tracking.typeAsOf('01/08/2024');
    pane.tracking.typeWindow('30');
    pane.tracking.commitField('window');
    await pane.check(); // a check (live mode, say) does not forget them
    expect(host.workbook.names).toEqual([]); // nowhere to save them yet
    await pane.tracking.insert();
    expect([host.cell('H2').v, host.cell('H3').v]).toEqual([isoToSerial('2024-08-01'), 30]);
    expect(view(pane).settings).toEqual({ asOf: '2024-08-01', window: 30 });
  });

  it('live mode reads the layer again after an edit: a status typed in clears the flag', async () => {
    const { host, pane } = setup();
    pane.start();
    await idle(pane);
    await pane.tracking.insert();
    pane.setLive(true);
    await vi.waitFor(() => expect(host.subscribers.sheet).toBe(1));
    host.userWrite(5, 6, 'Hoàn thành');
    await vi.waitFor(() => expect(view(pane).judged[0]!.flag).toBe('Hoàn thành'));
    expect(lateList(pane)).toEqual([['Văn phòng', ['3. Báo cáo CCHC: Sắp đến hạn']]]);
  });

  it('"Sao chép số liệu báo cáo" copies progressText; a refused clipboard shows the text to copy by hand', async () => {
    const copied: string[] = [];
    const { pane, t } = setup({ clipboard: async (text) => void copied.push(text) });
    await pane.check();
    await pane.tracking.insert();
    expect(await pane.tracking.copyReport()).toBe(true);
    const v = view(pane);
    expect(copied).toEqual([progressText(v.progress, v.judged, v.asOf, 'vi')]);
    expect(copied[0]).toContain('- Nhiệm vụ quá hạn:\n  + 1. Tuyên truyền CCHC (Văn phòng)');
    expect(notice(pane)).toBe(t.copied);
    expect(pane.getState().tracking.copyFallback).toBeNull();

    const refused = setup({ clipboard: async () => Promise.reject(new Error('NotAllowedError')) }).pane;
    await refused.check();
    await refused.tracking.insert();
    expect(await refused.tracking.copyReport()).toBe(false);
    expect(refused.getState().tracking.copyFallback).toBe(copied[0]);
    expect(notice(refused)).toBe(t.copyFailed);
    expect(refused.getState().error).toBeNull();
  });

  it('shows the core’s refusal as the pane’s error, with its own title, and writes nothing', async () => {
    const snap = planSheet();
    snap.values[5]![7] = 'ghi chú riêng';
    const { host, pane } = setup({ sheets: [snap] });
    await pane.check();
    const before = host.state();
    expect(await pane.tracking.insert()).toBe(false);
    expect(pane.getState().error).toMatchObject({ title: 'Không chèn được cột theo dõi', message: expect.stringMatching(/^Ô H6 bên phải bảng đã có dữ liệu/) });
    expect(host.state()).toEqual(before);
    expect(pane.getState().history).toEqual([]);
  });

  it('another sheet has no layer in the view; back on the layer’s sheet it is read again', async () => {
    const { host, pane } = setup();
    pane.start();
    await idle(pane);
    await pane.tracking.insert();
    host.activate(1);
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Ghi chú'));
    expect(pane.getState().tracking.view).toBeNull();
    host.activate(0);
    await vi.waitFor(() => expect(pane.getState().tracking.view).not.toBeNull());
    expect(lateByUnit(view(pane))[0]!.unit).toBe('Văn phòng');
  });

  it('speaks English when the pane does (the sheet’s own words stay Vietnamese)', async () => {
    const copied: string[] = [];
    const { pane, t } = setup({ lang: 'en', clipboard: async (text) => void copied.push(text) });
    await pane.check();
    await pane.tracking.insert();
    expect(notice(pane)).toBe('Tracking columns added: 1 overdue, 1 due soon.');
    expect(lateList(pane)).toEqual([['Văn phòng', ['1. Tuyên truyền CCHC: Overdue', '3. Báo cáo CCHC: Due soon']]]);
    await pane.tracking.copyReport();
    expect(copied[0]!.split('\n')[0]).toBe('Progress of the remediation plan as of 10/07/2024:');
    expect(t.insert).toBe('Add tracking columns');
  });
});

describe('the settings form (trackingForm.ts)', () => {
  const base = form.initialTracking();
  it('shows the defaults without a layer: today, 15 days', () => {
    expect([form.asOfMode(base), form.asOfInputValue(base), form.windowInputValue(base)]).toEqual(['today', '', '15']);
    expect(form.formSettings(base)).toEqual({ asOf: 'today', window: 15 });
  });

  it('accepts whole days from 0 to 365', () => {
    expect(['0', '15', ' 30 ', '365'].map(form.parseWindow)).toEqual([0, 15, 30, 365]);
    expect(['', '-1', '1.5', '366', '1e2', 'mười'].map(form.parseWindow)).toEqual([null, null, null, null, null, null]);
  });

  it('shows a typed date the canonical way once the field is left', () => {
    const typed = { ...base, ...form.typeField(base, 'asOf', '1-8-2024') };
    expect(form.formSettings(typed)).toEqual({ asOf: '2024-08-01', window: 15 });
    expect(form.commitField(typed, 'asOf')).toEqual({ asOfDraft: '01/08/2024' });
  });
});

describe('the overdue view’s helpers', () => {
  it('cuts a long task at a word, and leaves a short one alone', () => {
    const long = 'Tổ chức tuyên truyền, phổ biến các văn bản quy phạm pháp luật về cải cách hành chính cho cán bộ, công chức và người dân trên địa bàn';
    const cut = shortTask(long, 60);
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(shortTask('Ngắn', 60)).toBe('Ngắn');
  });

  it('has the same strings in both languages, all NFC', () => {
    expect(Object.keys(STRINGS.en.tracking).sort()).toEqual(Object.keys(STRINGS.vi.tracking).sort());
    const vi = STRINGS.vi.tracking;
    expect([vi.title, vi.insert, vi.update, vi.remove, vi.copy, vi.flag.overdue, vi.asOfToday]).toEqual([
      'Theo dõi hạn',
      'Chèn cột theo dõi hạn',
      'Cập nhật cột theo dõi',
      'Gỡ cột theo dõi',
      'Sao chép số liệu báo cáo',
      'Quá hạn',
      'Hôm nay',
    ]);
  });
});
