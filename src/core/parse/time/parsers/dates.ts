import { dayPart, point } from '../components';
import { HAS_DATE_SEPARATOR, HAS_NUMBER_THANG } from '../scan';
import { plausibleYear, standsAlone, startsWord, validDay } from './checks';
import type { Parser } from './parser';

/** Parsers of days: "31/3/2024", "ngày 05 tháng 01 năm 2020". */

/**
 * "31/3/2024", "2/1/2014", "31-3-2024", "31.3.2024", "30/11/24", "ngày 31/3", "31/3".
 * Day first, always. One separator throughout; a two-digit year and a date without a year only with "/".
 * Not inside other numbers: "2.4.2" (an outline number), "5,5/10" (a score), "19/KH-SCT" (a document).
 */
export const numericDateParser: Parser = {
  name: 'numericDate',
  needs: HAS_DATE_SEPARATOR,
  pattern: /(\d{1,2})( ?\/ ?|-|\.)(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[/.]\d)/g,
  extract(m, text, ctx) {
    if (!standsAlone(text, m.index)) return null;
    const slash = m[2]!.trim() === '/';
    const yearText = m[4];
    let year: number | null = null;
    if (yearText !== undefined) {
      if (yearText.length === 2) {
        if (!slash) return null;
        year = 2000 + Number(yearText);
      } else {
        year = Number(yearText);
        if (!plausibleYear(year)) return null;
      }
    } else if (!slash) {
      return null;
    }
    const day = Number(m[1]);
    const month = Number(m[3]);
    if (!validDay(year, month, day, ctx)) return null;
    let index = m.index;
    let withDayWord = false;
    if (text.startsWith('ngay ', index - 5)) {
      index -= 5;
      withDayWord = true;
    } else if (text.startsWith('ngay', index - 4)) {
      index -= 4;
      withDayWord = true;
    }
    return point('numericDate', index, m.index + m[0].length, [dayPart(month, day)], year, null, withDayWord);
  },
};

/** "ngày 05 tháng 01 năm 2020", "ngày 10 tháng 01, năm 2022", "ngày 5 tháng 1", "05 tháng 01 năm 2020". */
export const wordDateParser: Parser = {
  name: 'wordDate',
  needs: HAS_NUMBER_THANG,
  pattern: /(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?(?!\d)/g,
  extract(m, text, ctx) {
    if (!startsWord(text, m.index)) return null;
    const year = m[3] !== undefined ? Number(m[3]) : null;
    const withDayWord = text.startsWith('ngay ', m.index - 5) && startsWord(text, m.index - 5);
    // without "ngày" it takes a year: "6 tháng 9" is no date
    if (year === null ? !withDayWord : !plausibleYear(year)) return null;
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (!validDay(year, month, day, ctx)) return null;
    const index = withDayWord ? m.index - 5 : m.index;
    return point('wordDate', index, m.index + m[0].length, [dayPart(month, day)], year, null, true);
  },
};
