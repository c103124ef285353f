/** time-unparsed, time-no-deadline, time-outside-plan: what a row's own time cell says. */
import { displayDate, excerpt } from '../i18n/labels';
import type { RowModel } from '../table/rows';
import type { Rule, RuleContext } from './types';

const cache = new WeakMap<RuleContext['rows'], RowModel[]>();

/** Rows that state a time of their own (shared by the three time rules). */
function ownTimeRows(ctx: RuleContext): RowModel[] {
  let list = cache.get(ctx.rows);
  if (list) return list;
  const col = ctx.layout.columns.get('time');
  list =
    col === undefined
      ? []
      : ctx.rows.rows.filter((m) => m.has.time && m.kind !== 'continuation' && m.kind !== 'total' && !ctx.grid.mergedFromAbove(m.row, col));
  cache.set(ctx.rows, list);
  return list;
}

export const timeUnparsed: Rule = {
  id: 'time-unparsed',
  title: { vi: 'Thời gian không đọc được', en: 'Unreadable time' },
  severity: 'warning',
  message: {
    vi: (d) => `Không đọc được thời gian “${d.text}”.`,
    en: (d) => `The time “${d.text}” cannot be read.`,
  },
  help: {
    vi: 'Thời gian phải đọc được thì mới theo dõi và cảnh báo quá hạn được. Ghi như “Tháng 6/2024”, “Quý III”, “Trước 30/11/2024”, “Hàng tháng”.',
    en: 'A time must be readable to be tracked and flagged when overdue. Write e.g. “Tháng 6/2024”, “Quý III”, “Trước 30/11/2024”, “Hàng tháng”.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('time')!;
    for (const m of ownTimeRows(ctx)) {
      if (ctx.ownSchedule(m)?.kind !== 'unparsed') continue;
      ctx.report({ row: m.row, col, role: 'time', data: { text: excerpt(ctx.rows.cellText(m.row, 'time'), 60) } });
    }
  },
};

export const timeNoDeadline: Rule = {
  id: 'time-no-deadline',
  title: { vi: 'Không có thời hạn cụ thể', en: 'No fixed deadline' },
  severity: 'info',
  message: {
    vi: (d) =>
      d.kind === 'start'
        ? `“${d.text}” chỉ có ngày bắt đầu, không có thời hạn hoàn thành để theo dõi.`
        : `“${d.text}” là ${d.kind === 'event' ? 'việc làm khi có yêu cầu' : 'việc thường xuyên'}, không có thời hạn cụ thể để theo dõi.`,
    en: (d) =>
      d.kind === 'start'
        ? `“${d.text}” gives only a start date, no deadline to track.`
        : `“${d.text}” is ${d.kind === 'event' ? 'done on request' : 'ongoing'}, with no deadline to track.`,
  },
  help: {
    vi: 'Việc thường xuyên hay theo yêu cầu không bao giờ quá hạn, nên dễ bị bỏ quên. Nếu có thể, thêm mốc báo cáo (ví dụ “báo cáo kết quả trước 30/11”).',
    en: 'Ongoing or on-request work is never overdue, so it is easily forgotten. Where possible add a reporting date (e.g. “báo cáo kết quả trước 30/11”).',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('time')!;
    for (const m of ownTimeRows(ctx)) {
      const kind = ctx.ownSchedule(m)?.kind;
      if (kind !== 'continuous' && kind !== 'event' && kind !== 'start') continue;
      ctx.report({ row: m.row, col, role: 'time', data: { text: excerpt(ctx.rows.cellText(m.row, 'time'), 60), kind } });
    }
  },
};

export const timeOutsidePlan: Rule = {
  id: 'time-outside-plan',
  title: { vi: 'Thời hạn ngoài kỳ kế hoạch', en: 'Deadline outside the plan' },
  severity: 'warning',
  message: {
    vi: (d) =>
      d.side === 'before'
        ? `Thời hạn ${d.deadline} (“${d.text}”) trước cả ngày ban hành kế hoạch ${d.bound}.`
        : `Thời hạn ${d.deadline} (“${d.text}”) sau khi kỳ kế hoạch kết thúc (${d.bound}).`,
    en: (d) =>
      d.side === 'before'
        ? `The deadline ${d.deadline} (“${d.text}”) falls before the plan itself (${d.bound}).`
        : `The deadline ${d.deadline} (“${d.text}”) falls after the plan period ends (${d.bound}).`,
  },
  help: {
    vi: 'Thời hạn trước ngày ban hành kế hoạch là đã quá hạn ngay khi giao (thường do chép từ kế hoạch năm trước); sau kỳ kế hoạch thì không kịp cho kỳ chấm điểm. Kiểm tra lại năm.',
    en: 'A deadline before the plan was issued is overdue on day one (often copied from last year’s plan); one after the plan period misses the scoring period. Check the year.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('time')!;
    const { plan } = ctx;
    const lower = plan.date ?? (plan.yearAssumed || plan.year === null ? null : `${plan.year}-01-01`);
    const upper = plan.yearAssumed ? null : plan.periodEnd;
    for (const m of ownTimeRows(ctx)) {
      const s = ctx.ownSchedule(m);
      if (!s) continue;
      for (const d of s.deadlines) {
        const side = lower && d < lower ? 'before' : upper && d > upper ? 'after' : null;
        if (!side) continue;
        ctx.report({
          row: m.row,
          col,
          role: 'time',
          data: { deadline: displayDate(d), text: excerpt(ctx.rows.cellText(m.row, 'time'), 50), side, bound: displayDate(side === 'before' ? lower : upper) },
        });
        break;
      }
    }
  },
};
