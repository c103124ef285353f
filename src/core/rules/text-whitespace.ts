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

export function whitespaceProblems(text: string): Problem[] {
  const out: Problem[] = [];
  if (ODD_SPACE.test(text)) out.push('nbsp');
  if (/^\s|\s$/.test(text)) out.push('ends');
  if (/ {2,}| \n|\n /.test(text)) out.push('double');
  if (NFD_MARK.test(text) && text !== text.normalize('NFC')) out.push('nfd');
  return out;
}

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
    for (const cell of ctx.textCells) {
      const problems = whitespaceProblems(cell.text);
      if (!problems.length) continue;
      const fixed = tidy(cell.text);
      if (fixed === cell.text) continue;
      ctx.report({
        row: cell.row,
        col: cell.col,
        data: { what: problems.map((p) => WHAT[p][i]).join(', '), problems: problems.join(',') },
        fix: [{ row: cell.row, col: cell.col, value: fixed }],
      });
    }
  },
};
