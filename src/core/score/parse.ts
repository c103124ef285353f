/**
 * Scores as officials type them: numbers, or text with a decimal comma or dot ("6,5", "14.5",
 * "15,804"), with the maximum ("01/2,5", "5,5/10 điểm"), as a percentage ("79,02%"), wrapped in marks
 * pasted from Word ("**6,5**", "<b>6,5</b>"), with leading zeros ("01"). A score is at most 100, so
 * one separator is always the decimal one: "15.804" is 15,804, never fifteen thousand.
 */
import type { RawValue } from '../snapshot';
import { fold } from '../text/normalize';
import { readableText } from '../text/readable';
import { formatDecimals, isPercentFormat, ownDecimals } from './number';

/** No score of the index exceeds this (the whole index is out of 100). */
export const SCORE_CEILING = 100;

export interface Score {
  /** The figure as written: points, or the percentage itself when `percent` ("79,02%" → 79.02). */
  value: number;
  /** The maximum written with it ("01/2,5" → 2.5); null when none was. */
  outOf: number | null;
  /** Written as a percentage ("79,02%", or a number cell in a % format): a rate, not points. */
  percent: boolean;
  /** The cell stores it as text, so Excel cannot add it up; false for numbers and for prose. */
  asText: boolean;
  /** Decimals shown: as typed for text; for a number, its format's, else its own. */
  decimals: number;
  /** How it reads: the text as typed (marks dropped, trimmed), or the number in plain form. */
  text: string;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** A whole cell that is a score: sign, figure, optional "/max", optional "%", optional "điểm" (folded). */
const WHOLE_SCORE = new RegExp(String.raw`^([+\-\u2212]?)(${NUMBER})(?:\s*\/\s*(${NUMBER}))?\s*(%)?\s*(?:diem|d)?\s*\.?$`);

/** A figure typed as text ("6,5", "01", "15.804"): its value and decimals, or null. */
export function readFigure(text: string): { value: number; decimals: number } | null {
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  const sep = text.search(/[.,]/);
  return { value: Number(text.replace(',', '.')), decimals: sep < 0 ? 0 : text.length - sep - 1 };
}

/**
 * A score from a cell's value: a number (a % number format makes it a percentage) or text in any of the
 * forms above. Null for anything else (empty, "Không đạt", a date, an error value).
 */
export function parseScore(value: RawValue | undefined, numFmt?: string): Score | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const percent = isPercentFormat(numFmt);
    const v = percent ? Number((value * 100).toFixed(10)) : value;
    const shown = formatDecimals(numFmt);
    const decimals = shown ?? ownDecimals(v);
    return { value: v, outOf: null, percent, asText: false, decimals, text: String(v) };
  }
  if (typeof value !== 'string') return null;
  const s = parseScoreText(value);
  return s && { ...s, asText: true };
}

/** A score written as a whole text ("01/2,5", "**6,5**", "79,02%", "5,5/10 điểm"), or null. */
export function parseScoreText(raw: string): Score | null {
  if (raw.length > 40) return null;
  const text = readableText(raw).normalize('NFC').trim();
  const m = WHOLE_SCORE.exec(fold(text));
  if (!m) return null;
  const figure = readFigure(m[2]!)!;
  const max = m[3] === undefined ? null : readFigure(m[3])!;
  const sign = m[1] ? -1 : 1;
  return {
    value: sign * figure.value,
    outOf: max ? max.value : null,
    percent: m[4] === '%',
    asText: false,
    decimals: figure.decimals,
    text,
  };
}
