/** owner-missing, product-missing, time-missing: an item must end up with each, own or inherited. */
import type { Role } from '../report';
import { excerpt } from '../i18n/labels';
import type { RowModel } from '../table/rows';
import type { Rule, RuleContext } from './types';

export function taskName(ctx: RuleContext, m: RowModel): string {
  const text = ctx.rows.cellText(m.row, 'criterion') || ctx.rows.cellText(m.row, 'solution');
  return excerpt(text || (ctx.lang === 'vi' ? `dòng ${m.row}` : `row ${m.row}`), 60);
}

function missingRule(id: string, role: Role, what: [string, string], why: [string, string]): Rule {
  return {
    id,
    title: { vi: `Thiếu ${what[0]}`, en: `Missing ${what[1]}` },
    severity: 'error',
    message: {
      vi: (d) => `Nhiệm vụ “${d.task}” chưa có ${what[0]}.`,
      en: (d) => `Task “${d.task}” has no ${what[1]}.`,
    },
    help: { vi: why[0], en: why[1] },
    check(ctx) {
      const col = ctx.layout.columns.get(role);
      if (col === undefined) return;
      for (const m of ctx.rows.rows) {
        if (m.kind !== 'item' || ctx.rows.statingRow(m, role)) continue;
        ctx.report({ row: m.row, col, role, data: { task: taskName(ctx, m) } });
      }
    },
  };
}

export const ownerMissing = missingRule(
  'owner-missing',
  'owner',
  ['đơn vị chủ trì', 'lead unit'],
  [
    'Nhiệm vụ không có đơn vị chủ trì thì không ai chịu trách nhiệm. Ghi đơn vị ở dòng này hoặc ở dòng mục cha.',
    'A task with no lead unit is nobody’s job. Name the unit on this row or on its parent row.',
  ],
);

export const productMissing = missingRule(
  'product-missing',
  'product',
  ['sản phẩm', 'product'],
  [
    'Không có sản phẩm (Kế hoạch, Báo cáo…) thì không có gì để kiểm chứng khi chấm điểm. Ghi loại văn bản đầu ra.',
    'Without a product (plan, report…) there is no evidence to show at scoring time. Name the output document.',
  ],
);

export const timeMissing = missingRule(
  'time-missing',
  'time',
  ['thời gian thực hiện', 'time or deadline'],
  [
    'Không có thời hạn thì không theo dõi được tiến độ và không biết khi nào quá hạn. Ghi tháng, quý hoặc ngày cụ thể.',
    'Without a deadline progress cannot be tracked and nothing is ever overdue. Give a month, quarter or date.',
  ],
);
