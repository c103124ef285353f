/**
 * How the preview grid shows a cell and reads what the user types, the way a Vietnamese- (or English-)
 * locale Excel would: decimal comma in "vi", day-first dates, "'" forces text, "@" cells stay text.
 * Pure functions; no DOM.
 */
import { isDateFormat } from '../core/table/grid';
import { isValidDate, isoToSerial, serialToIso } from '../core/dates';
import type { RawValue } from '../core/snapshot';
import { isErrorValue } from '../core/snapshot';

export interface Locale {
  decimal: string;
  group: string;
  /** Day-first dates (vi) or month-first (en). */
  dayFirst: boolean;
}

export const LOCALES = {
  vi: { decimal: ',', group: '.', dayFirst: true },
  en: { decimal: '.', group: ',', dayFirst: false },
} satisfies Record<string, Locale>;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateText(serial: number, fmt: string, loc: Locale): string {
  const [y, m, d] = serialToIso(serial).split('-');
  const date = loc.dayFirst ? `${d}/${m}/${y}` : `${Number(m)}/${Number(d)}/${y}`;
  const frac = serial - Math.floor(serial);
  if (/h/i.test(fmt.replace(/"[^"]*"/g, '')) && frac > 0) {
    const minutes = Math.round(frac * 24 * 60);
    return `${date} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
  }
  return date;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Excel's "General": at most ~11 characters, trailing zeros dropped. */
function generalNumber(v: number, loc: Locale): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  let s: string;
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) s = v.toExponential(5).replace(/\.?0+e/, 'e').replace('e', 'E');
  else s = String(Number(v.toPrecision(10)));
  return s.replace('.', loc.decimal);
}

/** Number formats such as "0.00", "#,##0", "0%", "#,##0.0" (the common ones; anything else falls back to General). */
function formattedNumber(v: number, fmt: string, loc: Locale): string | null {
  const section = fmt.split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  const m = /([#0,]*0)(?:\.(0+))?(%?)/.exec(section);
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const percent = m[3] === '%';
  const n = percent ? v * 100 : v;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = m[1]!.includes(',') ? groupDigits(int!, loc.group) : int!;
  return `${n < 0 ? '-' : ''}${grouped}${frac ? loc.decimal + frac : ''}${percent ? '%' : ''}`;
}

/** The text a cell shows. Always plain text: the grid renders it as a text node. */
export function displayText(value: RawValue | undefined, fmt: string | undefined, loc: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isErrorValue(value)) return value.error;
  if (!Number.isFinite(value)) return String(value);
  const f = fmt ?? 'General';
  if (f === '@' || f === 'General') return generalNumber(value, loc);
  if (isDateFormat(f)) return dateText(value, f, loc);
  return formattedNumber(value, f, loc) ?? generalNumber(value, loc);
}

/** What the in-place editor starts with (Excel shows the full number, dates as dates). */
export function editText(value: RawValue | undefined, fmt: string | undefined, loc: Locale): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (fmt && isDateFormat(fmt)) return dateText(value, fmt, loc);
    return String(value).replace('.', loc.decimal);
  }
  return displayText(value, fmt, loc);
}

export interface ParsedInput {
  value: string | number | null;
  /** A number format Excel would give the cell (a typed date gets a date format). */
  numFmt?: string;
}

/**
 * Read typed text as Excel does in that locale: numbers become numbers (with the locale's decimal
 * separator — so "1,1" typed in a Vietnamese Excel becomes the number 1.1, the corruption the checker
 * reports), a date becomes a date serial, a leading "'" or a text ("@") cell keeps text as typed.
 */
export function parseInput(text: string, currentFmt: string | undefined, loc: Locale): ParsedInput {
  if (text === '') return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1) };
  if (currentFmt === '@') return { value: text };
  const t = text.trim();
  const dec = loc.decimal === ',' ? ',' : '\\.';
  const num = new RegExp(`^[+-]?\\d+(?:${dec}\\d+)?$`).exec(t);
  if (num) {
    const n = Number(t.replace(loc.decimal, '.'));
    if (Number.isFinite(n) && Math.abs(n) < 1e15) return { value: n };
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date) {
    const a = Number(date[1]);
    const b = Number(date[2]);
    const year = Number(date[3]);
    const [day, month] = loc.dayFirst ? [a, b] : [b, a];
    if (year >= 1900 && isValidDate(year, month, day)) {
      const iso = `${year}-${pad2(month)}-${pad2(day)}`;
      const keepFmt = currentFmt && isDateFormat(currentFmt);
      return { value: isoToSerial(iso), numFmt: keepFmt ? undefined : loc.dayFirst ? 'dd/mm/yyyy' : 'm/d/yyyy' };
    }
  }
  return { value: text };
}
