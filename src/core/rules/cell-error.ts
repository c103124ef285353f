import { isErrorValue } from '../snapshot';
import type { Rule } from './types';

export const cellError: Rule = {
  id: 'cell-error',
  title: { vi: 'Ô báo lỗi công thức', en: 'Formula error' },
  severity: 'error',
  message: {
    vi: (d) => `Ô báo lỗi ${d.error}${d.formula ? ` (công thức ${d.formula})` : ''}.`,
    en: (d) => `The cell shows the error ${d.error}${d.formula ? ` (formula ${d.formula})` : ''}.`,
  },
  help: {
    vi: 'Lỗi công thức (#REF!, #VALUE!, #N/A…) lan sang tổng và báo cáo. Sửa công thức hoặc nhập lại giá trị.',
    en: 'Formula errors (#REF!, #VALUE!, #N/A…) spread into totals and reports. Fix the formula or re-enter the value.',
  },
  check(ctx) {
    const { grid, layout } = ctx;
    for (let r = layout.firstRow; r <= layout.lastRow; r++) {
      for (let c = layout.left; c <= layout.right; c++) {
        const v = grid.raw(r, c);
        if (!isErrorValue(v)) continue;
        ctx.report({ row: r, col: c, data: { error: v.error, formula: grid.formula(r, c) } });
      }
    }
  },
};
