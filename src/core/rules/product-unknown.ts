import { excerpt } from '../i18n/labels';
import { parseProducts } from '../parse/products';
import type { Rule } from './types';

export const productUnknown: Rule = {
  id: 'product-unknown',
  title: { vi: 'Sản phẩm không rõ loại', en: 'Unrecognised product' },
  severity: 'warning',
  message: {
    vi: (d) => `“${d.piece}” không phải là một loại văn bản hay sản phẩm quen thuộc (Kế hoạch, Báo cáo, Biên bản, Công văn, Quyết định…).`,
    en: (d) => `“${d.piece}” is not a known kind of document or product (Kế hoạch, Báo cáo, Biên bản, Công văn, Quyết định…).`,
  },
  help: {
    vi: 'Cột Sản phẩm nên ghi loại văn bản đầu ra (theo Nghị định 30/2020/NĐ-CP) để kiểm chứng được. Mô tả kết quả nên để ở cột khác.',
    en: 'The product column should name the output document (per Decree 30/2020/NĐ-CP) so it can be evidenced; describe results elsewhere.',
  },
  check(ctx) {
    const col = ctx.layout.columns.get('product');
    if (col === undefined) return;
    for (const m of ctx.rows.rows) {
      if (!m.has.product || ctx.grid.mergedFromAbove(m.row, col) || m.kind === 'continuation' || m.kind === 'total') continue;
      if (typeof ctx.grid.raw(m.row, col) !== 'string') continue;
      const { unknown } = parseProducts(ctx.rows.cellText(m.row, 'product'));
      if (unknown.length) ctx.report({ row: m.row, col, role: 'product', data: { piece: excerpt(unknown.join(', '), 60) } });
    }
  },
};
