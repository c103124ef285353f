/**
 * A workbook whose structure is protected (Review › Protect Workbook) cannot take a new sheet: the plan
 * sheets, the settings sheet and the tracking and score summaries are refused with one Vietnamese line,
 * in Excel (the double) and for a file (`cchc sections`, `cchc annotate`), and nothing is written — the
 * file writer never bypasses the protection either.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { insertPlanSheet } from '../src/core/plan-sheet';
import { WorkbookService } from '../src/core/workbook/service';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { structureProtected, writePlan } from '../src/hosts/xlsx/writer';
import { run, tempDir } from './cli-helpers';
import { ExcelDouble } from './excel-double';
import { SNN_2024 } from './fixtures/plan-tables';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';

const dir = tempDir('cchc-structure-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture's package with `<workbookProtection lockStructure="1"/>` where the schema puts it. */
async function lockedXlsx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await xlsxOfSnapshot(SNN_2024.snapshot));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  // Between workbookPr and bookViews / sheets (exceljs writes no bookViews).
  const at = xml.search(/<bookViews|<sheets/);
  expect(at).toBeGreaterThan(0);
  zip.file('xl/workbook.xml', xml.slice(0, at) + '<workbookProtection lockStructure="1"/>' + xml.slice(at));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a workbook with a protected structure', () => {
  it('is recognised in the package (exceljs does not read it)', async () => {
    expect(await structureProtected(await lockedXlsx())).toBe(true);
    expect(await structureProtected(await xlsxOfSnapshot(SNN_2024.snapshot))).toBe(false);
  });

  it('cchc sections and cchc annotate: one Vietnamese line, exit 2, no file', async () => {
    const input = join(dir, 'locked.xlsx');
    writeFileSync(input, await lockedXlsx());
    for (const command of ['sections', 'annotate']) {
      const out = join(dir, `${command}-out.xlsx`);
      const r = await run([command, input, '--out', out]);
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('Bảng tính đang được bảo vệ cấu trúc nên không thêm hay xóa được trang');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('the file writer refuses a new sheet in it too', async () => {
    await expect(writePlan(await lockedXlsx(), { steps: [{ kind: 'addSheet', sheet: 'Mới', cells: [] }] })).rejects.toThrow(/structure is protected/);
  });

  it('in Excel: "Chèn kế hoạch" is refused before anything is written', async () => {
    const excel = ExcelDouble.fromSnapshot(SNN_2024.snapshot);
    excel.model.structureProtected = true;
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN', isSetSupported: (n, v) => excel.isSetSupported(n, v), sleep: async () => undefined }));
    await expect(insertPlanSheet(service)).rejects.toThrow('Bảng tính đang được bảo vệ cấu trúc nên không thêm hay xóa được trang “Kế hoạch”; chưa ghi gì.');
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Chỉ số 2024']);
    expect(excel.model.names).toEqual([]);
  });
});
