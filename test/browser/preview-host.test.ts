/**
 * The browser preview's host (src/preview/previewHost.ts) and its cell formatting, run in Node: the same
 * exceljs reader and patchXlsx the browser uses, no browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../../src/core/check';
import { planFixes } from '../../src/core/fixes';
import { parseRange, rangeAddress } from '../../src/core/address';
import type { CellEdit } from '../../src/core/report';
import type { SheetChange } from '../../src/core/workbook/adapter';
import type { WorkbookPlan } from '../../src/core/workbook/plan';
import { WorkbookService } from '../../src/core/workbook/service';
import { HostError } from '../../src/core/workbook/adapter';
import { WorkbookReadError } from '../../src/hosts/xlsx/read';
import { LOCALES, displayText, editText, parseInput } from '../../src/preview/format';
import { PreviewHost } from '../../src/preview/previewHost';
import { LANGUAGE_KEY, chosenLanguage, storeLanguage } from '../../src/taskpane/language';

const editsOf = (plan: WorkbookPlan): CellEdit[] => plan.steps.flatMap((s) => (s.kind === 'cells' ? s.edits : []));

const SAMPLE = join(__dirname, '..', '..', 'samples', 'phu-luc-mau.xlsx');
const sampleBytes = () => new Uint8Array(readFileSync(SAMPLE));

async function entries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, Buffer.from(await f.async('uint8array')));
  return out;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('the UI language', () => {
  const store = (value: string | null) => {
    const saved: Record<string, string> = value === null ? {} : { [LANGUAGE_KEY]: value };
    return { getItem: (k: string) => saved[k] ?? null, setItem: (k: string, v: string) => void (saved[k] = v) };
  };
  it('is Vietnamese unless the user chose English; ?lang= wins; Office or browser language is not followed', () => {
    expect(chosenLanguage(store(null))).toBe('vi');
    expect(chosenLanguage(null)).toBe('vi');
    expect(chosenLanguage(store('en'))).toBe('en');
    expect(chosenLanguage(store('fr'))).toBe('vi');
    expect(chosenLanguage(store('en'), 'vi')).toBe('vi');
    expect(chosenLanguage(store(null), 'en')).toBe('en');
    expect(chosenLanguage(store(null), 'xx')).toBe('vi');
    const s = store(null);
    storeLanguage(s, 'en');
    expect(chosenLanguage(s)).toBe('en');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(chosenLanguage(broken)).toBe('vi');
    expect(() => storeLanguage(broken, 'en')).not.toThrow();
  });
});

describe('cell text in the grid', () => {
  const vi = LOCALES.vi;
  const en = LOCALES.en;
  it('shows numbers, dates and formats as a Vietnamese or English Excel does', () => {
    expect(displayText(1.1, undefined, vi)).toBe('1,1');
    expect(displayText(1.1, undefined, en)).toBe('1.1');
    expect(displayText(12, 'General', vi)).toBe('12');
    expect(displayText(0.1 + 0.2, undefined, en)).toBe('0.3');
    expect(displayText(45473, 'dd/mm/yyyy', vi)).toBe('30/06/2024');
    expect(displayText(45473, 'm/d/yyyy', en)).toBe('6/30/2024');
    expect(displayText(1234.5, '#,##0.00', vi)).toBe('1.234,50');
    expect(displayText(0.8649, '0.00%', vi)).toBe('86,49%');
    expect(displayText('<b>x</b>', undefined, vi)).toBe('<b>x</b>');
    expect(displayText({ error: '#REF!' }, undefined, vi)).toBe('#REF!');
    expect(displayText(null, undefined, vi)).toBe('');
    expect(editText(1.123456789012, undefined, vi)).toBe('1,123456789012');
  });

  it('reads typed text as Excel would', () => {
    expect(parseInput('1,1', 'General', vi)).toEqual({ value: 1.1 });
    expect(parseInput('1.1', 'General', vi)).toEqual({ value: '1.1' });
    expect(parseInput('1.1', 'General', en)).toEqual({ value: 1.1 });
    expect(parseInput('1,1', '@', vi)).toEqual({ value: '1,1' });
    expect(parseInput("'1,1", 'General', vi)).toEqual({ value: '1,1' });
    expect(parseInput('', 'General', vi)).toEqual({ value: null });
    expect(parseInput('30/6/2024', 'General', vi)).toEqual({ value: 45473, numFmt: 'dd/mm/yyyy' });
    expect(parseInput('31/2/2024', 'General', vi)).toEqual({ value: '31/2/2024' });
    expect(parseInput('Văn phòng', 'General', vi)).toEqual({ value: 'Văn phòng' });
  });
});

describe('PreviewHost', () => {
  it('reads the sample into snapshots the checker understands', async () => {
    const host = await PreviewHost.fromBytes(sampleBytes(), 'phu-luc-mau.xlsx', 'vi');
    expect(host.tabs.map((t) => t.snapshot.name)).toEqual(['Phụ lục']);
    const snap = (await new WorkbookService(host).readActiveSheet()).snapshot;
    expect(snap.decimalSeparator).toBe(',');
    const report = checkSheet(snap, { lang: 'vi', asOf: '2022-06-15' });
    expect(report.findings.some((f) => f.code === 'stt-number-coerced' && f.cell === 'A8')).toBe(true);
    // A copy: changing it does not change the workbook.
    snap.values[7]![0] = 'x';
    expect(((await new WorkbookService(host).readActiveSheet()).snapshot).values[7]![0]).toBe(1.1);
    expect(await new WorkbookService(host).readUnitList()).toBeNull();
  });

  it('refuses files that are not workbooks with the reader\'s reasons', async () => {
    await expect(PreviewHost.fromBytes(new TextEncoder().encode('hello'), 'x.xlsx', 'vi')).rejects.toBeInstanceOf(WorkbookReadError);
    const truncated = sampleBytes().subarray(0, 2000);
    await expect(PreviewHost.fromBytes(truncated, 'x.xlsx', 'vi')).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('applies fixes, reports conflicts, fires no change event for its own edits, and downloads byte-exact patches', async () => {
    const original = sampleBytes();
    const host = await PreviewHost.fromBytes(original, 'phu-luc-mau.xlsx', 'vi');
    const changes: SheetChange[] = [];
    await host.onSheetChanged((c) => changes.push(c));
    const report = checkSheet((await new WorkbookService(host).readActiveSheet()).snapshot, { lang: 'vi', asOf: '2022-06-15' });
    const plan = planFixes(report.findings, ['stt-number-coerced', 'text-markup']);
    const service = new WorkbookService(host);
    const result = await service.applyEdits('Phụ lục', plan.edits);
    expect(result.conflicts).toEqual([]);
    expect(editsOf(result.applied).length).toBe(plan.edits.length);
    expect(changes).toEqual([]);
    const a8 = editsOf(result.applied).find((e) => e.cell === 'A8')!;
    expect(a8).toMatchObject({ value: '1.1', before: 1.1, numFmt: '@', beforeNumFmt: 'General' });
    expect(host.editedCount).toBe(plan.edits.length);

    // The same plan again: every cell changed since, so nothing is overwritten.
    const again = await service.applyEdits('Phụ lục', plan.edits);
    expect(again.applied.steps).toEqual([]);
    expect(again.conflicts.find((c) => c.cell === 'A8')).toEqual({ cell: 'A8', expected: 1.1, found: '1.1' });

    const { bytes } = await host.exportXlsx();
    const before = await entries(original);
    const after = await entries(bytes);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
    expect(changed.sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const ws = (await readBack(bytes)).getWorksheet('Phụ lục')!;
    expect(ws.getCell('A8').value).toBe('1.1');
    expect(ws.getCell('B22').value).toBe('Kết quả đánh giá việc giải quyết TTHC');
    expect(ws.getCell('B22').font?.italic).toBe(true);

    // Undo everything: no net edits, and the download is the original file.
    const undo = await service.undo(result.applied);
    expect(undo.conflicts).toEqual([]);
    expect(host.editedCount).toBe(0);
    expect(Buffer.from((await host.exportXlsx()).bytes).equals(Buffer.from(original))).toBe(true);
  });

  it('fires the change event for user edits in the grid, reading input as a Vietnamese Excel', async () => {
    const host = await PreviewHost.fromBytes(sampleBytes(), 'phu-luc-mau.xlsx', 'vi');
    const changes: SheetChange[] = [];
    const unsubscribe = await host.onSheetChanged((c) => changes.push(c));
    expect(host.userEdit(9, 3, 'Văn phòng Sở')).toBe(true);
    expect(host.userEdit(9, 3, 'Văn phòng Sở')).toBe(false); // nothing changed
    expect(changes).toEqual([{ sheet: 'Phụ lục', address: 'C9' }]);
    expect(host.userEdit(7, 1, '1,5')).toBe(true);
    const snap = (await new WorkbookService(host).readActiveSheet()).snapshot;
    expect(snap.values[6]![0]).toBe(1.5);
    expect(snap.values[8]![2]).toBe('Văn phòng Sở');
    await unsubscribe();
    host.userEdit(9, 3, '');
    expect(changes.length).toBe(2);
    expect(editsOf(host.workbook.netPlan()).map((e) => [e.cell, e.value])).toEqual([['A7', 1.5]]);
  });

  it('selects cells (snapping to merges), and marks and clears cells', async () => {
    const host = await PreviewHost.fromBytes(sampleBytes(), 'phu-luc-mau.xlsx', 'vi');
    await host.selectCell('Phụ lục', 'C1');
    expect(host.selection).toEqual({ sheet: 'Phụ lục', row: 1, col: 1 });
    await host.selectCell('Phụ lục', 'A8');
    expect(host.selection).toEqual({ sheet: 'Phụ lục', row: 8, col: 1 });
    await expect(host.selectCell('Không có', 'A1')).rejects.toBeInstanceOf(HostError);
    await host.setMarks('Phụ lục', [
      { cell: 'A8', severity: 'warning' },
      { cell: 'A8', severity: 'error' },
      { cell: 'C9', severity: 'info' },
    ]);
    expect(host.markAt('Phụ lục', 8, 1)).toBe('error');
    expect(host.markAt('Phụ lục', 9, 3)).toBe('info');
    await host.clearMarks('Phụ lục');
    expect(host.markAt('Phụ lục', 8, 1)).toBeUndefined();
  });

  it('creates the unit list and dropdowns; the download keeps every other part byte for byte and carries them', async () => {
    const original = sampleBytes();
    const host = await PreviewHost.fromBytes(original, 'phu-luc-mau.xlsx', 'vi');
    const service = new WorkbookService(host);
    await service.createUnitList([{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Thanh tra Sở', aliases: ['TTr', 'Thanh tra'] }]);
    await expect(service.createUnitList([{ name: 'X' }])).rejects.toBeInstanceOf(HostError);
    expect(await service.readUnitList()).toEqual([
      { name: 'Văn phòng Sở', aliases: ['VP'] },
      { name: 'Thanh tra Sở', aliases: ['TTr', 'Thanh tra'] },
    ]);
    const dd = await service.addDropdowns('Phụ lục', [
      { range: parseRange('C6:C62')!, source: 'units' },
      { range: parseRange('D6:D62')!, source: 'products' },
      { range: parseRange('C10')!, source: 'units' },
    ]);
    expect(dd.applied.steps.flatMap((s) => (s.kind === 'addValidation' ? [rangeAddress(s.range)] : []))).toEqual(['C6:C62', 'D6:D62']);
    expect(dd.skipped.map((s) => rangeAddress(s.range))).toEqual(['C10']);
    expect(host.dropdownAt('Phụ lục', 10, 3)).toBe('units');
    expect(host.dropdownAt('Phụ lục', 10, 5)).toBeNull();
    expect(host.unitNames()).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
    await service.applyEdits('Phụ lục', [{ cell: 'C9', row: 9, col: 3, value: 'Văn phòng Sở', before: null }]);
    const { bytes } = await host.exportXlsx();
    // Only the parts that carry the changes differ; every other part keeps its bytes.
    const before = await entries(original);
    const after = await entries(bytes);
    const changed = [...before.keys()].filter((k) => !after.has(k) || !before.get(k)!.equals(after.get(k)!));
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].filter((k) => before.has(k)));
    expect(added).toHaveLength(1);
    const wb = await readBack(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Danh mục']);
    const list = wb.getWorksheet('Danh mục')!;
    expect(list.getCell('B2').value).toBe('Văn phòng Sở');
    expect(list.getCell('C3').value).toBe('TTr, Thanh tra');
    expect(list.getCell('E2').value).toBe('Kế hoạch');
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell('C9').value).toBe('Văn phòng Sở');
    expect(ws.getCell('C20').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucDonVi'] });
    expect(ws.getCell('D20').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucSanPham'] });
    expect((wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model).toEqual([
      { name: 'DanhMucDonVi', ranges: ["'Danh mục'!$B$2:$B$3"] },
      { name: 'DanhMucSanPham', ranges: ["'Danh mục'!$E$2:$E$15"] },
    ]);
  });
});

describe('legacy text and its font', () => {
  it('moves converted cells to Times New Roman in the grid and the download; the undo brings .VnTime back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    const rows = [
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch số: 19/KH-SCT, ngày 31/3/2022 của Sở Công Thương)'],
      ['STT', 'NỘI DUNG VÀ TIÊU CHÍ', 'Đơn vị chủ trì, thực hiện', 'Sản phẩm', 'Thời gian'],
      ['1', 'Báo cáo kết quả', 'V¨n phßng', 'Báo cáo', 'Tháng 6'],
    ];
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
    ws.getCell('C4').font = { name: '.VnTime', size: 13, bold: true };
    const host = await PreviewHost.fromBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'legacy.xlsx', 'vi');
    const snap = (await new WorkbookService(host).readActiveSheet()).snapshot;
    const plan = planFixes(checkSheet(snap, { asOf: '2022-08-01' }).findings, ['text-legacy-encoding']);
    const service = new WorkbookService(host);
    const { applied } = await service.applyEdits('Phụ lục', plan.edits);
    expect(editsOf(applied)).toMatchObject([{ cell: 'C4', value: 'Văn phòng', fontName: 'Times New Roman', beforeFontName: '.VnTime' }]);
    expect(editsOf(host.workbook.netPlan())).toMatchObject([{ cell: 'C4', value: 'Văn phòng', fontName: 'Times New Roman' }]);
    const out = await readBack((await host.exportXlsx()).bytes);
    expect(out.getWorksheet('Phụ lục')!.getCell('C4').font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true });
    await service.undo(applied);
    expect(host.workbook.netPlan().steps).toEqual([]);
  });
});
