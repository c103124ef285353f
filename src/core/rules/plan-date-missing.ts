import type { Rule } from './types';

export const planDateMissing: Rule = {
  id: 'plan-date-missing',
  title: { vi: 'Không rõ năm kế hoạch', en: 'Plan year not found' },
  severity: 'info',
  message: {
    vi: (d) => `Không thấy ngày hay năm của kế hoạch ở các dòng tiêu đề; các thời gian như “Tháng 6” được đọc theo năm ${d.year}.`,
    en: (d) => `No plan date or year found in the title lines; times such as “Tháng 6” are read in ${d.year}.`,
  },
  help: {
    vi: 'Thêm dòng “(Kèm theo Kế hoạch số …, ngày …)” trên bảng, hoặc nhập ngày kế hoạch, để đọc đúng năm của các thời hạn.',
    en: 'Add the line “(Kèm theo Kế hoạch số …, ngày …)” above the table, or enter the plan date, so deadlines are read in the right year.',
  },
  check(ctx) {
    if (!ctx.plan.yearAssumed) return;
    const needsYear = ctx.rows.rows.some((m) => m.has.time && ctx.ownSchedule(m)?.yearAssumed);
    if (needsYear) ctx.report({ data: { year: ctx.plan.year } });
  },
};
