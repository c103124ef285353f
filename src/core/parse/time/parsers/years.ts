import { type YearPart, WHOLE_YEAR, monthPart, point, quarterPart } from '../components';
import {
  HAS_DATE_SEPARATOR,
  HAS_EDGE,
  HAS_NAM,
  HAS_NUMBER4,
  HAS_NUMBER_THANG,
  HAS_QUY,
  HAS_THANG,
  HAS_WEEK,
  HAS_WHOLE_YEAR,
} from '../scan';
import { romanOrArabic } from '../text';
import { plausibleYear, standsAlone, startsWord } from './checks';
import type { Parser } from './parser';

/**
 * Parsers of months, quarters, parts of a year and years: "Tháng 6/2024", "Quý II", "6 tháng đầu năm",
 * "Năm 2024".
 */

// ---------------------------------------------------------------------------------------------------------
// Months and quarters

const ROMAN_TO_XII = 'xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i';
/** "/2024", "-2024", ".2024", " năm 2024", ", năm 2024", " 2024" after a month or a quarter. */
const YEAR_SUFFIX = '(?:(?: ?\\/ ?|-|\\.|,? nam | )(\\d{4})(?!\\d))?';

/**
 * "tháng 6", "Tháng 6/2024", "tháng 02/2025", "Tháng 7 năm 2024", "tháng 11.2022", "tháng XII";
 * "tháng 1-3/2024", "tháng 1 đến 3 năm 2024" (a range of months: a start and a deadline).
 */
export const monthParser: Parser = {
  name: 'month',
  needs: HAS_THANG,
  pattern: new RegExp(
    `thang (\\d{1,2}|${ROMAN_TO_XII})\\b(?: ?(?:-|den) ?(\\d{1,2})\\b(?!\\/\\d{1,2}\\/))?${YEAR_SUFFIX}`,
    'g',
  ),
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    const month = romanOrArabic(m[1]!);
    if (!(month >= 1 && month <= 12)) return null;
    const year = m[3] !== undefined ? Number(m[3]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    const last = m[2] !== undefined ? Number(m[2]) : 0;
    if (last > month && last <= 12) {
      const range = point('month', m.index, m.index + m[0].length, [{ m1: month, d1: 1, m2: last, d2: 0 }], year);
      range.span = true;
      return range;
    }
    const end = m[2] === undefined ? m.index + m[0].length : m.index + 6 + m[1]!.length;
    return point('month', m.index, end, [monthPart(month)], m[2] === undefined ? year : null);
  },
};

/** "06/2024", "6-2024", "12.2024": a month and a year without "tháng". */
export const monthYearParser: Parser = {
  name: 'monthYear',
  needs: HAS_DATE_SEPARATOR | HAS_NUMBER4,
  pattern: /(\d{1,2})( ?\/ ?|-|\.)(\d{4})(?!\d|[/.-]\d)/g,
  extract(m, text) {
    if (!standsAlone(text, m.index)) return null;
    const month = Number(m[1]);
    const year = Number(m[3]);
    if (month < 1 || month > 12 || !plausibleYear(year)) return null;
    return point('monthYear', m.index, m.index + m[0].length, [monthPart(month)], year);
  },
};

/**
 * "Tuần đầu tháng 7", "Tuần đầu tháng 7/2024", "tuần đầu của tháng 7 năm 2024", "tuần thứ nhất tháng 7": the
 * first week of the month, 1–7 of it (deadline the 7th: "Tuần đầu tháng 7" → 7/7).
 */
export const firstWeekParser: Parser = {
  name: 'firstWeek',
  needs: HAS_WEEK | HAS_THANG,
  pattern: new RegExp(
    `tuan (?:dau(?: tien)?|thu nhat|thu 1|1) (?:cua )?thang (\\d{1,2}|${ROMAN_TO_XII})\\b${YEAR_SUFFIX}`,
    'g',
  ),
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    const month = romanOrArabic(m[1]!);
    if (!(month >= 1 && month <= 12)) return null;
    const year = m[2] !== undefined ? Number(m[2]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    return point('firstWeek', m.index, m.index + m[0].length, [{ m1: month, d1: 1, m2: month, d2: 7 }], year);
  },
};

const QUARTER_NUMERAL = '(?:iv|i{1,3}|[1-4])\\b';
/** One quarter of the list a match of `quarterParser.pattern` holds. */
const QUARTER_ITEM = /iv|i{1,3}|[1-4]/g;

/** "Quý II", "quý II/2024", "quí III" (folded to "quy"), "Quý 2", "quý III năm 2024", "Quý I, II", "quý I và quý II". */
export const quarterParser: Parser = {
  name: 'quarter',
  needs: HAS_QUY,
  pattern: new RegExp(
    `quy ?(${QUARTER_NUMERAL}(?:(?: ?[,;&+] ?(?:va )?| ?- ?| va )(?:quy )?${QUARTER_NUMERAL})*)${YEAR_SUFFIX}`,
    'g',
  ),
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    const year = m[2] !== undefined ? Number(m[2]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    const parts: YearPart[] = [];
    const list = m[1]!;
    QUARTER_ITEM.lastIndex = 0;
    for (let q = QUARTER_ITEM.exec(list); q !== null; q = QUARTER_ITEM.exec(list)) {
      parts.push(quarterPart(romanOrArabic(q[0])));
    }
    return point('quarter', m.index, m.index + m[0].length, parts, year);
  },
};

// ---------------------------------------------------------------------------------------------------------
// Parts of a year, years

const NOT_A_PART_OF_YEAR = /(?:sau|moi|vong|ky|hang|cac|nhung) $/;

/**
 * "6 tháng đầu năm", "6 tháng" → to 30/6; "9 tháng (đầu năm)" → to 30/9; "6 tháng cuối năm" → 1/7 to 31/12,
 * "3 tháng đầu năm" → to 31/3 …; with an optional year ("6 tháng cuối năm 2023", "9 tháng năm 2024").
 * Not after "sau", "mỗi", "trong vòng", "định kỳ", "hàng", "các": "sau 6 tháng" is relative, not a date.
 */
export const monthsOfYearParser: Parser = {
  name: 'monthsOfYear',
  needs: HAS_NUMBER_THANG,
  pattern: /(\d{1,2}) thang(?! \d{1,2}\b)(?: (dau|cuoi) nam)?(?:(?: nam| ?\/ ?|-| )(\d{4}))?(?!\d|\/\d)/g,
  extract(m, text) {
    if (!standsAlone(text, m.index)) return null;
    const months = Number(m[1]);
    const side = m[2];
    if (side === undefined ? months !== 6 && months !== 9 && months !== 3 && months !== 12 : months < 1 || months > 12) {
      return null;
    }
    if (m.index > 0 && NOT_A_PART_OF_YEAR.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const year = m[3] !== undefined ? Number(m[3]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    const part: YearPart =
      side === 'cuoi' ? { m1: 13 - months, d1: 1, m2: 12, d2: 0 } : { m1: 1, d1: 1, m2: months, d2: 0 };
    return point('monthsOfYear', m.index, m.index + m[0].length, [part], year);
  },
};

/** "Đầu năm": the first quarter (1/1–31/3). "Giữa năm": June (1/6–30/6). */
const START_OF_YEAR: YearPart = { m1: 1, d1: 1, m2: 3, d2: 0 };
const MIDDLE_OF_YEAR: YearPart = { m1: 6, d1: 1, m2: 6, d2: 0 };
/** "6 tháng (đầu năm)", "9 tháng đầu năm" written apart: "đầu năm" only qualifies the months before it. */
const MONTHS_BEFORE = /thang \(?$/;

/**
 * "Giữa năm 2024", "Giữa năm" (plan year), "giữa năm nay" → 30/6 of the year. "Đầu năm 2024", "đầu năm" →
 * 31/3 of the year: a documented reading (docs/domain.md, "Times and deadlines": the start of a year is
 * taken as its first quarter, so the deadline is 31/3). As a start ("từ đầu năm 2024") they give 1/1 and
 * 1/6. Not "đầu năm học"; not after "6 tháng (" (then "đầu năm" only says which six months).
 */
export const edgeOfYearParser: Parser = {
  name: 'edgeOfYear',
  needs: HAS_EDGE | HAS_NAM,
  pattern: /(dau|giua) nam(?! hoc\b)(?: nay\b| (\d{4})(?!\d))?/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    if (m.index > 0 && MONTHS_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const year = m[2] !== undefined ? Number(m[2]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    const part = m[1] === 'dau' ? START_OF_YEAR : MIDDLE_OF_YEAR;
    return point('edgeOfYear', m.index, m.index + m[0].length, [part], year);
  },
};

/** "Trong năm", "cả năm", "hết năm", "cuối năm", "suốt năm", "đến hết năm", each with an optional year → the whole year. */
export const wholeYearParser: Parser = {
  name: 'wholeYear',
  needs: HAS_WHOLE_YEAR,
  pattern: /(?:ca|het|cuoi|trong|suot) nam(?! ?[a-z])(?: (\d{4})(?!\d))?/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    const year = m[1] !== undefined ? Number(m[1]) : null;
    if (year !== null && !plausibleYear(year)) return null;
    return point('wholeYear', m.index, m.index + m[0].length, [WHOLE_YEAR], year);
  },
};

/** "Năm 2024", "năm 2024-2025", "giai đoạn 2018-2020", "2021-2025", "năm 2021 đến năm 2025", a bare "2024". */
export const yearParser: Parser = {
  name: 'year',
  needs: HAS_NUMBER4,
  pattern: /((?:19|20)\d\d|2100)(?: ?(?:-|den|toi) ?(?:nam )?((?:19|20)\d\d|2100))?(?!\d|[/.-]\d)/g,
  extract(m, text) {
    let index = m.index;
    const year = Number(m[1]);
    if (text.startsWith('nam ', index - 4) && startsWord(text, index - 4)) {
      index -= 4;
    } else if (!standsAlone(text, index) || year < 2000) {
      // a bare number is a year only from 2000: "1990" alone is more likely a count than a deadline
      return null;
    }
    let yearTo: number | null = m[2] !== undefined ? Number(m[2]) : null;
    let end = m.index + m[0].length;
    if (yearTo !== null && (yearTo < year || yearTo - year > 50)) {
      yearTo = null;
      end = m.index + 4;
    }
    return point('year', index, end, [WHOLE_YEAR], year, yearTo);
  },
};
