/**
 * Stage 1b: a quick lexical scan of the folded text. One pass over the characters notes which words and
 * marks occur (as bit flags), so that each parser can tell in one test whether its form can occur at all —
 * most cells need only two or three of the parsers' regular expressions.
 */

export const HAS_DIGIT = 1 << 0;
/** A number of four digits ("2024"). */
export const HAS_NUMBER4 = 1 << 1;
/** "/", "-" or "." right after a digit ("30/11", "31-3", "11.2022"). */
export const HAS_DATE_SEPARATOR = 1 << 2;
export const HAS_THANG = 1 << 3;
/** A number, then "tháng" ("6 tháng"). */
export const HAS_NUMBER_THANG = 1 << 4;
export const HAS_QUY = 1 << 5;
export const HAS_NAM = 1 << 6;
export const HAS_NGAY = 1 << 7;
/** "hàng"/"hằng"/"mỗi" ("hàng tháng"). */
export const HAS_EVERY = 1 << 8;
/** "định kỳ". */
export const HAS_PERIODIC = 1 << 9;
/** "quý", "năm" or "tháng" right before a list separator ("Quý, năm", "6 tháng và năm"). */
export const HAS_PERIOD_LIST = 1 << 10;
/** "trong/cả/hết/cuối/suốt năm". */
export const HAS_WHOLE_YEAR = 1 << 11;
/** "năm tiếp theo", "năm sau", "năm kế tiếp". */
export const HAS_NEXT_YEARS = 1 << 12;
/** "thường xuyên", "liên tục". */
export const HAS_CONTINUOUS = 1 << 13;
/** "theo", "khi", "phát sinh", "đột xuất", "tùy". */
export const HAS_EVENT_WORD = 1 << 14;
/** "trong", "sau", "chậm nhất", "trước", "không quá" (before a delay: "trong 05 ngày"). */
export const HAS_RELATIVE_WORD = 1 << 15;
/** "ngày", "tuần" or "tháng" after a number ("05 ngày"). */
export const HAS_NUMBER_UNIT = 1 << 16;
/** A "/" after a number and before a letter: a document number ("19/kh-sct"). */
export const HAS_DOCUMENT_NUMBER = 1 << 17;
/** The whole text is `SHORT_TEXT_LENGTH` characters at most: it may be one bare word or number ("Quý", "2024"). */
export const HAS_SHORT_TEXT = 1 << 18;
export const SHORT_TEXT_LENGTH = 9;
/** "đầu" or "giữa" ("đầu năm", "giữa năm", "tuần đầu tháng 7"). */
export const HAS_EDGE = 1 << 19;
/** "kỳ" after "đầu", "giữa" or "cuối": a reporting occasion ("Đầu kỳ, giữa kỳ, cuối kỳ"). */
export const HAS_TERM = 1 << 20;
/** "tuần" ("tuần đầu tháng 7"). */
export const HAS_WEEK = 1 << 21;

// word ids
const W_OTHER = 0;
const W_THANG = 1;
const W_QUY = 2;
const W_NAM = 3;
const W_NGAY = 4;
const W_TUAN = 5;
const W_EVERY = 6;
const W_DINH = 7;
const W_KY = 8;
const W_WHOLE = 9; // ca, het, cuoi, trong, suot
const W_NEXT = 10; // tiep, ke, sau
const W_CONT = 11; // thuong, lien
const W_EVENT = 12; // theo, khi, phat, dot, tuy
const W_VA = 13; // va, hoac
const W_RELATIVE = 14; // trong, sau, cham, truoc, khong
const W_EDGE = 15; // dau, giua

/** Compare `text` at `start` with `word` from its second character on (the first is already known). */
function rest(text: string, start: number, word: string): boolean {
  for (let k = 1; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

function wordId(text: string, start: number, length: number): number {
  const c = text.charCodeAt(start);
  switch (length) {
    case 2: {
      const d = text.charCodeAt(start + 1);
      if (c === 107 /* k */) return d === 121 /* y */ ? W_KY : d === 101 /* e */ ? W_NEXT : W_OTHER;
      if (c === 99 /* c */ && d === 97 /* a */) return W_WHOLE;
      if (c === 118 /* v */ && d === 97 /* a */) return W_VA;
      return W_OTHER;
    }
    case 3:
      switch (c) {
        case 113: // q
          return rest(text, start, 'quy') ? W_QUY : W_OTHER;
        case 110: // n
          return rest(text, start, 'nam') ? W_NAM : W_OTHER;
        case 109: // m
          return rest(text, start, 'moi') ? W_EVERY : W_OTHER;
        case 104: // h
          return rest(text, start, 'het') ? W_WHOLE : W_OTHER;
        case 115: // s — also relative, and an event in "sau khi"
          return rest(text, start, 'sau') ? W_NEXT : W_OTHER;
        case 107: // k
          return rest(text, start, 'khi') ? W_EVENT : W_OTHER;
        case 100: // d
          return rest(text, start, 'dot') ? W_EVENT : rest(text, start, 'dau') ? W_EDGE : W_OTHER;
        case 116: // t
          return rest(text, start, 'tuy') ? W_EVENT : W_OTHER;
        default:
          return W_OTHER;
      }
    case 4:
      switch (c) {
        case 110:
          return rest(text, start, 'ngay') ? W_NGAY : W_OTHER;
        case 104:
          return rest(text, start, 'hang') ? W_EVERY : rest(text, start, 'hoac') ? W_VA : W_OTHER;
        case 100:
          return rest(text, start, 'dinh') ? W_DINH : W_OTHER;
        case 116:
          return rest(text, start, 'tuan')
            ? W_TUAN
            : rest(text, start, 'tiep')
              ? W_NEXT
              : rest(text, start, 'theo')
                ? W_EVENT
                : W_OTHER;
        case 99:
          return rest(text, start, 'cuoi') ? W_WHOLE : rest(text, start, 'cham') ? W_RELATIVE : W_OTHER;
        case 115:
          return rest(text, start, 'suot') ? W_WHOLE : W_OTHER;
        case 108:
          return rest(text, start, 'lien') ? W_CONT : W_OTHER;
        case 103: // g
          return rest(text, start, 'giua') ? W_EDGE : W_OTHER;
        case 112:
          return rest(text, start, 'phat') ? W_EVENT : W_OTHER;
        default:
          return W_OTHER;
      }
    case 5:
      if (c === 116 /* t */) {
        if (rest(text, start, 'thang')) return W_THANG;
        if (rest(text, start, 'trong')) return W_WHOLE; // also relative
        if (rest(text, start, 'truoc')) return W_RELATIVE;
      } else if (c === 107 && rest(text, start, 'khong')) {
        return W_RELATIVE;
      }
      return W_OTHER;
    case 6:
      return c === 116 && rest(text, start, 'thuong') ? W_CONT : W_OTHER;
    default:
      return W_OTHER;
  }
}

function isPeriodWord(id: number): boolean {
  return id === W_THANG || id === W_QUY || id === W_NAM;
}

/** The flags of a folded text (see the HAS_… constants). */
export function scanFlags(text: string): number {
  const n = text.length;
  let flags = n <= SHORT_TEXT_LENGTH ? HAS_SHORT_TEXT : 0;
  let previousWord = W_OTHER; // the word before the current token (spaces skipped)
  let previousIsNumber = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      flags |= HAS_DIGIT;
      if (j - i === 4) flags |= HAS_NUMBER4;
      if (j < n) {
        const next = text.charCodeAt(j);
        if (next === 47 || next === 45 || next === 46) flags |= HAS_DATE_SEPARATOR;
        if (next === 47 && j + 1 < n) {
          const after = text.charCodeAt(j + 1);
          if (after >= 97 && after <= 122) flags |= HAS_DOCUMENT_NUMBER;
        } else if (next === 32 && j + 1 < n && text.charCodeAt(j + 1) === 47) {
          flags |= HAS_DATE_SEPARATOR; // "30 / 11"
        }
      }
      previousIsNumber = true;
      previousWord = W_OTHER;
      i = j;
      continue;
    }
    if (c >= 97 && c <= 122) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 97 || d > 122) break;
        j++;
      }
      const id = wordId(text, i, j - i);
      switch (id) {
        case W_THANG:
          flags |= HAS_THANG;
          if (previousIsNumber) flags |= HAS_NUMBER_THANG | HAS_NUMBER_UNIT;
          break;
        case W_QUY:
          flags |= HAS_QUY;
          break;
        case W_NAM:
          flags |= HAS_NAM;
          if (previousWord === W_WHOLE) flags |= HAS_WHOLE_YEAR;
          break;
        case W_NGAY:
          flags |= HAS_NGAY;
          if (previousIsNumber) flags |= HAS_NUMBER_UNIT;
          break;
        case W_TUAN:
          flags |= HAS_WEEK;
          if (previousIsNumber) flags |= HAS_NUMBER_UNIT;
          break;
        case W_EDGE:
          flags |= HAS_EDGE;
          break;
        case W_EVERY:
          flags |= HAS_EVERY;
          break;
        case W_KY:
          if (previousWord === W_DINH) flags |= HAS_PERIODIC;
          else if (previousWord === W_EDGE || (previousWord === W_WHOLE && text.startsWith('cuoi ', i - 5))) {
            flags |= HAS_TERM;
          }
          break;
        case W_WHOLE:
          if (text.charCodeAt(i) === 116 /* trong */) flags |= HAS_RELATIVE_WORD;
          break;
        case W_NEXT:
          if (previousWord === W_NAM) flags |= HAS_NEXT_YEARS;
          if (text.charCodeAt(i) === 115 /* sau */) flags |= HAS_RELATIVE_WORD | HAS_EVENT_WORD;
          break;
        case W_CONT:
          flags |= HAS_CONTINUOUS;
          break;
        case W_EVENT:
          flags |= HAS_EVENT_WORD;
          break;
        case W_VA:
          if (isPeriodWord(previousWord)) flags |= HAS_PERIOD_LIST;
          break;
        case W_RELATIVE:
          flags |= HAS_RELATIVE_WORD;
          break;
        default:
          break;
      }
      previousWord = id;
      previousIsNumber = false;
      i = j;
      continue;
    }
    if (c !== 32) {
      // , ; / & + after a period word: a list of periods
      if ((c === 44 || c === 59 || c === 47 || c === 38 || c === 43) && isPeriodWord(previousWord)) {
        flags |= HAS_PERIOD_LIST;
      }
      previousWord = W_OTHER;
      previousIsNumber = false;
    }
    i++;
  }
  return flags;
}
