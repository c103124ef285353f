import { tidy } from '../text/normalize';
import type { Rule } from './types';

const NFD_MARK = /[\u0300-\u036f]/;
const ODD_SPACE = /[\u00a0\u2007\u202f\u200b\u3000\t]/;

type Problem = 'ends' | 'double' | 'nbsp' | 'nfd';

const WHAT: Record<Problem, [string, string]> = {
  ends: ['khoảng trắng thừa ở đầu hoặc cuối', 'leading or trailing spaces'],
  double: ['hai khoảng trắng liền nhau', 'double spaces'],
  nbsp: ['khoảng trắng đặc biệt (không ngắt dòng, tab)', 'special spaces (non-breaking, tab)'],
  nfd: ['chữ có dấu ở dạng tổ hợp (NFD), tìm kiếm sẽ không khớp', 'decomposed (NFD) accents that break search'],
};

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

export const textWhitespace: Rule = {
  id: 'text-whitespace',
  title: { vi: 'Khoảng trắng, Unicode chưa chuẩn', en: 'Spaces and Unicode form' },
  severity: 'info',
  message: {
    vi: (d) => `Ô có ${d.what}.`,
    en: (d) => `The cell has ${d.what}.`,
  },
  help: {
    vi: 'Khoảng trắng thừa và chữ tổ hợp làm lọc, tìm kiếm và so khớp đơn vị sai mà mắt không thấy. Sửa: chuẩn hoá khoảng trắng và Unicode (NFC).',
    en: 'Extra spaces and decomposed letters make filters, search and unit matching fail invisibly. Fix: normalise spaces and Unicode (NFC).',
  },
  fixLabel: { vi: 'Chuẩn hoá khoảng trắng', en: 'Normalise spaces' },
  transformText: tidy,
  check(ctx) {
    const i = ctx.lang === 'vi' ? 0 : 1;
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells.texts[i]!;
      const problems = whitespaceProblems(text);
      if (!problems.length) continue;
      const fixed = tidy(text);
      if (fixed === text) continue;
      ctx.report({
        row: cells.rows[i]!,
        col: cells.cols[i]!,
        data: { what: problems.map((p) => WHAT[p][i]).join(', '), problems: problems.join(',') },
        fix: [{ row: cells.rows[i]!, col: cells.cols[i]!, value: fixed }],
      });
    }
  },
};
