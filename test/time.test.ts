import { describe, expect, it } from 'vitest';
import { findDates, parseTime } from '../src/core/parse/time';
import type { Schedule } from '../src/core/parse/schedule';

type Case = [text: string, planYear: number | null, expected: Partial<Schedule>];

/** A deadline schedule; `assumed` = the year came from the plan. */
const due = (deadlines: string[], assumed = false): Partial<Schedule> => ({
  kind: 'deadline',
  deadlines,
  recurrence: null,
  start: null,
  yearAssumed: assumed,
});
const recurring = (recurrence: Schedule['recurrence'], deadlines: string[] = []): Partial<Schedule> => ({
  kind: 'recurring',
  recurrence,
  deadlines,
  start: null,
});
const starting = (start: string | null, assumed = false): Partial<Schedule> => ({
  kind: 'start',
  start,
  deadlines: [],
  recurrence: null,
  yearAssumed: assumed,
});
const range = (start: string, deadline: string, assumed = false): Partial<Schedule> => ({
  kind: 'deadline',
  start,
  deadlines: [deadline],
  recurrence: null,
  yearAssumed: assumed,
});
const noDeadline = (kind: 'continuous' | 'event' | 'unparsed' | 'empty'): Partial<Schedule> => ({
  kind,
  deadlines: [],
  recurrence: null,
  start: null,
  yearAssumed: false,
});

/** Every time text in seed 002's "Thời gian" column (plan of 31/3/2022). */
const seed002: Case[] = [
  ['Tháng 1, Tháng 12', 2022, due(['2022-01-31', '2022-12-31'], true)],
  ['Tháng 12', 2022, due(['2022-12-31'], true)],
  ['Tháng 10', 2022, due(['2022-10-31'], true)],
  ['Tháng 11', 2022, due(['2022-11-30'], true)],
  ['Tháng 6, tháng 11', 2022, due(['2022-06-30', '2022-11-30'], true)],
  ['Tháng 6, Tháng 11', 2022, due(['2022-06-30', '2022-11-30'], true)],
  ['Tháng 4, Tháng 12', 2022, due(['2022-04-30', '2022-12-31'], true)],
  ['Tháng 4, tháng 6, tháng 11', 2022, due(['2022-04-30', '2022-06-30', '2022-11-30'], true)],
  ['Trong năm 2022', 2022, due(['2022-12-31'])],
  ['Quý, năm', 2022, recurring('quarterly')],
  ['Hàng Quý', 2022, recurring('quarterly')],
  ['Hàng tháng', 2022, recurring('monthly')],
  ['Theo yêu cầu của Sở Tài chính', 2022, noDeadline('event')],
  ['Theo yêu cầu của Sở Thông tin và Truyền thông', 2022, noDeadline('event')],
  ['Theo KH ban hành', 2022, noDeadline('event')],
];

/** Time phrases of seeds 003 (Cao Lộc, May 2024) and 001 (Bình Định, 2023), and 000. */
const seedProse: Case[] = [
  ['thực hiện thường xuyên trong năm, báo cáo kết quả trước 30/11/2024', 2024, due(['2024-11-30'])],
  ['Thời gian hoàn thành: thực hiện thường xuyên trong năm, báo cáo kết quả trước 30/11/2024.', 2024, due(['2024-11-30'])],
  ['Thời gian thực hiện kể từ ngày 01/7/2024.', 2024, starting('2024-07-01')],
  ['Thường xuyên trong năm, hoàn thành trước 30/11/2023.', 2024, due(['2023-11-30'])],
  ['- Thời gian thực hiện: Thường xuyên trong năm.', 2024, noDeadline('continuous')],
  ['định kỳ 6 tháng, 9 tháng, năm (trước 31/12/2024)', 2024, recurring('yearly', ['2024-12-31'])],
  ['trong năm 2024 và những năm tiếp theo', 2024, recurring('yearly', ['2024-12-31'])],
  ['định kỳ trước ngày 20 hàng tháng', 2023, recurring('monthly')],
  ['từ ngày 16/10/2023 đến ngày 19/10/2023', 2023, range('2023-10-16', '2023-10-19')],
  ['trong 05 ngày làm việc', 2023, noDeadline('event')],
  ['trong 02 ngày làm việc kể từ ngày Chủ tịch UBND tỉnh ký quyết định công bố', 2023, noDeadline('event')],
  ['từ nay đến hết năm 2023', 2023, due(['2023-12-31'])],
  ['6 tháng cuối năm 2023', 2023, due(['2023-12-31'])],
  ['từ tháng 10 năm 2023', 2024, starting('2023-10-01')],
];

const months: Case[] = [
  ['Tháng 6', 2024, due(['2024-06-30'], true)],
  ['tháng 6/2024', 2023, due(['2024-06-30'])],
  ['tháng 02/2025', 2024, due(['2025-02-28'])],
  ['Tháng 2/2024', 2024, due(['2024-02-29'])],
  ['Tháng 7 năm 2024', 2023, due(['2024-07-31'])],
  ['tháng 11.2022', 2024, due(['2022-11-30'])],
  ['tháng 3-2024', 2024, due(['2024-03-31'])],
  ['12/2024', 2023, due(['2024-12-31'])],
  ['Tháng XII', 2024, due(['2024-12-31'], true)],
  ['Tháng 1-3/2024', 2023, range('2024-01-01', '2024-03-31')],
];

const quarters: Case[] = [
  ['Quý II', 2024, due(['2024-06-30'], true)],
  ['Quý II/2024', 2023, due(['2024-06-30'])],
  ['quí III', 2024, due(['2024-09-30'], true)],
  ['Quý 2', 2024, due(['2024-06-30'], true)],
  ['Quý IV', 2024, due(['2024-12-31'], true)],
  ['trong quý III năm 2024', 2023, due(['2024-09-30'])],
  ['Quý I, II', 2024, due(['2024-03-31', '2024-06-30'], true)],
  ['Quý III, IV/2024', 2023, due(['2024-09-30', '2024-12-31'])],
  ['Quý I và quý II năm 2024', 2023, due(['2024-03-31', '2024-06-30'])],
];

const partsOfYear: Case[] = [
  ['6 tháng đầu năm', 2024, due(['2024-06-30'], true)],
  ['6 tháng', 2024, due(['2024-06-30'], true)],
  ['9 tháng', 2024, due(['2024-09-30'], true)],
  ['9 tháng đầu năm', 2024, due(['2024-09-30'], true)],
  ['6 tháng cuối năm', 2024, due(['2024-12-31'], true)],
  ['năm', 2024, due(['2024-12-31'], true)],
  ['cả năm', 2024, due(['2024-12-31'], true)],
  ['6 tháng đầu năm 2025', 2024, due(['2025-06-30'])],
];

const recurrences: Case[] = [
  ['hằng tháng', 2024, recurring('monthly')],
  ['Hàng quý', 2024, recurring('quarterly')],
  ['Định kỳ hàng quý', 2024, recurring('quarterly')],
  ['Hàng năm', 2024, recurring('yearly')],
  ['hằng năm', 2024, recurring('yearly')],
  ['trước ngày 20 hàng tháng', 2024, recurring('monthly')],
  // half-year bases are yearly (the Schedule has no half-yearly)
  ['6 tháng, năm', 2024, recurring('yearly')],
  ['định kỳ 6 tháng', 2024, recurring('yearly')],
  ['tháng, quý, năm', 2024, recurring('monthly')],
  ['Quý, năm 2024', 2024, recurring('quarterly', ['2024-12-31'])],
  ['Hàng quý, tổng kết trước 15/12/2024', 2024, recurring('quarterly', ['2024-12-15'])],
  ['Tháng 6 hàng năm', 2024, { ...recurring('yearly', ['2024-06-30']), yearAssumed: true }],
  ['Trong năm 2021 và các năm tiếp theo', 2021, recurring('yearly', ['2021-12-31'])],
  ['Hàng tuần', 2024, recurring('monthly')],
  ['Định kỳ', 2024, recurring(null)],
];

const dates: Case[] = [
  ['Trước 30/11/2024', 2024, due(['2024-11-30'])],
  ['hoàn thành trước 30/11/2023', 2024, due(['2023-11-30'])],
  ['15/7/2024', 2024, due(['2024-07-15'])],
  ['2/1/2014', 2024, due(['2014-01-02'])],
  ['ngày 05 tháng 01 năm 2020', 2024, due(['2020-01-05'])],
  ['Ngày 31/3', 2024, due(['2024-03-31'], true)],
  ['Trước 31/12', 2024, due(['2024-12-31'], true)],
  ['31/3/2024', 2023, due(['2024-03-31'])],
  ['31-3-2024', 2023, due(['2024-03-31'])],
  ['31.3.2024', 2023, due(['2024-03-31'])],
  ['30/11/24', 2024, due(['2024-11-30'])],
  ['29/2/2024', 2024, due(['2024-02-29'])],
  ['Theo Kế hoạch số 19/KH-SCT ngày 31/3/2022, trước 30/6/2022', 2022, due(['2022-06-30'])],
];

const years: Case[] = [
  ['Trong năm 2022', 2021, due(['2022-12-31'])],
  ['Năm 2024', 2024, due(['2024-12-31'])],
  ['Trong năm', 2024, due(['2024-12-31'], true)],
  ['đến năm 2025', 2024, due(['2025-12-31'])],
  ['giai đoạn 2018-2020', 2018, range('2018-01-01', '2020-12-31')],
  ['2021-2025', 2021, range('2021-01-01', '2025-12-31')],
  ['năm 2024-2025', 2024, range('2024-01-01', '2025-12-31')],
];

const startsAndRanges: Case[] = [
  ['Kể từ ngày 01/7/2024', 2024, starting('2024-07-01')],
  ['bắt đầu từ ngày 10/11', 2024, starting('2024-11-10', true)],
  ['từ tháng 7/2024', 2024, starting('2024-07-01')],
  ['Từ ngày 01/01/2017 đến 25/12/2017', 2017, range('2017-01-01', '2017-12-25')],
  ['từ tháng 3 đến tháng 6/2024', 2023, range('2024-03-01', '2024-06-30')],
  ['từ 10/11 đến 20/12/2024', 2024, range('2024-11-10', '2024-12-20')],
  ['từ tháng 11 đến tháng 2/2025', 2024, range('2024-11-01', '2025-02-28')],
  ['Tháng 4 - tháng 6', 2024, range('2024-04-01', '2024-06-30', true)],
];

const noFixedDeadline: Case[] = [
  ['Thường xuyên', 2024, noDeadline('continuous')],
  ['Thường xuyên trong năm', 2024, noDeadline('continuous')],
  ['Thực hiện thường xuyên', 2024, noDeadline('continuous')],
  ['Liên tục', 2024, noDeadline('continuous')],
  ['Thường xuyên trong năm, báo cáo kết quả trước 30/11/2024', 2024, due(['2024-11-30'])],
  ['Theo kế hoạch', 2024, noDeadline('event')],
  ['Thực hiện thường xuyên khi có thay đổi', 2024, noDeadline('event')],
  ['Khi có yêu cầu', 2024, noDeadline('event')],
  ['Theo quy định', 2024, noDeadline('event')],
  ['Theo chỉ đạo của UBND tỉnh', 2024, noDeadline('event')],
  ['Khi phát sinh', 2024, noDeadline('event')],
  ['Theo Kế hoạch số 19/KH-SCT ngày 31/3/2022', 2022, noDeadline('event')],
  ['Sau 3 tháng', 2024, noDeadline('event')],
];

/** Case, diacritics, spacing, markup and Unicode form do not matter. */
const variants: Case[] = [
  ['THANG 6', 2024, due(['2024-06-30'], true)],
  ['thang 6/2024', 2024, due(['2024-06-30'])],
  ['QUÝ II/2024', 2024, due(['2024-06-30'])],
  ['quy ii', 2024, due(['2024-06-30'], true)],
  ['HANG QUY', 2024, recurring('quarterly')],
  ['hang thang', 2024, recurring('monthly')],
  ['THƯỜNG XUYÊN', 2024, noDeadline('continuous')],
  ['thuong xuyen trong nam, bao cao ket qua truoc 30/11/2024', 2024, due(['2024-11-30'])],
  ['theo yeu cau cua So Tai chinh', 2024, noDeadline('event')],
  ['TRONG NĂM 2022', 2024, due(['2022-12-31'])],
  ['  Tháng\u00a0 6  ', 2024, due(['2024-06-30'], true)],
  ['Tháng 1,\u00a0\u00a0Tháng 12', 2024, due(['2024-01-31', '2024-12-31'], true)],
  ['Quý\u202fII', 2024, due(['2024-06-30'], true)],
  ['Tha\u0301ng 6'.normalize('NFD'), 2024, due(['2024-06-30'], true)],
  ['Thường xuyên trong năm'.normalize('NFD'), 2024, noDeadline('continuous')],
  ['Hàng\ntháng', 2024, recurring('monthly')],
  ['<i>Tháng 6</i>', 2024, due(['2024-06-30'], true)],
  ['<i>Hàng quý</i>', 2024, recurring('quarterly')],
  ["'Quý II", 2024, due(['2024-06-30'], true)],
  ['**Trước 30/11/2024**', 2024, due(['2024-11-30'])],
  ['Trước 30 / 11 / 2024', 2024, due(['2024-11-30'])],
  ['Trong năm 2022.', 2024, due(['2022-12-31'])],
];

const negatives: Case[] = [
  ['Sớm', 2024, noDeadline('unparsed')],
  ['ASAP', 2024, noDeadline('unparsed')],
  ['Tuần sau', 2024, noDeadline('unparsed')],
  ['Tháng sau', 2024, noDeadline('unparsed')],
  ['xyz', 2024, noDeadline('unparsed')],
  ['31/2/2024', 2024, noDeadline('unparsed')],
  ['29/2/2023', 2024, noDeadline('unparsed')],
  ['Tháng 13', 2024, noDeadline('unparsed')],
  ['Quý 5', 2024, noDeadline('unparsed')],
  ['2.4.2', 2024, noDeadline('unparsed')],
  ['5,5/10', 2024, noDeadline('unparsed')],
  ['19/KH-SCT', 2024, noDeadline('unparsed')],
  ['', 2024, noDeadline('empty')],
  ['   ', 2024, noDeadline('empty')],
  ['\u00a0\n\t', 2024, noDeadline('empty')],
  ['-', 2024, noDeadline('empty')],
  ["'", 2024, noDeadline('empty')],
];

/** Without a plan year, what needs one keeps its kind but has no date. */
const withoutPlanYear: Case[] = [
  ['Tháng 6', null, due([], true)],
  ['Ngày 31/3', null, due([], true)],
  ['Trong năm', null, due([], true)],
  ['bắt đầu từ ngày 10/11', null, starting(null, true)],
  ['từ tháng 3 đến tháng 6', null, { kind: 'deadline', deadlines: [], start: null, yearAssumed: true }],
  ['Quý II/2024', null, due(['2024-06-30'])],
  ['Hàng quý', null, recurring('quarterly')],
  ['Thường xuyên', null, noDeadline('continuous')],
];

const sections: Record<string, Case[]> = {
  'seed 002 time column': seed002,
  'seed prose phrases': seedProse,
  months,
  quarters,
  'parts of a year': partsOfYear,
  recurrences,
  dates,
  years,
  'starts and ranges': startsAndRanges,
  'no fixed deadline': noFixedDeadline,
  'case, diacritics, spaces, markup': variants,
  'negatives and empty': negatives,
  'without a plan year': withoutPlanYear,
};

describe('parseTime (text)', () => {
  for (const [name, cases] of Object.entries(sections)) {
    describe(name, () => {
      it.each(cases)('%j (plan year %s)', (text, planYear, expected) => {
        expect(parseTime(text, { planYear })).toMatchObject(expected);
      });
    });
  }

  it('has at least 80 cases', () => {
    expect(Object.values(sections).reduce((n, cases) => n + cases.length, 0)).toBeGreaterThanOrEqual(80);
  });
});

describe('parseTime (numbers)', () => {
  const ctx = { planYear: 2024 };
  it.each<[number | null, boolean | undefined, Partial<Schedule>]>([
    [45000, true, due(['2023-03-15'])],
    [45000.75, true, due(['2023-03-15'])],
    [45626, true, due(['2024-11-30'])],
    [2024, undefined, due(['2024-12-31'])],
    [2025, false, due(['2025-12-31'])],
    [6, undefined, due(['2024-06-30'], true)],
    [12, false, due(['2024-12-31'], true)],
    [6.5, undefined, noDeadline('unparsed')],
    [45000, undefined, noDeadline('unparsed')],
    [0, undefined, noDeadline('unparsed')],
    [0, true, noDeadline('unparsed')],
    [-3, true, noDeadline('unparsed')],
    [Number.NaN, true, noDeadline('unparsed')],
    [Number.POSITIVE_INFINITY, false, noDeadline('unparsed')],
    [null, undefined, noDeadline('empty')],
  ])('%s (date: %s)', (value, isDate, expected) => {
    expect(parseTime(value, ctx, isDate)).toMatchObject(expected);
  });

  it('reads numbers typed as text like numbers', () => {
    expect(parseTime('2024', ctx)).toMatchObject(due(['2024-12-31']));
    expect(parseTime('6', ctx)).toMatchObject(due(['2024-06-30'], true));
    expect(parseTime('45000', ctx).kind).toBe('unparsed');
  });

  it('a month number without a plan year has no date', () => {
    expect(parseTime(6, { planYear: null })).toMatchObject(due([], true));
  });
});

describe('parseTime (robustness)', () => {
  it('never throws', () => {
    const odd: unknown[] = [undefined, {}, [], true, Symbol('x'), 'x'.repeat(100_000), '<'.repeat(500), '1/'.repeat(5000)];
    for (const value of odd) {
      expect(() => parseTime(value as string, { planYear: 2024 })).not.toThrow();
    }
  });

  it('returns independent results (the cache hands out copies)', () => {
    const first = parseTime('Tháng 1, Tháng 12', { planYear: 2022 });
    first.deadlines.push('1999-01-01');
    first.kind = 'unparsed';
    expect(parseTime('Tháng 1, Tháng 12', { planYear: 2022 })).toMatchObject(due(['2022-01-31', '2022-12-31'], true));
  });

  it('reads the same text against each plan year', () => {
    expect(parseTime('Tháng 6', { planYear: 2022 }).deadlines).toEqual(['2022-06-30']);
    expect(parseTime('Tháng 6', { planYear: 2025 }).deadlines).toEqual(['2025-06-30']);
    expect(parseTime('Tháng 6', { planYear: null }).deadlines).toEqual([]);
    expect(parseTime('Tháng 6', { planYear: 2022 }).deadlines).toEqual(['2022-06-30']);
  });

  it('keeps deadlines ascending and distinct', () => {
    expect(parseTime('Tháng 12, tháng 6, Tháng 12', { planYear: 2024 }).deadlines).toEqual(['2024-06-30', '2024-12-31']);
  });
});

describe('findDates', () => {
  it.each<[string, number | null, string[]]>([
    ['(kèm theo Kế hoạch số: 19/KH-SCT, ngày 31/3/2022 của Sở Công Thương)', null, ['2022-03-31']],
    ['Lạng Sơn, ngày 05 tháng 01 năm 2024', null, ['2024-01-05']],
    ['Quyết định số 102/QĐ-UBND ngày 16/01/2024', null, ['2024-01-16']],
    ['19/KH-SCT', 2022, []],
    ['Số: /KH-UBND', 2024, []],
    ['Cao Lộc, ngày tháng 5 năm 2024', 2024, []],
    ['Ngày 31/3', 2024, ['2024-03-31']],
    ['ngày 31/3', null, []],
    ['tự chấm 83,3/89,5 điểm; 10/10; thẩm định 14.5/15; xếp thứ 13/20', 2024, []],
    ['Thứ hai - 06/11/2023 16:23', null, ['2023-11-06']],
    [
      'Kế hoạch số 10316/KH-UBND ngày 22/12/2016 của UBND tỉnh; Chỉ thị số 06/CT-UBND ngày 21/4/2020',
      null,
      ['2016-12-22', '2020-04-21'],
    ],
    ['Nghị quyết số 04/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ', null, ['2022-01-10']],
    ['LẠNG SƠN, NGÀY 05 THÁNG 01 NĂM 2024', null, ['2024-01-05']],
    ['ngày 31/2/2024', null, []],
    ['', 2024, []],
  ])('%j', (text, planYear, expected) => {
    expect(findDates(text, { planYear })).toEqual(expected);
  });
});
