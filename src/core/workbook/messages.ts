/** What the workbook service says (refusals, the lists it writes), in each language; hosts show it as is. */
import type { Lang } from '../report';
import type { PlanRefusal } from './settle';

export interface WorkbookMessages {
  refusal(r: PlanRefusal): string;
  /** A cell changed between the read and the write of an operation of the add-in's own. */
  changed(cell: string): string;
  unitListMissing: string;
  /** Data validation alert for a value typed outside a dropdown list. */
  notInListTitle: string;
  notInList: string;
  unitHeader: readonly [string, string, string];
  productHeader: string;
}

const vi: WorkbookMessages = {
  refusal: (r) => {
    switch (r.reason) {
      case 'protected':
        return `Trang tính “${r.sheet}” đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`;
      case 'structure-protected':
        return `Bảng tính đang được bảo vệ cấu trúc nên không thêm hay xóa được trang “${r.sheet}”; chưa ghi gì. Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.`;
      case 'locked':
        return `Ô ${r.cell} trên trang “${r.sheet}” bị khoá vì trang được bảo vệ (Protect Sheet), nên chưa ghi gì. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) hoặc mở khoá ô đó rồi thử lại.`;
      case 'sheet-exists':
        return `Bảng tính đã có trang “${r.sheet}”. Hãy kiểm tra trang có sẵn thay vì tạo mới.`;
      case 'sheet-missing':
        return `Không tìm thấy trang tính “${r.sheet}”. Có thể trang đã bị đổi tên hoặc xóa.`;
      case 'name-exists':
        return `Bảng tính đã có tên “${r.name}” trỏ tới nơi khác. Hãy xóa hoặc sửa tên đó (Công thức › Quản lý tên) rồi thử lại.`;
    }
  },
  changed: (cell) => `Ô ${cell} vừa thay đổi trong lúc ghi, nên chưa ghi gì. Hãy thử lại.`,
  unitListMissing: 'Chưa có danh mục đơn vị (tên DanhMucDonVi). Hãy tạo danh mục đơn vị trước khi thêm danh sách chọn.',
  notInListTitle: 'Không có trong danh mục',
  notInList: 'Giá trị này không có trong danh mục. Vẫn giữ nếu đúng (ví dụ nhiều đơn vị cách nhau bằng dấu chấm phẩy).',
  unitHeader: ['STT', 'Tên đơn vị', 'Viết tắt'],
  productHeader: 'Sản phẩm',
};

const en: WorkbookMessages = {
  refusal: (r) => {
    switch (r.reason) {
      case 'protected':
        return `Sheet “${r.sheet}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`;
      case 'structure-protected':
        return `The workbook's structure is protected, so sheet “${r.sheet}” cannot be added or removed; nothing was written. Unprotect it (Review › Protect Workbook) and try again.`;
      case 'locked':
        return `Cell ${r.cell} on sheet “${r.sheet}” is locked because the sheet is protected, so nothing was written. Unprotect the sheet (Review › Unprotect Sheet) or unlock that cell, and try again.`;
      case 'sheet-exists':
        return `The workbook already has a “${r.sheet}” sheet. Review that sheet instead of creating a new one.`;
      case 'sheet-missing':
        return `Sheet “${r.sheet}” was not found. It may have been renamed or deleted.`;
      case 'name-exists':
        return `The workbook already has a name “${r.name}” pointing elsewhere. Delete or edit it (Formulas › Name Manager) and try again.`;
    }
  },
  changed: (cell) => `Cell ${cell} changed while writing, so nothing was written. Try again.`,
  unitListMissing: 'There is no unit list yet (the name DanhMucDonVi). Create the unit list before adding dropdowns.',
  notInListTitle: 'Not in the list',
  notInList: 'This value is not in the list. Keep it if it is right (for example several units separated by semicolons).',
  // The list's own header stays Vietnamese: it is part of the workbook, read by Vietnamese colleagues.
  unitHeader: ['STT', 'Tên đơn vị', 'Viết tắt'],
  productHeader: 'Sản phẩm',
};

export const WORKBOOK_MESSAGES: Record<Lang, WorkbookMessages> = { vi, en };
