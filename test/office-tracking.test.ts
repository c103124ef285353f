/**
 * The tracking layer and the score columns through the Office host, against the Excel double: added and removed in a constant
 * number of round trips, and removing it leaves the workbook part for part as it was (cells and their
 * formats, merges, conditional formats, validations, column widths, names, sheets).
 */
import { describe, expect, it } from 'vitest';
import { snapshotFromRows } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { annotate, removeTracking } from '../src/core/tracking/operations';
import { annotateScores, removeScores } from '../src/core/score-layer/operations';
import { langSon2023 } from './fixtures/score-tables';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { ExcelDouble } from './excel-double';
import { blankCell, type WorkbookModel } from './excel-double/model';

const table = () =>
  snapshotFromRows('Phụ lục', [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)'],
    [],
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Tình trạng'],
    ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 3/2024', 'Hoàn thành'],
    ['2', 'Kiểm tra CCHC', 'Thanh tra, Văn phòng', 'Báo cáo', 'Quý III/2024', 'Chưa hoàn thành'],
    ['3', 'Báo cáo CCHC', 'Văn phòng', 'Báo cáo', 'trước ngày 20 hàng tháng', null],
  ]);

/** What a user could see of the workbook: each non-blank cell, and every part. */
function state(model: WorkbookModel) {
  const blank = JSON.stringify(blankCell());
  return structuredClone({
    sheets: model.sheets.map((s) => ({
      name: s.name,
      cells: s.rows.flatMap((row, r) => (row ?? []).flatMap((c, k) => (c && JSON.stringify({ ...c, locked: undefined }) !== JSON.stringify({ ...JSON.parse(blank), locked: undefined }) ? [[r + 1, k + 1, c]] : []))),
      merges: s.merges,
      conditionalFormats: s.conditionalFormats.map(({ id: _, ...cf }) => cf),
      validations: [...s.validation.entries()].map(([k, v]) => [k, v.type]),
      widths: [...s.columnWidths],
    })),
    names: model.names.map((n) => ({ name: n.name, range: n.range, scopeId: n.scopeId })),
  });
}

describe('the tracking layer in Excel (the double)', () => {
  it('is added with conditional formats, a dropdown, names and the summary sheet, then removed leaving the workbook as it was', async () => {
    const excel = ExcelDouble.fromSnapshot(table());
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    const original = state(excel.model);
    const done = await annotate(service, { asOf: '2024-07-10' });
    expect(done.judged.map((r) => r.flag)).toEqual(['Hoàn thành', '', 'Sắp đến hạn']);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Phụ lục', 'Tổng hợp tiến độ']);
    expect(excel.cellAt('Phụ lục', 'G5')).toMatchObject({ value: 45382, numFmt: 'dd/mm/yyyy' });
    expect(excel.cellAt('Phụ lục', 'H6').formula).toBe(
      '=IF(ISNUMBER(MATCH(TRIM(F6),TinhTrang_HoanThanh,0)),"Hoàn thành",IF(NOT(ISNUMBER(G6)),"",IF(G6<NgayDanhGia,"Quá hạn",IF(G6-NgayDanhGia<=SoNgaySapDenHan,"Sắp đến hạn",""))))',
    );
    expect(excel.conditionalFormatsOf('Phụ lục').map((cf) => [cf.fill, cf.fontColor])).toEqual([
      ['#FFC7CE', '#9C0006'],
      ['#FFEB9C', '#9C5700'],
      ['#C6EFCE', '#006100'],
    ]);
    expect(excel.validationAt('Phụ lục', 'F6')?.type).toBe('List');
    expect(excel.model.names.map((n) => n.name).sort()).toContain('NgayDanhGia');
    await removeTracking(service);
    expect(state(excel.model)).toEqual(original);
  });

  it('the score columns and Tổng hợp điểm go through the Office host too, and go away leaving the workbook as it was', async () => {
    const excel = ExcelDouble.fromSnapshot(langSon2023('comma').snapshot);
    const service = new WorkbookService(createOfficeHost({ excel, displayLanguage: 'vi-VN' }));
    const original = state(excel.model);
    excel.resetLog();
    const done = await annotateScores(service);
    expect(excel.syncCount).toBeLessThanOrEqual(8);
    expect(done.layer.columns).toEqual({ selfGap: 7, rate: 8 });
    expect(excel.model.sheets.map((s) => s.name)).toEqual([langSon2023('comma').snapshot.name, 'Tổng hợp điểm']);
    expect(excel.cellAt(langSon2023('comma').snapshot.name, 'H4').formula).toContain('NUMBERVALUE(SUBSTITUTE(TRIM(');
    // In Excel, a bar chart of points lost per area, over the summary's own live figures.
    const charts = excel.model.sheetByName('Tổng hợp điểm')!.charts ?? [];
    expect(charts.map((c) => [c.type, c.title, c.source])).toEqual([['BarClustered', 'Điểm bị trừ theo lĩnh vực', { top: 3, left: 15, bottom: 9, right: 16 }]]);
    expect(excel.cellAt('Tổng hợp điểm', 'P4').formula).toBe('=F4');
    const withoutId = (cs: typeof charts) => cs.map(({ id: _id, ...c }) => structuredClone(c));
    const chartModel = withoutId(charts);
    const removed = await removeScores(service);
    expect(state(excel.model)).toEqual(original);
    // Undoing the removal draws the chart again, over the same cells, at the same place.
    await service.undo(removed.applied);
    expect(withoutId(excel.model.sheetByName('Tổng hợp điểm')!.charts ?? [])).toEqual(chartModel);
  });
});
