/** text-markup, text-stray-apostrophe, text-whitespace, text-legacy-encoding, cell-error. */
import { describe, expect, it } from 'vitest';
import { codeFindings, table } from '../helpers/table';

const row = (criterion: unknown, owner: unknown = 'Văn phòng') => [
  '1',
  criterion,
  owner,
  'Báo cáo',
  'Tháng 6',
] as (string | number | null)[];

describe('text-markup', () => {
  it.each([
    ['<i>Kết quả đánh giá việc giải quyết TTHC</i>', 'Kết quả đánh giá việc giải quyết TTHC', true],
    ['<i>Báo cáo kết quả đánh giá hàng quý và năm</i>', 'Báo cáo kết quả đánh giá hàng quý và năm', true],
    ['**Nguyên nhân:** Chưa thực hiện công tác tuyên truyền', 'Nguyên nhân: Chưa thực hiện công tác tuyên truyền', undefined],
    ['Dòng một<br>Dòng hai', 'Dòng một\nDòng hai', undefined],
    ['Tổ chức &amp; thực hiện', 'Tổ chức & thực hiện', undefined],
    ['<img src=x onerror=alert(1)>Báo cáo', 'Báo cáo', undefined],
  ])('strips %j', (text, fixed, italic) => {
    const [f] = codeFindings(table([row(text)]), 'text-markup');
    expect(f).toMatchObject({ code: 'text-markup', severity: 'warning', cell: 'B4' });
    expect(f!.fix!.edits[0]).toMatchObject({ cell: 'B4', value: fixed });
    expect(f!.fix!.edits[0]!.italic).toBe(italic);
  });

  it.each([['Tỷ lệ < 80% hồ sơ'], ['ISO 9001:2015'], ['Chỉ thị 12/CT-UBND, mục *'], ['snake_case_name']])('says nothing of %j', (text) => {
    expect(codeFindings(table([row(text)]), 'text-markup')).toEqual([]);
  });
});

describe('text-stray-apostrophe', () => {
  it("flags the seed's \"'-\" and removes the apostrophe", () => {
    const [f] = codeFindings(table([row('Báo cáo kết quả', "'-")]), 'text-stray-apostrophe');
    expect(f).toMatchObject({ cell: 'C4', severity: 'warning' });
    expect(f!.fix!.edits[0]!.value).toBe('-');
  });
  it("flags \"'Quý II\"", () => {
    const t = table([['1', 'Báo cáo', 'Văn phòng', 'Báo cáo', "'Quý II"]]);
    expect(codeFindings(t, 'text-stray-apostrophe')[0]!.fix!.edits[0]!.value).toBe('Quý II');
  });
  it('says nothing of an apostrophe inside the text', () => {
    expect(codeFindings(table([row("Chỉ số PAR'Index")]), 'text-stray-apostrophe')).toEqual([]);
  });
});

describe('text-whitespace', () => {
  it.each([
    [' Văn phòng', 'Văn phòng', 'ends'],
    ['Văn phòng ', 'Văn phòng', 'ends'],
    ['Văn  phòng', 'Văn phòng', 'double'],
    ['Văn\u00a0phòng', 'Văn phòng', 'nbsp'],
    ['Va\u0306n pho\u0300ng', 'Văn phòng', 'nfd'],
  ])('flags %j', (owner, fixed, problem) => {
    const [f] = codeFindings(table([row('Báo cáo kết quả', owner)]), 'text-whitespace');
    expect(f).toMatchObject({ cell: 'C4', severity: 'info' });
    expect(f!.data!.problems).toContain(problem);
    expect(f!.fix!.edits[0]!.value).toBe(fixed);
  });
  it('keeps line breaks inside a cell', () => {
    expect(codeFindings(table([row('Báo cáo', 'Phòng Nội vụ\nPhòng Tư pháp')]), 'text-whitespace')).toEqual([]);
  });
});

describe('text-legacy-encoding', () => {
  it.each([
    ['V¨n phßng', 'Văn phòng'],
    ['Së C«ng Th­¬ng', 'Sở Công Thương'],
    ['Vaên phoøng Sôû', 'Văn phòng Sở'],
  ])('flags %j and converts it to %j', (owner, unicode) => {
    const [f] = codeFindings(table([row('Báo cáo', owner)]), 'text-legacy-encoding');
    expect(f).toMatchObject({ cell: 'C4', severity: 'error' });
    expect(f!.fix!.edits[0]!.value).toBe(unicode);
  });
  it('says nothing of Unicode Vietnamese', () => {
    expect(codeFindings(table([row('Đơn vị chủ trì, thực hiện', 'Văn phòng Sở Công Thương')]), 'text-legacy-encoding')).toEqual([]);
  });
});

describe('cell-error', () => {
  it('flags #REF! with its formula', () => {
    const t = table([['1', 'Báo cáo', 'Văn phòng', 'Báo cáo', { error: '#REF!' }]], {
      formulas: [[null, null, null, null, '=Sheet2!A1']],
    });
    const [f] = codeFindings(t, 'cell-error');
    expect(f).toMatchObject({ cell: 'E4', severity: 'error', column: 'time' });
    expect(f!.message).toContain('#REF!');
  });
});
