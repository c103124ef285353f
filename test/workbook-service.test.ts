/**
 * The workbook service's policy, once for every host: how a plan is settled (conflicts, refusals,
 * skipped validations), its exact undo, the net plan of a session, and the unit list found and read the
 * same way through the Office adapter (the Excel double), the memory workbook (preview) and the CLI.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unitListOf } from '../src/cli/session';
import { parseRange } from '../src/core/address';
import type { CellEdit } from '../src/core/report';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { HostError } from '../src/core/workbook/adapter';
import { unitListPlan } from '../src/core/workbook/catalog';
import { invertPlan } from '../src/core/workbook/undo';
import { settlePlan } from '../src/core/workbook/settle';
import { WorkbookService } from '../src/core/workbook/service';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memoryWorkbookFromExcelJs } from '../src/hosts/memory/fromExcelJs';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { ExcelDouble } from './excel-double';

const SHEET = 'Phụ lục';
const table = (): SheetSnapshot =>
  snapshotFromRows(SHEET, [
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
    [1.1, 'Tuyên truyền', 'VP', 'Báo cáo', 'Tháng 6'],
    ['1.2', 'Kiểm tra', 'Thanh tra', 'Kế hoạch', 'Quý II'],
  ]);
const memory = (...sheets: SheetSnapshot[]) => new MemoryAdapter(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), 'vi');
const edit = (cell: string, row: number, col: number, value: string | number | null, before: string | number | null): CellEdit => ({ cell, row, col, value, before });

describe('settling a plan', () => {
  it('writes nothing when a cell changed since the check, and says which', async () => {
    const host = memory(table());
    const service = new WorkbookService(host);
    const result = await service.applyEdits(SHEET, [edit('A2', 2, 1, '1.1', 1.1), edit('C3', 3, 3, 'Thanh tra Sở', 'Thanh tra (cũ)')]);
    expect(result.conflicts).toEqual([{ cell: 'C3', expected: 'Thanh tra (cũ)', found: 'Thanh tra' }]);
    expect(result.applied.steps).toEqual([]);
    expect(((await new WorkbookService(host).readActiveSheet()).snapshot).values[1]![0]).toBe(1.1);
  });

  it('refuses a protected sheet, an existing sheet or name, in the user’s language', async () => {
    const host = memory(table());
    host.workbook.sheets[0]!.protected = true;
    const service = new WorkbookService(host);
    const e = await service.applyEdits(SHEET, [edit('A2', 2, 1, '1.1', 1.1)]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).reason).toBe('protected');
    expect((e as HostError).message).toContain('được bảo vệ');
    await service.createUnitList([{ name: 'Văn phòng' }]);
    const again = await service.createUnitList([{ name: 'Văn phòng' }]).catch((x: unknown) => x);
    expect((again as HostError).reason).toBe('exists');
  });

  it('skips validation over cells that validate already, or that the same plan covers first', () => {
    const plan = {
      steps: [
        { kind: 'addValidation' as const, sheet: SHEET, range: parseRange('C2:C9')!, list: { name: 'A' }, alert: { style: 'information' as const, title: '', message: '' } },
        { kind: 'addValidation' as const, sheet: SHEET, range: parseRange('C5')!, list: { name: 'A' }, alert: { style: 'information' as const, title: '', message: '' } },
        { kind: 'addValidation' as const, sheet: SHEET, range: parseRange('D2:D9')!, list: { name: 'B' }, alert: { style: 'information' as const, title: '', message: '' } },
      ],
    };
    const settled = settlePlan(plan, { cells: new Map(), sheets: [SHEET], names: [], validated: new Map([[2, true]]), protectedSheets: [] });
    expect(settled.plan.steps).toHaveLength(1);
    expect(settled.skipped.map((s) => s.range)).toEqual([parseRange('C5'), parseRange('D2:D9')]);
  });
});

describe('undo and the net plan', () => {
  it('the inverse of an applied plan restores sheets, names, validations and cells exactly', async () => {
    const host = memory(table());
    const service = new WorkbookService(host);
    const before = structuredClone({ sheets: host.workbook.sheets.map((s) => s.snapshot), names: host.workbook.names });
    const created = await service.createUnitList([{ name: 'Văn phòng', aliases: ['VP'] }, { name: 'Thanh tra' }]);
    const dropdowns = await service.addDropdowns(SHEET, [
      { range: parseRange('C2:C3')!, source: 'units' },
      { range: parseRange('D2:D3')!, source: 'products' },
    ]);
    const fixed = await service.applyEdits(SHEET, [edit('A2', 2, 1, '1.1', 1.1)]);
    expect(host.workbook.sheets.map((s) => s.snapshot.name)).toEqual([SHEET, 'Danh mục']);
    expect(host.workbook.names.map((n) => n.key.name)).toEqual(['DanhMucDonVi', 'DanhMucSanPham']);
    await service.undo(fixed.applied);
    await service.undo(dropdowns.applied);
    await service.undo(created.applied);
    expect({ sheets: host.workbook.sheets.map((s) => s.snapshot), names: host.workbook.names }).toEqual(before);
    expect(host.workbook.sheets[0]!.validations).toEqual([]);
    // And the session's net plan is empty: nothing to write into the file.
    expect(host.workbook.netPlan().steps).toEqual([]);
  });

  it('the net plan keeps one edit per cell, from the first value to the last', async () => {
    const host = memory(table());
    const service = new WorkbookService(host);
    await service.applyEdits(SHEET, [edit('C2', 2, 3, 'Văn phòng', 'VP')]);
    await service.applyEdits(SHEET, [edit('C2', 2, 3, 'Văn phòng Sở', 'Văn phòng'), edit('A2', 2, 1, '1.1', 1.1)]);
    expect(host.workbook.netPlan().steps).toEqual([
      {
        kind: 'cells',
        sheet: SHEET,
        edits: [
          { cell: 'A2', row: 2, col: 1, value: '1.1', before: 1.1 },
          { cell: 'C2', row: 2, col: 3, value: 'Văn phòng Sở', before: 'VP' },
        ],
      },
    ]);
  });

  it('inverts every kind of step', () => {
    const plan = unitListPlan([{ name: 'A' }], 'vi');
    expect(invertPlan(invertPlan(plan))).toEqual(plan);
  });
});

describe('the unit list, found and read the same way by every host', () => {
  /** A workbook with a unit list under the name DanhMucDonVi and a product list beside it on the same sheet. */
  const rows = [
    ['STT', 'Tên đơn vị', 'Viết tắt', null, 'Sản phẩm'],
    [1, 'Văn phòng Sở', 'VP', null, 'Kế hoạch'],
    [2, 'Thanh tra Sở', 'TTr, Thanh tra', null, 'Báo cáo'],
    [3, 'Phòng Kế hoạch - Tài chính', null, null, 'Quyết định'],
  ];
  const expected = [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Thanh tra Sở', aliases: ['TTr', 'Thanh tra'] }, { name: 'Phòng Kế hoạch - Tài chính' }];

  async function viaExcelJs(names: boolean) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(SHEET).getCell('A1').value = 'STT';
    const ws = wb.addWorksheet('Danh mục');
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
    if (names) {
      wb.definedNames.add("'Danh mục'!$B$2:$B$4", 'DanhMucDonVi');
      wb.definedNames.add("'Danh mục'!$E$2:$E$4", 'DanhMucSanPham');
    }
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return memoryWorkbookFromExcelJs(read);
  }

  async function viaOffice(names: boolean) {
    const excel = new ExcelDouble();
    excel.addSheet(SHEET, { values: [['STT']] }, { activate: true });
    excel.addSheet('Danh mục', { values: rows });
    if (names) {
      await excel.run(async (ctx) => {
        ctx.workbook.names.add('DanhMucDonVi', "='Danh mục'!$B$2:$B$4");
        ctx.workbook.names.add('DanhMucSanPham', "='Danh mục'!$E$2:$E$4");
        await ctx.sync();
      });
    }
    return new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' })).readUnitList();
  }

  it.each([true, false])('with the defined names: %s', async (names) => {
    const book = await viaExcelJs(names);
    const preview = await new WorkbookService(new MemoryAdapter(book, 'vi')).readUnitList();
    expect(preview).toEqual(expected);
    expect(unitListOf(book)).toEqual(expected);
    expect(await viaOffice(names)).toEqual(expected);
  });
});

describe('protected sheets', () => {
  it('take values in their unlocked cells, in every host; a locked cell refuses the plan, named', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.getCell('C2').value = ' VP';
    ws.getCell('C2').protection = { locked: false };
    ws.getCell('C3').value = ' Thanh tra';
    await ws.protect('', {});
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const host = new MemoryAdapter(memoryWorkbookFromExcelJs(read, { full: false }), 'vi');
    const service = new WorkbookService(host);
    await service.applyEdits(SHEET, [edit('C2', 2, 3, 'VP', ' VP')]);
    expect(host.workbook.sheets[0]!.snapshot.values[1]![2]).toBe('VP');
    const refused = await service.applyEdits(SHEET, [edit('C3', 3, 3, 'Thanh tra', ' Thanh tra')]).catch((x: unknown) => x);
    expect((refused as HostError).message).toContain('Ô C3 trên trang “Phụ lục” bị khoá');
    expect(host.workbook.sheets[0]!.snapshot.values[2]![2]).toBe(' Thanh tra');
  });
});
