/**
 * Stage 1 of the time pipeline: normalisation for matching.
 *
 * `foldForMatch` gives what `fold()` (../../text/normalize.ts) gives, faster (native `toLowerCase`, then one
 * pass through a replacement table, no Unicode normalisation), because it runs on every time cell of tables
 * up to 100,000 rows:
 * - Unicode form does not matter: precomposed (NFC) letters are mapped through a table and combining
 *   marks (NFD input) are dropped, so "Tháng" and "Tha\u0301ng" both give "thang";
 * - lower case, diacritics removed, đ/Đ → d;
 * - every kind of white space (NBSP, narrow NBSP, figure space, zero-width space, line breaks) → one space,
 *   ends trimmed; en/em dashes → "-"; curly quotes → "'";
 * - HTML tags ("<i>…</i>") and "&nbsp;" read as a space (the seeds carry conversion artefacts);
 * - "qui" as a word becomes "quy" ("quí III" = "quý III").
 * Roman numerals are read where they occur (quarters, months) by `romanOrArabic`.
 *
 * Every output character comes from at most one input character, so the folded text has the same
 * order of words as the input; parsers report spans in the folded text.
 */

const TABLE_SIZE = 0x2100;
/**
 * Replacement of each UTF-16 code below TABLE_SIZE, applied after `toLowerCase()`: "" for combining marks
 * (decomposed input), " " for white space, "-" for dashes, a base letter for a Latin letter with marks,
 * else the character itself.
 */
const REPLACEMENT: readonly string[] = /* @__PURE__ */ buildReplacements();

function buildReplacements(): string[] {
  const table: string[] = new Array<string>(TABLE_SIZE);
  const marks = /[\u0300-\u036f]/g;
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (c < 32) table[c] = ' ';
    else if (c >= 0x300 && c < 0x370) table[c] = '';
    else if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) {
      const folded = ch.normalize('NFD').replace(marks, '').toLowerCase();
      table[c] = folded.length === 1 ? folded : ch;
    } else table[c] = ch;
  }
  for (const c of [0x7f, 0xa0, 0x85, 0x2028, 0x2029, 0x202f, 0x205f]) table[c] = ' ';
  for (let c = 0x2000; c <= 0x200b; c++) table[c] = ' '; // en quad … zero-width space
  for (let c = 0x2010; c <= 0x2015; c++) table[c] = '-'; // hyphens and dashes
  table[0x2018] = "'";
  table[0x2019] = "'";
  table[0x201c] = '"';
  table[0x201d] = '"';
  table[0x0111] = 'd'; // đ (NFD keeps it whole)
  table[0x0110] = 'd';
  table[0x00d0] = 'd'; // Ð, used for Đ by some converters
  table[0x00f0] = 'd';
  return table;
}

/** HTML tags ("<i>", "</b>", "<br/>") and "&nbsp;", read as a space. */
const MARKUP = /<\/?[a-z][^<>]{0,60}>|&nbsp;/gi;
const SPACE_RUNS = / {2,}/g;
const QUI = /\bqui\b/g;

/** Lower-case, diacritics-free, single-spaced form of `raw` for matching (see the module comment). */
export function foldForMatch(raw: string): string {
  let s = raw;
  if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) s = s.replace(MARKUP, ' ');
  s = s.toLowerCase();
  const n = s.length;
  let out = '';
  let runStart = 0;
  let previousSpace = true; // so that a leading space counts as one to collapse
  let collapse = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) {
      previousSpace = false;
      continue;
    }
    if (c === 32) {
      if (previousSpace) collapse = true;
      previousSpace = true;
      continue;
    }
    // a character to replace: flush the run of unchanged ones before it
    if (i > runStart) out += s.slice(runStart, i);
    runStart = i + 1;
    const r = c < TABLE_SIZE ? REPLACEMENT[c]! : c === 0x3000 || c === 0xfeff ? ' ' : s.charAt(i);
    out += r;
    if (r === ' ') {
      if (previousSpace) collapse = true;
      previousSpace = true;
    } else if (r !== '') {
      previousSpace = false;
    }
  }
  if (runStart === 0) out = s;
  else if (runStart < n) out += s.slice(runStart);
  if (collapse || previousSpace) out = out.replace(SPACE_RUNS, ' ').trim();
  if (out.indexOf('qui') >= 0) out = out.replace(QUI, 'quy');
  return out;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/** "ii" → 2, "02" → 2, "12" → 12; NaN when it is neither. Input is folded (lower case). */
export function romanOrArabic(token: string): number {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseInt(token, 10);
  return ROMAN[token] ?? NaN;
}

/** The folded text without surrounding punctuation ("'quy ii." → "quy ii"), for whole-cell checks. */
export function core(folded: string): string {
  let a = 0;
  let b = folded.length;
  while (a < b && !isWordCode(folded.charCodeAt(a))) a++;
  while (b > a && !isWordCode(folded.charCodeAt(b - 1))) b--;
  return a === 0 && b === folded.length ? folded : folded.slice(a, b);
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
