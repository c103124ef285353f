/**
 * Builds samples/phu-luc-mau.xlsx, the bundled sample: the real appendix table of seed 002 (Lạng Sơn,
 * 2022) as a Vietnamese-locale Excel holds it — merged title lines, STT "1,1" stored as the number 1.1,
 * "<i>" marks and a stray "'-" left by a converter, blank rows inside the table.
 * Run: npm run sample (reads ../shared/seeds; the .xlsx is committed so the sample needs no seeds).
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { seedAppendixRows } from '../test/fixtures/seeds';

async function main(): Promise<void> {
  const rows = seedAppendixRows();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC Phụ lục';
  wb.created = new Date(Date.UTC(2022, 2, 31));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Phụ lục', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.columns = [{ width: 7 }, { width: 60 }, { width: 26 }, { width: 20 }, { width: 18 }];
  let r = 0;
  for (const values of rows) {
    r++;
    const row = ws.getRow(r);
    values.forEach((v, i) => {
      if (v !== null) row.getCell(i + 1).value = v as ExcelJS.CellValue;
    });
    if (values.length === 1) {
      ws.mergeCells(r, 1, r, 5);
      row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
      row.getCell(1).font = { name: 'Times New Roman', size: 13, bold: r <= 4, italic: r > 4 };
    } else {
      for (let c = 1; c <= 5; c++) {
        const cell = row.getCell(c);
        cell.font = { name: 'Times New Roman', size: 12, bold: values[1] === 'NỘI DUNG VÀ TIÊU CHÍ' || /^[IVX]+$/.test(String(values[0] ?? '')) };
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 2 ? 'left' : 'center' };
        cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      }
    }
  }
  const out = join(__dirname, '..', 'samples', 'phu-luc-mau.xlsx');
  await wb.xlsx.writeFile(out);
  console.log(`wrote ${out} (${r} rows)`);
}

void main();
