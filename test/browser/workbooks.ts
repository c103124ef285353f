/** Workbooks the browser tests open in the preview ("Mở tệp Excel"). */
import ExcelJS from 'exceljs';
import { langSon2023 } from '../fixtures/score-tables';

/** The Lạng Sơn 2023 score table (decimal commas) as a workbook, its title lines merged across the table. */
export async function scoreWorkbook(): Promise<Buffer> {
  const snapshot = langSon2023('comma').snapshot;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả 2023');
  ws.columns = [{ width: 6 }, { width: 60 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }];
  snapshot.values.forEach((row, i) => (ws.getRow(i + 1).values = row.map((v) => v ?? undefined) as ExcelJS.CellValue[]));
  for (const m of snapshot.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
