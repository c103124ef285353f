/**
 * The plan operations (issue 11) through the Office host and the Excel double: "Chèn kế hoạch", the
 * appendix and the settings, as Excel would hold them afterwards, in round trips that do not grow with
 * the table, and each undone to an equal workbook.
 */
import { describe, expect, it } from 'vitest';
import { insertAppendixSheet, insertPlanSheet, readPlanSettings, savePlanSettings } from '../src/core/plan-sheet';
import { WorkbookService } from '../src/core/workbook/service';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { ExcelDouble } from './excel-double';
import { SNN_2024 } from './fixtures/plan-tables';
import { doubleState } from './helpers/double-state';

function setup() {
  const excel = ExcelDouble.fromSnapshot(SNN_2024.snapshot);
  const host = createOfficeHost({ excel, displayLanguage: 'vi-VN', isSetSupported: (n, v) => excel.isSetSupported(n, v), sleep: async () => undefined });
  return { excel, service: new WorkbookService(host) };
}

const sheetNames = (excel: ExcelDouble) => excel.model.sheets.map((s) => s.name);

describe('the plan sheets in Excel (the double)', () => {
  it('inserts "Kế hoạch" in Times New Roman on A4 portrait, updates it in place, and undoes both to equal workbooks', async () => {
    const { excel, service } = setup();
    const before = doubleState(excel);
    excel.resetLog();
    const first = await insertPlanSheet(service);
    const syncs = excel.syncCount;
    expect(syncs).toBeLessThanOrEqual(8);
    expect(sheetNames(excel)).toEqual(['Chỉ số 2024', 'Kế hoạch']);
    expect(excel.cellAt('Kế hoạch', 'E1')).toMatchObject({ value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontName: 'Times New Roman', fontSize: 13, bold: true });
    expect(excel.cellAt('Kế hoạch', 'A4')).toMatchObject({ value: 'Số: 07/KH-SNN' });
    expect(excel.sheet('Kế hoạch').pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait' });
    // The lines still to fill in are lit up by a live rule of the sheet's own.
    expect(excel.conditionalFormatsOf('Kế hoạch').map((c) => [c.fill, c.formula?.includes('cần bổ sung')])).toEqual([['#FFF2CC', true]]);
    const inserted = doubleState(excel);

    excel.resetLog();
    const second = await insertPlanSheet(service, { sections: ['header', 'title', 'content'] });
    expect(second.updated).toBe(true);
    // Reading the old sheet for the undo, and finding its highlight rule to remove it.
    expect(excel.syncCount).toBeLessThanOrEqual(syncs + 4);
    expect(sheetNames(excel)).toEqual(['Chỉ số 2024', 'Kế hoạch']);

    await service.undo(second.result.applied);
    expect(doubleState(excel)).toEqual(inserted);
    await service.undo(first.result.applied);
    expect(doubleState(excel)).toEqual(before);
  });

  it('a plan too large for one request goes in several, each under the limit, and reads back for an update the same way', async () => {
    // A tiny request limit stands for a plan of tens of thousands of lines against Excel on the web's 5 MB.
    const small = ExcelDouble.fromSnapshot(SNN_2024.snapshot, { payloadLimitBytes: 10_000 });
    const big = setup();
    const service = new WorkbookService(createOfficeHost({ excel: small, displayLanguage: 'vi-VN', isSetSupported: (n, v) => small.isSetSupported(n, v), sleep: async () => undefined }));
    small.resetLog();
    await insertPlanSheet(service);
    await insertPlanSheet(big.service);
    expect(small.syncCount).toBeGreaterThan(8);
    // (The double refuses any request past its limit: getting here means each one that went through was under it.)
    expect(doubleState(small)).toEqual(doubleState(big.excel));
    const updated = await insertPlanSheet(service);
    await insertPlanSheet(big.service);
    expect(updated.updated).toBe(true);
    expect(doubleState(small)).toEqual(doubleState(big.excel));
  });

  it('inserts the appendix with its dropdown on A4 landscape, and saves the settings as an undoable edit', async () => {
    const { excel, service } = setup();
    const before = doubleState(excel);
    const appendix = await insertAppendixSheet(service);
    const sheet = excel.sheet(appendix.sheet);
    expect(excel.cellAt(appendix.sheet, 'A5')).toMatchObject({ value: 'STT', bold: true });
    expect(excel.cellAt(appendix.sheet, 'B7')).toMatchObject({ value: 'Tiêu chí thành phần 1.2: Kế hoạch tuyên truyền CCHC (0,75/1,5 điểm)' });
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '$5:$5' });
    const saved = await savePlanSettings(service, { place: 'Phú Yên', signerName: 'Lê Văn C' });
    expect((await readPlanSettings(service)).stored).toMatchObject({ place: 'Phú Yên', signerName: 'Lê Văn C' });
    await service.undo(saved.applied);
    await service.undo(appendix.result.applied);
    expect(doubleState(excel)).toEqual(before);
  });
});
