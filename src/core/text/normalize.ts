/**
 * Text helpers shared by the parsers and rules. Everything compares on a "folded" form:
 * NFC, lower case, diacritics removed, đ → d, runs of white space collapsed.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\u200b]+/g;

/** Lower case, no diacritics, đ → d, single spaces, trimmed. "Đơn vị  CHỦ TRÌ" → "don vi chu tri". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** NFC with runs of white space (including NBSP) collapsed and ends trimmed; line breaks kept. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .join('\n')
    .trim();
}

/** Display form of a raw cell value for parsing: strings as they are, numbers via String(). */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
