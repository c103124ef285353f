/**
 * Legacy Vietnamese 8-bit encodings: TCVN3 (ABC, fonts ".VnTime"/".VnTimeH") and VNI-Windows
 * ("VNI-Times"). Old spreadsheets hold text in these encodings; read in a Unicode world each cell is
 * a string of Latin-1 / Windows-1252 characters that only look Vietnamese in the legacy font
 * ("V¨n phßng Së", "Vaên phoøng Sôû" for "Văn phòng Sở").
 *
 * - `detectLegacyEncoding` decides whether a string is such text. It is called on every text cell,
 *   so a table-driven pre-check rejects ordinary strings in one pass without allocating; only
 *   strings with characteristic characters are scored (share of words that become valid
 *   Vietnamese syllables after conversion).
 * - `decodeLegacy` converts to Unicode NFC.
 *
 * The character tables (TCVN3, VNI and the pre-check's classes) are in ./legacy-tables.ts; the
 * syllable check used for scoring is in ./syllable.ts.
 *
 * Pure module: no Node, DOM or package imports.
 */

import { memoize } from '../memo';
import * as tables from './legacy-tables';
import { isVietnameseSyllable } from './syllable';

export { isVietnameseSyllable };

export type LegacyEncoding = 'tcvn3' | 'vni';

// The tables in local constants: the loops below read them for every character, and an imported binding
// may cost a getter call per read where modules are not bundled (tsx, vitest).
const { B_LETTER, BASE, EXT, MarkKind, REQ, SOFT_PUNCT, TONELESS_VOWELS } = tables;
const { TCVN3_BY_CODE, TCVN3_COMBINING, TCVN3_EXTRA, TCVN3_UPPER, VNI_CHARS, VNI_MARK, VNI_SINGLE } = tables;

// ---------------------------------------------------------------------------------------------
// Fast pre-check
// ---------------------------------------------------------------------------------------------

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * True when the text contains something that may be legacy-encoded. Ordinary text (ASCII, Unicode
 * Vietnamese in NFC or NFD, Latin-1 letters of other languages in normal positions) usually
 * returns false after one pass over its characters.
 */
export function mayBeLegacy(text: string): boolean {
  let prev = 0;
  let suspicious = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      if (!suspicious) {
        const r = REQ[c]!;
        if (r !== 0 && (r === 0xff || (BASE[prev]! & r) !== 0)) suspicious = true;
      }
      prev = c;
      continue;
    }
    // Letters only Unicode has (ă đ ĩ ũ ơ ư, ạ…ỹ, combining accents): legacy bytes never produce them.
    if (isUnicodeOnlyVietnamese(c)) return false;
    if (!suspicious && c < 0x2200) {
      const e = EXT[c]!;
      if (e === 1) suspicious = true;
      else if (e === 2 && (BASE[prev]! & B_LETTER) !== 0 && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (isAsciiLetter(next) || next >= 0x80) suspicious = true;
      }
    }
    prev = 0;
  }
  return suspicious;
}

function isUnicodeOnlyVietnamese(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    (c >= 0x0300 && c <= 0x036f) ||
    c === 0x0102 || c === 0x0103 || c === 0x0110 || c === 0x0111 || c === 0x0128 || c === 0x0129 ||
    c === 0x0168 || c === 0x0169 || c === 0x01a0 || c === 0x01a1 || c === 0x01af || c === 0x01b0
  );
}

// ---------------------------------------------------------------------------------------------
// Tokenising
// ---------------------------------------------------------------------------------------------

function isTcvnC0(c: number): boolean {
  return c === 0x01 || c === 0x02 || (c >= 0x04 && c <= 0x06) || (c >= 0x11 && c <= 0x17);
}

/** 2 = word character, 1 = soft punctuation (word character only between two letters), 0 = other. */
function charClass(c: number): number {
  if (c < 0x80) return isAsciiLetter(c) || isTcvnC0(c) ? 2 : 0;
  if (c < 0x100) return c === 0xa0 ? 0 : 2;
  if (c < 0x250) return 2; // Latin Extended-A/B (ă đ ơ ư ĩ ũ, Œ Š Ÿ Ž ƒ …)
  if (c >= 0x300 && c < 0x370) return 2; // combining marks
  if (c >= 0x1e00 && c < 0x1f00) return 2; // Latin Extended Additional
  if (c < 0x2200 && EXT[c] === 1) return 2;
  if (SOFT_PUNCT.has(c)) return 1;
  return 0;
}

interface Token {
  text: string;
  word: boolean;
}

/** Split into alternating word / non-word tokens. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let start = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const k = charClass(text.charCodeAt(i));
    let isWord = k === 2;
    if (k === 1) isWord = inWord && i + 1 < n && charClass(text.charCodeAt(i + 1)) === 2;
    if (i === 0) {
      inWord = isWord;
      continue;
    }
    if (isWord !== inWord) {
      tokens.push({ text: text.slice(start, i), word: inWord });
      start = i;
      inWord = isWord;
    }
  }
  if (n > 0) tokens.push({ text: text.slice(start), word: inWord });
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Word decoders (no case handling; results may be decomposed — callers normalise)
// ---------------------------------------------------------------------------------------------

function decodeTcvn3Word(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let u: string;
    if (c >= 0xb0 && c <= 0xb4) {
      if (TONELESS_VOWELS.has(last)) {
        out += TCVN3_COMBINING[c - 0xb0];
        last = '';
        continue;
      }
      u = word.charAt(i);
    } else if (c < 0x100) {
      u = TCVN3_BY_CODE[c] || word.charAt(i);
    } else {
      u = TCVN3_EXTRA.get(c) ?? word.charAt(i);
    }
    out += u;
    last = u;
  }
  return out;
}

// Base state for VNI: which marks the previous output letter can still take.
const V_NONE = 0;
const V_A = 1; // a: circumflex, breve or tone
const V_EO = 2; // e, o: circumflex or tone
const V_TONE = 3; // i u y ơ ư, or a vowel with a circumflex/breve: tone only

function vniBaseState(u: string): number {
  switch (u) {
    case 'a':
    case 'A':
      return V_A;
    case 'e':
    case 'E':
    case 'o':
    case 'O':
      return V_EO;
    case 'i':
    case 'I':
    case 'u':
    case 'U':
    case 'y':
    case 'Y':
    case 'ơ':
    case 'Ơ':
    case 'ư':
    case 'Ư':
      return V_TONE;
    default:
      return V_NONE;
  }
}

/**
 * VNI → Unicode (decomposed where marks were attached). `strict` (for scoring) attaches a mark only
 * when its case matches the letter's, as VNI writes "aù" / "AÙ", never "aÙ"; `stats.marks` counts
 * the marks attached.
 */
function decodeVniText(text: string, strict = false, stats?: { marks: number }): string {
  let out = '';
  let state = V_NONE;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const mark = state !== V_NONE ? VNI_MARK.get(c) : undefined;
    if (mark && (!strict || mark.upper === upper)) {
      const fits =
        mark.kind === MarkKind.Tone ||
        (mark.kind === MarkKind.Hat && (state === V_A || state === V_EO)) ||
        (mark.kind === MarkKind.Breve && state === V_A);
      if (fits) {
        if (stats) stats.marks++;
        out += mark.marks;
        // After a circumflex or breve without tone only a tone may follow; after a tone, nothing.
        state = mark.marks.length === 1 && mark.kind !== MarkKind.Tone ? V_TONE : V_NONE;
        continue;
      }
    }
    const u = VNI_SINGLE.get(c) ?? text.charAt(i);
    out += u;
    state = vniBaseState(u);
    upper = u !== u.toLowerCase();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

interface Tally {
  good: number; // words invalid as they are, valid Vietnamese after conversion
  bad: number; // words the conversion changes into something invalid
  both: number; // words valid either way, or weak evidence
}

/** Capitals only (A–Z, Đ): abbreviations such as "§VT" (ĐVT) or "KH&§T" say nothing either way. */
const ABBREVIATION = /^[A-ZĐ]+$/;

function tally(t: Tally, word: string, decoded: string, asIs: () => boolean, evidence: boolean): void {
  if (decoded === word) return;
  if (isVietnameseSyllable(decoded)) {
    // A one-letter result ("où" → "ó") is too weak to count.
    if (evidence && decoded.normalize('NFC').length >= 2 && !asIs()) t.good++;
    else t.both++;
  } else if (!ABBREVIATION.test(decoded)) {
    t.bad++;
  }
}

function accepted(t: Tally): boolean {
  if (t.good === 0 || t.good <= t.bad) return false;
  return t.good >= 2 || t.good * 10 >= (t.good + t.bad + t.both) * 3;
}

/** null when the text is ordinary Unicode (or plain ASCII). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!mayBeLegacy(text)) return null;
  const tcvn: Tally = { good: 0, bad: 0, both: 0 };
  const vni: Tally = { good: 0, bad: 0, both: 0 };
  for (const token of tokenize(text)) {
    if (!token.word) continue;
    const w = token.text;
    // Evidence needs a plain letter before the first legacy character ("Th¸ng", "Thaùng") or two
    // legacy characters ("§¬n", "Ñôn"); a lone leading one ("µm" = micrometre) is too weak.
    let legacy = 0;
    let letterFirst = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 0x80 || isTcvnC0(c)) legacy++;
      else if (legacy === 0) letterFirst = true;
    }
    if (legacy === 0) continue;
    const evidence = letterFirst || legacy >= 2;
    let cached: boolean | undefined;
    const asIs = (): boolean => (cached ??= isVietnameseSyllable(w));
    tally(tcvn, w, decodeTcvn3Word(w), asIs, evidence);
    tally(vni, w, decodeVniText(w, true), asIs, evidence);
  }
  const t = accepted(tcvn);
  const v = accepted(vni);
  if (t && v) {
    const dt = tcvn.good - tcvn.bad;
    const dv = vni.good - vni.bad;
    if (dv !== dt) return dv > dt ? 'vni' : 'tcvn3';
    // "chuû" is "chủ" in VNI and "chuỷ" in TCVN3. TCVN3 text nearly always has characters VNI
    // never uses (¸ µ ¬ « ß …); VNI text has letter+mark pairs or its ơ ư đ (ô ö ñ).
    if (usesNonVniChars(text)) return 'tcvn3';
    const stats = { marks: 0 };
    decodeVniText(text, true, stats);
    return stats.marks > 0 || /[ôÔöÖñÑ]/.test(text) ? 'vni' : 'tcvn3';
  }
  if (t) return 'tcvn3';
  if (v) return 'vni';
  return null;
}

function usesNonVniChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x80 || isTcvnC0(c)) && !VNI_CHARS.has(c)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------------------------

interface WordCase {
  lowerAscii: number;
  upperAscii: number;
  /** A TCVN3 capital after the first character ("V¡N"). */
  upperCodeInside: boolean;
  /** Has a legacy character that TCVN3 reads as a lowercase letter ("Së", "PHßNG"). */
  lowerCode: boolean;
  legacy: boolean;
}

function wordCase(word: string): WordCase {
  let lowerAscii = 0;
  let upperAscii = 0;
  let upperCodeInside = false;
  let lowerCode = false;
  let legacy = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) lowerAscii++;
    else if (c >= 0x41 && c <= 0x5a) upperAscii++;
    else {
      legacy = true;
      if (TCVN3_UPPER.has(c)) {
        if (i > 0) upperCodeInside = true;
      } else if (c < 0x100 && TCVN3_BY_CODE[c]) {
        lowerCode = true;
      }
    }
  }
  return { lowerAscii, upperAscii, upperCodeInside, lowerCode, legacy };
}

/**
 * TCVN3 has no lowercase/uppercase pair for most letters: capitals were written with the same
 * bytes in the ".VnTimeH" font. A word is taken as uppercase when it has no lowercase ASCII letter
 * and either two capitals ("PHßNG"), a capital plus a TCVN3 capital inside ("V¡N"), or a
 * neighbouring word that is clearly uppercase legacy text; the whole cell is taken as uppercase
 * when it has no lowercase ASCII letter, at least two capitals and at least two words with
 * lowercase-looking legacy letters ("Së Y TÕ" → "SỞ Y TẾ", but "Së KH&§T" → "Sở KH&ĐT").
 */
function decodeTcvn3(text: string): string {
  const tokens = tokenize(text);
  const words: { index: number; info: WordCase; strong: boolean }[] = [];
  let lower = 0;
  let upper = 0;
  let lowerCodeWords = 0;
  tokens.forEach((token, index) => {
    if (!token.word) return;
    const info = wordCase(token.text);
    lower += info.lowerAscii;
    upper += info.upperAscii;
    if (info.lowerCode) lowerCodeWords++;
    const strong =
      info.lowerAscii === 0 && (info.upperAscii >= 2 || (info.upperAscii >= 1 && info.upperCodeInside));
    words.push({ index, info, strong });
  });
  const allCaps = lower === 0 && upper >= 2 && lowerCodeWords >= 2;
  const out = tokens.map((t) => (t.word ? decodeTcvn3Word(t.text) : t.text));
  words.forEach((w, k) => {
    if (w.info.lowerAscii !== 0) return;
    const prev = words[k - 1];
    const next = words[k + 1];
    const caps =
      allCaps ||
      w.strong ||
      (prev !== undefined && prev.strong && prev.info.legacy) ||
      (next !== undefined && next.strong && next.info.legacy);
    if (caps) out[w.index] = out[w.index]!.toUpperCase();
  });
  return out.join('').normalize('NFC');
}

/** Convert legacy text to Unicode, NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return decodeVniText(text).normalize('NFC');
  return decodeTcvn3(text);
}

const detectMemo = memoize(detectLegacyEncoding, 20_000);

/** detectLegacyEncoding for cells: the cheap pre-check, then a memo (tables repeat "Hoàn thành" a thousand times). */
export function detectLegacyCached(text: string): LegacyEncoding | null {
  return mayBeLegacy(text) ? detectMemo(text) : null;
}
