/**
 * Reading scores in every form the domain doc and the seeds show: cells (numbers, text with a decimal
 * comma or dot, "x/max", percentages, pasted bold marks, leading zeros), the criterion text of a plan
 * (seed 000 and 003's own lines), criterion codes, and numbers written back the Vietnamese way.
 */
import { describe, expect, it } from 'vitest';
import { differs, formatScore } from '../src/core/score/number';
import { parseScore, parseScoreText } from '../src/core/score/parse';
import { codesInText, scoresInText } from '../src/core/score/prose';
import { readSeed } from './fixtures/seeds';

type Expect = { value: number; outOf?: number | null; percent?: boolean; decimals?: number } | null;

describe('a score cell', () => {
  const TEXTS: [string, Expect][] = [
    ['6,5', { value: 6.5, decimals: 1 }],
    ['14.5', { value: 14.5, decimals: 1 }],
    // Scores are at most 100: one separator is always the decimal one.
    ['15,804', { value: 15.804, decimals: 3 }],
    ['15.804', { value: 15.804, decimals: 3 }],
    ['92.83', { value: 92.83, decimals: 2 }],
    ['01', { value: 1, decimals: 0 }],
    ['0', { value: 0 }],
    ['100', { value: 100 }],
    ['6,50', { value: 6.5, decimals: 2 }],
    ['01/2,5', { value: 1, outOf: 2.5 }],
    ['0,5/01', { value: 0.5, outOf: 1 }],
    ['5,5/10 điểm', { value: 5.5, outOf: 10 }],
    ['15,804/20 điểm', { value: 15.804, outOf: 20, decimals: 3 }],
    ['1,5 / 1,5', { value: 1.5, outOf: 1.5 }],
    ['8 điểm', { value: 8 }],
    ['8 đ', { value: 8 }],
    ['79,02%', { value: 79.02, percent: true, decimals: 2 }],
    ['86.49 %', { value: 86.49, percent: true }],
    ['**6,5**', { value: 6.5 }],
    ['<b>6,5</b>', { value: 6.5 }],
    ['<strong>01/2,5</strong>', { value: 1, outOf: 2.5 }],
    ['  7,25 ', { value: 7.25 }],
    ['7,25.', { value: 7.25 }],
    ['-1', { value: -1 }],
    ['−0,5', { value: -0.5 }],
    ["'6,5", { value: 6.5 }],
    ['Không đạt', null],
    ['x', null],
    ['-', null],
    ['', null],
    ['30/11/2024', null],
    ['1.234,5', null],
    ['3.5.3.2', null],
    ['Tháng 6', null],
  ];
  it.each(TEXTS)('text %j', (text, want) => {
    const s = parseScore(text);
    if (want === null) return expect(s).toBeNull();
    expect(s).toMatchObject({ value: want.value, outOf: want.outOf ?? null, percent: want.percent ?? false, asText: true });
    if (want.decimals !== undefined) expect(s!.decimals).toBe(want.decimals);
  });

  it('numbers are scores, not text; a percent format makes a rate; the format decides the decimals shown', () => {
    expect(parseScore(6.5)).toMatchObject({ value: 6.5, asText: false, percent: false, decimals: 1 });
    expect(parseScore(15.804)).toMatchObject({ value: 15.804, decimals: 3 });
    expect(parseScore(4.196, '0.0')).toMatchObject({ value: 4.196, decimals: 1 });
    expect(parseScore(0.7902, '0.00%')).toMatchObject({ value: 79.02, percent: true, decimals: 2 });
    expect(parseScore(20, '#,##0')).toMatchObject({ value: 20, decimals: 0 });
    for (const v of [null, true, Number.NaN, Number.POSITIVE_INFINITY, { error: '#REF!' }]) expect(parseScore(v)).toBeNull();
  });

  it('parseScoreText reads the same forms without calling them text-stored', () => {
    expect(parseScoreText('01/2,5')).toMatchObject({ value: 1, outOf: 2.5, asText: false, text: '01/2,5' });
    expect(parseScoreText('**6,5**')!.text).toBe('6,5');
  });
});

describe('scores in a criterion text', () => {
  const CASES: [string, Partial<Record<'self' | 'appraised' | 'max' | 'lost', [number, number | null]>>][] = [
    ['1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)', { appraised: [6.5, 10] }],
    ['1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC: 01/2,5 điểm.', { appraised: [1, 2.5] }],
    ['Tiêu chí thành phần 7.6: Thực hiện thanh toán trực tuyến (1,1/3 điểm).', { appraised: [1.1, 3] }],
    ['Chỉ số hài lòng của người dân, tổ chức đạt 79,02%~ 15,804/20 điểm (trừ 4,186 điểm)³.', { appraised: [15.804, 20], lost: [4.186, null] }],
    [
      'Năm 2023 chỉ số CCHC của Sở Công Thương tự chấm 83,3/89,5 điểm ~93,1% (tự trừ 6,2 điểm, không chấm 10,5 điểm); kết quả Hội đồng CCHC của tỉnh thẩm định đạt 77,4/89,5 điểm ~ 86,49% (trừ 12,1 điểm, không chấm 10,5 điểm), xếp thứ 13/20 đơn vị',
      { self: [83.3, 89.5], appraised: [77.4, 89.5], lost: [12.1, null] },
    ],
    ['1.1. Kết quả tự chấm: **10/10**. Kết quả thẩm định: **5,5/10**.', { self: [10, 10], appraised: [5.5, 10] }],
    ['3.1. Kết quả tự chấm: **9**. Kết quả thẩm định **8**.', { self: [9, null], appraised: [8, null] }],
    ['+ Tiêu chí 1.4.2. Tuyên truyền nội dung CCHC: Tự đánh giá **1,5/1,5**. Kết quả thẩm định **0/1,5** (TLKC không thể hiện)', { self: [1.5, 1.5], appraised: [0, 1.5] }],
    ['Tiêu chí 3.5.3.2. Có UBND cấp xã đạt tỷ lệ dưới 80% (xã Lộc Yên 72,16%). Tự chấm **0,5/0,5**. Thẩm định **0/0,5**.', { self: [0.5, 0.5], appraised: [0, 0.5] }],
    ['Tổng chỉ số tự xác định: 88; UBND tỉnh đánh giá 85.', { self: [88, null], appraised: [85, null] }],
    ['Kế hoạch CCHC (đạt 1,5/2 điểm)', { appraised: [1.5, 2] }],
    ['Kế hoạch CCHC: bị trừ 0,25 điểm', { lost: [0.25, null] }],
    ['Sáng kiến (tối đa 3 điểm)', { max: [3, null] }],
    ['<b>Thẩm định:</b> 7,25/8', { appraised: [7.25, 8] }],
  ];
  it.each(CASES)('%j', (text, want) => {
    const got = scoresInText(text);
    for (const field of ['self', 'appraised', 'max', 'lost'] as const) {
      const w = want[field];
      if (!w) expect(got[field], field).toBeNull();
      else expect(got[field], field).toMatchObject({ value: w[0], outOf: w[1], asText: false });
    }
  });

  // Prose is full of numbers that are not scores.
  it.each([
    'Trong năm 2023 Bộ Công Thương ban hành 05 Quyết định; 02/05 Quyết định không kịp thời',
    'Hoàn thành trước 30/11/2024',
    'Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt trên 98%',
    'Mức độ hài lòng đạt từ 95% trở lên; xếp thứ 13/20',
    'mỗi tiêu chí tăng được cộng thêm 0,5 điểm và tổng cộng không quá 1 điểm',
    'Giảm 1,094 điểm, giữ nguyên hạng so với năm 2022.',
    'Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015',
    'Tiêu chí 3.5.3.2. Có UBND cấp xã đạt tỷ lệ hồ sơ dưới 80%',
    'tự trừ 6,2 điểm, không chấm 10,5 điểm',
    'Có 128 hồ sơ trễ hạn; đạt 150/200 hồ sơ',
  ])('no score in %j', (text) => {
    expect(scoresInText(text)).toEqual({ self: null, appraised: null, max: null, lost: null });
  });

  it("reads seed 000's own area and criterion lines (Lạng Sơn, 2023 result)", () => {
    const lines = readSeed('000_3f0e39a7207b2158.txt').split('\n');
    const scored = lines.map((l) => [l.trim(), scoresInText(l)] as const).filter(([, s]) => s.appraised);
    const pairs = scored.map(([, s]) => `${s.appraised!.value}/${s.appraised!.outOf}`);
    // The preamble, six areas and their criteria, and the SIPAS line.
    expect(pairs).toEqual(['77.4/89.5', '6.5/10', '1/2.5', '1/3', '19.5/20', '0.5/1', '8/9', '3/4', '7.5/8.5', '2.5/3.5', '9.1/11', '1.1/3', '15.804/20', '15.804/20']);
    expect(scored.filter(([, s]) => s.lost).map(([, s]) => s.lost!.value)).toEqual([12.1, 4.186]);
  });

  it("reads seed 003's own lines (Cao Lộc): self and appraised per area and criterion", () => {
    const lines = readSeed('003_fa75180f44f084d3.txt').split('\n');
    const got = lines
      .map((l) => scoresInText(l))
      .filter((s) => s.self || s.appraised)
      .map((s) => [s.self?.value ?? null, s.appraised?.value ?? null]);
    expect(got).toEqual([[88, 85], [10, 5.5], [1.5, 0], [3, 0], [15, 14.5], [0.5, 0], [9, 8], [1, 0]]);
  });
});

describe('criterion codes in the text', () => {
  it.each([
    ['Tiêu chí 1.4.2. Tuyên truyền nội dung CCHC', '1.4.2', null],
    ['Tiêu chí thành phần 3.2.1: Trình Chủ tịch UBND tỉnh', '3.2.1', null],
    ['- **Tiêu chí thành phần 5.4.3:** Chấp hành kỷ luật', '5.4.3', null],
    ['1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC', '1.4', '1.1'],
    ['1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)', null, '1'],
    ['2.4.2 Đánh giá việc giải quyết TTHC', null, '2.4.2'],
    ['Tại tiêu chí 7.3.2. Cập nhật hồ sơ', '7.3.2', null],
    ['100% thủ tục hành chính được công khai', null, null],
    ['Chỉ số CCHC năm 2023', null, null],
    ['10 hồ sơ trễ hạn', null, null],
  ])('%j → index %j, leading %j', (text, index, leading) => {
    expect(codesInText(text)).toEqual({ index, leading });
  });
});

describe('numbers written back', () => {
  it.each([
    [4.196, '4,196', '4.196'],
    [20 - 15.804, '4,196', '4.196'],
    [6.5, '6,5', '6.5'],
    [20, '20', '20'],
    [0.25, '0,25', '0.25'],
    [-0.5, '-0,5', '-0.5'],
    [15804, '15804', '15804'],
  ])('%d → %s / %s', (n, vi, en) => {
    expect(formatScore(n, 'vi')).toBe(vi);
    expect(formatScore(n, 'en')).toBe(en);
  });

  it('compares with half a unit in the last decimal shown', () => {
    expect(differs(4.186, 4.196, 3)).toBe(true); // the Lạng Sơn slip
    expect(differs(4.2, 4.196, 1)).toBe(false); // 4,2 is 4,196 rounded
    expect(differs(4, 4.196, 0)).toBe(false);
    expect(differs(4.19, 4.196, 2)).toBe(true);
    expect(differs(3, 3.5, 0)).toBe(true); // 3,5 rounds to 4, never to 3
    expect(differs(12.1, 89.5 - 77.4, 1)).toBe(false); // float noise is not a difference
  });
});
