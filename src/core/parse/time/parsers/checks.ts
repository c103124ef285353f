import type { TimeContext } from '../../schedule';
import { isValidDate } from '../../../dates';

/** Checks the parsers make in code on a match (see ./parser.ts: the patterns have no look-behind). */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}

/** No letter or digit right before `index`. */
export function startsWord(text: string, index: number): boolean {
  return index === 0 || !isWordChar(text.charCodeAt(index - 1));
}

/** The character before `index` is none of "[\w./,:-]": the number at `index` stands alone. */
export function standsAlone(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  // . / , : -
  return !isWordChar(c) && c !== 46 && c !== 47 && c !== 44 && c !== 58 && c !== 45;
}

/** A day and month are a date in the stated year, or in the plan year (a leap year when there is none). */
export function validDay(year: number | null, month: number, day: number, ctx: TimeContext): boolean {
  return isValidDate(year ?? ctx.planYear ?? 2000, month, day);
}
