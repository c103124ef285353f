/**
 * Every form of the domain doc's table "Times and deadlines" (docs/domain.md), read against several plan
 * years: kind, deadlines (ISO), recurrence, start and dueDay of the Schedule.
 */
import { describe, expect, it } from 'vitest';
import { parseTime } from '../src/core/parse/time';
import type { Recurrence, Schedule } from '../src/core/parse/schedule';

/** The fields a form decides (yearAssumed is covered by ./time.test.ts). */
type Expected = Pick<Schedule, 'kind' | 'deadlines' | 'recurrence' | 'start' | 'dueDay'>;
/** A form, and what it means against plan year `y`. */
type Form = [text: string, expected: (y: number) => Expected];

const due = (...deadlines: string[]): Expected => ({ kind: 'deadline', deadlines, recurrence: null, start: null, dueDay: null });
const range = (start: string, deadline: string): Expected => ({ ...due(deadline), start });
const starting = (start: string): Expected => ({ kind: 'start', deadlines: [], recurrence: null, start, dueDay: null });
const every = (recurrence: Recurrence | null, deadlines: string[] = [], dueDay: number | null = null): Expected => ({
  kind: 'recurring',
  deadlines,
  recurrence,
  start: null,
  dueDay,
});
const none = (kind: 'continuous' | 'event'): Expected => ({ kind, deadlines: [], recurrence: null, start: null, dueDay: null });

/** Plan years every form is read against (a leap year, the years around it, a later one). */
const PLAN_YEARS = [2023, 2024, 2025, 2028];

function read(value: string | number, planYear: number | null, isDate?: boolean): Expected {
  const { kind, deadlines, recurrence, start, dueDay } = parseTime(value, { planYear }, isDate);
  return { kind, deadlines, recurrence, start, dueDay };
}

/** One row of the domain table per entry, its forms as written there (and close variants). */
const TABLE: Record<string, Form[]> = {
  'end of a month (plan year if none)': [
    ['Tháng 6', (y) => due(`${y}-06-30`)],
    ['tháng 6/2024', () => due('2024-06-30')],
    ['tháng 02/2025', () => due('2025-02-28')],
    ['Tháng 7 năm 2024', () => due('2024-07-31')],
    ['tháng 11.2022', () => due('2022-11-30')],
    ['Tháng 12', (y) => due(`${y}-12-31`)],
    ['Tháng 1', (y) => due(`${y}-01-31`)],
  ],
  'several deadlines': [
    ['Tháng 1, Tháng 12', (y) => due(`${y}-01-31`, `${y}-12-31`)],
    ['Tháng 4, tháng 6, tháng 11', (y) => due(`${y}-04-30`, `${y}-06-30`, `${y}-11-30`)],
    ['Tháng 6, tháng 11', (y) => due(`${y}-06-30`, `${y}-11-30`)],
    ['Quý I, II', (y) => due(`${y}-03-31`, `${y}-06-30`)],
  ],
  'end of a quarter': [
    ['Quý II', (y) => due(`${y}-06-30`)],
    ['Quý II/2024', () => due('2024-06-30')],
    ['quí III', (y) => due(`${y}-09-30`)],
    ['Quý 2', (y) => due(`${y}-06-30`)],
    ['trong quý III năm 2024', () => due('2024-09-30')],
    ['Quý I', (y) => due(`${y}-03-31`)],
    ['Quý III', (y) => due(`${y}-09-30`)],
    ['Quý IV', (y) => due(`${y}-12-31`)],
    ['Quý 1', (y) => due(`${y}-03-31`)],
    ['Quý 3', (y) => due(`${y}-09-30`)],
    ['Quý 4', (y) => due(`${y}-12-31`)],
    ['quí I', (y) => due(`${y}-03-31`)],
    ['quí IV/2025', () => due('2025-12-31')],
    ['Quý 4 năm 2024', () => due('2024-12-31')],
  ],
  'parts of a year': [
    ['6 tháng đầu năm', (y) => due(`${y}-06-30`)],
    ['6 tháng', (y) => due(`${y}-06-30`)],
    ['9 tháng', (y) => due(`${y}-09-30`)],
    ['9 tháng đầu năm', (y) => due(`${y}-09-30`)],
    ['9 tháng (đầu năm)', (y) => due(`${y}-09-30`)],
    ['6 tháng cuối năm', (y) => due(`${y}-12-31`)],
    ['năm', (y) => due(`${y}-12-31`)],
  ],
  recurring: [
    ['Hàng tháng', () => every('monthly')],
    ['Hàng quý', () => every('quarterly')],
    ['Hàng Quý', () => every('quarterly')],
    ['Quý, năm', () => every('quarterly')],
    ['Hàng năm', () => every('yearly')],
    ['hằng tháng', () => every('monthly')],
    ['hằng quý', () => every('quarterly')],
    ['hằng năm', () => every('yearly')],
    ['trước ngày 20 hàng tháng', () => every('monthly', [], 20)],
    ['trước ngày 20 hằng tháng', () => every('monthly', [], 20)],
    ['Ngày 25 hằng tháng', () => every('monthly', [], 25)],
    ['trước ngày 05 hàng tháng', () => every('monthly', [], 5)],
    ['định kỳ trước ngày 20 hàng tháng', () => every('monthly', [], 20)],
    ['Hàng tháng (trước ngày 20)', () => every('monthly', [], 20)],
  ],
  'middle and start of a year, first week of a month': [
    ['Giữa năm 2024', () => due('2024-06-30')],
    ['giữa năm 2024', () => due('2024-06-30')],
    ['Giữa năm', (y) => due(`${y}-06-30`)],
    ['Đầu năm 2024', () => due('2024-03-31')],
    ['đầu năm', (y) => due(`${y}-03-31`)],
    ['Tuần đầu tháng 7', (y) => due(`${y}-07-07`)],
    ['tuần đầu tháng 7', (y) => due(`${y}-07-07`)],
    ['Tuần đầu tháng 7/2024', () => due('2024-07-07')],
    ['tuần đầu của tháng 7 năm 2024', () => due('2024-07-07')],
  ],
  'reporting occasions': [
    ['Đầu kỳ', () => every(null)],
    ['giữa kỳ', () => every(null)],
    ['cuối kỳ', () => every(null)],
    ['Đầu kỳ, giữa kỳ, cuối kỳ', () => every(null)],
    ['Định kỳ 6 tháng', () => every('yearly')],
    ['Đột xuất', () => none('event')],
  ],
  'a date': [
    ['Trước 30/11/2024', () => due('2024-11-30')],
    ['hoàn thành trước 30/11/2023', () => due('2023-11-30')],
    ['15/7/2024', () => due('2024-07-15')],
    ['ngày 05 tháng 01 năm 2020', () => due('2020-01-05')],
    ['Ngày 31/3', (y) => due(`${y}-03-31`)],
    ['Trước 31/12', (y) => due(`${y}-12-31`)],
    ['2/1/2014', () => due('2014-01-02')],
  ],
  '31/12 of a year': [
    ['Trong năm 2022', () => due('2022-12-31')],
    ['Năm 2024', () => due('2024-12-31')],
    ['Trong năm', (y) => due(`${y}-12-31`)],
    ['đến năm 2025', () => due('2025-12-31')],
    ['giai đoạn 2018-2020', () => range('2018-01-01', '2020-12-31')],
  ],
  'a year, then yearly': [
    ['Trong năm 2021 và các năm tiếp theo', () => every('yearly', ['2021-12-31'])],
    ['trong năm 2024 và những năm tiếp theo', () => every('yearly', ['2024-12-31'])],
  ],
  'a start date': [
    ['Kể từ ngày 01/7/2024', () => starting('2024-07-01')],
    ['bắt đầu từ ngày 10/11', (y) => starting(`${y}-11-10`)],
  ],
  'from … to …': [
    ['Từ ngày 01/01/2017 đến 25/12/2017', () => range('2017-01-01', '2017-12-25')],
    ['từ tháng 3 đến tháng 6/2024', () => range('2024-03-01', '2024-06-30')],
  ],
  continuous: [
    ['Thường xuyên', () => none('continuous')],
    ['Thường xuyên trong năm', () => none('continuous')],
    ['Thường xuyên trong năm, báo cáo kết quả trước 30/11/2024', () => due('2024-11-30')],
  ],
  'event-driven': [
    ['Theo yêu cầu của Sở Tài chính', () => none('event')],
    ['Theo KH ban hành', () => none('event')],
    ['Thực hiện thường xuyên khi có thay đổi', () => none('event')],
  ],
};

describe('time forms of the domain table', () => {
  for (const [row, forms] of Object.entries(TABLE)) {
    describe(row, () => {
      const cases = forms.flatMap(([text, expected]) => PLAN_YEARS.map((y) => [text, y, expected(y)] as const));
      it.each(cases)('%j (plan year %s)', (text, planYear, expected) => {
        expect(read(text, planYear)).toEqual(expected);
      });
    });
  }

  it('no form of the table is unparsed', () => {
    for (const forms of Object.values(TABLE)) {
      for (const [text] of forms) expect(read(text, 2024).kind, text).not.toBe('unparsed');
    }
  });
});

describe('year boundaries and leap years', () => {
  it.each<[string, number, Expected]>([
    ['Tháng 12', 2024, due('2024-12-31')],
    ['Tháng 12', 2025, due('2025-12-31')],
    ['Quý IV', 2024, due('2024-12-31')],
    ['Quý IV', 2025, due('2025-12-31')],
    ['Tháng 1', 2025, due('2025-01-31')],
    ['Quý I', 2025, due('2025-03-31')],
    ['Tháng 2', 2024, due('2024-02-29')],
    ['Tháng 2', 2023, due('2023-02-28')],
    ['Tháng 2', 2100, due('2100-02-28')],
    ['Tháng 2', 2000, due('2000-02-29')],
    ['tháng 02/2024', 2023, due('2024-02-29')],
    ['Tháng 2/2023', 2024, due('2023-02-28')],
    ['29/2/2024', 2025, due('2024-02-29')],
    ['Quý 1/2024', 2023, due('2024-03-31')],
    ['từ tháng 11 đến tháng 2/2025', 2024, range('2024-11-01', '2025-02-28')],
    ['từ tháng 12 đến tháng 2/2024', 2024, range('2023-12-01', '2024-02-29')],
  ])('%j (plan year %s)', (text, planYear, expected) => {
    expect(read(text, planYear)).toEqual(expected);
  });
});

describe('recurrence and its due day', () => {
  it.each<[string, Recurrence | null, number | null]>([
    ['trước ngày 20 hàng tháng', 'monthly', 20],
    ['Ngày 25 hằng tháng', 'monthly', 25],
    ['trước ngày 05 hàng tháng', 'monthly', 5],
    ['Chậm nhất ngày 15 hàng tháng', 'monthly', 15],
    ['vào ngày 1 hàng tháng', 'monthly', 1],
    ['Hàng tháng, trước ngày 25', 'monthly', 25],
    ['Hàng tháng', 'monthly', null],
    ['Hàng quý', 'quarterly', null],
    ['Hàng năm', 'yearly', null],
    ['Định kỳ 6 tháng', 'yearly', null],
    ['Quý, năm', 'quarterly', null],
    ['Đầu kỳ, giữa kỳ, cuối kỳ', null, null],
    ['Định kỳ', null, null],
    // the day of a quarterly or yearly report is no day of the month
    ['trước ngày 20 hàng quý', 'quarterly', null],
    ['ngày 32 hàng tháng', 'monthly', null],
  ])('%j → %s, due day %s', (text, recurrence, dueDay) => {
    for (const planYear of [2024, 2025, null]) {
      const s = parseTime(text, { planYear });
      expect(s.kind).toBe('recurring');
      expect(s.recurrence).toBe(recurrence);
      expect(s.dueDay).toBe(dueDay);
    }
  });

  it('every other kind has no due day', () => {
    for (const text of ['Tháng 6', 'Ngày 20/6/2024', 'Thường xuyên', 'Đột xuất', 'Kể từ ngày 01/7/2024', 'xyz', '']) {
      expect(parseTime(text, { planYear: 2024 }).dueDay).toBeNull();
    }
    expect(parseTime(45626, { planYear: 2024 }, true).dueDay).toBeNull();
    expect(parseTime(null, { planYear: 2024 }).dueDay).toBeNull();
  });
});

describe('start, middle and first week, more forms', () => {
  it.each<[string, number, Expected]>([
    ['Giữa năm nay', 2025, due('2025-06-30')],
    ['Đầu năm 2025', 2024, due('2025-03-31')],
    ['từ đầu năm 2024', 2024, starting('2024-01-01')],
    ['từ đầu năm đến giữa năm 2024', 2023, range('2024-01-01', '2024-06-30')],
    ['Giữa năm và cuối năm', 2024, due('2024-06-30', '2024-12-31')],
    ['Đầu năm, giữa năm', 2025, due('2025-03-31', '2025-06-30')],
    ['Tuần đầu tháng 13', 2024, { kind: 'unparsed', deadlines: [], recurrence: null, start: null, dueDay: null }],
    ['Hàng tháng, trước ngày 20/12/2024', 2024, every('monthly', ['2024-12-20'])],
    ['Tuần đầu tháng 01/2025', 2024, due('2025-01-07')],
    ['tuần đầu tháng 7, tháng 12', 2024, due('2024-07-07', '2024-12-31')],
    ['6 tháng đầu năm 2025', 2024, due('2025-06-30')],
    ['Định kỳ đầu kỳ, giữa kỳ, cuối kỳ', 2024, every(null)],
    ['Định kỳ và đột xuất', 2024, every(null)],
    ['Cuối kỳ, trước 15/12/2024', 2024, every(null, ['2024-12-15'])],
  ])('%j (plan year %s)', (text, planYear, expected) => {
    expect(read(text, planYear)).toEqual(expected);
  });
});

describe('a real Excel date in the cell', () => {
  it.each<[number, number, string]>([
    [45626, 2024, '2024-11-30'],
    [45626, 2025, '2024-11-30'],
    [45351, 2024, '2024-02-29'],
  ])('serial %s (plan year %s) → %s', (serial, planYear, iso) => {
    expect(read(serial, planYear, true)).toEqual(due(iso));
  });
});
