import { excerpt } from '../i18n/labels';
import type { Rule } from './types';

const TAG = /<\/?(?:i|b|u|em|strong|br|p|span|div|sup|sub|font|strike|s|mark|a|img|script|iframe|table|tr|td|th|li|ul|ol|h[1-6])\b[^>]*>/i;
const TAGS = /<\/?(?:i|b|u|em|strong|br|p|span|div|sup|sub|font|strike|s|mark|a|img|script|iframe|table|tr|td|th|li|ul|ol|h[1-6])\b[^>]*>/gi;
const BOLD_MD = /\*\*([^*\n]+)\*\*|__([^_\n]+)__/;
/** One scan for the characters every mark needs. */
const MAY_HAVE_MARKUP = /[<&]|\*\*|__/;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{2,5});/;
const ITALIC_WRAP = /^\s*<(i|em)\b[^>]*>([\s\S]*)<\/\1>\s*$/i;

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text without its marks: tags dropped (<br> and </p> become line breaks), ** and __ unwrapped. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(TAGS, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/&(nbsp|amp|lt|gt|quot|#\d{2,5});/g, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!))
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

export const textMarkup: Rule = {
  id: 'text-markup',
  title: { vi: 'Dấu định dạng sót lại', en: 'Leftover formatting marks' },
  severity: 'warning',
  message: {
    vi: (d) => `Ô còn dấu định dạng ${d.mark} sót lại khi sao chép (“${d.sample}”).`,
    en: (d) => `The cell keeps the formatting mark ${d.mark} left over from copying (“${d.sample}”).`,
  },
  help: {
    vi: 'Thẻ HTML (<i>, <b>) hay dấu ** đi theo văn bản khi chép từ web hoặc công cụ chuyển đổi, và sẽ in ra nguyên văn. Sửa: bỏ dấu, giữ chữ nghiêng bằng định dạng ô.',
    en: 'HTML tags (<i>, <b>) or ** marks come along when text is copied from the web or a converter, and print as they are. Fix: remove them, keeping italics as cell formatting.',
  },
  fixLabel: { vi: 'Bỏ dấu định dạng', en: 'Remove the marks' },
  transformText: stripMarkup,
  check(ctx) {
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const t = cells.texts[i]!;
      if (!MAY_HAVE_MARKUP.test(t)) continue;
      const tag = TAG.exec(t);
      const md = tag ? null : BOLD_MD.exec(t);
      const ent = tag || md ? null : ENTITY.exec(t);
      const mark = tag?.[0] ?? (md ? (md[0].startsWith('**') ? '**' : '__') : ent?.[0]);
      if (!mark) continue;
      const italic = ITALIC_WRAP.test(t) ? true : undefined;
      ctx.report({
        row: cells.rows[i]!,
        col: cells.cols[i]!,
        data: { mark, sample: excerpt(t, 50) },
        fix: [{ row: cells.rows[i]!, col: cells.cols[i]!, value: stripMarkup(t), ...(italic ? { italic } : {}) }],
      });
    }
  },
};
