/**
 * Numbers, dates and lines written the Vietnamese way, as the seeds and ND30 write them. Text is built from
 * parts: a plain string, or a `Run` (emphasis, or a placeholder made by `hole`) so that missing data stays
 * marked all the way to the renderer.
 */
import { formatScore, roundTo } from '../score/number';
import { ELLIPSIS, missing, type Line, type LineStyle, type Run } from './model';

export type Part = string | Run | null | undefined | false;

/** A placeholder run: "…" for a short field, or "[label: cần bổ sung]" when given a label. */
export function hole(label?: string): Run {
  return { text: label ? missing(label) : ELLIPSIS, placeholder: true };
}

/** The value if given (trimmed, NFC), else a placeholder. */
export function field(value: string | undefined | null, label?: string): Run | string {
  const v = clean(value);
  return v ? v : hole(label);
}

/** Trimmed, NFC (text pasted from Word or typed with a decomposed IME compares and renders the same). */
export function clean(value: string | undefined | null): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Parts → runs: adjacent plain strings merged; empty parts dropped. */
export function runs(parts: readonly Part[]): Run[] {
  const out: Run[] = [];
  for (const p of parts) {
    if (!p) continue;
    const r: Run = typeof p === 'string' ? { text: p } : p;
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && !r.bold && !r.italic && !r.placeholder && !last.bold && !last.italic && !last.placeholder) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

export function line(style: LineStyle, ...parts: Part[]): Line {
  return { runs: runs(parts), style };
}

export function bold(text: string): Run {
  return { text, bold: true };
}

/** The plain text of runs or a line. */
export function textOf(x: Line | readonly Run[]): string {
  return ('runs' in x ? x.runs : x).map((r) => r.text).join('');
}

/**
 * A score. `pad`: whole numbers 1–9 written with two digits, as the seeds write criterion scores ("01/2,5",
 * "01/03", "0,5/01", "03/04"); 0 and decimals are never padded ("0/1,5", "2,5/3,5"). Area headings and the
 * preamble are not padded ("(8/9 điểm)", "83,3/89,5").
 */
export function score(n: number, pad = false): string {
  const s = formatScore(n, 'vi');
  return pad && /^[1-9]$/.test(s) ? `0${s}` : s;
}

/** "6,5/10"; a missing side is a placeholder, both missing → null (a plan without scores writes none). */
export function scorePair(got: number | undefined, max: number | undefined, pad = false): Part[] | null {
  if (got === undefined && max === undefined) return null;
  return [got === undefined ? hole() : score(got, pad), '/', max === undefined ? hole() : score(max, pad)];
}

/** A rate (fraction) as a percentage with up to 2 decimals: 0.86486 → "86,49%". */
export function percent(rate: number): string {
  return `${formatScore(roundTo(rate * 100, 2), 'vi')}%`;
}

/** Counts and ranks below 10 written with two digits, as in "xếp hạng 08/11", "01 sáng kiến". */
export function count(n: number): string {
  return n >= 0 && n < 10 && Number.isInteger(n) ? `0${n}` : String(n);
}

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** ND30 level-1 headings: I, II, III, IV… */
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** "2024-01-05", "2024-01", "2024" (or nothing) → parts; what is not given is null. */
export function dateParts(iso: string | undefined): DateParts {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(clean(iso));
  if (!m) return { year: null, month: null, day: null };
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** ND30: days below 10 and months 1–2 take a leading zero ("05", "01", "02"; "3" … "12" as is). */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
export function padMonth(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2024"; unknown parts as "…" placeholders ("ngày … tháng 01 năm 2024"). */
export function longDate(iso: string | undefined): Part[] {
  const { year, month, day } = dateParts(iso);
  return ['ngày ', day ? padDay(day) : hole(), ' tháng ', month ? padMonth(month) : hole(), ' năm ', year ? String(year) : hole()];
}

/** "16/01/2024", "09/3/2023" — how a plan cites another document's date; null when not a full date. */
export function shortDate(iso: string | undefined): string | null {
  const { year, month, day } = dateParts(iso);
  return year && month && day ? `${padDay(day)}/${padMonth(month)}/${year}` : null;
}

/** "Lạng Sơn, ngày 05 tháng 01 năm 2024". */
export function placeAndDate(place: string | undefined, iso: string | undefined): Part[] {
  return [field(place), ', ', ...longDate(iso)];
}

/** Without its own full stop or colon: the builder adds the punctuation its sentence needs. */
export function bare(text: string | undefined): string {
  return clean(text).replace(/[\s.:;,]+$/, '');
}
