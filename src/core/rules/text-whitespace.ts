import { tidy } from '../text/normalize';
import { textRule } from './text-rule';

const NFD_MARK = /[\u0300-\u036f]/;
const ODD_SPACE = /[\u00a0\u2007\u202f\u200b\u3000\t]/;

type Problem = 'ends' | 'double' | 'nbsp' | 'nfd';

const WHAT: Record<Problem, { vi: string; en: string }> = {
  ends: { vi: 'khoảng trắng thừa ở đầu hoặc cuối', en: 'leading or trailing spaces' },
  double: { vi: 'hai khoảng trắng liền nhau', en: 'double spaces' },
  nbsp: { vi: 'khoảng trắng đặc biệt (không ngắt dòng, tab)', en: 'special spaces (non-breaking, tab)' },
  nfd: { vi: 'chữ có dấu ở dạng tổ hợp (NFD), tìm kiếm sẽ không khớp', en: 'decomposed (NFD) accents that break search' },
};

/** The problems as they are listed in a message ("a, b"), from the codes kept in the finding's data. */
function describe(problems: unknown, lang: 'vi' | 'en'): string {
  return String(problems)
    .split(',')
    .map((p) => WHAT[p as Problem]?.[lang])
    .filter(Boolean)
    .join(', ');
}

/** One scan for anything the detailed checks below look for. */
const ANY_INNER = /[\u00a0\u2007\u202f\u200b\u3000\t\n\u0300-\u036f]/;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x200b || c === 0x3000;
}

export function whitespaceProblems(text: string): Problem[] {
  const edges = text.length > 0 && (isSpaceCode(text.charCodeAt(0)) || isSpaceCode(text.charCodeAt(text.length - 1)));
  if (!edges && text.indexOf('  ') < 0 && !ANY_INNER.test(text)) return NONE;
  const out: Problem[] = [];
  if (ODD_SPACE.test(text)) out.push('nbsp');
  if (edges) out.push('ends');
  if (/ {2,}| \n|\n /.test(text)) out.push('double');
  if (NFD_MARK.test(text) && text !== text.normalize('NFC')) out.push('nfd');
  return out;
}

const NONE: Problem[] = [];

export const textWhitespace = textRule({
  id: 'text-whitespace',
  title: { vi: 'Khoảng trắng, Unicode chưa chuẩn', en: 'Spaces and Unicode form' },
  severity: 'info',
  message: {
    vi: (d) => `Ô có ${describe(d.problems, 'vi')}.`,
    en: (d) => `The cell has ${describe(d.problems, 'en')}.`,
  },
  help: {
    vi: 'Khoảng trắng thừa và chữ tổ hợp làm lọc, tìm kiếm và so khớp đơn vị sai mà mắt không thấy. Sửa: chuẩn hoá khoảng trắng và Unicode (NFC).',
    en: 'Extra spaces and decomposed letters make filters, search and unit matching fail invisibly. Fix: normalise spaces and Unicode (NFC).',
  },
  fixLabel: { vi: 'Chuẩn hoá khoảng trắng', en: 'Normalise spaces' },
  detect(text) {
    const problems = whitespaceProblems(text);
    // A cell of spaces alone reads as empty: nothing to say, and nothing a fix could keep.
    if (!problems.length || text.trim() === '' || tidy(text) === text) return null;
    return { problems: problems.join(',') };
  },
  transform: tidy,
});
