/**
 * Text helpers shared by the parsers and rules. Everything compares on a "folded" form:
 * lower case, diacritics removed, đ → d, runs of white space collapsed, trimmed.
 * `fold` runs on most cells of large tables, so it uses a per-character table instead of NFD + regex.
 */

const SPACE_CODES = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0xa0, 0x2007, 0x202f, 0x200b, 0x3000]);

/** Folded form of every code point below U+2000 that folds to something else (built once). */
const FOLD_TABLE: (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  for (let cp = 0; cp < 0x2000; cp++) {
    const ch = String.fromCharCode(cp);
    let f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (cp === 0x0110 || cp === 0x0111) f = 'd';
    if (cp >= 0x0300 && cp <= 0x036f) f = '';
    if (f !== ch) table[cp] = f;
  }
  return table;
})();

/** Lower case, no diacritics, đ → d, single spaces, trimmed. "Đơn vị  CHỦ TRÌ" → "don vi chu tri". */
export function fold(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (SPACE_CODES.has(cp)) {
      pendingSpace = out.length > 0;
      continue;
    }
    let f: string;
    if (cp < 0x80) f = cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : text[i]!;
    else if (cp < 0x2000) f = FOLD_TABLE[cp] ?? text[i]!;
    else f = text[i]!;
    if (f === '') continue;
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += f;
  }
  return out;
}

const SPACES = /[ \t\u00a0\u2007\u202f\u200b\u3000]+/g;

/** NFC with runs of white space (including NBSP) collapsed and ends trimmed; line breaks kept. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && i < lines.length - 1 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** True when a letter is lower case (Vietnamese letters included). */
export function isLowerLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
