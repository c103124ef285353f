/**
 * A plan's cell edits on an existing sheet may write formulas, bold and fills (the in-sheet layer of the
 * next features writes them beside the user's table): every host carries them out, records what they
 * replaced, and the undo restores the cells exactly. LibreOffice computes what the .xlsx writer wrote.
 */
import { describe, expect, it } from 'vitest';
import type { CellEdit } from '../src/core/report';
import { snapshotFromRows } from '../src/core/snapshot';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { WorkbookService } from '../src/core/workbook/service';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { writePlan } from '../src/hosts/xlsx/writer';
import { ExcelDouble } from './excel-double';
import { appendixWorkbook, APPENDIX, readBook, soffice, throughLibreOffice } from './xlsx-writer-fixtures';

const SHEET = 'Phụ lục';
const rows = [
  ['STT', 'Nội dung', 'Số'],
  ['1', 'Một', 2],
  ['2', 'Hai', 3],
];
/** A header and a formula column beside the table: G1 bold with a fill, G2:G3 formulas. */
const layer: CellEdit[] = [
  { cell: 'G1', row: 1, col: 7, value: 'Gấp đôi', before: null, bold: true, fill: 'DDEBF7' },
  { cell: 'G2', row: 2, col: 7, value: null, before: null, formula: '=C2*2' },
  { cell: 'G3', row: 3, col: 7, value: null, before: null, formula: '=C3*2' },
];
const editsOf = (plan: WorkbookPlan): CellEdit[] => plan.steps.flatMap((s) => (s.kind === 'cells' ? s.edits : []));

describe('formulas, bold and fills in cell edits', () => {
  it('the Office adapter writes them in 2 syncs and the undo restores the cells', async () => {
    const excel = new ExcelDouble();
    excel.addSheet(SHEET, { values: rows }, { activate: true });
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    const before = excel.cellsOf(SHEET);
    excel.resetLog();
    const result = await service.applyPlan({ steps: [{ kind: 'cells', sheet: SHEET, edits: layer }] });
    expect(excel.syncCount).toBe(2);
    expect(excel.cellAt(SHEET, 'G2').formula).toBe('=C2*2');
    expect(excel.cellAt(SHEET, 'G1')).toMatchObject({ value: 'Gấp đôi', bold: true, fill: '#DDEBF7' });
    expect(editsOf(result.applied).map((e) => [e.beforeBold, e.beforeFill, e.beforeFormula])).toEqual([
      [false, null, undefined],
      [undefined, undefined, null],
      [undefined, undefined, null],
    ]);
    await service.undo(result.applied);
    expect(excel.cellsOf(SHEET)).toEqual(before);
    expect(excel.cellAt(SHEET, 'G1')).toMatchObject({ bold: false, fill: null });
  });

  it('the memory workbook (preview, CLI) keeps them and its net plan carries them', async () => {
    const host = new MemoryAdapter(new MemoryWorkbook([memorySheet(snapshotFromRows(SHEET, rows))]), 'vi');
    const service = new WorkbookService(host);
    const result = await service.applyPlan({ steps: [{ kind: 'cells', sheet: SHEET, edits: layer }] });
    expect(host.workbook.sheets[0]!.snapshot.formulas?.[1]?.[6]).toBe('=C2*2');
    expect(editsOf(host.workbook.netPlan())).toMatchObject([{ cell: 'G1', bold: true, fill: 'DDEBF7' }, { cell: 'G2', formula: '=C2*2' }, { cell: 'G3', formula: '=C3*2' }]);
    await service.undo(result.applied);
    expect(host.workbook.netPlan().steps).toEqual([]);
  });

  it('the .xlsx writer writes them into an existing sheet, and LibreOffice computes the formulas', async () => {
    const edits: CellEdit[] = [
      { cell: 'H5', row: 5, col: 8, value: 'Gấp đôi', before: null, bold: true, fill: 'DDEBF7' },
      { cell: 'H6', row: 6, col: 8, value: null, before: null, formula: '=D6*2' },
      { cell: 'H7', row: 7, col: 8, value: null, before: null, formula: '=NUMBERVALUE("6,5",",")' },
    ];
    const out = await writePlan(await appendixWorkbook(), { steps: [{ kind: 'cells', sheet: APPENDIX, edits }] });
    const ws = (await readBook(out)).getWorksheet(APPENDIX)!;
    expect(ws.getCell('H5').font?.bold).toBe(true);
    expect(ws.getCell('H5').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('H6').formula).toBe('D6*2');
    if (!soffice) return;
    const lo = (await readBook(throughLibreOffice(out))).getWorksheet(APPENDIX)!;
    expect((lo.getCell('H6').value as { result?: number }).result).toBe(12);
    expect((lo.getCell('H7').value as { result?: number }).result).toBe(6.5);
  }, 60_000);
});
