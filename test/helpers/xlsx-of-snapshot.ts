/**
 * A core snapshot as an .xlsx file (values, number formats, italics, merges, hidden rows), so that one
 * fixture can be read by every host: the .xlsx reader of the CLI and the preview, and the Excel double.
 */
import ExcelJS from 'exceljs';
import { isErrorValue, type SheetSnapshot } from '../../src/core/snapshot';

export async function xlsxOfSnapshot(snapshot: SheetSnapshot): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(snapshot.name);
  snapshot.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = ws.getCell(snapshot.top + r, snapshot.left + c);
      const formula = snapshot.formulas?.[r]?.[c];
      if (formula) cell.value = { formula: formula.replace(/^=/, ''), result: isErrorValue(v) ? { error: v.error } : (v ?? undefined) } as ExcelJS.CellValue;
      else if (isErrorValue(v)) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else if (v !== null && v !== undefined && v !== '') cell.value = v;
      const fmt = snapshot.numFmt?.[r]?.[c];
      if (fmt && fmt !== 'General') cell.numFmt = fmt;
      if (snapshot.italic?.[r]?.[c]) cell.font = { italic: true };
    }),
  );
  for (const m of snapshot.merges) {
    // exceljs refuses overlapping merges, as Excel does: such a snapshot cannot be a file.
    try {
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
    } catch {
      /* left out */
    }
  }
  for (const r of snapshot.hiddenRows ?? []) ws.getRow(r).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
