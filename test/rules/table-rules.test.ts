/** table-not-found, column-missing, column-duplicate, plan-date-missing, row-blank, row-continuation. */
import { describe, expect, it } from 'vitest';
import { snapshotFromRows } from '../../src/core/snapshot';
import { cellsOf, check, codeFindings, table } from '../helpers/table';

describe('table rules', () => {
  it('table-not-found on a sheet of prose', () => {
    const r = check(snapshotFromRows('Ghi chú', [['Kế hoạch khắc phục'], ['Thực hiện Quyết định số 102/QĐ-UBND ngày 16/01/2024']]));
    expect(r.table).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'table-not-found', severity: 'error', cell: null })]);
  });

  it('column-missing: once per missing standard role, naming it', () => {
    const t = table([['1', 'Rà soát TTHC', 'Tháng 6']], { header: ['STT', 'Nội dung', 'Thời gian'] });
    const f = codeFindings(t, 'column-missing');
    expect(f.map((x) => x.column)).toEqual(['owner', 'product']);
    expect(f.every((x) => x.cell === null && x.severity === 'warning')).toBe(true);
  });

  it('column-duplicate: a second "Thời gian" column', () => {
    const t = table([['1', 'Rà soát', 'Văn phòng', 'Báo cáo', 'Tháng 6', 'Quý II']], {
      header: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Thời hạn'],
    });
    expect(cellsOf(t, 'column-duplicate')).toEqual(['F3']);
  });

  it('plan-date-missing when no title gives the plan date and times need a year', () => {
    const t = table([['1', 'Rà soát', 'Văn phòng', 'Báo cáo', 'Tháng 6']], { title: ['PHỤ LỤC'] });
    const [f] = codeFindings(t, 'plan-date-missing');
    expect(f).toMatchObject({ severity: 'info', cell: null, data: { year: 2022 } });
    expect(cellsOf(table([['1', 'Rà soát', 'Văn phòng', 'Báo cáo', 'Tháng 6']]), 'plan-date-missing')).toEqual([]);
  });

  it('row-blank: an empty row inside the table, not the ones after it', () => {
    const t = table([['1', 'Một', 'Văn phòng', 'Báo cáo', 'Tháng 6'], [], ['2', 'Hai', 'Văn phòng', 'Báo cáo', 'Tháng 7'], [], [], [], ['Người lập biểu']]);
    expect(cellsOf(t, 'row-blank')).toEqual(['A5']);
  });

  it('row-continuation: a task split across a page break, and its merge-up fix', () => {
    const t = table([
      ['3.5', 'Mức độ rõ ràng, dễ hiểu về', 'Văn phòng', 'Báo cáo', 'Quý III'],
      [null, 'các quy định hồ sơ, thủ tục hành chính', null, null, null],
      ['3.6', 'Công khai TTHC', 'Văn phòng', 'Báo cáo', 'Quý IV'],
    ]);
    const [f] = codeFindings(t, 'row-continuation');
    expect(f).toMatchObject({ cell: 'B5', severity: 'warning' });
    expect(f!.fix!.edits).toEqual([
      expect.objectContaining({ cell: 'B4', value: 'Mức độ rõ ràng, dễ hiểu về các quy định hồ sơ, thủ tục hành chính' }),
      expect.objectContaining({ cell: 'B5', value: null }),
    ]);
    // Its empty cells are not missing fields.
    expect(check(t).findings.filter((x) => x.row === 5).map((x) => x.code)).toEqual(['row-continuation']);
  });

  it('row-continuation is not raised for a detail row under a task', () => {
    const t = table([
      ['2.4.2', 'Đánh giá việc giải quyết TTHC theo Thông tư số 01/2018/TT-VPCP', 'Văn phòng', 'Biên bản', 'Quý, năm'],
      [null, 'Kết quả đánh giá việc giải quyết TTHC', null, null, null],
      [null, 'tổ chức đánh giá hàng quý', null, null, null],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });
});

describe('several Excel Tables on a sheet', () => {
  it('checks the one the selection is in', async () => {
    const { snapshotFromRows } = await import('../../src/core/snapshot');
    const { check } = await import('../helpers/table');
    const rows = [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
      ['1', 'Rà soát TTHC', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
      [],
      [],
      [],
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
      ['1', 'Công khai TTHC', null, 'Báo cáo', 'Tháng 7'],
    ];
    const tables = [
      { name: 'Bang1', range: { top: 1, left: 1, bottom: 2, right: 5 }, showHeaders: true },
      { name: 'Bang2', range: { top: 6, left: 1, bottom: 7, right: 5 }, showHeaders: true },
    ];
    expect(check(snapshotFromRows('S', rows, { tables })).table!.headerRow).toBe(1);
    const r = check(snapshotFromRows('S', rows, { tables, selection: { top: 7, left: 2, bottom: 7, right: 2 } }));
    expect(r.table!.headerRow).toBe(6);
    expect(r.findings.map((f) => f.code)).toContain('owner-missing');
  });
});

describe('hidden and filtered rows', () => {
  it('are still checked, and their findings say the row is hidden', async () => {
    const { check } = await import('../helpers/table');
    const t = table([
      ['1', 'Rà soát TTHC', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
      ['2', 'Công khai TTHC', null, 'Báo cáo', 'Tháng 7'],
    ]);
    t.hiddenRows = [5];
    const f = check(t).findings.find((x) => x.code === 'owner-missing')!;
    expect(f).toMatchObject({ cell: 'C5', data: { hiddenRow: true } });
  });
});
