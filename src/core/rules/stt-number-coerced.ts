import type { Rule } from './types';

export const sttNumberCoerced: Rule = {
  id: 'stt-number-coerced',
  title: { vi: 'STT bị Excel đổi thành số', en: 'STT turned into a number' },
  severity: 'error',
  message: {
    vi: (d) => `STT “${d.shown}” là số thập phân chứ không phải chữ: Excel đã đổi “${d.text}” thành số. Sắp xếp và tra cứu sẽ sai (“1.10” và “1.1” thành một).`,
    en: (d) => `STT “${d.shown}” is a decimal number, not text: Excel turned “${d.text}” into a number. Sorting and lookups break (“1.10” and “1.1” become one).`,
  },
  help: {
    vi: 'Khi gõ “1,1” trong Excel tiếng Việt (hoặc “1.1” trong Excel tiếng Anh), Excel lưu thành số 1,1. Sửa: ghi lại STT dưới dạng chữ (định dạng ô “Text”).',
    en: 'Typing “1,1” in a Vietnamese-locale Excel (or “1.1” in an English one) stores the number 1.1. Fix: write the STT back as text (cell format Text).',
  },
  fixLabel: { vi: 'Ghi STT dưới dạng chữ', en: 'Write the STT as text' },
  check(ctx) {
    const col = ctx.layout.columns.get('stt');
    if (col === undefined) return;
    for (const m of ctx.rows.rows) {
      const v = ctx.grid.raw(m.row, col);
      if (typeof v !== 'number' || Number.isInteger(v) || ctx.grid.mergedFromAbove(m.row, col)) continue;
      // What the user sees: the host's displayed text, else the number in the workbook's (or the report's) locale.
      const sep = ctx.grid.snapshot.decimalSeparator ?? (ctx.lang === 'vi' ? ',' : '.');
      const shown = ctx.grid.snapshot.text ? ctx.grid.text(m.row, col) : String(v).replace('.', sep);
      ctx.report({
        row: m.row,
        col,
        role: 'stt',
        data: { shown, text: m.stt.text, value: v },
        fix: [{ row: m.row, col, value: m.stt.text, numFmt: '@' }],
      });
    }
  },
};
