/**
 * Date functions over Excel's 1900 date system: a date is its serial number (1 = 1900-01-01), with
 * Excel's phantom 1900-02-29 (serial 60), so that serials agree with Excel's and with src/core/dates.ts.
 */
import { daysInMonth } from '../../core/dates';
import type { ErrorValue } from '../../core/snapshot';
import { numeric, one, type FnDef } from './define';
import { err, isError, toNumber, toText, type Scalar } from './values';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel has. */
const LAST = 2_958_465;
const NUM = err('#NUM!');

/** DATE(year, month, day): months and days past their end roll over, as in Excel. */
function dateSerial(year: number, month: number, day: number): number | ErrorValue {
  let y = Math.trunc(year);
  if (y < 0 || y > 9999) return NUM;
  if (y < 1900) y += 1900;
  const days = Math.round((Date.UTC(y, Math.trunc(month) - 1, Math.trunc(day)) - EPOCH_MS) / DAY_MS);
  // Before 1900-03-01 Excel counts one day less (it has no 1899-12-31 but a 1900-02-29).
  const serial = days < 61 ? days - 1 : days;
  return serial < 0 || serial > LAST ? NUM : serial;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymdOf(serial: number): Ymd | ErrorValue {
  const s = Math.floor(serial);
  if (s < 0 || s > LAST) return NUM;
  if (s === 0) return { y: 1900, m: 1, d: 0 };
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  const t = new Date(EPOCH_MS + (s < 60 ? s + 1 : s) * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** A function of one date's parts (and more numbers). */
const ofDate = (min: number, max: number, f: (p: Ymd, serial: number, ...ns: number[]) => Scalar): FnDef =>
  numeric(min, max, (serial, ...ns) => {
    const p = ymdOf(serial!);
    return isError(p) ? p : f(p, Math.floor(serial!), ...ns);
  });

/** Whole months from one date to another (DATEDIF's "M"). */
function monthsBetween(a: Ymd, b: Ymd): number {
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

function datedif(start: Scalar, end: Scalar, unit: Scalar): Scalar {
  const s = toNumber(start);
  const e = toNumber(end);
  const u = toText(unit);
  if (isError(s)) return s;
  if (isError(e)) return e;
  if (isError(u)) return u;
  const a = ymdOf(s);
  const b = ymdOf(e);
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (Math.floor(s) > Math.floor(e)) return NUM;
  switch (u.toUpperCase()) {
    case 'D':
      return Math.floor(e) - Math.floor(s);
    case 'M':
      return monthsBetween(a, b);
    case 'Y':
      return Math.floor(monthsBetween(a, b) / 12);
    default:
      return NUM;
  }
}

export const DATE_FUNCTIONS: Record<string, FnDef> = {
  TODAY: { min: 0, max: 0, args: ['one'], call: (_, ctx) => ctx.today },
  DATE: numeric(3, 3, (y, m, d) => dateSerial(y!, m!, d!)),
  YEAR: ofDate(1, 1, (p) => p.y),
  MONTH: ofDate(1, 1, (p) => p.m),
  DAY: ofDate(1, 1, (p) => p.d),
  EOMONTH: ofDate(2, 2, (p, _, months) => dateSerial(p.y, p.m + Math.trunc(months!) + 1, 0)),
  EDATE: ofDate(2, 2, (p, _, months) => {
    const m = p.m + Math.trunc(months!);
    const y = p.y + Math.floor((m - 1) / 12);
    const month = ((((m - 1) % 12) + 12) % 12) + 1;
    return dateSerial(y, month, Math.min(p.d, daysInMonth(y, month)));
  }),
  WEEKDAY: ofDate(1, 2, (_, serial, type = 1) => {
    // Serial 1 (1900-01-01) was a Sunday to Excel; 0 = Sunday below.
    const dow = (((serial + 6) % 7) + 7) % 7;
    if (type === 1) return dow + 1;
    if (type === 2) return ((dow + 6) % 7) + 1;
    if (type === 3) return (dow + 6) % 7;
    return NUM;
  }),
  DAYS: numeric(2, 2, (end, start) => Math.floor(end!) - Math.floor(start!)),
  DATEDIF: one(3, 3, datedif),
};
