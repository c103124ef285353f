import type { Rule } from './types';

export const tableNotFound: Rule = {
  id: 'table-not-found',
  title: { vi: 'Không tìm thấy bảng', en: 'Table not found' },
  severity: 'error',
  scope: 'sheet',
  message: {
    vi: (d) => `Không tìm thấy dòng tiêu đề của bảng trên trang “${d.sheet}” (cần ít nhất hai cột như STT, Nội dung, Đơn vị chủ trì, Sản phẩm, Thời gian).`,
    en: (d) => `No table header found on sheet “${d.sheet}” (at least two columns such as STT, Nội dung, Đơn vị chủ trì, Sản phẩm, Thời gian are needed).`,
  },
  help: {
    vi: 'Không nhận ra bảng thì không kiểm tra được. Hãy đặt tên cột theo mẫu phụ lục (STT, Nội dung, Đơn vị chủ trì, Sản phẩm, Thời gian).',
    en: 'Without a recognisable header the table cannot be checked. Name the columns as the appendix template does (STT, Nội dung, Đơn vị chủ trì, Sản phẩm, Thời gian).',
  },
  // Reported by the checker itself when detection fails; nothing to do on a found table.
  check() {},
};
