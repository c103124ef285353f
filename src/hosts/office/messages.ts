/** What the Office host says to the user, in the pane's language (HostError messages are shown as they are). */
import type { Lang } from '../../core/report';

export interface HostMessages {
  protected(sheet: string): string;
  editMode: string;
  sheetNotFound(sheet: string): string;
  tooLarge: string;
  failed(detail: string): string;
  /** The active sheet is a chart sheet (or no worksheet at all). */
  noWorksheet: string;
}

const vi: HostMessages = {
  protected: (sheet) => `Trang tính “${sheet}” đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
  editMode: 'Hãy kết thúc việc nhập ô đang sửa (nhấn Enter) rồi thử lại.',
  sheetNotFound: (sheet) => `Không tìm thấy trang tính “${sheet}”. Có thể trang đã bị đổi tên hoặc xóa.`,
  tooLarge: 'Bảng quá lớn để Excel gửi trong một lần; hãy thử lại với vùng nhỏ hơn.',
  failed: (detail) => `Excel báo lỗi: ${detail}`,
  noWorksheet: 'Trang đang mở không phải là trang tính (có thể là trang biểu đồ). Hãy chọn trang có bảng phụ lục rồi kiểm tra lại.',
};

const en: HostMessages = {
  protected: (sheet) => `Sheet “${sheet}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.`,
  editMode: 'Finish editing the cell you are typing in (press Enter), then try again.',
  sheetNotFound: (sheet) => `Sheet “${sheet}” was not found. It may have been renamed or deleted.`,
  tooLarge: 'The table is too large for Excel to send at once; try a smaller range.',
  failed: (detail) => `Excel reported an error: ${detail}`,
  noWorksheet: 'The active sheet is not a worksheet (it may be a chart sheet). Select the sheet with the appendix table and check again.',
};

export const MESSAGES: Record<Lang, HostMessages> = { vi, en };
