/**
 * Score arithmetic and display: decimals as shown, rounding that removes float noise (20 − 15.804 is
 * 4.196, not 4.196000000000002), the comparison tolerance, and numbers written the way the seeds write
 * them ("4,196", "6,5", "20": decimal comma in Vietnamese, no trailing zeros).
 */
import type { Lang } from '../report';
import { formatCodes } from '../table/grid';

/** More decimals than this is float noise, not something anyone typed or shows. */
export const MAX_DECIMALS = 6;

/** Decimals of a number as typed or stored (0.5 → 1, 15.804 → 3, 1/3 → MAX_DECIMALS). */
export function ownDecimals(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = n.toFixed(MAX_DECIMALS).replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The codes of a number format's first section (positive numbers); null for General and text. */
function firstSection(numFmt: string | undefined): string | null {
  return !numFmt || numFmt === 'General' || numFmt === '@' ? null : formatCodes(numFmt.split(';')[0]!);
}

/** The decimals a number format shows ("0.00" → 2, "#,##0" → 0), or null when it does not fix them (General). */
export function formatDecimals(numFmt: string | undefined): number | null {
  const section = firstSection(numFmt);
  if (section === null || !/[0#?]/.test(section)) return null;
  const m = /\.([0#?]*)/.exec(section);
  return m ? m[1]!.length : 0;
}

/** A number format that shows a percentage ("0.00%"). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return firstSection(numFmt)?.includes('%') ?? false;
}

/** `n` rounded to `decimals` (capped at MAX_DECIMALS): exact for sums and differences of typed figures. */
export function roundTo(n: number, decimals: number): number {
  const d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
  return Number(n.toFixed(d));
}

/** Half a unit in the last decimal shown: 4,186 → 0.0005; 4 → 0.5. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -Math.max(0, Math.min(MAX_DECIMALS, decimals));
}

/**
 * True when two figures differ by at least half a unit in the last decimal shown: a figure typed as
 * 4,2 may stand for 4,196, one typed as 4,186 may not. Exactly half a unit apart counts as different
 * (3 is not 3,5 rounded, which would be 4).
 */
export function differs(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) >= halfUnit(decimals) - 1e-9;
}

/** A score as the report's language writes it: "4,196" (vi), "4.196" (en); trailing zeros dropped. */
export function formatScore(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  let s = Math.abs(n) >= 1e15 ? String(n) : n.toFixed(MAX_DECIMALS).replace(/\.?0+$/, '');
  if (s === '-0') s = '0';
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** Numbers written in English form inside a text ("4.5 + 0.5 + 1") in the language's form. */
export function localNumbers(text: string, lang: Lang): string {
  return lang === 'vi' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}
