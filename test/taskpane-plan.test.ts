/**
 * "Kế hoạch khắc phục" in the pane (issue 11), through the controller against the in-memory workbook with
 * the Lạng Sơn 2023 score table: the settings form pre-filled from the table's "(Kèm theo Kế hoạch số …)"
 * line and opened by itself; saving it (one undo step) collapses it to a summary; "Chèn kế hoạch" writes
 * the "Kế hoạch" sheet, says what is left to fill in and is undone in one step; an update is asked first;
 * only the selected rows; the appendix template; the Word file's bytes and name; English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/report';
import { APPENDIX_SHEET_NAME, PLAN_SHEET_NAME, SETTINGS_SHEET } from '../src/core/plan-sheet';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import { formOpen, inputValue } from '../src/taskpane/planForm';
import { DOCX_TYPE } from '../src/taskpane/planOperations';
import { visibleState } from './helpers/memory-state';
import { langSon2023 } from './fixtures/score-tables';

const TODAY = '2024-07-10';

class Host extends MemoryAdapter {
  constructor(sheets: SheetSnapshot[], lang: Lang = 'vi') {
    super(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), lang);
  }
  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.snapshot.name);
  }
  text(sheet: string): string {
    return this.workbook.sheet(sheet)!.snapshot.values.flat().filter((v) => typeof v === 'string').join('\n');
  }
  /** How many times the workbook's cells were read (the settings, by readCells). */
  cellReads = 0;
  override readCells(...args: Parameters<MemoryAdapter['readCells']>) {
    this.cellReads++;
    return super.readCells(...args);
  }
}

const panes: PaneController[] = [];
async function setup(opts: { lang?: Lang; sheets?: SheetSnapshot[] } = {}) {
  const host = new Host(opts.sheets ?? [langSon2023('comma').snapshot], opts.lang ?? 'vi');
  const saved: { fileName: string; bytes: Uint8Array; type: string }[] = [];
  const pane = new PaneController(host, { today: TODAY, debounceMs: 5, saveFile: (fileName, bytes, type) => saved.push({ fileName, bytes, type }) });
  panes.push(pane);
  await pane.check();
  return { host, pane, saved, p: pane.t.plan };
}
afterEach(() => {
  for (const p of panes.splice(0)) p.dispose();
});

const plan = (pane: PaneController) => pane.getState().plan;
const notice = (pane: PaneController) => pane.getState().notice?.lines.join(' ');
const labels = (pane: PaneController) => pane.getState().history.map((h) => h.label);
const field = (pane: PaneController, key: Parameters<typeof inputValue>[1]) => inputValue(plan(pane), key);

describe('the plan settings form', () => {
  it('opens by itself, pre-filled from the table’s “(Kèm theo Kế hoạch số …)” line, while nothing is saved', async () => {
    const { pane } = await setup();
    expect(plan(pane).settingsSheet).toBeNull();
    expect(formOpen(plan(pane))).toBe(true);
    expect(field(pane, 'planNumber')).toBe('08');
    expect(field(pane, 'planSymbol')).toBe('KH-SCT');
    expect(field(pane, 'planDate')).toBe('25/01/2024');
    expect(field(pane, 'unitName')).toBe('Sở Công Thương tỉnh Lạng Sơn');
    expect(field(pane, 'signerName')).toBe('');
  });

  it('“Lưu thông tin”: saved on the “Thông tin kế hoạch” sheet, one undo step, then collapsed; read back after a re-check', async () => {
    const { host, pane, p } = await setup();
    const before = visibleState(host.workbook);
    pane.plan.typeField('signerName', 'Nguyễn Văn A');
    pane.plan.typeField('issuingAgency', 'SỞ CÔNG THƯƠNG');
    pane.plan.typeField('planDate', '1/2024');
    pane.plan.commitField('planDate');
    expect(field(pane, 'planDate')).toBe('01/2024');
    expect(await pane.plan.save()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(host.sheetNames()).toContain(SETTINGS_SHEET);
    expect(notice(pane)).toBe('Đã lưu thông tin kế hoạch vào trang “Thông tin kế hoạch”.');
    expect(labels(pane)).toEqual(['Lưu thông tin kế hoạch']);
    expect(plan(pane).settingsSheet).toBe(SETTINGS_SHEET);
    expect(formOpen(plan(pane))).toBe(false);
    expect(plan(pane).stored).toMatchObject({ signerName: 'Nguyễn Văn A', issuingAgency: 'SỞ CÔNG THƯƠNG', planDate: '2024-01', planNumber: '08' });

    // "Sửa" shows what was saved; a change saved again edits the sheet's cells (another undo step).
    pane.plan.edit();
    expect(formOpen(plan(pane))).toBe(true);
    expect(field(pane, 'signerName')).toBe('Nguyễn Văn A');
    pane.plan.typeField('signerName', 'Trần Thị B');
    await pane.plan.save();
    expect(plan(pane).stored?.signerName).toBe('Trần Thị B');
    expect(labels(pane)).toEqual(['Lưu thông tin kế hoạch', 'Lưu thông tin kế hoạch']);

    await pane.undo();
    expect(plan(pane).stored?.signerName).toBe('Nguyễn Văn A');
    await pane.undo();
    expect(visibleState(host.workbook)).toEqual(before);
    expect(plan(pane).settingsSheet).toBeNull();
    expect(formOpen(plan(pane))).toBe(true);
    expect(p.savedLabel).toBe('Lưu thông tin kế hoạch');
  });

  it('reads the saved settings again only when they may have changed, not on every check', async () => {
    const { host, pane } = await setup();
    pane.plan.typeField('signerName', 'Nguyễn Văn A');
    await pane.plan.save();
    const reads = host.cellReads;
    await pane.check();
    await pane.check();
    expect(host.cellReads).toBe(reads);
    expect(plan(pane).stored?.signerName).toBe('Nguyễn Văn A');
  });

  it('refuses a wrong date, year or rank, says why once the field is left, and saves nothing', async () => {
    const { host, pane, p } = await setup();
    pane.plan.typeField('decisionDate', '31/02/2024');
    expect(plan(pane).errorShown.decisionDate).toBeFalsy();
    pane.plan.commitField('decisionDate');
    expect(plan(pane).errorShown.decisionDate).toBe(true);
    pane.plan.typeField('rank', '21/20');
    pane.plan.typeField('planDate', '13/2024');
    const before = visibleState(host.workbook);
    expect(await pane.plan.save()).toBe(true);
    expect(visibleState(host.workbook)).toEqual(before);
    expect(pane.getState().notice).toMatchObject({ intent: 'warning', lines: [p.fixFieldsFirst] });
    expect(plan(pane).errorShown).toMatchObject({ decisionDate: true, rank: true, planDate: true, signerName: false });
    pane.plan.typeField('rank', '13/20');
    expect(plan(pane).errorShown.rank).toBe(false);
  });
});

describe('“Chèn kế hoạch”', () => {
  it('writes the “Kế hoạch” sheet after the table, says what is left to fill in, one undo step takes it away', async () => {
    const { host, pane } = await setup();
    const before = visibleState(host.workbook);
    expect(await pane.plan.insert()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(host.sheetNames()).toEqual(['Lạng Sơn 2023 (comma)', 'Kế hoạch']);
    const text = host.text('Kế hoạch');
    expect(text).toContain('KẾ HOẠCH');
    // The form's values (from the title) went into the plan although nothing was saved.
    expect(text).toContain('Số: 08/KH-SCT');
    expect(host.sheetNames()).not.toContain(SETTINGS_SHEET);
    expect(pane.getState().notice?.title).toBe('Kế hoạch khắc phục');
    expect(pane.getState().notice?.lines[0]).toBe('Đã chèn kế hoạch vào trang “Kế hoạch”.');
    expect(pane.getState().notice?.lines[1]).toMatch(/^Còn \d+ chỗ cần bổ sung \(những chỗ ghi “…” hoặc “cần bổ sung”, tô vàng trên trang\)\.$/);
    expect(labels(pane)).toEqual(['Chèn trang Kế hoạch']);
    expect(plan(pane).planSheet).toBe('Kế hoạch');
    expect(host.workbook.names.some((n) => n.key.name === PLAN_SHEET_NAME)).toBe(true);

    expect(await pane.undo()).toBe(true);
    expect(visibleState(host.workbook)).toEqual(before);
    expect(notice(pane)).toBe('Đã hoàn tác: Chèn trang Kế hoạch.');
    expect(plan(pane).planSheet).toBeNull();
  });

  it('asks before replacing our sheet; “Hủy” leaves it, “Đồng ý” updates it in one undo step', async () => {
    const { host, pane, p } = await setup();
    await pane.plan.insert();
    const inserted = visibleState(host.workbook);
    pane.plan.setSection('header', false);
    expect(await pane.plan.insert()).toBe(false);
    expect(plan(pane).confirm).toBe('plan');
    expect(p.confirmPlan(plan(pane).planSheet!)).toBe(
      'Trang “Kế hoạch” sẽ được thay bằng bản mới từ bảng; những gì đã sửa trên trang đó sẽ mất (có thể Hoàn tác).',
    );
    expect(p.update(plan(pane).planSheet!)).toBe('Cập nhật trang Kế hoạch');
    pane.plan.cancelReplace();
    expect(plan(pane).confirm).toBeNull();
    expect(visibleState(host.workbook)).toEqual(inserted);

    await pane.plan.insert();
    expect(await pane.plan.confirmReplace()).toBe(true);
    expect(plan(pane).confirm).toBeNull();
    expect(host.sheetNames()).toEqual(['Lạng Sơn 2023 (comma)', 'Kế hoạch']);
    // Without the header part: no national title any more.
    expect(host.text('Kế hoạch')).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pane.getState().notice?.lines[0]).toBe('Đã cập nhật trang “Kế hoạch” từ bảng.');
    expect(labels(pane)).toEqual(['Chèn trang Kế hoạch', 'Cập nhật trang Kế hoạch']);

    await pane.undo();
    expect(visibleState(host.workbook)).toEqual(inserted);
    expect(labels(pane)).toEqual(['Chèn trang Kế hoạch']);
  });

  it('“Chỉ các dòng đang chọn”: only the criteria of the selected rows', async () => {
    const { host, pane, p } = await setup();
    pane.plan.setSelectionOnly(true);
    // No selection known: said, nothing written.
    expect(await pane.plan.insert()).toBe(true);
    expect(pane.getState().notice).toMatchObject({ intent: 'warning', lines: [p.noSelection] });
    expect(host.sheetNames()).toHaveLength(1);

    const table = host.workbook.sheets[0]!.snapshot;
    table.selection = { top: 14, left: 2, bottom: 14, right: 2 };
    await pane.plan.insert();
    const text = host.text('Kế hoạch');
    expect(text).toContain('Thực hiện thanh toán trực tuyến');
    expect(text).not.toContain('Công tác tuyên truyền CCHC');

    table.selection = { top: 1, left: 1, bottom: 2, right: 1 };
    await pane.plan.insert();
    await pane.plan.confirmReplace();
    expect(pane.getState().notice).toMatchObject({ intent: 'warning', lines: ['Vùng đang chọn (dòng 1–2) không có dòng nào của bảng. Hãy chọn các dòng tiêu chí trên bảng rồi thử lại.'] });
  });

  it('a refusal is an error with its title; nothing written', async () => {
    const { host, pane } = await setup({ sheets: [snapshotFromRows('Ghi chú', [['Trang ghi chú']])] });
    expect(pane.plan.hasTable()).toBe(false);
    expect(await pane.plan.insert()).toBe(false);
    expect(pane.getState().error?.title).toBe('Không chèn được kế hoạch');
    expect(pane.getState().error?.message).toContain('Không tìm thấy bảng phụ lục trên trang “Ghi chú”');
    expect(host.sheetNames()).toEqual(['Ghi chú']);
  });
});

describe('the appendix template and the Word file', () => {
  it('“Chèn phụ lục mẫu”: the appendix sheet, prefilled with the criteria that lost points; asked before an update', async () => {
    const { host, pane } = await setup();
    const before = visibleState(host.workbook);
    expect(plan(pane).prefill).toBe(true);
    expect(await pane.plan.insertAppendix()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(host.sheetNames()).toEqual(['Lạng Sơn 2023 (comma)', 'Phụ lục kế hoạch']);
    expect(host.text('Phụ lục kế hoạch')).toContain('Thực hiện thanh toán trực tuyến');
    expect(pane.getState().notice?.lines[0]).toBe('Đã chèn phụ lục mẫu vào trang “Phụ lục kế hoạch”.');
    expect(labels(pane)).toEqual(['Chèn phụ lục mẫu']);
    expect(plan(pane).appendixSheet).toBe('Phụ lục kế hoạch');
    expect(host.workbook.names.some((n) => n.key.name === APPENDIX_SHEET_NAME)).toBe(true);

    pane.plan.setPrefill(false);
    expect(await pane.plan.insertAppendix()).toBe(false);
    expect(plan(pane).confirm).toBe('appendix');
    await pane.plan.confirmReplace();
    expect(host.text('Phụ lục kế hoạch')).not.toContain('Thực hiện thanh toán trực tuyến');
    expect(labels(pane)).toEqual(['Chèn phụ lục mẫu', 'Cập nhật phụ lục mẫu']);
    await pane.undo();
    await pane.undo();
    expect(visibleState(host.workbook)).toEqual(before);
  });

  it('“Tải về Word (.docx)”: a .docx named after the sheet, offered again as a link; the workbook untouched', async () => {
    const { host, pane, saved } = await setup();
    const before = visibleState(host.workbook);
    expect(await pane.plan.downloadDocx()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toBe('ke-hoach-khac-phuc-Lạng Sơn 2023 (comma).docx');
    expect(saved[0]!.type).toBe(DOCX_TYPE);
    expect(String.fromCharCode(saved[0]!.bytes[0]!, saved[0]!.bytes[1]!)).toBe('PK');
    expect(saved[0]!.bytes.length).toBeGreaterThan(5000);
    expect(pane.getState().notice?.lines[0]).toBe('Đã tạo tệp “ke-hoach-khac-phuc-Lạng Sơn 2023 (comma).docx”.');
    expect(plan(pane).docx?.fileName).toBe(saved[0]!.fileName);
    expect(visibleState(host.workbook)).toEqual(before);
    expect(pane.getState().history).toEqual([]);
  }, 30_000);
});

describe('in English', () => {
  it('the notices, undo labels, busy labels and errors', async () => {
    const { pane, p } = await setup({ lang: 'en' });
    const busy: (string | null)[] = [];
    pane.subscribe(() => busy.push(pane.getState().busy));
    await pane.plan.insert();
    expect(busy).toContain('planInsert');
    expect(pane.t.busy.planInsert).toBe('Inserting the plan…');
    expect(pane.getState().notice?.title).toBe('Remediation plan');
    expect(pane.getState().notice?.lines[0]).toBe('The plan was inserted on the “Kế hoạch” sheet.');
    expect(pane.getState().notice?.lines[1]).toMatch(/^\d+ places still to fill in \(marked “…” or “cần bổ sung”, highlighted in yellow on the sheet\)\.$/);
    expect(labels(pane)).toEqual(['Insert the Kế hoạch sheet']);
    expect(p.update('Kế hoạch')).toBe('Update sheet Kế hoạch');
    await pane.plan.save();
    expect(notice(pane)).toBe('The plan details were saved on the “Thông tin kế hoạch” sheet.');
    expect(pane.t.errorTitle.planDocx).toBe('The Word file could not be created');
  });
});
