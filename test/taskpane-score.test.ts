/**
 * The "Điểm" card's view model (src/taskpane/scoreCard.ts) from the seeds' score tables
 * (test/fixtures/score-tables.ts): the result as the user reads it, in Vietnamese and English, where it
 * was read (total row or sum of the areas), the five criteria that lost the most points in order, the
 * points lost per area; and no card on a sheet that is not a score table.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import type { Lang } from '../src/core/report';
import type { SheetSnapshot } from '../src/core/snapshot';
import { plainName } from '../src/core/score/names';
import { formatRate, resultFigures, scoreCard, sourceLine, type ScoreCard } from '../src/taskpane/scoreCard';
import { SCORE_STRINGS } from '../src/taskpane/scoreStrings';
import { caoLoc2023, H2, langSon2023, langSon2023Prose, type Typing } from './fixtures/score-tables';
import { randomSheet } from './fixtures/random-sheets';
import { seedAppendixSnapshot } from './fixtures/seeds';

const cardOf = (snapshot: SheetSnapshot) => scoreCard(analyzeSheet(snapshot, { asOf: '2024-07-01' }));
/** What the card's result says: "label: value" per figure, and the source line. */
const reads = (card: ScoreCard, lang: Lang = 'vi') => ({
  source: sourceLine(card.result.source, SCORE_STRINGS[lang]),
  figures: resultFigures(card.result, SCORE_STRINGS[lang], lang).map((f) => `${f.label}: ${f.value}`),
});
const top = (card: ScoreCard) => card.top.map((c) => [c.code, c.text, c.lost]);
const areas = (card: ScoreCard) => card.areas.map((a) => [a.code, a.lost]);

const LANG_SON_TOP = [
  ['1.5', 'Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC', 2],
  ['7.6', 'Thực hiện thanh toán trực tuyến', 1.9],
  ['1.4', 'Công tác tuyên truyền CCHC', 1.5],
  // Equal losses stay in sheet order.
  ['5.4.3', 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', 1],
  ['6.1', 'Tổ chức thực hiện công tác tài chính – ngân sách', 1],
];
// Area 6 (SIPAS) lost 20 − 15,804 = 4,196 points, not the 4,186 the table types.
const LANG_SON_AREAS = [['1', 3.5], ['2', 0.5], ['3', 1], ['4', 1], ['5', 1.9], ['6', 4.196]];

describe('score card: Lạng Sơn 2023 (seed 000) as a score table', () => {
  it.each(['number', 'comma', 'dot', 'mixed'] as Typing[])('reads the total row, whatever the typing (%s)', (how) => {
    const card = cardOf(langSon2023(how).snapshot)!;
    expect(reads(card)).toEqual({
      source: 'Theo dòng “Tổng cộng” (dòng 16) của bảng.',
      figures: ['Điểm tối đa: 89,5 điểm', 'Tự chấm: 83,3/89,5 điểm', 'Thẩm định: 77,4/89,5 điểm', 'Tỷ lệ đạt: 86,48%', 'Điểm bị trừ: 12,1 điểm'],
    });
    expect(top(card)).toEqual(LANG_SON_TOP);
    expect(areas(card)).toEqual(LANG_SON_AREAS);
  });

  it('writes numbers with a dot in English', () => {
    const card = cardOf(langSon2023('comma').snapshot)!;
    expect(reads(card, 'en')).toEqual({
      source: 'From the table’s “Tổng cộng” row (row 16).',
      figures: ['Maximum: 89.5 points', 'Self-assessed: 83.3/89.5 points', 'Appraised: 77.4/89.5 points', 'Rate: 86.48%', 'Points lost: 12.1 points'],
    });
  });

  it('names each criterion by its own cell, and each area by its number and short name', () => {
    const card = cardOf(langSon2023('number').snapshot)!;
    expect(card.top.map((c) => c.cell)).toEqual(['B6', 'B14', 'B5', 'B10', 'B12']);
    expect(card.areas.map((a) => a.name)).toEqual([
      'Công tác chỉ đạo, điều hành CCHC',
      'Cải cách thủ tục hành chính',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'Kết quả đo lường hài lòng của người dân, tổ chức',
    ]);
  });

  it('without its total row: sums the areas, and says so', () => {
    const s = langSon2023('number').snapshot;
    const card = cardOf({ ...s, values: s.values.slice(0, -1) })!;
    expect(card.result.source).toEqual({ kind: 'areas', count: 6 });
    expect(reads(card)).toEqual({
      source: 'Bảng không có dòng tổng: đây là tổng điểm của 6 lĩnh vực có trong bảng, chưa tính các lĩnh vực không được liệt kê.',
      // No area states a self score: not a sum of nothing.
      figures: ['Điểm tối đa: 78,5 điểm', 'Tự chấm: Không ghi', 'Thẩm định: 66,404/78,5 điểm', 'Tỷ lệ đạt: 84,59%', 'Điểm bị trừ: 12,096 điểm'],
    });
    expect(top(card)).toEqual(LANG_SON_TOP);
  });
});

describe('score card: the plan’s own lines (seed 000, scores in the text)', () => {
  const card = cardOf(langSon2023Prose().snapshot)!;

  it('sums the six numbered areas; the SIPAS line under area 6 is not a seventh', () => {
    expect(areas(card)).toEqual(LANG_SON_AREAS);
    expect(reads(card).figures).toEqual(['Điểm tối đa: 78,5 điểm', 'Tự chấm: Không ghi', 'Thẩm định: 66,404/78,5 điểm', 'Tỷ lệ đạt: 84,59%', 'Điểm bị trừ: 12,096 điểm']);
  });

  it('lists the criteria without their outline number, "Tiêu chí thành phần 1.5:" or the score written after them', () => {
    expect(top(card)).toEqual([
      [null, 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Công Thương đạt 79,02%', 4.196],
      ...LANG_SON_TOP.slice(0, 4),
    ]);
  });
});

describe('score card: Cao Lộc 2023 (seed 003, a total with no maximum)', () => {
  const card = cardOf(caoLoc2023('seed').snapshot)!;

  it('takes every figure from the total row, and says which it does not state', () => {
    expect(reads(card)).toEqual({
      source: 'Theo dòng “Tổng chỉ số” (dòng 4) của bảng.',
      figures: ['Điểm tối đa: Không ghi', 'Tự chấm: 88 điểm', 'Thẩm định: 85 điểm', 'Tỷ lệ đạt: Không ghi', 'Điểm bị trừ: Không ghi'],
    });
  });

  it('lists only the criteria that lost points, and leaves the area with no maximum undrawn', () => {
    expect(top(card)).toEqual([
      ['1.5', 'Sáng kiến hoặc giải pháp mới trong CCHC', 3],
      ['1.4.2', 'Tuyên truyền nội dung CCHC thông qua các hình thức khác', 1.5],
      ['3.5.3.2', 'Có UBND cấp xã đạt tỷ lệ hồ sơ xử lý trước hạn, trong hạn dưới 80% (xã Lộc Yên 72,16%)', 0.5],
    ]);
    expect(SCORE_STRINGS.vi.topTitle(card.top.length)).toBe('Các tiêu chí bị trừ điểm');
    expect(areas(card)).toEqual([['1', 4.5], ['2', 0.5], ['3', null]]);
  });
});

describe('score card: a table listing only the criteria that lost points (held out)', () => {
  it('reads the total, and keeps the five that lost the most in order (ties in sheet order)', () => {
    const card = cardOf(H2.snapshot)!;
    expect(reads(card).figures).toEqual(['Điểm tối đa: 100 điểm', 'Tự chấm: 96/100 điểm', 'Thẩm định: 88,25/100 điểm', 'Tỷ lệ đạt: 88,25%', 'Điểm bị trừ: 11,75 điểm']);
    expect(top(card).map(([code, , lost]) => [code, lost])).toEqual([['7.6', 1.5], ['1.5', 1], ['1.3', 0.5], ['3.3.2', 0.5], ['3.5.1', 0.5]]);
    expect(SCORE_STRINGS.vi.topTitle(card.top.length)).toBe('Năm tiêu chí bị trừ nhiều điểm nhất');
    expect(areas(card)).toEqual([['1', 1.5], ['4', 1], ['7', 1], ['8', 1.75]]);
  });
});

describe('no score card', () => {
  it('on an ordinary plan, even one whose task mentions points', () => {
    // Row 62 of the seeds' appendix: "(mỗi tiêu chí giảm điểm bị trừ 0,5 điểm nhưng không quá 1 điểm)".
    expect(cardOf(seedAppendixSnapshot())).toBeNull();
  });

  it('on messy sheets, some with an "Điểm tự chấm" column and no result', () => {
    for (let seed = 0; seed < 200; seed++) expect(cardOf(randomSheet(seed)), `seed ${seed}`).toBeNull();
  });

  it('on a sheet with no table', () => {
    expect(scoreCard({ rows: null })).toBeNull();
  });
});

describe('score card helpers and strings', () => {
  it('writes a rate with at most two decimals, the language’s way', () => {
    expect([formatRate(77.4 / 89.5, 'vi'), formatRate(77.4 / 89.5, 'en'), formatRate(0.82, 'vi'), formatRate(1, 'vi')]).toEqual(['86,48%', '86.48%', '82%', '100%']);
  });

  it('keeps a name that has no outline number or score as it is', () => {
    expect(plainName('Cải cách tài chính công')).toBe('Cải cách tài chính công');
    expect(plainName('03 văn bản chưa ký số')).toBe('03 văn bản chưa ký số');
    expect(plainName('Tại tiêu chí 7.3.2. Cập nhật hồ sơ')).toBe('Cập nhật hồ sơ');
    expect(plainName('5. Xây dựng chính quyền số (9,1/11 điểm)')).toBe('Xây dựng chính quyền số');
  });

  it('has the same strings in both languages, all NFC', () => {
    expect(Object.keys(SCORE_STRINGS.en).sort()).toEqual(Object.keys(SCORE_STRINGS.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const v of Object.values(SCORE_STRINGS[lang])) {
        const s = typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)(3, 4)) : String(v);
        expect(s, s).toBe(s.normalize('NFC'));
      }
    }
  });
});
