import type { IsoDate } from './parse/schedule';

/** Excel's 1900 date system: serial 1 is 1900-01-01; serial 60 is the phantom 1900-02-29. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToIso(serial: number): IsoDate {
  const ms = EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y!, m! - 1, d!) - EXCEL_EPOCH_MS) / DAY_MS);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Without a Date object: the time parser calls this for every deadline of every row. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** "2024-02-29" is one, "2024-02-30" is not. */
export function isIsoCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Today's date in local time, ISO. */
export function isoToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
