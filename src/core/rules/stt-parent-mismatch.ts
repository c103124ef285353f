import { contradictsParent } from './stt-outline';
import type { Rule } from './types';

export const sttParentMismatch: Rule = {
  id: 'stt-parent-mismatch',
  title: { vi: 'STT không khớp mục cha', en: 'STT does not match its parent' },
  severity: 'warning',
  message: {
    vi: (d) => `STT ${d.stt} nằm dưới mục ${d.parent} (dòng ${d.parentRow}): số không khớp với mục cha.`,
    en: (d) => `STT ${d.stt} sits under ${d.parent} (row ${d.parentRow}): its number does not match its parent.`,
  },
  help: {
    vi: 'Số “2.4.2” phải nằm dưới 2.4 (hoặc 2). Sai mục cha thường do thiếu dòng mục hoặc gõ nhầm số.',
    en: '“2.4.2” belongs under 2.4 (or 2). A wrong parent usually means a missing heading row or a typo.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('stt');
    for (const m of ctx.rows.rows) {
      if (!contradictsParent(m)) continue;
      ctx.report({ row: m.row, col, role: 'stt', data: { stt: m.stt.text, parent: m.parent!.stt.text, parentRow: m.parent!.row } });
    }
  },
};
