/**
 * Tables of the legacy Vietnamese 8-bit encodings (TCVN3, VNI-Windows) read by ./legacy.ts, built once
 * when the module loads.
 *
 * Sources (cross-checked against GNU libiconv `lib/tcvn.h` (TCVN 5712:1993), xvnkb `tcvn.h`/`vni.h`,
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

// ---------------------------------------------------------------------------------------------
// Characters
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

/** TCVN3 bytes 0xB0–0xB4: combining tone marks, applied after one of `TONELESS_VOWELS` (NFC, no tone). */
export const TCVN3_COMBINING = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
export const TONELESS_VOWELS = new Set('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY');

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
export const SOFT_PUNCT = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026]);

const TONE_ACUTE = '\u0301';
const TONE_GRAVE = '\u0300';
const TONE_HOOK = '\u0309';
const TONE_TILDE = '\u0303';
const TONE_DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** Which bases a VNI mark attaches to. */
export const MarkKind = {
  Tone: 1, // any vowel
  Hat: 2, // a, e, o
  Breve: 3, // a
} as const;
export type MarkKind = (typeof MarkKind)[keyof typeof MarkKind];

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
export const TCVN3_BY_CODE: string[] = new Array<string>(256).fill('');
export const TCVN3_EXTRA = new Map<number, string>(); // Windows-1252 characters ≥ U+0100
/** Code points (< 0x100, plus cp1252 extras) whose TCVN3 meaning is a capital letter. */
export const TCVN3_UPPER = new Set<number>();
export const VNI_MARK = new Map<number, { kind: MarkKind; marks: string; upper: boolean }>();
export const VNI_SINGLE = new Map<number, string>();
/** Every non-ASCII character VNI text uses, plus the Vietnamese Unicode letters it may contain. */
export const VNI_CHARS = new Set<number>();

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
// Classes of characters for the fast pre-check (mayBeLegacy in ./legacy.ts)
// ---------------------------------------------------------------------------------------------

// Properties of the previous character (Latin-1 only).
const B_VOWEL = 1; // a e i o u y (and ô = VNI ơ): takes a VNI tone mark
const B_AEO = 2; // takes a VNI circumflex mark
const B_A = 4; // takes a VNI breve mark
const B_LOWER = 8; // lowercase ASCII letter
export const B_LETTER = 16; // any Latin-1 letter
const B_NO_STOP = 32; // à è ì ò ù ã õ â ê ô (and capitals): never before a final p, t, c in Unicode
const B_NO_I = 64; // é è ê ì í ý: never before i in Unicode ("Thêi", "míi", "Héi" are TCVN3)

/** BASE[c]: what character c (< 0x100) is, as the character before a candidate mark. */
export const BASE = new Uint8Array(256);
/**
 * REQ[c]: 0 = harmless; 0xff = a legacy character on its own; otherwise the BASE bits the previous
 * character must have for c to look like a legacy sequence (a VNI mark after a vowel, a TCVN3
 * character that is an uppercase Latin-1 letter right after a lowercase letter, as in "kÕ", "vÒ",
 * or a letter that cannot follow the previous one in Unicode Vietnamese, as in "Thùc", "míi").
 */
export const REQ = new Uint8Array(256);
/** Characters U+0100–U+21FF: 1 = Windows-1252 stand-in for a legacy byte, 2 = soft punctuation. */
export const EXT = new Uint8Array(0x2200);

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
