import { lastSegment, sameStyle, siblingGroups } from './stt-outline';
import type { Rule } from './types';

export const sttOrder: Rule = {
  id: 'stt-order',
  title: { vi: 'STT ngược thứ tự', en: 'STT out of order' },
  severity: 'warning',
  message: {
    vi: (d) => `STT ${d.stt} đứng sau ${d.previous} (dòng ${d.previousRow}): thứ tự bị ngược.`,
    en: (d) => `STT ${d.stt} comes after ${d.previous} (row ${d.previousRow}): the numbering goes backwards.`,
  },
  help: {
    vi: 'Số thứ tự đi lùi thường là dòng bị chèn nhầm chỗ hoặc gõ sai số. Kiểm tra vị trí dòng hoặc đánh số lại.',
    en: 'Numbering that goes backwards usually means a row in the wrong place or a typo. Move the row or renumber.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('stt');
    for (const list of siblingGroups(ctx.rows).values()) {
      for (const style of sameStyle(list)) {
        for (let i = 1; i < style.length; i++) {
          const prev = style[i - 1]!;
          const m = style[i]!;
          if (m.stt.text === prev.stt.text || lastSegment(m) >= lastSegment(prev)) continue;
          ctx.report({ row: m.row, col, role: 'stt', data: { stt: m.stt.text, previous: prev.stt.text, previousRow: prev.row } });
        }
      }
    }
  },
};
