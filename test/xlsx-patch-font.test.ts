/**
 * The legacy-encoding fix moves converted cells to a Unicode font: the patcher changes only the font's
 * name (size, bold, italics, colour stay), drops a theme <scheme> that would override the name, and leaves
 * every other cell's look as it was.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { patchXlsx } from '../src/hosts/xlsx/patch';

const SHEET = 'Phụ lục';

async function legacyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'V¨n phßng Së';
  ws.getCell('A1').font = { name: '.VnTime', size: 13, bold: true, color: { argb: 'FF0000FF' } };
  ws.getCell('A2').value = 'Së C«ng Th­¬ng';
  ws.getCell('A2').font = { name: '.VnTime', size: 12, italic: true };
  ws.getCell('A3').value = 'Không đổi';
  ws.getCell('A3').font = { name: '.VnTime', size: 13, bold: true };
  ws.getCell('A4').value = 'Theo chủ đề';
  ws.getCell('A4').font = { name: 'Calibri', size: 11, scheme: 'minor' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function fontsOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET)!;
  return ['A1', 'A2', 'A3', 'A4'].map((a) => ({ value: ws.getCell(a).value, font: ws.getCell(a).font }));
}

describe('patching a font name', () => {
  it('sets Times New Roman and keeps size, bold, italics and colour', async () => {
    const input = await legacyWorkbook();
    const out = await patchXlsx(input, SHEET, [
      { cell: 'A1', value: 'Văn phòng Sở', fontName: 'Times New Roman' },
      { cell: 'A2', value: 'Sở Công Thương', fontName: 'Times New Roman' },
      { cell: 'A4', value: 'Theo chủ đề', fontName: 'Times New Roman' },
    ]);
    const [a1, a2, a3, a4] = await fontsOf(out);
    expect(a1!.value).toBe('Văn phòng Sở');
    expect(a1!.font).toMatchObject({ name: 'Times New Roman', size: 13, bold: true, color: { argb: 'FF0000FF' } });
    expect(a2!.font).toMatchObject({ name: 'Times New Roman', size: 12, italic: true });
    expect(a2!.font.bold).toBeFalsy();
    // A cell that was not patched keeps its legacy font (it shares a style with A1 in the original).
    expect(a3!.font).toMatchObject({ name: '.VnTime', size: 13, bold: true });
    // A theme font would override the name: the scheme goes with the change.
    expect(a4!.font).toMatchObject({ name: 'Times New Roman', size: 11 });
    expect(a4!.font.scheme).toBeUndefined();
  });

  it('adds no font when the cell already has that name, and shares one new font between cells', async () => {
    const input = await legacyWorkbook();
    const styles = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('xl/styles.xml')!.async('string');
    const count = (xml: string) => (xml.match(/<font>|<font\s/g) ?? []).length;
    const before = count(await styles(input));
    const once = await patchXlsx(input, SHEET, [{ cell: 'A1', value: 'Văn phòng Sở', fontName: 'Times New Roman' }]);
    expect(count(await styles(once))).toBe(before + 1);
    const again = await patchXlsx(once, SHEET, [{ cell: 'A1', value: 'Văn phòng', fontName: 'Times New Roman' }]);
    expect(count(await styles(again))).toBe(before + 1);
  });

  it('refuses an empty or over-long font name', async () => {
    const input = await legacyWorkbook();
    await expect(patchXlsx(input, SHEET, [{ cell: 'A1', value: 'x', fontName: ' ' }])).rejects.toThrow(/font name/);
    await expect(patchXlsx(input, SHEET, [{ cell: 'A1', value: 'x', fontName: 'x'.repeat(32) }])).rejects.toThrow(/font name/);
  });
});
