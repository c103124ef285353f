/** The preview page's own words (the task pane has its own), and how it picks its language. */
import type { Lang } from '../core/report';
import type { WorkbookReadError } from '../hosts/xlsx/read';

/** "vi" unless the browser's language does not start with "vi"; `?lang=en` / `?lang=vi` override. */

export interface PreviewStrings {
  title: string;
  toolbar: string;
  open: string;
  openSample: string;
  download: string;
  sheet: string;
  file: string;
  editedCells: (n: number) => string;
  loading: string;
  noWorkbook: string;
  openFailed: (name: string, reason: string) => string;
  tooLarge: (mb: number) => string;
  /** Why a file could not be opened, by the reader's reason (shown after `openFailed`). */
  readError: Record<WorkbookReadError['reason'], string>;
  sampleFailed: string;
  downloadFailed: string;
  dismiss: string;
  paneFailed: string;
  pane: string;
  workbook: string;
  gridLabel: (sheet: string) => string;
  sheetTabs: string;
  nameBox: string;
  cellContent: string;
  editCell: (cell: string) => string;
  markTitle: Record<'error' | 'warning' | 'info', string>;
  dropdownTitle: Record<'units' | 'products', string>;
  newSheet: string;
  unitListExists: string;
  sheetNotFound: (sheet: string) => string;
  badRange: (range: string) => string;
}

const VI: PreviewStrings = {
  title: 'CCHC Phụ lục — xem thử',
  toolbar: 'Thanh công cụ',
  open: 'Mở tệp Excel',
  openSample: 'Mở tệp mẫu',
  download: 'Tải về',
  sheet: 'Trang',
  file: 'Tệp',
  editedCells: (n) => (n === 0 ? 'chưa sửa ô nào' : `đã sửa ${n} ô`),
  loading: 'Đang mở bảng tính…',
  noWorkbook: 'Chưa mở bảng tính nào. Bấm “Mở tệp Excel” để chọn một tệp .xlsx.',
  openFailed: (name, reason) => `Không mở được tệp “${name}”: ${reason}.`,
  tooLarge: (mb) => `tệp lớn quá ${mb} MB`,
  readError: {
    missing: 'không tìm thấy tệp',
    encrypted: 'tệp được đặt mật khẩu (mã hoá); hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại',
    'legacy-xls': 'tệp là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu dưới dạng .xlsx',
    'not-xlsx': 'tệp không phải là bảng tính .xlsx',
    ods: 'tệp là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx',
    corrupt: 'tệp .xlsx bị hỏng hoặc không đầy đủ; hãy mở bằng Excel và lưu lại',
    'too-large': 'tệp quá lớn: phần bảng tính giải nén ra hơn 200 MB (hoặc cả tệp hơn 400 MB); hãy tách thành nhiều tệp nhỏ hơn',
    'no-sheets': 'bảng tính không có trang tính nào; hãy mở bằng Excel, thêm trang có bảng phụ lục rồi lưu lại',
  },
  sampleFailed: 'Không tải được tệp mẫu. Bấm “Mở tệp Excel” để chọn một tệp .xlsx.',
  downloadFailed: 'Không tạo được tệp tải về. Các sửa đổi vẫn còn trên trang này; hãy thử lại.',
  dismiss: 'Đóng',
  paneFailed: 'Ngăn kiểm tra gặp lỗi và đã dừng. Hãy tải lại trang.',
  pane: 'Ngăn kiểm tra CCHC Phụ lục',
  workbook: 'Bảng tính',
  gridLabel: (sheet) => `Trang tính “${sheet}”`,
  sheetTabs: 'Các trang tính',
  nameBox: 'Ô đang chọn',
  cellContent: 'Nội dung ô',
  editCell: (cell) => `Sửa ô ${cell}`,
  markTitle: { error: 'Đánh dấu: lỗi', warning: 'Đánh dấu: cảnh báo', info: 'Đánh dấu: gợi ý' },
  dropdownTitle: { units: 'Danh sách chọn: đơn vị', products: 'Danh sách chọn: sản phẩm' },
  newSheet: 'mới',
  unitListExists: 'Bảng tính đã có trang “Danh mục”.',
  sheetNotFound: (sheet) => `Không thấy trang “${sheet}” trong bảng tính.`,
  badRange: (range) => `Địa chỉ ô “${range}” không hợp lệ.`,
};

const EN: PreviewStrings = {
  title: 'CCHC Phụ lục — preview',
  toolbar: 'Toolbar',
  open: 'Open Excel file',
  openSample: 'Open sample',
  download: 'Download',
  sheet: 'Sheet',
  file: 'File',
  editedCells: (n) => (n === 0 ? 'no cells edited' : n === 1 ? '1 cell edited' : `${n} cells edited`),
  loading: 'Opening the workbook…',
  noWorkbook: 'No workbook is open. Choose “Open Excel file” to pick an .xlsx file.',
  openFailed: (name, reason) => `Cannot open “${name}”: ${reason}.`,
  tooLarge: (mb) => `the file is larger than ${mb} MB`,
  readError: {
    missing: 'the file was not found',
    encrypted: 'the file is password-protected (encrypted); open it in Excel, remove the password and save it again',
    'legacy-xls': 'the file is in the old Excel format (.xls); open it in Excel and save it as .xlsx',
    'not-xlsx': 'the file is not an .xlsx workbook',
    ods: 'the file is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as .xlsx',
    corrupt: 'the .xlsx file is damaged or incomplete; open it in Excel and save it again',
    'too-large': 'the file is too large: its sheets inflate to over 200 MB (or the whole file to over 400 MB); split it into smaller files',
    'no-sheets': 'the workbook has no worksheets; open it in Excel, add a sheet with the appendix table and save it',
  },
  sampleFailed: 'The sample could not be loaded. Choose “Open Excel file” to pick an .xlsx file.',
  downloadFailed: 'The download could not be produced. Your edits are still on this page; please try again.',
  dismiss: 'Dismiss',
  paneFailed: 'The check pane failed and stopped. Please reload the page.',
  pane: 'CCHC Phụ lục check pane',
  workbook: 'Workbook',
  gridLabel: (sheet) => `Sheet “${sheet}”`,
  sheetTabs: 'Sheets',
  nameBox: 'Selected cell',
  cellContent: 'Cell content',
  editCell: (cell) => `Edit cell ${cell}`,
  markTitle: { error: 'Marked: error', warning: 'Marked: warning', info: 'Marked: suggestion' },
  dropdownTitle: { units: 'Dropdown: units', products: 'Dropdown: products' },
  newSheet: 'new',
  unitListExists: 'The workbook already has a “Danh mục” sheet.',
  sheetNotFound: (sheet) => `There is no sheet “${sheet}” in the workbook.`,
  badRange: (range) => `“${range}” is not a valid cell address.`,
};

export function previewStrings(lang: Lang): PreviewStrings {
  return lang === 'vi' ? VI : EN;
}
