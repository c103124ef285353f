/**
 * The one line `cchc` prints on stderr when it cannot do its job: always Vietnamese, always naming the
 * file it is about (the input, or --out for problems with where to write), never a library's English.
 */
import { WorkbookReadError } from '../hosts/xlsx/read';
import { XlsxPatchError, type XlsxPatchErrorCode } from '../hosts/xlsx/patch';
import { PACKAGE_LIMIT, SHEET_XML_LIMIT } from '../hosts/xlsx/limits';

/** Something wrong with the input or the arguments about it; the message is Vietnamese. */
export class InputError extends Error {}

/** Something wrong with where to write; `path` is the --out the user gave. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The stderr line (without "cchc: " and the newline) for an error thrown while running a command. */
export function errorLine(e: unknown, file: string): string {
  if (e instanceof OutputError) return `${e.path}: ${e.message}`;
  if (e instanceof InputError || e instanceof WorkbookReadError) return `${file}: ${e.message}`;
  if (e instanceof XlsxPatchError) return `${file}: ${PATCH_ERRORS[e.code]}; chưa ghi tệp nào`;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return `${file}: lỗi không mong đợi${code ? ` (mã ${code})` : ''}; tệp gốc không bị thay đổi. Hãy báo lỗi này kèm tệp cho nhóm phát triển (CCHC_DEBUG=1 cho biết chi tiết)`;
}

const RESAVE = 'hãy mở bằng Excel, lưu lại rồi chạy lại';

/** The patcher's errors are English for developers; the user gets these instead. */
const PATCH_ERRORS: Record<XlsxPatchErrorCode, string> = {
  'not-zip': `tệp .xlsx bị hỏng hoặc không đầy đủ; ${RESAVE}`,
  'bad-package': `tệp .xlsx thiếu phần cần để sửa; ${RESAVE}`,
  'malformed-xml': `tệp .xlsx có phần bị hỏng; ${RESAVE}`,
  encrypted: 'tệp được đặt mật khẩu (mã hoá); hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại',
  'sheet-not-found': `không tìm thấy trang cần sửa trong tệp; ${RESAVE}`,
  'not-worksheet': 'trang cần sửa là trang biểu đồ, không phải trang tính',
  unsupported: `tệp được lưu theo cách cchc chưa sửa được (mã hoá chữ khác UTF-8 hoặc thiếu phần định dạng); ${RESAVE}`,
  'too-large': `tệp quá lớn: phần bảng tính vượt ${SHEET_XML_LIMIT / 2 ** 20} MB hoặc cả tệp vượt ${PACKAGE_LIMIT / 2 ** 20} MB khi giải nén`,
  'bad-patch': 'cchc gặp lỗi khi chuẩn bị bản sửa; hãy báo lỗi này kèm tệp cho nhóm phát triển',
  'sheet-exists': 'bảng tính đã có trang cùng tên với trang cần thêm; hãy đổi tên hoặc xoá trang đó rồi chạy lại',
  'name-exists': 'bảng tính đã có tên (Name Manager) trùng với tên cần thêm; hãy xoá hoặc đổi tên đó rồi chạy lại',
  'already-validated': 'các ô cần thêm danh sách chọn đã có kiểm tra dữ liệu (Data Validation); cchc không ghi đè',
  'last-sheet': 'không thể bỏ trang tính duy nhất còn hiện của bảng tính',
};
