import { describe, expect, it } from 'vitest';
import { codeFindings, table } from '../helpers/table';

describe('product-unknown', () => {
  it.each([['Kế hoạch, Báo cáo'], ['Báo cáo, biên bản'], ['KH, BC'], ['Kế hoạch, Tờ trình, Báo cáo'], ['Quyết định công bố'], ['-']])(
    'accepts %j',
    (product) => {
      expect(codeFindings(table([['1', 'Rà soát', 'Văn phòng', product, 'Tháng 6']]), 'product-unknown')).toEqual([]);
    },
  );
  it.each([['Tỷ lệ đạt 100%', 'Tỷ lệ đạt 100%'], ['Báo cáo, đạt yêu cầu', 'đạt yêu cầu']])('flags %j', (product, piece) => {
    const [f] = codeFindings(table([['1', 'Rà soát', 'Văn phòng', product, 'Tháng 6']]), 'product-unknown');
    expect(f).toMatchObject({ cell: 'D4', severity: 'warning', data: { piece } });
  });
});

describe('owner-unknown', () => {
  const units = [{ name: 'Văn phòng', aliases: ['VP'] }, { name: 'Thanh tra', aliases: ['TTr'] }, { name: 'Phòng Quản lý Công nghiệp' }];
  it('is silent without a unit list', () => {
    expect(codeFindings(table([['1', 'Rà soát', 'Văn phòg', 'Báo cáo', 'Tháng 6']]), 'owner-unknown')).toEqual([]);
  });
  it('checks each unit of a cell against the list, with a suggestion', () => {
    const t = table([['1', 'Rà soát', 'Văn phòg, TTr, Các phòng chuyên môn', 'Báo cáo', 'Tháng 6']]);
    const f = codeFindings(t, 'owner-unknown', { units });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'C4', data: { unit: 'Văn phòg', suggestion: 'Văn phòng' } });
  });
});
