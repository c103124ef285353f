/** What the Office host says to the user, in the pane's language (HostError messages are shown as they are). */
import type { Lang } from '../../core/report';

export interface HostMessages {
  protected(sheet: string): string;
  editMode: string;
  sheetNotFound(sheet: string): string;
  catalogSheetExists(sheet: string): string;
  nameExists(name: string): string;
  unitListMissing: string;
  tooLarge: string;
  failed(detail: string): string;
  /** Data validation alert for a value typed outside a dropdown list. */
  notInListTitle: string;
  notInList: string;
  unitHeader: readonly [string, string, string];
  productHeader: string;
}

const vi: HostMessages = {
  protected: (sheet) => `Trang tính “${sheet}” đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
  editMode: 'Hãy kết thúc việc nhập ô đang sửa (nhấn Enter) rồi thử lại.',
  sheetNotFound: (sheet) => `Không tìm thấy trang tính “${sheet}”. Có thể trang đã bị đổi tên hoặc xóa.`,
  catalogSheetExists: (sheet) => `Bảng tính đã có trang “${sheet}”. Hãy kiểm tra danh mục có sẵn thay vì tạo mới.`,
  nameExists: (name) => `Bảng tính đã có tên “${name}” trỏ tới nơi khác. Hãy xóa hoặc sửa tên đó (Công thức › Quản lý tên) rồi thử lại.`,
  unitListMissing: 'Chưa có danh mục đơn vị (tên DanhMucDonVi). Hãy tạo danh mục đơn vị trước khi thêm danh sách chọn.',
  tooLarge: 'Bảng quá lớn để Excel gửi trong một lần; hãy thử lại với vùng nhỏ hơn.',
  failed: (detail) => `Excel báo lỗi: ${detail}`,
  notInListTitle: 'Không có trong danh mục',
  notInList: 'Giá trị này không có trong danh mục. Vẫn giữ nếu đúng (ví dụ nhiều đơn vị cách nhau bằng dấu chấm phẩy).',
  unitHeader: ['STT', 'Tên đơn vị', 'Viết tắt'],
  productHeader: 'Sản phẩm',
};

const en: HostMessages = {
  protected: (sheet) => `Sheet “${sheet}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`,
  editMode: 'Finish editing the cell you are typing in (press Enter), then try again.',
  sheetNotFound: (sheet) => `Sheet “${sheet}” was not found. It may have been renamed or deleted.`,
  catalogSheetExists: (sheet) => `The workbook already has a “${sheet}” sheet. Review the list there instead of creating a new one.`,
  nameExists: (name) => `The workbook already has a name “${name}” pointing elsewhere. Delete or edit it (Formulas › Name Manager) and try again.`,
  unitListMissing: 'There is no unit list yet (the name DanhMucDonVi). Create the unit list before adding dropdowns.',
  tooLarge: 'The table is too large for Excel to send at once; try a smaller range.',
  failed: (detail) => `Excel reported an error: ${detail}`,
  notInListTitle: 'Not in the list',
  notInList: 'This value is not in the list. Keep it if it is right (for example several units separated by semicolons).',
  unitHeader: ['STT', 'Tên đơn vị', 'Viết tắt'],
  productHeader: 'Sản phẩm',
};

export const MESSAGES: Record<Lang, HostMessages> = { vi, en };
