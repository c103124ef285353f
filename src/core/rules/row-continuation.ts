import { excerpt } from '../i18n/labels';
import type { ProposedEdit, Rule } from './types';

export const rowContinuation: Rule = {
  id: 'row-continuation',
  title: { vi: 'Dòng bị ngắt từ dòng trên', en: 'Row split from the row above' },
  severity: 'warning',
  message: {
    vi: (d) => `Dòng ${d.row} chỉ là phần tiếp theo của dòng ${d.main} (“…${d.tail}”): bảng bị ngắt trang khi chép từ Word.`,
    en: (d) => `Row ${d.row} only continues row ${d.main} (“…${d.tail}”): the table was split across pages when copied from Word.`,
  },
  help: {
    vi: 'Một nhiệm vụ bị tách làm hai dòng sẽ bị đếm, lọc và giao việc sai. Sửa: gộp chữ vào dòng trên (dòng này để trống, có thể xoá).',
    en: 'A task split over two rows is counted, filtered and assigned wrongly. Fix: merge the text into the row above (this row is left empty and can be deleted).',
  },
  fixLabel: { vi: 'Gộp vào dòng trên', en: 'Merge into the row above' },
  check(ctx) {
    const { grid, layout } = ctx;
    for (const m of ctx.rows.rows) {
      if (m.kind !== 'continuation' || !m.continues) continue;
      const main = m.continues.row;
      const edits: ProposedEdit[] = [];
      let tail = '';
      let firstCol: number | null = null;
      for (let c = layout.left; c <= layout.right; c++) {
        const v = grid.raw(m.row, c);
        if (v === null || grid.formula(m.row, c) || grid.mergedFromAbove(m.row, c)) continue;
        const text = String(v).trim();
        if (!text) continue;
        tail ||= text;
        firstCol ??= c;
        const above = grid.raw(main, c);
        const aboveText = above === null ? '' : String(above);
        const joiner = aboveText === '' || /[-–(\s]$/.test(aboveText) ? '' : ' ';
        edits.push({ row: main, col: c, value: aboveText + joiner + text, append: joiner + text });
        edits.push({ row: m.row, col: c, value: null });
      }
      const textCol = layout.columns.get('criterion');
      const col = textCol !== undefined && grid.raw(m.row, textCol) !== null ? textCol : (firstCol ?? layout.left);
      ctx.report({ row: m.row, col, data: { row: m.row, main, tail: excerpt(tail, 40) }, fix: edits });
    }
  },
};
