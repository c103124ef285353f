/**
 * deadline-stale: the tracking layer writes each row's deadline as a date (a formula cannot read free
 * text), so when the time cell is edited afterwards, "Hạn hoàn thành" no longer says what the time says.
 * The fix writes what the layer would write now.
 */
import { displayDate } from '../i18n/labels';
import { serialToIso } from '../dates';
import { trackedDeadline } from '../tracking/due';
import { deadlineCell } from '../tracking/formulas';
import { excerpt } from '../i18n/labels';
import type { Rule } from './types';

const RECURRENCE = {
  vi: { monthly: 'việc hằng tháng', quarterly: 'việc hằng quý', yearly: 'việc hằng năm' },
  en: { monthly: 'monthly work', quarterly: 'quarterly work', yearly: 'yearly work' },
} as const;

const sameFormula = (a: string, b: string) => a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

export const deadlineStale: Rule = {
  id: 'deadline-stale',
  title: { vi: 'Hạn hoàn thành chưa cập nhật', en: 'Deadline out of date' },
  severity: 'warning',
  message: {
    vi: (d) => `Cột Hạn hoàn thành ghi ${d.formula ? 'hạn định kỳ (công thức)' : d.written ? `“${d.written}”` : '(trống)'}, nhưng thời gian “${d.text}” cho ${expectedText('vi', d.expected, d.recurrence)}.`,
    en: (d) => `The “Hạn hoàn thành” column says ${d.formula ? 'a recurring due date (formula)' : d.written ? `“${d.written}”` : '(empty)'}, but the time “${d.text}” gives ${expectedText('en', d.expected, d.recurrence)}.`,
  },
  help: {
    vi: 'Hạn hoàn thành là ngày CCHC Phụ lục đọc từ cột thời gian khi chèn cột theo dõi; sửa cột thời gian sau đó thì hạn (và cảnh báo quá hạn) không tự đổi theo. Bấm sửa để ghi lại, hoặc chèn lại cột theo dõi.',
    en: '“Hạn hoàn thành” is the date the add-in read from the time column when it added the tracking columns; editing the time afterwards does not change it (nor the overdue flag). Fix it here, or add the tracking columns again.',
  },
  fixLabel: { vi: 'Ghi lại hạn theo cột thời gian', en: 'Rewrite the deadline from the time' },
  check(ctx) {
    const col = ctx.layout.tracking?.deadlineCol;
    if (col === undefined) return;
    for (const m of ctx.rows.rows) {
      if (m.kind !== 'item') continue;
      const expected = trackedDeadline(ctx.effectiveSchedule(m));
      // What the layer would write now.
      const cell = expected && deadlineCell(expected);
      const value = ctx.grid.raw(m.row, col);
      const formula = ctx.grid.formula(m.row, col);
      if (holds(cell, value, formula)) continue;
      const written = typeof value === 'number' ? displayDate(serialToIso(value)) : value === null || typeof value === 'object' ? '' : String(value);
      const fix = { row: m.row, col, ...(cell ?? { value: null }) };
      ctx.report({
        row: m.row,
        col,
        data: {
          text: excerpt(ctx.rows.effectiveText(m, 'time'), 60),
          written: formula ? null : excerpt(written, 60),
          formula: formula !== null,
          expected: expected?.kind === 'date' ? displayDate(expected.date) : null,
          recurrence: expected?.kind === 'recurring' ? expected.recurrence : null,
        },
        fix: [fix],
      });
    }
  },
};

function holds(expected: ReturnType<typeof deadlineCell> | null, value: unknown, formula: string | null): boolean {
  if (expected === null) return (value === null || value === '') && formula === null;
  if (expected.formula === undefined) return formula === null && value === expected.value;
  return formula !== null && sameFormula(formula, expected.formula);
}

function expectedText(lang: 'vi' | 'en', date: unknown, recurrence: unknown): string {
  if (typeof date === 'string') return lang === 'vi' ? `hạn ${date}` : `the deadline ${date}`;
  if (recurrence === 'monthly' || recurrence === 'quarterly' || recurrence === 'yearly') return lang === 'vi' ? `${RECURRENCE.vi[recurrence]} (hạn tính theo ngày đánh giá)` : `${RECURRENCE.en[recurrence]} (due date from the as-of date)`;
  return lang === 'vi' ? 'không có thời hạn cụ thể' : 'no fixed deadline';
}
