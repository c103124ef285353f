/**
 * The "Kế hoạch" sheet and the plan settings over the in-memory workbook: the document's lines laid out
 * as the printed page (header block in two halves, merged wrapped lines, Times New Roman sizes, A4
 * portrait with ND30 margins), the settings sheet read back by label, update in place as one undo step,
 * a user's own "Kế hoạch" sheet left alone, and the look re-derived from the text for an undo.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { buildPlanDocument, planInputFromTable } from '../src/core/plan-doc';
import {
  PLAN_SHEET_NAME,
  insertPlanSheet,
  linesFromCells,
  planSheet,
  readPlanSettings,
  restoredPlanSheet,
  savePlanSettings,
  settingsFrom,
  sheetLines,
  SETTINGS_SHEET,
} from '../src/core/plan-sheet';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { invertPlan } from '../src/core/workbook/undo';
import type { CellBlock } from '../src/core/workbook/catalog';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { visibleState } from './helpers/memory-state';
import { langSon2023 } from './fixtures/score-tables';

const SETTINGS = {
  parentAgency: 'UBND tỉnh Lạng Sơn',
  issuingAgency: 'Sở Công Thương',
  unitName: 'Sở Công Thương',
  planSymbol: 'KH-SCT',
  place: 'Lạng Sơn',
  planDate: '2024-01-05',
  signerTitle: 'Giám đốc',
  signerName: 'Nguyễn Văn A',
  recipients: ['UBND tỉnh', 'Sở Nội vụ'],
};

function setup(sheets: SheetSnapshot[] = [langSon2023('comma').snapshot]) {
  const host = new MemoryAdapter(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), 'vi');
  return { host, service: new WorkbookService(host), names: () => host.workbook.sheets.map((s) => s.snapshot.name) };
}

/** The sheet's text as a block, the way a host reads it back. */
function blockOf(cells: { row: number; col: number; value?: unknown }[]): CellBlock {
  const rows = Math.max(...cells.map((c) => c.row));
  const cols = Math.max(...cells.map((c) => c.col));
  const values = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null as string | null));
  for (const c of cells) values[c.row - 1]![c.col - 1] = c.value as string;
  return { top: 1, left: 1, values };
}

describe('the Kế hoạch sheet', () => {
  const doc = buildPlanDocument(planInputFromTable(analyzeSheet(langSon2023('comma').snapshot), SETTINGS));

  it('lays out the header block in two halves, the title and body as merged lines, in Times New Roman', () => {
    const content = planSheet(doc);
    const at = (row: number, col: number) => content.cells.find((c) => c.row === row && c.col === col);
    expect(at(1, 1)).toMatchObject({ value: 'UBND TỈNH LẠNG SƠN', fontName: 'Times New Roman', fontSize: 13, horizontal: 'center' });
    expect(at(1, 5)).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 13 });
    expect(at(2, 1)).toMatchObject({ value: 'SỞ CÔNG THƯƠNG', bold: true });
    expect(at(2, 5)).toMatchObject({ value: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 14 });
    expect(at(4, 1)).toMatchObject({ value: 'Số: …/KH-SCT' });
    expect(at(4, 5)).toMatchObject({ value: 'Lạng Sơn, ngày 05 tháng 01 năm 2024', italic: true });
    expect(content.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 4 });
    expect(content.merges).toContainEqual({ top: 1, left: 5, bottom: 1, right: 10 });
    const title = content.cells.find((c) => c.value === 'KẾ HOẠCH')!;
    expect(title).toMatchObject({ col: 1, bold: true, fontSize: 14, horizontal: 'center' });
    expect(content.merges).toContainEqual({ top: title.row, left: 1, bottom: title.row, right: 10 });
    expect(content.cells.every((c) => c.fontName === 'Times New Roman' && c.wrap === true)).toBe(true);
    expect(content.page).toEqual({ orientation: 'portrait', marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, pageNumbersFrom: 2 });
    const texts = content.cells.map((c) => c.value);
    expect(texts).toContain('1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC: 01/2,5 điểm.');
    expect(texts.indexOf('I. MỤC ĐÍCH, YÊU CẦU')).toBeLessThan(texts.indexOf('II. NỘI DUNG VÀ GIẢI PHÁP'));
    expect(texts.indexOf('II. NỘI DUNG VÀ GIẢI PHÁP')).toBeLessThan(texts.indexOf('III. TỔ CHỨC THỰC HIỆN'));
    // "Nơi nhận:" beside the signer's title; the name after the room to sign.
    const recipients = content.cells.find((c) => c.value === 'Nơi nhận:')!;
    expect(at(recipients.row, 6)).toMatchObject({ value: 'GIÁM ĐỐC', bold: true });
    expect(content.cells.find((c) => c.value === 'Nguyễn Văn A')!.row).toBeGreaterThan(recipients.row + 4);
  });

  it('gives a long wrapped line a taller row than a short one', () => {
    const content = planSheet(doc);
    const heightOf = (text: string) => content.rowHeights!.find((h) => h.row === content.cells.find((c) => c.value === text)!.row)!.height;
    const preamble = content.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('Năm 2023 chỉ số CCHC'))!.value as string;
    expect(heightOf('I. MỤC ĐÍCH, YÊU CẦU')).toBeLessThan(25);
    expect(heightOf(preamble)).toBeGreaterThanOrEqual(2 * heightOf('I. MỤC ĐÍCH, YÊU CẦU') - 3);
  });

  it('reads its own lines back from the text alone: an unedited sheet restores exactly', () => {
    const content = planSheet(doc);
    const back = linesFromCells(blockOf(content.cells));
    expect(back).toEqual(sheetLines(doc));
    const restored = restoredPlanSheet('Kế hoạch', blockOf(content.cells));
    expect(restored.cells).toEqual(content.cells);
    expect(restored.merges).toEqual(content.merges);
    expect(restored.rowHeights).toEqual(content.rowHeights);
  });
});

describe('inserting the plan sheet into a workbook', () => {
  it('adds "Kế hoạch" after the table with the name that marks it ours; again updates it in place; undo restores', async () => {
    const { host, service, names } = setup();
    const before = visibleState(host.workbook);
    const first = await insertPlanSheet(service, { settings: SETTINGS });
    expect(first).toMatchObject({ sheet: 'Kế hoạch', updated: false });
    expect(names()).toEqual(['Lạng Sơn 2023 (comma)', 'Kế hoạch']);
    expect(host.workbook.names.find((n) => n.key.name === PLAN_SHEET_NAME)?.target?.sheet).toBe('Kế hoạch');
    const sheet = host.workbook.sheet('Kế hoạch')!.snapshot;
    expect(sheet.values[0]![0]).toBe('UBND TỈNH LẠNG SƠN');

    const afterFirst = visibleState(host.workbook);
    const second = await insertPlanSheet(service, { settings: { ...SETTINGS, signerName: 'Trần Thị B' } });
    expect(second).toMatchObject({ sheet: 'Kế hoạch', updated: true });
    expect(names()).toEqual(['Lạng Sơn 2023 (comma)', 'Kế hoạch']);
    expect(JSON.stringify(host.workbook.sheet('Kế hoạch')!.snapshot.values)).toContain('Trần Thị B');

    await service.undo(second.result.applied);
    expect(visibleState(host.workbook)).toEqual(afterFirst);
    await service.undo(first.result.applied);
    expect(visibleState(host.workbook)).toEqual(before);
  });

  it('never touches a user’s own sheet named "Kế hoạch": ours takes "Kế hoạch (2)"', async () => {
    const own = snapshotFromRows('Kế hoạch', [['Ghi chú của tôi']]);
    const { host, service, names } = setup([langSon2023('comma').snapshot, own]);
    const done = await insertPlanSheet(service, { settings: SETTINGS });
    expect(done.sheet).toBe('Kế hoạch (2)');
    expect(names()).toEqual(['Lạng Sơn 2023 (comma)', 'Kế hoạch (2)', 'Kế hoạch']);
    expect(host.workbook.sheet('Kế hoạch')!.snapshot.values).toEqual([['Ghi chú của tôi']]);
    const again = await insertPlanSheet(service, { settings: SETTINGS });
    expect(again).toMatchObject({ sheet: 'Kế hoạch (2)', updated: true });
    expect(names()).toHaveLength(3);
  });

  it('refuses, in Vietnamese, when the active sheet is one of its own', async () => {
    const { host, service } = setup();
    await insertPlanSheet(service, { settings: SETTINGS });
    (host as unknown as { activeIndex: number }).activeIndex = 1;
    await expect(insertPlanSheet(service, { settings: SETTINGS })).rejects.toThrow('Trang đang mở là trang do CCHC Phụ lục tạo');
    // Nor from a table read beforehand (the command line's one read) when it is one of ours.
    const ours = analyzeSheet(host.workbook.sheets[1]!.snapshot);
    await expect(insertPlanSheet(service, { source: { analysis: ours, input: planInputFromTable(ours, SETTINGS) } })).rejects.toThrow('Trang đang mở là trang do CCHC Phụ lục tạo');
  });
});

describe('the plan settings kept in the workbook', () => {
  it('are saved on their own sheet, read back by label, pre-filled from the title, and saved again as an undoable edit', async () => {
    const { host, service } = setup();
    const analysis = analyzeSheet(langSon2023('comma').snapshot);
    const fresh = await readPlanSettings(service, analysis);
    expect(fresh.stored).toBeNull();

    const saved = await savePlanSettings(service, { ...SETTINGS, planNumber: '04', decision: { number: '102/QĐ-UBND', date: '2024-01-16' }, rank: { position: 13, of: 20 } });
    expect(host.workbook.sheet(SETTINGS_SHEET)).toBeDefined();
    const read = await readPlanSettings(service, analysis);
    expect(read.stored).toMatchObject({ planNumber: '04', planDate: '2024-01-05', decision: { number: '102/QĐ-UBND', date: '2024-01-16' }, rank: { position: 13, of: 20 }, recipients: ['UBND tỉnh', 'Sở Nội vụ'] });
    expect(read.settings.signerName).toBe('Nguyễn Văn A');

    const edit = await savePlanSettings(service, { ...read.stored!, signerName: 'Trần Thị B', planDate: '2024-01' });
    expect(edit.applied.steps).toHaveLength(1);
    expect((await readPlanSettings(service)).stored).toMatchObject({ signerName: 'Trần Thị B', planDate: '2024-01' });
    await service.undo(edit.applied);
    expect((await readPlanSettings(service)).stored).toMatchObject({ signerName: 'Nguyễn Văn A', planDate: '2024-01-05' });
    await service.applyPlan(invertPlan(saved.applied));
    expect(host.workbook.sheet(SETTINGS_SHEET)).toBeUndefined();
  });

  it('read dates typed as real dates and rows moved about', () => {
    const s = settingsFrom({ top: 2, left: 1, values: [['Họ và tên người ký', 'Lê C'], ['Ngày ban hành', 45296], ['Xếp hạng', ' 8 / 11 ']] });
    expect(s).toEqual({ signerName: 'Lê C', planDate: '2024-01-05', rank: { position: 8, of: 11 } });
  });
});
