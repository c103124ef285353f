import type { Role } from '../report';
import { roleLabel } from '../i18n/labels';
import type { Rule } from './types';

/** The columns every remediation appendix has; a score table is not expected to name products. */
const STANDARD: Role[] = ['stt', 'criterion', 'owner', 'product', 'time'];
const SCORE_ROLES: Role[] = ['maxScore', 'selfScore', 'appraisedScore', 'lostScore'];

export const columnMissing: Rule = {
  id: 'column-missing',
  title: { vi: 'Thiếu cột', en: 'Missing column' },
  severity: 'warning',
  message: {
    vi: (d) => `Bảng không có cột ${d.label}.`,
    en: (d) => `The table has no ${d.label} column.`,
  },
  help: {
    vi: 'Phụ lục khắc phục cần giao mỗi nhiệm vụ cho một đơn vị, với sản phẩm và thời hạn. Thiếu cột thì không theo dõi được.',
    en: 'A remediation appendix assigns each task to a unit with a product and a deadline; without the column nothing can be tracked.',
  },
  check(ctx) {
    const cols = ctx.layout.columns;
    const scoreTable = SCORE_ROLES.some((r) => cols.has(r)) && !cols.has('owner');
    for (const role of STANDARD) {
      if (cols.has(role)) continue;
      if (scoreTable && role !== 'stt' && role !== 'criterion') continue;
      ctx.report({ role, data: { label: roleLabel(role, ctx.lang) } });
    }
  },
};
