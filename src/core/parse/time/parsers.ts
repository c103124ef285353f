import type { Recurrence, TimeContext } from '../schedule';
import { isValidDate } from '../../dates';
import {
  type Component,
  type YearPart,
  WHOLE_YEAR,
  dayPart,
  finer,
  monthPart,
  point,
  quarterPart,
} from './components';
import {
  HAS_CONTINUOUS,
  HAS_DATE_SEPARATOR,
  HAS_DOCUMENT_NUMBER,
  HAS_EVENT_WORD,
  HAS_EVERY,
  HAS_NEXT_YEARS,
  HAS_NUMBER4,
  HAS_NUMBER_THANG,
  HAS_NUMBER_UNIT,
  HAS_PERIODIC,
  HAS_PERIOD_LIST,
  HAS_QUY,
  HAS_RELATIVE_WORD,
  HAS_THANG,
  HAS_WHOLE_YEAR,
  scanFlags,
} from './scan';
import { core, romanOrArabic } from './text';

/**
 * Stage 2: parsers. Each recognises one form in the folded text (./text.ts) and appends components
 * with their spans; they may overlap — the refiners keep the longest (chrono's design).
 *
 * Speed matters (every row of large tables): every regular expression is compiled once, here; each starts
 * with literal text or a digit (no leading look-behind or optional group, which would make the engine try
 * every position); look-behind conditions are checked in code on the match; and each parser first checks
 * the flags of the quick scan (./scan.ts) to see whether its form can occur at all.
 */

/**
 * A parser: `parse` appends what it recognises in `text` to `out`. It is called only when the quick scan
 * found everything in `needs` (HAS_… flags of ./scan.ts).
 */
export interface Parser {
  name: string;
  needs: number;
  parse(text: string, ctx: TimeContext, out: Component[]): void;
}

/** Run `parsers` on folded `text`: those whose needs the quick scan meets. */
export function runParsers(parsers: readonly Parser[], text: string, ctx: TimeContext, out: Component[]): void {
  const flags = scanFlags(text);
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i]!;
    if ((flags & parser.needs) === parser.needs) parser.parse(text, ctx, out);
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}

/** No letter or digit right before `index`. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !isWordChar(text.charCodeAt(index - 1));
}

/** The character before `index` is none of "[\w./,:-]": the number at `index` stands alone. */
function standsAlone(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  // . / , : -
  return !isWordChar(c) && c !== 46 && c !== 47 && c !== 44 && c !== 58 && c !== 45;
}

/** A day and month are a date in the stated year, or in the plan year (a leap year when there is none). */
function validDay(year: number | null, month: number, day: number, ctx: TimeContext): boolean {
  return isValidDate(year ?? ctx.planYear ?? 2000, month, day);
}

// ---------------------------------------------------------------------------------------------------------
// Dates

/**
 * "31/3/2024", "2/1/2014", "31-3-2024", "31.3.2024", "30/11/24", "ngày 31/3", "31/3".
 * Day first, always. One separator throughout; a two-digit year and a date without a year only with "/".
 * Not inside other numbers: "2.4.2" (an outline number), "5,5/10" (a score), "19/KH-SCT" (a document).
 */
const NUMERIC_DATE = /(\d{1,2})( ?\/ ?|-|\.)(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[/.]\d)/g;

export const numericDateParser: Parser = {
  name: 'numericDate',
  needs: HAS_DATE_SEPARATOR,
  parse(text, ctx, out) {
    const re = NUMERIC_DATE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const slash = m[2]!.trim() === '/';
      const yearText = m[4];
      let year: number | null = null;
      if (yearText !== undefined) {
        if (yearText.length === 2) {
          if (!slash) continue;
          year = 2000 + Number(yearText);
        } else {
          year = Number(yearText);
          if (!plausibleYear(year)) continue;
        }
      } else if (!slash) {
        continue;
      }
      const day = Number(m[1]);
      const month = Number(m[3]);
      if (!validDay(year, month, day, ctx)) continue;
      let index = m.index;
      let withDayWord = false;
      if (text.startsWith('ngay ', index - 5)) {
        index -= 5;
        withDayWord = true;
      } else if (text.startsWith('ngay', index - 4)) {
        index -= 4;
        withDayWord = true;
      }
      out.push(point('numericDate', index, m.index + m[0].length, [dayPart(month, day)], year, null, withDayWord));
    }
  },
};

/** "ngày 05 tháng 01 năm 2020", "ngày 10 tháng 01, năm 2022", "ngày 5 tháng 1", "05 tháng 01 năm 2020". */
const WORD_DATE = /(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?(?!\d)/g;

export const wordDateParser: Parser = {
  name: 'wordDate',
  needs: HAS_NUMBER_THANG,
  parse(text, ctx, out) {
    const re = WORD_DATE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[3] !== undefined ? Number(m[3]) : null;
      const withDayWord = text.startsWith('ngay ', m.index - 5) && startsWord(text, m.index - 5);
      // without "ngày" it takes a year: "6 tháng 9" is no date
      if (year === null ? !withDayWord : !plausibleYear(year)) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!validDay(year, month, day, ctx)) continue;
      const index = withDayWord ? m.index - 5 : m.index;
      out.push(point('wordDate', index, m.index + m[0].length, [dayPart(month, day)], year, null, true));
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Months and quarters

const ROMAN_TO_XII = 'xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i';
/** "/2024", "-2024", ".2024", " năm 2024", ", năm 2024", " 2024" after a month or a quarter. */
const YEAR_SUFFIX = '(?:(?: ?\\/ ?|-|\\.|,? nam | )(\\d{4})(?!\\d))?';

/**
 * "tháng 6", "Tháng 6/2024", "tháng 02/2025", "Tháng 7 năm 2024", "tháng 11.2022", "tháng XII";
 * "tháng 1-3/2024", "tháng 1 đến 3 năm 2024" (a range of months: a start and a deadline).
 */
const MONTH = new RegExp(
  `thang (\\d{1,2}|${ROMAN_TO_XII})\\b(?: ?(?:-|den) ?(\\d{1,2})\\b(?!\\/\\d{1,2}\\/))?${YEAR_SUFFIX}`,
  'g',
);

export const monthParser: Parser = {
  name: 'month',
  needs: HAS_THANG,
  parse(text, _ctx, out) {
    const re = MONTH;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const month = romanOrArabic(m[1]!);
      if (!(month >= 1 && month <= 12)) continue;
      const year = m[3] !== undefined ? Number(m[3]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const last = m[2] !== undefined ? Number(m[2]) : 0;
      if (last > month && last <= 12) {
        const range = point('month', m.index, m.index + m[0].length, [{ m1: month, d1: 1, m2: last, d2: 0 }], year);
        range.span = true;
        out.push(range);
        continue;
      }
      const end = m[2] === undefined ? m.index + m[0].length : m.index + 6 + m[1]!.length;
      out.push(point('month', m.index, end, [monthPart(month)], m[2] === undefined ? year : null));
    }
  },
};

/** "06/2024", "6-2024", "12.2024": a month and a year without "tháng". */
const MONTH_YEAR = /(\d{1,2})( ?\/ ?|-|\.)(\d{4})(?!\d|[/.-]\d)/g;

export const monthYearParser: Parser = {
  name: 'monthYear',
  needs: HAS_DATE_SEPARATOR | HAS_NUMBER4,
  parse(text, _ctx, out) {
    const re = MONTH_YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const month = Number(m[1]);
      const year = Number(m[3]);
      if (month < 1 || month > 12 || !plausibleYear(year)) continue;
      out.push(point('monthYear', m.index, m.index + m[0].length, [monthPart(month)], year));
    }
  },
};

const QUARTER_NUMERAL = '(?:iv|i{1,3}|[1-4])\\b';
/** "Quý II", "quý II/2024", "quí III" (folded to "quy"), "Quý 2", "quý III năm 2024", "Quý I, II", "quý I và quý II". */
const QUARTER = new RegExp(
  `quy ?(${QUARTER_NUMERAL}(?:(?: ?[,;&+] ?(?:va )?| ?- ?| va )(?:quy )?${QUARTER_NUMERAL})*)${YEAR_SUFFIX}`,
  'g',
);
const QUARTER_ITEM = /iv|i{1,3}|[1-4]/g;

export const quarterParser: Parser = {
  name: 'quarter',
  needs: HAS_QUY,
  parse(text, _ctx, out) {
    const re = QUARTER;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[2] !== undefined ? Number(m[2]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const parts: YearPart[] = [];
      const list = m[1]!;
      QUARTER_ITEM.lastIndex = 0;
      for (let q = QUARTER_ITEM.exec(list); q !== null; q = QUARTER_ITEM.exec(list)) {
        parts.push(quarterPart(romanOrArabic(q[0])));
      }
      out.push(point('quarter', m.index, m.index + m[0].length, parts, year));
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Parts of a year, years

/**
 * "6 tháng đầu năm", "6 tháng" → to 30/6; "9 tháng (đầu năm)" → to 30/9; "6 tháng cuối năm" → 1/7 to 31/12,
 * "3 tháng đầu năm" → to 31/3 …; with an optional year ("6 tháng cuối năm 2023", "9 tháng năm 2024").
 * Not after "sau", "mỗi", "trong vòng", "định kỳ", "hàng", "các": "sau 6 tháng" is relative, not a date.
 */
const MONTHS_OF_YEAR = /(\d{1,2}) thang(?! \d{1,2}\b)(?: (dau|cuoi) nam)?(?:(?: nam| ?\/ ?|-| )(\d{4}))?(?!\d|\/\d)/g;
const NOT_A_PART_OF_YEAR = /(?:sau|moi|vong|ky|hang|cac|nhung) $/;

export const monthsOfYearParser: Parser = {
  name: 'monthsOfYear',
  needs: HAS_NUMBER_THANG,
  parse(text, _ctx, out) {
    const re = MONTHS_OF_YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      const months = Number(m[1]);
      const side = m[2];
      if (side === undefined ? months !== 6 && months !== 9 && months !== 3 && months !== 12 : months < 1 || months > 12) {
        continue;
      }
      if (m.index > 0 && NOT_A_PART_OF_YEAR.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
      const year = m[3] !== undefined ? Number(m[3]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      const part: YearPart =
        side === 'cuoi' ? { m1: 13 - months, d1: 1, m2: 12, d2: 0 } : { m1: 1, d1: 1, m2: months, d2: 0 };
      out.push(point('monthsOfYear', m.index, m.index + m[0].length, [part], year));
    }
  },
};

/** "Trong năm", "cả năm", "hết năm", "cuối năm", "suốt năm", "đến hết năm", each with an optional year → the whole year. */
const WHOLE_YEAR_WORDS = /(?:ca|het|cuoi|trong|suot) nam(?! ?[a-z])(?: (\d{4})(?!\d))?/g;

export const wholeYearParser: Parser = {
  name: 'wholeYear',
  needs: HAS_WHOLE_YEAR,
  parse(text, _ctx, out) {
    const re = WHOLE_YEAR_WORDS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      const year = m[1] !== undefined ? Number(m[1]) : null;
      if (year !== null && !plausibleYear(year)) continue;
      out.push(point('wholeYear', m.index, m.index + m[0].length, [WHOLE_YEAR], year));
    }
  },
};

/** "Năm 2024", "năm 2024-2025", "giai đoạn 2018-2020", "2021-2025", "năm 2021 đến năm 2025", a bare "2024". */
const YEAR = /((?:19|20)\d\d|2100)(?: ?(?:-|den|toi) ?(?:nam )?((?:19|20)\d\d|2100))?(?!\d|[/.-]\d)/g;

export const yearParser: Parser = {
  name: 'year',
  needs: HAS_NUMBER4,
  parse(text, _ctx, out) {
    const re = YEAR;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      let index = m.index;
      const year = Number(m[1]);
      if (text.startsWith('nam ', index - 4) && startsWord(text, index - 4)) {
        index -= 4;
      } else if (!standsAlone(text, index) || year < 2000) {
        // a bare number is a year only from 2000: "1990" alone is more likely a count than a deadline
        continue;
      }
      let yearTo: number | null = m[2] !== undefined ? Number(m[2]) : null;
      let end = m.index + m[0].length;
      if (yearTo !== null && (yearTo < year || yearTo - year > 50)) {
        yearTo = null;
        end = m.index + 4;
      }
      out.push(point('year', index, end, [WHOLE_YEAR], year, yearTo));
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Recurrence

const UNIT_RECURRENCE: Record<string, Recurrence> = {
  ngay: 'monthly',
  tuan: 'monthly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};

/**
 * "Hàng tháng", "hằng tháng", "Hàng Quý", "mỗi năm", "trước ngày 20 hàng tháng" (the day belongs to the
 * recurrence, it is no date). Daily and weekly work has no recurrence of its own in the Schedule type: it is
 * reported as monthly (the finest there is).
 */
const EVERY = /(?:hang|moi) (ngay|tuan|thang|quy|nam)\b/g;
const DAY_OF_PERIOD = /(?:(?:truoc|vao|tu|den|cham nhat) )?ngay \d{1,2} (?:cua )?$/;

export const everyParser: Parser = {
  name: 'every',
  needs: HAS_EVERY,
  parse(text, _ctx, out) {
    const re = EVERY;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      let index = m.index;
      if (index >= 7) {
        const before = DAY_OF_PERIOD.exec(text.slice(Math.max(0, index - 24), index));
        if (before !== null) index -= before[0].length;
      }
      out.push({
        type: 'recurring',
        parser: 'every',
        index,
        end: m.index + m[0].length,
        recurrence: UNIT_RECURRENCE[m[1]!] ?? null,
      });
    }
  },
};

/** "… và các năm tiếp theo", "những năm sau": yearly from then on. */
const NEXT_YEARS = /(?:cac|nhung) nam (?:tiep theo|ke tiep|tiep|sau)\b/g;

export const nextYearsParser: Parser = {
  name: 'nextYears',
  needs: HAS_NEXT_YEARS,
  parse(text, _ctx, out) {
    const re = NEXT_YEARS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: 'recurring', parser: 'nextYears', index: m.index, end: m.index + m[0].length, recurrence: 'yearly' });
    }
  },
};

/**
 * One reporting period of a list: "quý", "năm", "tháng" (no number after it), "6 tháng", "9 tháng",
 * "nửa năm".
 */
const PERIOD_WORD =
  '(?:(?:0?[369]|12) thang(?: (?:dau|cuoi) nam)?|nua nam|thang(?! ?\\d)|quy(?! ?(?:[1-4]|[iv]+)\\b)|nam(?! ?\\d))';
/** The last period of a list may be the year itself: "Quý, năm 2024". */
const LAST_PERIOD_WORD = `(?:${PERIOD_WORD}|nam(?= \\d{4}\\b))`;
const LIST_SEPARATOR = '(?: ?[,;/&+] ?(?:va )?| va | hoac )';
const PERIOD_ITEM = new RegExp(PERIOD_WORD, 'g');

/**
 * "Quý, năm", "6 tháng, năm", "tháng, quý, năm", "6 tháng, 9 tháng, năm" (periodic reports: two periods or
 * more), and after "định kỳ": "định kỳ 6 tháng", "định kỳ hàng quý", "định kỳ" alone (recurring, period
 * not said: recurrence null).
 * The recurrence is the most frequent period named: a month → monthly; a quarter or "3 tháng" →
 * quarterly; half-years ("6 tháng", "nửa năm"), "9 tháng" and years → yearly (the Schedule has no
 * half-yearly; a half-yearly report is due at least once a year).
 */
const PERIODIC = new RegExp(`dinh ky(?: (?:hang |moi )?(${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*))?`, 'g');
const PERIOD_LIST_FULL = new RegExp(`${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*${LIST_SEPARATOR}${LAST_PERIOD_WORD}`, 'g');

function listRecurrence(list: string): Recurrence | null {
  let recurrence: Recurrence | null = null;
  PERIOD_ITEM.lastIndex = 0;
  for (let m = PERIOD_ITEM.exec(list); m !== null; m = PERIOD_ITEM.exec(list)) {
    const item = m[0];
    const c = item.charCodeAt(0);
    let r: Recurrence;
    if (c >= 48 && c <= 57) r = parseInt(item, 10) === 3 ? 'quarterly' : 'yearly';
    else if (item === 'thang') r = 'monthly';
    else if (item === 'quy') r = 'quarterly';
    else r = 'yearly';
    recurrence = finer(recurrence, r);
  }
  return recurrence;
}

export const periodicParser: Parser = {
  name: 'periodic',
  needs: HAS_PERIODIC,
  parse(text, _ctx, out) {
    const re = PERIODIC;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const list = m[1];
      out.push({
        type: 'recurring',
        parser: 'periodic',
        index: m.index,
        end: m.index + m[0].length,
        recurrence: list === undefined ? null : listRecurrence(list),
      });
    }
  },
};

export const periodListParser: Parser = {
  name: 'periodList',
  needs: HAS_PERIOD_LIST,
  parse(text, _ctx, out) {
    const re = PERIOD_LIST_FULL;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!standsAlone(text, m.index)) continue;
      // "Quý, năm 2024": the list ends before "năm 2024", which stays a deadline (31/12/2024)
      const yearFollows = text.charCodeAt(m.index + m[0].length) === 32 && m[0].endsWith('nam');
      const end = m.index + m[0].length - (yearFollows ? 3 : 0);
      out.push({ type: 'recurring', parser: 'periodList', index: m.index, end, recurrence: listRecurrence(m[0]) });
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Whole cells

/**
 * Cells that are one bare word: "Năm" / "Năm nay" (the plan year), "Quý" (quarterly), "Tháng" (monthly);
 * a bare number: a year 2000–2100 (31/12 of it) or a month 1–12 (end of that month in the plan year).
 */
const BARE_NUMBER = /^\d{1,4}$/;

export const wholeCellParser: Parser = {
  name: 'wholeCell',
  needs: 0,
  parse(text, _ctx, out) {
    if (text.length > 9) return;
    const word = core(text);
    const end = text.length;
    switch (word) {
      case 'nam':
      case 'nam nay':
        out.push(point('wholeCell', 0, end, [WHOLE_YEAR], null));
        return;
      case 'quy':
        out.push({ type: 'recurring', parser: 'wholeCell', index: 0, end, recurrence: 'quarterly' });
        return;
      case 'thang':
        out.push({ type: 'recurring', parser: 'wholeCell', index: 0, end, recurrence: 'monthly' });
        return;
    }
    if (BARE_NUMBER.test(word)) {
      const n = Number(word);
      if (n >= 2000 && n <= MAX_YEAR) out.push(point('wholeCell', 0, end, [WHOLE_YEAR], n));
      else if (n >= 1 && n <= 12) out.push(point('wholeCell', 0, end, [monthPart(n)], null));
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// No deadline: continuous work, event-driven work, cited documents

/** "Thường xuyên", "Thường xuyên trong năm", "Thực hiện thường xuyên", "Liên tục", "thường xuyên, liên tục". */
const CONTINUOUS =
  /(?:thuong xuyen|lien tuc)(?:,? (?:va )?(?:lien tuc|thuong xuyen))?(?: (?:trong|ca|suot) nam(?: nay| \d{4})?)?/g;

export const continuousParser: Parser = {
  name: 'continuous',
  needs: HAS_CONTINUOUS,
  parse(text, _ctx, out) {
    const re = CONTINUOUS;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: 'continuous', parser: 'continuous', index: m.index, end: m.index + m[0].length });
    }
  },
};

/**
 * "Theo yêu cầu của Sở Tài chính", "Theo KH ban hành", "Theo kế hoạch", "Theo quy định", "Theo chỉ đạo …",
 * "Khi có yêu cầu", "khi có thay đổi", "Khi phát sinh", "sau khi …", "đột xuất", "tùy tình hình".
 */
const EVENT =
  /(?:theo (?:yeu cau|de nghi|kh|ke hoach|quy dinh|chi dao|huong dan|lich|thong bao|van ban|tien do|chi thi|quyet dinh|cong van|thuc te|nhu cau|nhiem vu|chuong trinh|dot|phan cong|thoi gian|quy che)|khi (?:co|phat sinh|duoc|can|nao)|sau khi|phat sinh|dot xuat|tuy (?:theo|tinh hinh))\b/g;

export const eventParser: Parser = {
  name: 'event',
  needs: HAS_EVENT_WORD,
  parse(text, _ctx, out) {
    const re = EVENT;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      out.push({ type: 'event', parser: 'event', index: m.index, end: m.index + m[0].length });
    }
  },
};

/**
 * A deadline counted from an event: "trong 05 ngày làm việc", "chậm nhất 3 ngày", "sau 3 tháng" — no date
 * can be computed, so it reads as event-driven.
 */
const RELATIVE =
  /(?:trong(?: vong| thoi han)?|sau|cham nhat(?: sau)?|truoc|khong qua) (?:\d{1,3} (?:ngay|tuan)(?: lam viec)?|\d{1,2} thang(?! (?:dau|cuoi)))\b/g;

export const relativeParser: Parser = {
  name: 'relative',
  needs: HAS_RELATIVE_WORD | HAS_NUMBER_UNIT,
  parse(text, _ctx, out) {
    const re = RELATIVE;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) continue;
      // "trong 6 tháng" (without "vòng") is the first half of the year, not a delay
      if (m[0].startsWith('trong ') && m[0].endsWith('thang')) continue;
      out.push({ type: 'event', parser: 'relative', index: m.index, end: m.index + m[0].length });
    }
  },
};

/**
 * A cited document with its date: "Kế hoạch số 19/KH-SCT ngày 31/3/2022", "Thông tư 01/2018/TT-VPCP ngày
 * 23/11/2018". Its date is the document's, not a deadline: the component only hides it.
 */
const DOCUMENT =
  /\d+\/(?:\d{4}\/)?[a-z][a-z0-9.&-]*[ ,;]*(?:ngay ?)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} thang \d{1,2},? nam \d{4})/g;

export const documentParser: Parser = {
  name: 'document',
  needs: HAS_DOCUMENT_NUMBER,
  parse(text, _ctx, out) {
    const re = DOCUMENT;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ type: 'document', parser: 'document', index: m.index, end: m.index + m[0].length });
    }
  },
};

/** All parsers of a time cell, in no particular order (overlaps are settled by the refiners). */
export const TIME_PARSERS: readonly Parser[] = [
  documentParser,
  numericDateParser,
  wordDateParser,
  monthParser,
  monthYearParser,
  quarterParser,
  monthsOfYearParser,
  wholeYearParser,
  yearParser,
  everyParser,
  nextYearsParser,
  periodicParser,
  periodListParser,
  continuousParser,
  eventParser,
  relativeParser,
  wholeCellParser,
];

/** Parsers used by `findDates`: dates only. */
export const DATE_PARSERS: readonly Parser[] = [numericDateParser, wordDateParser];
