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
    ['<span style="font-family:Times New Roman">Quý II</span>', 'Quý II', undefined],
    ["Công văn<o:p></o:p>", 'Công văn', undefined],
    ['<font face=Arial>Kế hoạch</font>', 'Kế hoạch', undefined],
  ])('strips %j', (text, fixed, italic) => {
    const [f] = codeFindings(table([row(text)]), 'text-markup');
    expect(f).toMatchObject({ code: 'text-markup', severity: 'warning', cell: 'B4' });
    expect(f!.fix!.edits[0]).toMatchObject({ cell: 'B4', value: fixed });
    expect(f!.fix!.edits[0]!.italic).toBe(italic);
  });

  it.each([['Tỷ lệ < 80% hồ sơ'], ['ISO 9001:2015'], ['Chỉ thị 12/CT-UBND, mục *'], ['snake_case_name'], ['Công thức a<b và c>d'], ['x <i và y>']])(
    'says nothing of %j (not a well-formed tag: no letter is ever removed)',
    (text) => {
      expect(codeFindings(table([row(text)]), 'text-markup')).toEqual([]);
    },
  );

  it.each([
    ['<img src="anh.png">', 'img'],
    ['<img src=x onerror=alert(1)>Báo cáo', 'img'],
    ['Xem <a href="https://dichvucong.gov.vn">Cổng DVC</a>', 'a'],
    ['<b>Báo cáo</b><script>alert(1)</script>', 'script'],
  ])('reports %j without a fix: a %s tag carries content', (text) => {
    const [f] = codeFindings(table([row(text)]), 'text-markup');
    expect(f).toMatchObject({ code: 'text-markup', cell: 'B4', fix: null });
    expect(f!.message).toContain('hãy sửa tay');
  });

  it.each([['<b></b>'], ['<i> </i>'], ['&nbsp;'], ['<br>']])('never empties a cell that holds only marks (%j)', (text) => {
    const [f] = codeFindings(table([row(text)]), 'text-markup');
    expect(f).toMatchObject({ code: 'text-markup', fix: null });
  });
});

describe('text-stray-apostrophe', () => {
  it("flags the seed's \"'-\" and removes the apostrophe", () => {
    const [f] = codeFindings(table([row('Báo cáo kết quả', "'-")]), 'text-stray-apostrophe');
    expect(f).toMatchObject({ cell: 'C4', severity: 'warning' });
    expect(f!.fix!.edits[0]!.value).toBe('-');
  });
  it("never empties a cell holding an apostrophe alone (\"'\", \"' \")", () => {
    for (const owner of ["'", "' "]) expect(codeFindings(table([row('Báo cáo kết quả', owner)]), 'text-stray-apostrophe')[0]!.fix).toBeNull();
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
  it.each([
    [' Văn phòng', 'Ô có khoảng trắng thừa ở đầu hoặc cuối.', 'The cell has leading or trailing spaces.'],
    ['Văn  phòng ', 'Ô có khoảng trắng thừa ở đầu hoặc cuối, hai khoảng trắng liền nhau.', 'The cell has leading or trailing spaces, double spaces.'],
    ['Văn\u00a0phòng', 'Ô có khoảng trắng đặc biệt (không ngắt dòng, tab).', 'The cell has special spaces (non-breaking, tab).'],
  ])('says what %j has, in each language', (owner, vi, en) => {
    expect(codeFindings(table([row('Báo cáo kết quả', owner)]), 'text-whitespace')[0]!.message).toBe(vi);
    expect(codeFindings(table([row('Báo cáo kết quả', owner)]), 'text-whitespace', { lang: 'en' })[0]!.message).toBe(en);
  });
  it('says nothing of a cell of spaces alone (it reads as empty; a fix could only empty it)', () => {
    expect(codeFindings(table([row('Báo cáo', '   ')]), 'text-whitespace')).toEqual([]);
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
  it('moves the converted cell to a Unicode font (Times New Roman): left in .VnTime, Unicode shows as wrong letters', () => {
    const [f] = codeFindings(table([row('Báo cáo', 'V¨n phßng')]), 'text-legacy-encoding');
    expect(f!.fix!.edits[0]).toMatchObject({ value: 'Văn phòng', fontName: 'Times New Roman' });
  });
  it('names the encoding in the language of the report', () => {
    const [vi] = codeFindings(table([row('Báo cáo', 'V¨n phßng')]), 'text-legacy-encoding');
    const [en] = codeFindings(table([row('Báo cáo', 'V¨n phßng')]), 'text-legacy-encoding', { lang: 'en' });
    expect(vi!.message).toContain('phông .VnTime');
    expect(en!.message).toBe('Text in the legacy TCVN3 (ABC, .VnTime fonts) encoding: “V¨n phßng” reads “Văn phòng”.');
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
