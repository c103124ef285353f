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
 * Tables (cross-checked against GNU libiconv `lib/tcvn.h` (TCVN 5712:1993), xvnkb `tcvn.h`/`vni.h`,
 * and the `vietnamese-conversion` npm package's charsets):
 * - TCVN3: lowercase letters and Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xFE as in the ABC fonts; the capitals with
 *   tone marks of TCVN 5712 (in 0x80–0x9F, in the holes of 0xA0–0xFF and at a few C0 positions) are
 *   accepted too. Bytes 0x80–0x9F may arrive as C1 controls or as their Windows-1252 characters.
 *   0xB0–0xB4 are combining tone marks (applied only after a vowel).
 * - VNI: base letter followed by a mark character (tone, circumflex+tone, breve+tone), plus single
 *   characters for ơ ư đ and the i/ỵ family.
 *
 * Pure module: no Node, DOM or package imports.
 */

import { memoize } from '../memo';

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

/** TCVN3 / TCVN 5712 bytes 0x80–0xFF → Unicode (0xB0–0xB4: combining tone marks). */
const TCVN3_HIGH =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ' + // 0x80 (capitals, TCVN 5712)
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' + // 0x90
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ' + // 0xA0
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' + // 0xB0
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // 0xC0
  'éẹềểễếệìỉỄẾỒĩíịò' + // 0xD0
  'Ổỏõóọồổỗốộờởỡớợù' + // 0xE0
  'ỖủũúụừửữứựỳỷỹýỵỐ'; // 0xF0

/** TCVN 5712 capitals at C0 control positions. */
const TCVN3_C0: ReadonlyArray<readonly [number, string]> = [
  [0x01, 'Ú'], [0x02, 'Ụ'], [0x04, 'Ừ'], [0x05, 'Ử'], [0x06, 'Ữ'],
  [0x11, 'Ứ'], [0x12, 'Ự'], [0x13, 'Ỳ'], [0x14, 'Ỷ'], [0x15, 'Ỹ'], [0x16, 'Ý'], [0x17, 'Ỵ'],
];

/** Windows-1252 for bytes 0x80–0x9F; bytes undefined there (81 8D 8F 90 9D) stay C1 controls. */
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 characters that are ordinary punctuation in Unicode text (quotes, dashes, bullet,
 * ellipsis). They are read as TCVN3 capitals only between two letters.
 */
const SOFT_PUNCT = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026]);

const TONE_ACUTE = '\u0301';
const TONE_GRAVE = '\u0300';
const TONE_HOOK = '\u0309';
const TONE_TILDE = '\u0303';
const TONE_DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Which bases a VNI mark attaches to. */
const MarkKind = {
  Tone: 1, // any vowel
  Hat: 2, // a, e, o
  Breve: 3, // a
} as const;
type MarkKind = (typeof MarkKind)[keyof typeof MarkKind];

/** VNI mark characters (lowercase; the uppercase Latin-1 counterpart is the same mark). */
const VNI_MARKS_LOWER: ReadonlyArray<readonly [string, MarkKind, string]> = [
  ['ù', MarkKind.Tone, TONE_ACUTE],
  ['ø', MarkKind.Tone, TONE_GRAVE],
  ['û', MarkKind.Tone, TONE_HOOK],
  ['õ', MarkKind.Tone, TONE_TILDE],
  ['ï', MarkKind.Tone, TONE_DOT],
  ['â', MarkKind.Hat, CIRCUMFLEX],
  ['á', MarkKind.Hat, CIRCUMFLEX + TONE_ACUTE],
  ['à', MarkKind.Hat, CIRCUMFLEX + TONE_GRAVE],
  ['å', MarkKind.Hat, CIRCUMFLEX + TONE_HOOK],
  ['ã', MarkKind.Hat, CIRCUMFLEX + TONE_TILDE],
  ['ä', MarkKind.Hat, CIRCUMFLEX + TONE_DOT],
  ['ê', MarkKind.Breve, BREVE],
  ['é', MarkKind.Breve, BREVE + TONE_ACUTE],
  ['è', MarkKind.Breve, BREVE + TONE_GRAVE],
  ['ú', MarkKind.Breve, BREVE + TONE_HOOK],
  ['ü', MarkKind.Breve, BREVE + TONE_TILDE],
  ['ë', MarkKind.Breve, BREVE + TONE_DOT],
];

/** VNI single characters (ơ ư đ, the i family and ỵ). */
const VNI_SINGLE_LOWER: ReadonlyArray<readonly [string, string]> = [
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'],
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'],
];

// Decoding tables, built once.
const TCVN3_BY_CODE: string[] = new Array<string>(256).fill('');
const TCVN3_EXTRA = new Map<number, string>(); // Windows-1252 characters ≥ U+0100
/** Code points (< 0x100, plus cp1252 extras) whose TCVN3 meaning is a capital letter. */
const TCVN3_UPPER = new Set<number>();
const VNI_MARK = new Map<number, { kind: MarkKind; marks: string; upper: boolean }>();
const VNI_SINGLE = new Map<number, string>();
/** Every non-ASCII character VNI text uses, plus the Vietnamese Unicode letters it may contain. */
const VNI_CHARS = new Set<number>();

for (let b = 0x80; b <= 0xff; b++) {
  const u = TCVN3_HIGH.charAt(b - 0x80);
  if (b >= 0xb0 && b <= 0xb4) continue; // combining marks: handled in context
  TCVN3_BY_CODE[b] = u;
  const upper = u !== u.toLowerCase();
  if (upper) TCVN3_UPPER.add(b);
  if (b < 0xa0) {
    const w = CP1252_80.charCodeAt(b - 0x80);
    if (w >= 0x100) {
      TCVN3_EXTRA.set(w, u);
      if (upper) TCVN3_UPPER.add(w);
    }
  }
}
for (const [b, u] of TCVN3_C0) {
  TCVN3_BY_CODE[b] = u;
  TCVN3_UPPER.add(b);
}
for (const [ch, kind, marks] of VNI_MARKS_LOWER) {
  VNI_MARK.set(ch.charCodeAt(0), { kind, marks, upper: false });
  VNI_MARK.set(ch.toUpperCase().charCodeAt(0), { kind, marks, upper: true });
}
for (const [ch, u] of VNI_SINGLE_LOWER) {
  VNI_SINGLE.set(ch.charCodeAt(0), u);
  VNI_SINGLE.set(ch.toUpperCase().charCodeAt(0), u.toUpperCase());
}
for (const c of [...VNI_MARK.keys(), ...VNI_SINGLE.keys()]) VNI_CHARS.add(c);
for (const ch of 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý') VNI_CHARS.add(ch.charCodeAt(0));

// ---------------------------------------------------------------------------------------------
// Fast pre-check
// ---------------------------------------------------------------------------------------------

// Properties of the previous character (Latin-1 only).
const B_VOWEL = 1; // a e i o u y (and ô = VNI ơ): takes a VNI tone mark
const B_AEO = 2; // takes a VNI circumflex mark
const B_A = 4; // takes a VNI breve mark
const B_LOWER = 8; // lowercase ASCII letter
const B_LETTER = 16; // any Latin-1 letter
const B_NO_STOP = 32; // à è ì ò ù ã õ â ê ô (and capitals): never before a final p, t, c in Unicode
const B_NO_I = 64; // é è ê ì í ý: never before i in Unicode ("Thêi", "míi", "Héi" are TCVN3)

/** BASE[c]: what character c (< 0x100) is, as the character before a candidate mark. */
const BASE = new Uint8Array(256);
/**
 * REQ[c]: 0 = harmless; 0xff = a legacy character on its own; otherwise the BASE bits the previous
 * character must have for c to look like a legacy sequence (a VNI mark after a vowel, a TCVN3
 * character that is an uppercase Latin-1 letter right after a lowercase letter, as in "kÕ", "vÒ",
 * or a letter that cannot follow the previous one in Unicode Vietnamese, as in "Thùc", "míi").
 */
const REQ = new Uint8Array(256);
/** Characters U+0100–U+21FF: 1 = Windows-1252 stand-in for a legacy byte, 2 = soft punctuation. */
const EXT = new Uint8Array(0x2200);

/** Latin-1 letters that are also ordinary (NFC) Vietnamese letters. */
const VIET_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

(() => {
  for (let c = 0x41; c <= 0x5a; c++) BASE[c] = B_LETTER;
  for (let c = 0x61; c <= 0x7a; c++) BASE[c] = B_LETTER | B_LOWER;
  for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) BASE[c] = B_LETTER;
  const add = (chars: string, bit: number): void => {
    for (const ch of chars) {
      const c = ch.charCodeAt(0);
      BASE[c] = BASE[c]! | bit;
    }
  };
  add('aeiouyAEIOUYôÔ', B_VOWEL);
  add('aeoAEO', B_AEO);
  add('aA', B_A);
  add('àèìòùãõâêôÀÈÌÒÙÃÕÂÊÔ', B_NO_STOP);
  add('éèêìíý', B_NO_I);

  // "Thùc", "Tèt", "kÕt", "môc" (mục): TCVN3 letters that are Unicode letters too, but with a tone
  // (or none) that a syllable closed by p, t, c cannot take; "Thêi", "míi": no Unicode rhyme.
  for (const ch of 'ptc') REQ[ch.charCodeAt(0)] = B_NO_STOP;
  REQ[0x69] = B_NO_I;
  for (const [b] of TCVN3_C0) REQ[b] = 0xff;
  for (let c = 0x80; c <= 0xff; c++) REQ[c] = 0xff;
  REQ[0xa0] = 0; // no-break space
  for (const ch of VIET_LATIN1) {
    const c = ch.charCodeAt(0);
    const mark = VNI_MARK.get(c);
    let r = 0;
    if (mark) r |= mark.kind === MarkKind.Tone ? B_VOWEL : mark.kind === MarkKind.Hat ? B_AEO : B_A;
    if (ch !== ch.toLowerCase()) r |= B_LOWER;
    REQ[c] = r;
  }

  for (const w of TCVN3_EXTRA.keys()) EXT[w] = SOFT_PUNCT.has(w) ? 2 : 1;
})();

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

/** Vowels (NFC, no tone) after which a TCVN3 combining tone byte (0xB0–0xB4) applies. */
const TONELESS_VOWELS = new Set('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY');
const TCVN3_COMBINING = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

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
// Vietnamese syllable check (used for scoring)
// ---------------------------------------------------------------------------------------------

const INITIALS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
    'i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt ' +
    'oc oe oem oen oeo oet oi om on ong ooc oong op ot ' +
    'ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh ui um un ung uôc uôi uôm uôn uông uôt up ut uơ ' +
    'uy uya uych uyên uyêt uynh uyt uyu ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêt yêu'
  ).split(' '),
);
/** Rhymes only written after "qu". */
const QU_RHYMES = new Set(['ynh', 'yt', 'ych']);

function isToneMark(c: number): boolean {
  return c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323;
}

const syllableCache = new Map<string, boolean>();

/** True when `word` is one well-formed Vietnamese syllable (any case, NFC or NFD). */
export function isVietnameseSyllable(word: string): boolean {
  let known = syllableCache.get(word);
  if (known === undefined) {
    if (syllableCache.size >= 20_000) syllableCache.clear();
    known = checkSyllable(word);
    syllableCache.set(word, known);
  }
  return known;
}

function checkSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  // One group per letter: a base letter and its circumflex/breve/horn, tone marks taken out.
  let tone = 0;
  let toneAt = -1;
  const groups: string[] = [];
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (isToneMark(c)) {
      if (tone !== 0 || groups.length === 0) return false;
      const p = d.charCodeAt(i - 1);
      const afterVowel =
        p === 0x61 || p === 0x65 || p === 0x69 || p === 0x6f || p === 0x75 || p === 0x79 ||
        p === 0x302 || p === 0x306 || p === 0x31b;
      if (!afterVowel) return false;
      tone = c;
      toneAt = groups.length - 1;
    } else if (c >= 0x300 && c < 0x370) {
      if (groups.length === 0) return false;
      groups[groups.length - 1] += d.charAt(i);
    } else {
      groups.push(d.charAt(i));
    }
  }
  if (groups.length === 0 || groups.length > 7) return false;
  let s = '';
  for (const g of groups) {
    const n = g.normalize('NFC');
    if (n.length !== 1) return false; // a mark on a letter that cannot take it
    s += n;
  }
  for (const initial of INITIALS) {
    if (s.startsWith(initial) && rhymeFits(s.slice(initial.length), tone, toneAt - initial.length)) {
      return true;
    }
  }
  if (s.startsWith('qu') && s.length > 2) {
    const rhyme = s.slice(2);
    const first = rhyme.charAt(0);
    if (first === 'u' || first === 'ư' || first === 'o') return false;
    if (QU_RHYMES.has(rhyme) || RHYMES.has(rhyme)) return toneFits(rhyme, tone, toneAt - 2);
  }
  return false;
}

function rhymeFits(rhyme: string, tone: number, toneAt: number): boolean {
  return rhyme.length > 0 && RHYMES.has(rhyme) && toneFits(rhyme, tone, toneAt);
}

const VOWELS = 'aăâeêioôơuưy';
const HATTED = 'ăâêôơư';

/**
 * Syllables closed by p, t, c, ch take only the sắc or nặng tone; the tone sits on the last vowel
 * before a final consonant, otherwise on the (last) vowel with a circumflex, breve or horn, on the
 * middle of three vowels, on the first of two — except oa, oe, uy, where both placements are used.
 */
function toneFits(rhyme: string, tone: number, toneAt: number): boolean {
  if (tone === 0) {
    const last = rhyme.charAt(rhyme.length - 1);
    return !(last === 'p' || last === 't' || last === 'c' || rhyme.endsWith('ch'));
  }
  let n = 0;
  while (n < rhyme.length && VOWELS.includes(rhyme.charAt(n))) n++;
  if (toneAt < 0 || toneAt >= n) return false;
  if (n < rhyme.length) {
    const last = rhyme.charAt(rhyme.length - 1);
    const stop = last === 'p' || last === 't' || last === 'c' || rhyme.endsWith('ch');
    if (stop && tone !== 0x301 && tone !== 0x323) return false;
    return toneAt === n - 1;
  }
  if (n === 1) return true;
  for (let i = n - 1; i >= 0; i--) if (HATTED.includes(rhyme.charAt(i))) return toneAt === i;
  if (n === 3) return toneAt === 1;
  const pair = rhyme.slice(0, 2);
  return toneAt === 0 || pair === 'oa' || pair === 'oe' || pair === 'uy';
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
