/**
 * Range.text: what a cell shows, formatted by its number format in the system's culture, as Excel does.
 * In a Vietnamese Windows (vi-VN) 4.5 shows "4,5" and 1234.5 under "#,##0.00" shows "1.234,50"; the
 * built-in date format (id 14, which Office.js reports as "m/d/yyyy" in every culture) shows the
 * system's short date, dd/MM/yyyy in vi-VN and M/d/yyyy in en-US; any other date format shows its own
 * tokens ("[$-42A]dd/mm/yyyy" is dd/mm/yyyy everywhere: the locale tag only changes month and day names).
 *
 * Assumed: columns wide enough for the text (Excel shows "####" otherwise, and shortens General
 * numbers to the width). Month and weekday names (mmm, dddd) are not in the double: loading the text
 * of such a cell fails with NotImplemented rather than guess.
 */
import type { RawValue } from '../../src/core/snapshot';
import { OfficeError } from './errors';
import type { CultureModel } from './model';

/** Office.js's name for the built-in short date format (numFmtId 14), whatever the culture. */
export const BUILT_IN_SHORT_DATE = 'm/d/yyyy';

export function cellText(value: RawValue, numFmt: string, culture: CultureModel): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  if (numFmt === 'General' || numFmt === '@' || numFmt === '') return general(value, culture);
  const fmt = numFmt === BUILT_IN_SHORT_DATE ? excelPattern(culture.shortDatePattern) : numFmt;
  const sections = splitSections(fmt);
  const section = value < 0 && sections.length > 1 ? sections[1]! : value === 0 && sections.length > 2 ? sections[2]! : sections[0]!;
  const magnitude = value < 0 && sections.length > 1 ? -value : value;
  return isDateSection(section) ? dateText(magnitude, section) : numberText(magnitude, section, culture);
}

/** Excel's General in a wide column: integers up to 11 digits as they are, else 10 significant digits or scientific. */
function general(v: number, culture: CultureModel): string {
  const abs = Math.abs(v);
  let s: string;
  if (Number.isInteger(v) && abs < 1e11) s = String(v);
  else if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) s = v.toExponential(5).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2').toUpperCase();
  else s = String(Number(v.toPrecision(10)));
  return s.replace('.', culture.decimal);
}

/** A .NET date pattern ("dd/MM/yyyy") as an Excel format ("dd/mm/yyyy"). */
function excelPattern(pattern: string): string {
  return pattern.replace(/M/g, 'm');
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end;
      cur += fmt.slice(i, stop + 1);
      i = stop;
    } else if (c === '\\') {
      cur += fmt.slice(i, i + 2);
      i++;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Without literals and bracketed tags: what the format's tokens are. */
const bare = (section: string) => section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');

function isDateSection(section: string): boolean {
  return /[dmyhs]/i.test(bare(section).replace(/General|E[+-]/gi, ''));
}

type Token = { kind: 'literal'; text: string } | { kind: 'field'; text: string };

function tokenize(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (c === '\\') {
      out.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i++;
    } else if (c === '[') {
      i = Math.max(i, section.indexOf(']', i)); // locale tag, colour, condition: nothing shown
    } else if (c === '_') {
      out.push({ kind: 'literal', text: ' ' });
      i++;
    } else if (c === '*') {
      i++;
    } else if (/[dmyhs]/i.test(c)) {
      let j = i;
      while (j < section.length && section[j]!.toLowerCase() === c.toLowerCase()) j++;
      out.push({ kind: 'field', text: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(section.slice(i))!;
      out.push({ kind: 'field', text: m[1]!.toUpperCase() });
      i += m[1]!.length - 1;
    } else out.push({ kind: 'literal', text: c });
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A date serial (1900 date system) through a date/time section. */
function dateText(serial: number, section: string): string {
  const days = Math.floor(serial);
  // 1900 is taken as a leap year: serial 60 is the 29th of February that never was.
  const ms = Date.UTC(1899, 11, days < 61 ? 31 : 30) + (days < 61 ? days - 1 : days) * 86_400_000;
  const date = new Date(ms);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) seconds = 86_399;
  const parts = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), h: Math.floor(seconds / 3600), min: Math.floor(seconds / 60) % 60, s: seconds % 60 };
  const tokens = tokenize(section);
  const twelveHour = tokens.some((t) => t.kind === 'field' && /^A/.test(t.text));
  const fields = tokens.filter((t) => t.kind === 'field');
  return tokens
    .map((t) => {
      if (t.kind === 'literal') return t.text;
      const at = fields.indexOf(t);
      // "m" is minutes right after an hour or right before seconds, else the month.
      const minutes = t.text[0] === 'm' && (fields[at - 1]?.text[0] === 'h' || fields[at + 1]?.text[0] === 's');
      switch (t.text[0]) {
        case 'y':
          return t.text.length <= 2 ? pad(parts.y % 100, 2) : String(parts.y);
        case 'd':
          if (t.text.length > 2) throw notInDouble(section);
          return t.text.length === 2 ? pad(parts.d, 2) : String(parts.d);
        case 'm':
          if (minutes) return t.text.length >= 2 ? pad(parts.min, 2) : String(parts.min);
          if (t.text.length > 2) throw notInDouble(section);
          return t.text.length === 2 ? pad(parts.m, 2) : String(parts.m);
        case 'h': {
          const h = twelveHour ? ((parts.h + 11) % 12) + 1 : parts.h;
          return t.text.length >= 2 ? pad(h, 2) : String(h);
        }
        case 's':
          return t.text.length >= 2 ? pad(parts.s, 2) : String(parts.s);
        default:
          return t.text === 'A/P' ? (parts.h < 12 ? 'A' : 'P') : parts.h < 12 ? 'AM' : 'PM';
      }
    })
    .join('');
}

function notInDouble(section: string): OfficeError {
  return new OfficeError('NotImplemented', `Month and day names ("${section}") are not in the double's Range.text.`);
}

/** A number through a numeric section: digits ("0", "#", "?"), grouping (","), decimals ("."), "%" and literals. */
function numberText(v: number, section: string, culture: CultureModel): string {
  const tokens = tokenize(section.replace(/General/i, '0.##########'));
  const placeholders = tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  const m = /[#0?][#0?,]*(\.[#0?]*)?/.exec(placeholders);
  if (!m) return tokens.map((t) => t.text).join('');
  const percent = /%/.test(placeholders);
  const n = percent ? v * 100 : v;
  const intPart = m[0].split('.')[0]!;
  const decPart = m[1]?.slice(1) ?? '';
  const minDecimals = (decPart.match(/0/g) ?? []).length;
  const fixed = Math.abs(n).toFixed(decPart.length);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && !intPart.includes('0')) int = '';
  const minInt = (intPart.match(/0/g) ?? []).length;
  int = int!.padStart(minInt, '0');
  if (intPart.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, culture.group);
  const digits = `${int}${m[1] !== undefined ? culture.decimal : ''}${frac}`;
  // One section: the minus comes first, before any literal ("-$5"); a negative section has its own.
  const sign = v < 0 ? '-' : '';
  return sign + placeholders.slice(0, m.index) + digits + placeholders.slice(m.index + m[0].length);
}
