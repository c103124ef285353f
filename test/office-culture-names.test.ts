/**
 * The Office host in a Vietnamese Excel, through the Excel double (issue 8): the culture changes what
 * cells show (Range.text: "4,5", dates as dd/mm/yyyy) but not what the host reads (values and number
 * formats), so deadlines and scores come out as in an English Excel and as the .xlsx host reads the file;
 * and a unit list left as a name local to a sheet is found as the .xlsx host finds it.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../src/cli/session';
import { analyzeSheet } from '../src/core/check';
import { isoToSerial } from '../src/core/dates';
import type { SheetSnapshot } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { loadWorkbook, worksheetSnapshot } from '../src/hosts/xlsx/read';
import { writePlan } from '../src/hosts/xlsx/writer';
import { ExcelDouble, type DoubleOptions } from './excel-double';
import { table } from './helpers/table';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';

const AS_OF = '2022-08-01';
const HEADER = ['STT', 'NỘI DUNG VÀ TIÊU CHÍ', 'Đơn vị chủ trì, thực hiện', 'Sản phẩm', 'Thời gian', 'Điểm tự chấm'];
const DATE = 'm/d/yyyy';

/** Deadlines typed as dates (the built-in short date, and a Vietnamese fixed one), scores with decimals. */
function datedPlan(): SheetSnapshot {
  const rows = [
    ['1', 'Ban hành kế hoạch CCHC năm 2022', 'Văn phòng', 'Kế hoạch', isoToSerial('2022-06-30'), 4.5],
    ['2', 'Rà soát thủ tục hành chính', 'Thanh tra', 'Báo cáo', isoToSerial('2022-10-15'), 2.25],
    ['3', 'Tuyên truyền cải cách hành chính', 'Văn phòng', 'Báo cáo', isoToSerial('2022-12-31'), 1],
    [1.1, 'Số hoá hồ sơ', 'Văn phòng', 'Báo cáo', isoToSerial('2022-09-30'), 0.5],
  ];
  const numFmt = [DATE, DATE, '[$-42A]dd/mm/yyyy', DATE].map((f) => ['General', 'General', 'General', 'General', f, 'General']);
  return table(rows, { header: HEADER, numFmt });
}

function officeHost(snapshot: SheetSnapshot, options: DoubleOptions) {
  const excel = ExcelDouble.fromSnapshot(snapshot, options);
  return { excel, service: new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' })) };
}

async function textOf(excel: ExcelDouble, address: string): Promise<string[][]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange(address).load('text');
    await context.sync();
    return range.text;
  });
}

describe('a Vietnamese Excel (vi-VN culture)', () => {
  it('shows dates and scores the Vietnamese way, yet the host reads the same deadlines and values as in en-US and from the file', async () => {
    const snapshot = datedPlan();
    const vi = officeHost(snapshot, { culture: 'vi-VN' });
    const en = officeHost(snapshot, { culture: 'en-US' });
    // What the user sees differs (rows 4 and 7: a built-in date and a fixed Vietnamese one).
    expect(await textOf(vi.excel, 'E4:F4')).toEqual([['30/06/2022', '4,5']]);
    expect(await textOf(en.excel, 'E4:F4')).toEqual([['6/30/2022', '4.5']]);
    expect(await textOf(vi.excel, 'E6:F7')).toEqual([['31/12/2022', '1'], ['30/09/2022', '0,5']]);
    expect(await textOf(en.excel, 'E6:F7')).toEqual([['31/12/2022', '1'], ['9/30/2022', '0.5']]);

    const read = async (service: WorkbookService) => (await service.readActiveSheet()).snapshot;
    const [viSheet, enSheet] = [await read(vi.service), await read(en.service)];
    // Values, not text: the scores are numbers, the dates serials with their formats.
    expect(viSheet.values.slice(3)).toEqual(snapshot.values.slice(3));
    expect(viSheet.text).toBeUndefined();
    expect(viSheet.numFmt?.slice(3).map((r) => r[4])).toEqual([DATE, DATE, '[$-42A]dd/mm/yyyy', DATE]);
    expect(viSheet.decimalSeparator).toBe(',');
    expect(enSheet.decimalSeparator).toBe('.');

    const reportOf = (s: SheetSnapshot) => analyzeSheet(s, { lang: 'vi', asOf: AS_OF }).report;
    const viReport = reportOf(viSheet);
    const deadlines = viReport.rows.filter((r) => r.kind === 'item').map((r) => [r.stt, r.deadline, r.overdue]);
    expect(deadlines).toEqual([
      ['1', '2022-06-30', true],
      ['2', '2022-10-15', false],
      ['3', '2022-12-31', false],
      ['1.1', '2022-09-30', false],
    ]);
    expect(reportOf(enSheet).rows).toEqual(viReport.rows);
    // The STT Excel turned into a number is shown as the user sees it: "1,1" in vi-VN, "1.1" in en-US.
    const coerced = (s: SheetSnapshot) => reportOf(s).findings.find((f) => f.code === 'stt-number-coerced')?.message;
    expect(coerced(viSheet)).toContain('STT “1,1”');
    expect(coerced(enSheet)).toContain('STT “1.1”');

    // The .xlsx host reads the same file the same way.
    const file = await openWorkbook(await xlsxOfSnapshot(snapshot));
    const fromFile = file.sheets[0]!.snapshot;
    expect(reportOf(fromFile).rows).toEqual(viReport.rows);
    expect(reportOf(fromFile).findings).toEqual(viReport.findings);
  });
});

const UNITS_SHEET = 'DS đơn vị';
const UNITS = [['STT', 'Tên đơn vị', 'Viết tắt'], [1, 'Văn phòng Sở', 'VP'], [2, 'Thanh tra', 'TTr'], [3, 'Phòng Kế hoạch - Tài chính', null]];

/** The appendix and a unit list whose name DanhMucDonVi is local to the list's sheet, as a file. */
async function fileWithLocalUnitName(): Promise<Uint8Array> {
  const base = await xlsxOfSnapshot(datedPlan());
  const cells = UNITS.flatMap((row, r) => row.flatMap((value, c) => (value === null ? [] : [{ row: r + 1, col: c + 1, value }])));
  return writePlan(base, {
    steps: [
      { kind: 'addSheet', sheet: UNITS_SHEET, cells },
      { kind: 'defineName', key: { name: 'DanhMucDonVi', scope: UNITS_SHEET }, target: { sheet: UNITS_SHEET, range: { top: 2, left: 2, bottom: 4, right: 2 } } },
    ],
  });
}

/** The double seeded from what the file holds, the name defined as a user does (Name Manager, scope: the sheet). */
async function doubleOf(bytes: Uint8Array): Promise<ExcelDouble> {
  const excel = new ExcelDouble();
  (await loadWorkbook(bytes)).worksheets.forEach((ws, i) => excel.addSheet(ws.name, worksheetSnapshot(ws), { activate: i === 0 }));
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(UNITS_SHEET);
    sheet.names.add('DanhMucDonVi', sheet.getRange('B2:B4'));
    await context.sync();
  });
  return excel;
}

describe('a unit list named only on its own sheet (issue 8)', () => {
  const expected = [{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Thanh tra', aliases: ['TTr'] }, { name: 'Phòng Kế hoạch - Tài chính' }];

  it('is found by the Office host as by the .xlsx host, in two syncs', async () => {
    const bytes = await fileWithLocalUnitName();
    const fromFile = (await openWorkbook(bytes)).unitList();
    expect(fromFile).toEqual(expected);

    const excel = await doubleOf(bytes);
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    excel.resetLog();
    const info = await service.host.readWorkbookInfo();
    expect(excel.syncCount).toBe(2);
    expect(info.names).toEqual([{ name: 'DanhMucDonVi', scope: UNITS_SHEET, target: { sheet: UNITS_SHEET, range: { top: 2, left: 2, bottom: 4, right: 2 } } }]);
    expect(await service.readUnitList()).toEqual(fromFile);
  });

  it('is found past a workbook name left as #REF! (a copied sheet keeps the name as a local one)', async () => {
    const excel = await doubleOf(await fileWithLocalUnitName());
    excel.addSheet('Danh mục', { values: [['Tên đơn vị'], ['Đơn vị cũ']] });
    await excel.run(async (context) => {
      context.workbook.names.add('DanhMucDonVi', '=#REF!');
      await context.sync();
    });
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    // The local name wins over a sheet merely named like a unit list.
    expect(await service.readUnitList()).toEqual(expected);
  });

  it('stays behind a usable workbook name, which is read in one sync as before', async () => {
    const excel = await doubleOf(await fileWithLocalUnitName());
    excel.addSheet('Danh mục', { values: [['Tên đơn vị'], ['Văn phòng'], ['Thanh tra']] });
    await excel.run(async (context) => {
      context.workbook.names.add('DanhMucDonVi', "='Danh mục'!$A$2:$A$3");
      await context.sync();
    });
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    excel.resetLog();
    const info = await service.host.readWorkbookInfo();
    expect(excel.syncCount).toBe(1);
    expect(info.names.map((n) => n.scope)).toEqual([null]);
    expect(await service.readUnitList()).toEqual([{ name: 'Văn phòng' }, { name: 'Thanh tra' }]);
  });
});
