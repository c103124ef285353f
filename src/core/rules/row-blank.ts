import type { Rule } from './types';

export const rowBlank: Rule = {
  id: 'row-blank',
  title: { vi: 'Dòng trống', en: 'Empty row' },
  severity: 'info',
  message: {
    vi: () => 'Dòng trống giữa bảng.',
    en: () => 'Empty row inside the table.',
  },
  help: {
    vi: 'Dòng trống chia bảng làm hai khi lọc, sắp xếp hay tạo bảng Excel. Xoá dòng nếu không cần.',
    en: 'An empty row splits the table for filters, sorting and Excel Tables. Delete it if it is not needed.',
  },
  check(ctx) {
    for (const m of ctx.rows.rows) {
      if (m.kind === 'blank') ctx.report({ row: m.row, col: ctx.layout.left });
    }
  },
};
