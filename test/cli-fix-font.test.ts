/** `cchc fix` on TCVN3 text: the converted cells leave the .VnTime font for Times New Roman, size kept. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './cli-helpers';
import { buildLegacyText } from './fixtures/workbooks';

const dir = tempDir('cchc-font-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cchc fix and legacy fonts', () => {
  it('moves converted cells to Times New Roman (size 12 kept) and leaves other cells alone', async () => {
    const fx = await buildLegacyText(dir);
    const out = join(dir, 'out.xlsx');
    const r = await run(['fix', fx.path, '--out', out]);
    expect(r.code).toBe(0);
    const sheetOf = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
      return wb.getWorksheet('Phụ lục')!;
    };
    const ws = await sheetOf(out);
    const before = await sheetOf(fx.path);
    expect(before.getCell('C5').font?.name).toBe('.VnTime');
    for (const [cell, [, unicode]] of Object.entries(fx.legacy)) {
      expect(ws.getCell(cell).value).toBe(unicode);
      expect(ws.getCell(cell).font).toMatchObject({ name: 'Times New Roman', size: 12 });
    }
    expect(ws.getCell('C6').font).toEqual(before.getCell('C6').font);
  });
});
