/**
 * How Range.values treats what it is given, the way Excel treats typed input: "" clears, null leaves the
 * cell alone, "=…" is a formula, "+…"/"-…" that are not numbers are formulas too (and fail with #NAME?),
 * locale-neutral numbers, dates and booleans are parsed, a leading apostrophe is the text prefix and is
 * dropped. A cell formatted as text ("@") stores strings as given.
 */
import type { RawValue } from '../../src/core/snapshot';
import { EXCEL_ERRORS } from '../../src/hosts/office/convert';
import { OfficeError } from './errors';
import type { Cell } from './model';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[-+]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel serial of a date (1900 system; valid from March 1900 on, which is all that matters here). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function parsed(s: string): { value: RawValue; numFmt?: string } | null {
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), numFmt: '#,##0' };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1)) / 100, numFmt: '0%' };
  let m = ISO_DATE.exec(t);
  if (m) {
    const serial = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (serial !== null) return { value: serial, numFmt: 'yyyy-mm-dd' };
  }
  m = US_DATE.exec(t);
  if (m) {
    const year = m[3] === undefined ? new Date().getFullYear() : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const serial = dateSerial(year, Number(m[1]), Number(m[2]));
    if (serial !== null) return { value: serial, numFmt: 'm/d/yyyy' };
  }
  m = TIME.exec(t);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) {
    return { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400, numFmt: 'h:mm' };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE' };
  if (EXCEL_ERRORS.has(t.toUpperCase())) return { value: { error: t.toUpperCase() } };
  return null;
}

/** Apply one element of a Range.values array to a cell. */
export function enterValue(cell: Cell, input: unknown): void {
  if (input === null || input === undefined) return;
  cell.formula = null;
  cell.quotePrefix = false;
  if (typeof input === 'number') {
    cell.value = Number.isFinite(input) ? input : { error: '#NUM!' };
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') throw new OfficeError('InvalidArgument', `Unsupported value ${JSON.stringify(input)}`);
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numFmt === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.length > 1 ? input.slice(1) : null;
    cell.quotePrefix = true;
    return;
  }
  if (input.startsWith('=')) {
    cell.formula = input;
    cell.value = { error: '#NAME?' };
    return;
  }
  const p = parsed(input);
  if (p) {
    cell.value = p.value;
    if (p.numFmt && cell.numFmt === 'General') cell.numFmt = p.numFmt;
    return;
  }
  if (input.startsWith('+') || input.startsWith('-')) {
    cell.formula = `=${input}`;
    cell.value = { error: '#NAME?' };
    return;
  }
  cell.value = input;
}
