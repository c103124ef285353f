/**
 * Whether a word is one well-formed Vietnamese syllable (an initial, a rhyme, a tone on the right vowel).
 * ./legacy.ts scores a legacy decoding by the share of words it turns into syllables.
 *
 * Pure module: no Node, DOM or package imports.
 */

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
