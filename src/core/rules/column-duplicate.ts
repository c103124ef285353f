import { columnLetters } from '../address';
import { roleLabel } from '../i18n/labels';
import type { Rule } from './types';

export const columnDuplicate: Rule = {
  id: 'column-duplicate',
  title: { vi: 'Cột trùng vai trò', en: 'Duplicate column' },
  severity: 'warning',
  message: {
    vi: (d) => `Cột ${d.col} cũng là cột ${d.label}; chỉ cột ${d.first} được dùng.`,
    en: (d) => `Column ${d.col} is another ${d.label} column; only column ${d.first} is used.`,
  },
  help: {
    vi: 'Hai cột cùng một ý nghĩa làm người đọc không biết cột nào đúng. Gộp hoặc đổi tên một cột.',
    en: 'Two columns with one meaning leave readers unsure which is right. Merge them or rename one.',
  },
  check(ctx) {
    for (const d of ctx.layout.duplicates) {
      const first = ctx.layout.columns.get(d.role)!;
      ctx.report({
        row: ctx.layout.headerRow,
        col: d.col,
        role: d.role,
        data: { col: columnLetters(d.col), first: columnLetters(first), label: roleLabel(d.role, ctx.lang) },
      });
    }
  },
};
