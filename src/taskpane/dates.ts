/**
 * The pane's date fields: what the user types (dd/mm/yyyy, as Vietnamese documents write dates,
 * whatever the browser's or Office's locale) and the ISO date the controller keeps and the checker uses.
 */

import { daysInMonth, isoDate } from '../core/dates';
import { displayDate } from '../core/i18n/labels';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** An ISO date (yyyy-mm-dd) that is a real calendar day with a plausible year. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  return checkDate(Number(m[1]), Number(m[2]), Number(m[3])) === null;
}

/** Why a typed date is not accepted. */
export type DateProblem =
  | { kind: 'format' }
  | { kind: 'year' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; day: number; month: number; year: number; daysInMonth: number };

export type DateInput = { ok: true; iso: string } | { ok: false; problem: DateProblem };

/**
 * A date as typed in the pane: d/m/yyyy with "/", "-" or "." between the parts (the same one twice),
 * spaces allowed around them, leading zeros optional; an ISO date (yyyy-mm-dd, as pasted from
 * elsewhere) is accepted too. Null when the text is empty. Two-digit years are refused (ambiguous).
 */
export function parseDateInput(text: string): DateInput | null {
  const s = text.normalize('NFC').trim();
  if (s === '') return null;
  let day: number;
  let month: number;
  let year: number;
  const dmy = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(s);
  const iso = dmy ? null : /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[3]);
    year = Number(dmy[4]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { ok: false, problem: { kind: 'format' } };
  }
  const problem = checkDate(year, month, day);
  return problem ? { ok: false, problem } : { ok: true, iso: isoDate(year, month, day) };
}

/** "2022-03-31" → "31/03/2022"; anything else is returned as it is. */
export function formatDmy(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? displayDate(iso) : iso;
}

function checkDate(year: number, month: number, day: number): DateProblem | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'year' };
  if (month < 1 || month > 12) return { kind: 'month', month };
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { kind: 'day', day, month, year, daysInMonth: max };
  return null;
}
