import type { Recurrence } from '../../schedule';
import { WHOLE_YEAR, finer, monthPart, point } from '../components';
import { HAS_EVERY, HAS_NEXT_YEARS, HAS_PERIODIC, HAS_PERIOD_LIST, HAS_SHORT_TEXT, HAS_TERM } from '../scan';
import { MAX_YEAR, standsAlone, startsWord } from './checks';
import type { Parser } from './parser';

/**
 * Parsers of reporting periods and recurrence: "Hàng tháng", "các năm tiếp theo", "định kỳ 6 tháng",
 * "Quý, năm", "Đầu kỳ, giữa kỳ, cuối kỳ"; and of cells that are one bare period word or number ("Quý", "Năm",
 * "2024", "6").
 */

const UNIT_RECURRENCE: Record<string, Recurrence> = {
  ngay: 'monthly',
  tuan: 'monthly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};

/** A day before the recurrence: "trước ngày 20 hàng tháng", "Ngày 25 hằng tháng", "chậm nhất ngày 15 của mỗi tháng". */
const DAY_OF_PERIOD = /(?:(?:truoc|vao|tu|den|cham nhat) )?ngay (\d{1,2}) (?:cua )?$/;
/**
 * A day after it: "Hàng tháng, trước ngày 25", "hàng tháng (trước ngày 20)", "hàng tháng vào ngày 5" — not a
 * date ("hàng tháng, trước ngày 20/12/2024" keeps its date) nor "ngày 5 tháng 7".
 */
const DAY_AFTER_PERIOD =
  /^(?:,|;| -)? ?\(?(?:truoc|vao|tu|cham nhat)(?: la)? ngay (\d{1,2})(?![\d/.-]| ?[/.-] ?\d| thang)\)?/;

/** The day of a monthly recurrence: 1–31, else null. */
function dayOfMonth(day: string | undefined): number | null {
  if (day === undefined) return null;
  const n = Number(day);
  return n >= 1 && n <= 31 ? n : null;
}

/**
 * "Hàng tháng", "hằng tháng", "Hàng Quý", "mỗi năm", "trước ngày 20 hàng tháng", "Hàng tháng, trước ngày 25"
 * (the day belongs to the recurrence, it is no date: a monthly recurrence keeps it as its `dueDay`). Daily and
 * weekly work has no recurrence of its own in the Schedule type: it is reported as monthly (the finest there
 * is).
 */
export const everyParser: Parser = {
  name: 'every',
  needs: HAS_EVERY,
  pattern: /(?:hang|moi) (ngay|tuan|thang|quy|nam)\b/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    let index = m.index;
    let end = m.index + m[0].length;
    let day: string | undefined;
    if (index >= 7) {
      const before = DAY_OF_PERIOD.exec(text.slice(Math.max(0, index - 24), index));
      if (before !== null) {
        index -= before[0].length;
        day = before[1];
      }
    }
    if (day === undefined && end + 8 < text.length) {
      const after = DAY_AFTER_PERIOD.exec(text.slice(end, end + 32));
      if (after !== null) {
        end += after[0].length;
        day = after[1];
      }
    }
    const unit = m[1]!;
    return {
      type: 'recurring',
      parser: 'every',
      index,
      end,
      recurrence: UNIT_RECURRENCE[unit] ?? null,
      dueDay: unit === 'thang' ? dayOfMonth(day) : null,
    };
  },
};

/**
 * Reporting occasions of a period: "Đầu kỳ", "giữa kỳ", "cuối kỳ" (each its own component; "Đầu kỳ, giữa kỳ,
 * cuối kỳ" gives three). Recurring, with the period not said (recurrence null), like "Định kỳ" alone. Not
 * "kỹ thuật", "kỷ luật", "kỷ niệm", "kỹ năng", "kỷ cương", "kỷ yếu" (all fold to "ky …").
 */
export const termParser: Parser = {
  name: 'term',
  needs: HAS_TERM,
  pattern: /(?:dau|giua|cuoi) ky\b(?! (?:thuat|luat|niem|nang|cuong|yeu)\b)/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    return { type: 'recurring', parser: 'term', index: m.index, end: m.index + m[0].length, recurrence: null };
  },
};

/** "… và các năm tiếp theo", "những năm sau": yearly from then on. */
export const nextYearsParser: Parser = {
  name: 'nextYears',
  needs: HAS_NEXT_YEARS,
  pattern: /(?:cac|nhung) nam (?:tiep theo|ke tiep|tiep|sau)\b/g,
  extract(m) {
    return { type: 'recurring', parser: 'nextYears', index: m.index, end: m.index + m[0].length, recurrence: 'yearly' };
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
/** One period of a list matched by `periodicParser` or `periodListParser`. */
const PERIOD_ITEM = new RegExp(PERIOD_WORD, 'g');

/**
 * The recurrence of a list of periods: the most frequent period named. A month → monthly; a quarter or
 * "3 tháng" → quarterly; half-years ("6 tháng", "nửa năm"), "9 tháng" and years → yearly (the Schedule has
 * no half-yearly; a half-yearly report is due at least once a year).
 */
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

/**
 * After "định kỳ": "định kỳ 6 tháng", "định kỳ hàng quý", "định kỳ quý, năm"; "định kỳ" alone is recurring
 * with the period not said (recurrence null).
 */
export const periodicParser: Parser = {
  name: 'periodic',
  needs: HAS_PERIODIC,
  pattern: new RegExp(`dinh ky(?: (?:hang |moi )?(${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*))?`, 'g'),
  extract(m) {
    const list = m[1];
    return {
      type: 'recurring',
      parser: 'periodic',
      index: m.index,
      end: m.index + m[0].length,
      recurrence: list === undefined ? null : listRecurrence(list),
    };
  },
};

/** "Quý, năm", "6 tháng, năm", "tháng, quý, năm", "6 tháng, 9 tháng, năm": periodic reports (two periods or more). */
export const periodListParser: Parser = {
  name: 'periodList',
  needs: HAS_PERIOD_LIST,
  pattern: new RegExp(`${PERIOD_WORD}(?:${LIST_SEPARATOR}${PERIOD_WORD})*${LIST_SEPARATOR}${LAST_PERIOD_WORD}`, 'g'),
  extract(m, text) {
    if (!standsAlone(text, m.index)) return null;
    // "Quý, năm 2024": the list ends before "năm 2024", which stays a deadline (31/12/2024)
    const yearFollows = text.charCodeAt(m.index + m[0].length) === 32 && m[0].endsWith('nam');
    const end = m.index + m[0].length - (yearFollows ? 3 : 0);
    return { type: 'recurring', parser: 'periodList', index: m.index, end, recurrence: listRecurrence(m[0]) };
  },
};

/**
 * Cells that are one bare word: "Năm" / "Năm nay" (the plan year), "Quý" (quarterly), "Tháng" (monthly);
 * a bare number: a year 2000–2100 (31/12 of it) or a month 1–12 (end of that month in the plan year).
 * The word may have punctuation around it ("- Quý -", "(2024)"); the cell is short (HAS_SHORT_TEXT).
 */
export const wholeCellParser: Parser = {
  name: 'wholeCell',
  needs: HAS_SHORT_TEXT,
  pattern: /^[^a-z0-9]*(nam(?: nay)?|quy|thang|\d{1,4})[^a-z0-9]*$/g,
  extract(m, text) {
    const end = text.length;
    const word = m[1]!;
    switch (word) {
      case 'nam':
      case 'nam nay':
        return point('wholeCell', 0, end, [WHOLE_YEAR], null);
      case 'quy':
        return { type: 'recurring', parser: 'wholeCell', index: 0, end, recurrence: 'quarterly' };
      case 'thang':
        return { type: 'recurring', parser: 'wholeCell', index: 0, end, recurrence: 'monthly' };
    }
    const n = Number(word);
    if (n >= 2000 && n <= MAX_YEAR) return point('wholeCell', 0, end, [WHOLE_YEAR], n);
    if (n >= 1 && n <= 12) return point('wholeCell', 0, end, [monthPart(n)], null);
    return null;
  },
};
