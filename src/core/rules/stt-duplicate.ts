import { siblingGroups } from './stt-outline';
import type { Rule } from './types';

export const sttDuplicate: Rule = {
  id: 'stt-duplicate',
  title: { vi: 'STT trùng', en: 'Duplicate STT' },
  severity: 'error',
  message: {
    vi: (d) => `STT ${d.stt} trùng với dòng ${d.other}${d.parent ? ` (cùng thuộc mục ${d.parent})` : ''}.`,
    en: (d) => `STT ${d.stt} repeats row ${d.other}${d.parent ? ` (both under ${d.parent})` : ''}.`,
  },
  help: {
    vi: 'Hai dòng cùng số thứ tự trong một mục khiến báo cáo và tra cứu nhầm dòng. Đánh số lại.',
    en: 'Two rows with one number under the same heading make reports and lookups pick the wrong row. Renumber.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('stt');
    for (const [parent, list] of siblingGroups(ctx.rows)) {
      const seen = new Map<string, number>();
      for (const m of list) {
        const first = seen.get(m.stt.text);
        if (first !== undefined) {
          ctx.report({ row: m.row, col, role: 'stt', data: { stt: m.stt.text, other: first, parent: parent?.stt.text || null } });
        } else {
          seen.set(m.stt.text, m.row);
        }
      }
    }
  },
};
