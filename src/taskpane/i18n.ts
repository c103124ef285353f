/**
 * Every string the task pane shows. Vietnamese is the default; English when the host's language is 'en'.
 * Keep the Vietnamese in NFC (test/taskpane-logic.test.ts checks it). The names of the main buttons and
 * of the live switch are a contract for end-to-end tests and automation: do not reword them lightly.
 */
import { UNIT_LIST_STRINGS, type UnitListStrings } from './unitListStrings';
import type { Lang, Severity } from '../core/report';
import type { DateProblem } from './dates';
import { PLAN_STRINGS, type PlanBusyKind, type PlanErrorContext, type PlanStrings } from './planStrings';
import { SCORE_STRINGS, type ScoreBusyKind, type ScoreErrorContext, type ScoreStrings } from './scoreStrings';
import { TRACKING_STRINGS, type TrackingBusyKind, type TrackingErrorContext, type TrackingStrings } from './trackingStrings';

export interface Strings extends UnitListStrings {
  title: string;
  subtitle: string;
  loading: string;
  /** The link to the help page (Hướng dẫn). */
  help: string;
  /** Shown when an operation takes long: Excel waits while the user is typing in a cell. */
  waitingForExcel: string;
  notInExcel: string;
  notInExcelHint: string;
  /** Excel without the requirement set the pane needs (2016, 2019). */
  oldExcel: string;
  oldExcelHint: string;
  /** "Trang “Phụ lục” · bảng A5:E62" */
  sheetAndTable: (sheet: string, range: string) => string;
  sheetNoTable: (sheet: string) => string;
  /** The active sheet is the workbook's unit list ("Danh mục"). */
  sheetUnitList: (sheet: string) => string;
  notCheckedYet: string;
  readingSheet: string;
  planDate: string;
  planDateFound: string;
  planDateNotFound: string;
  planDateManual: string;
  planDateUnknown: string;
  asOf: string;
  asOfHint: string;
  /** Hint under "Tính đến" when it is empty. */
  asOfToday: (date: string) => string;
  /** The format the date fields take (hint and placeholder). */
  dateFormat: string;
  /** Why a typed date is refused, shown under the field. */
  dateError: (problem: DateProblem) => string;
  actions: string;

  // Buttons (contract names)
  check: string;
  fix: string;
  fixAll: (n: number) => string;
  undo: string;
  mark: string;
  unmark: string;
  exportReport: string;
  live: string;

  undoWhat: (label: string) => string;
  undoOtherSheet: (label: string, sheet: string) => string;
  nothingToUndo: string;

  // Busy labels
  busy: Record<BusyKind, string>;

  // Results
  results: string;
  counts: string;
  severity: Record<Severity, string>;
  /** One finding's severity, read before its cell ("Lỗi: C7 …"). */
  severityOne: Record<Severity, string>;
  noProblems: string;
  noProblemsDetail: string;
  tableNotFoundHint: string;
  clickHint: string;
  tableLevel: string;
  /** Shown beside a cell whose row is hidden or filtered out. */
  hiddenRow: string;
  /** Accessible name of a finding's jump button. */
  selectCell: (cell: string, message: string) => string;
  /** The active sheet is a unit list: what it holds, and what to do instead. */
  unitListSheet: (n: number) => string;
  unitListSheetDetail: string;
  autoFix: (label: string) => string;
  showMore: (n: number) => string;

  // Outcomes
  fixedOne: (label: string, cell: string) => string;
  fixedMany: (title: string, cells: number) => string;
  fixedTitle: string;
  nothingToFix: string;
  conflictsTitle: string;
  conflicts: (n: number, cells: string) => string;
  skipped: (n: number) => string;
  undoneTitle: string;
  undone: (label: string) => string;
  undoConflicts: (n: number, cells: string) => string;
  exported: (fileName: string) => string;

  /** "Theo dõi hạn" (trackingStrings.ts). */
  tracking: TrackingStrings;
  /** "Điểm" (scoreStrings.ts). */
  score: ScoreStrings;
  /** "Kế hoạch khắc phục" (planStrings.ts). */
  plan: PlanStrings;

  // Errors
  errorTitle: Record<ErrorContext, string>;
  unexpected: string;
  detail: (text: string) => string;
  dismiss: string;
}

export type BusyKind = 'check' | 'fix' | 'undo' | 'mark' | 'unmark' | 'units' | 'dropdowns' | TrackingBusyKind | ScoreBusyKind | PlanBusyKind;
export type ErrorContext = BusyKind | 'select' | 'export' | 'live' | TrackingErrorContext | ScoreErrorContext | PlanErrorContext;

const vi: Strings = {
  ...UNIT_LIST_STRINGS.vi,
  title: 'CCHC Phụ lục',
  subtitle: 'Kiểm tra bảng phụ lục kế hoạch khắc phục',
  loading: 'Đang tải…',
  waitingForExcel: 'Excel đang chờ: nếu bạn đang nhập một ô, hãy nhấn Enter.',
  help: 'Hướng dẫn',
  notInExcel: 'Ngăn này chạy bên trong Excel.',
  oldExcel: 'Phiên bản Excel này chưa chạy được CCHC Phụ lục.',
  oldExcelHint:
    'Cần Excel 2021 trở lên, Microsoft 365, hoặc Excel trên web (miễn phí). Với Excel 2016 hay 2019: tải tệp lên OneDrive tại office.com, mở bằng Excel trên web, rồi chọn Trang đầu › Bổ trợ › CCHC Phụ lục.',
  notInExcelHint:
    'Hãy mở tệp trong Excel, vào tab Trang đầu và bấm “Kiểm tra bảng” trong nhóm CCHC. Muốn thử trên trình duyệt, chạy lệnh npm run preview.',
  sheetAndTable: (sheet, range) => `Trang “${sheet}” · bảng ${range}`,
  sheetNoTable: (sheet) => `Trang “${sheet}” · chưa nhận ra bảng`,
  sheetUnitList: (sheet) => `Trang “${sheet}” · danh mục đơn vị`,
  notCheckedYet: 'Chưa kiểm tra. Bấm “Kiểm tra bảng” để kiểm tra trang đang mở.',
  readingSheet: 'Đang đọc trang đang mở…',
  planDate: 'Ngày kế hoạch',
  planDateFound: 'Lấy từ dòng tiêu đề trên bảng.',
  planDateNotFound: 'Không thấy trong tiêu đề; nhập ngày để đọc đúng năm của các thời hạn.',
  planDateManual: 'Ngày đã nhập; xoá đi để dùng ngày trong tiêu đề.',
  planDateUnknown: 'Tìm trong dòng tiêu đề khi kiểm tra.',
  asOf: 'Tính đến',
  asOfHint: 'Ngày dùng để xét việc quá hạn.',
  asOfToday: (date) => `Để trống thì tính đến hôm nay (${date}).`,
  dateFormat: 'dd/mm/yyyy',
  dateError: (p) => {
    switch (p?.kind) {
      case 'year':
        return 'Năm phải từ 1900 đến 2200.';
      case 'month':
        return `Không có tháng ${p.month}: tháng phải từ 1 đến 12.`;
      case 'day':
        return `Không có ngày ${p.day}/${p.month}/${p.year}: tháng ${p.month}/${p.year} có ${p.daysInMonth} ngày.`;
      default:
        return 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/03/2022.';
    }
  },
  actions: 'Thao tác',

  check: 'Kiểm tra bảng',
  fix: 'Sửa',
  fixAll: (n) => `Sửa tất cả (${n})`,
  undo: 'Hoàn tác',
  mark: 'Đánh dấu trên bảng',
  unmark: 'Bỏ đánh dấu',
  exportReport: 'Xuất báo cáo',
  live: 'Tự kiểm tra khi sửa bảng',

  undoWhat: (label) => `Sẽ hoàn tác: ${label}`,
  undoOtherSheet: (label, sheet) => `Sẽ hoàn tác: ${label} (trang “${sheet}”)`,
  nothingToUndo: 'Chưa có thay đổi nào để hoàn tác.',

  busy: {
    check: 'Đang kiểm tra…',
    fix: 'Đang sửa…',
    undo: 'Đang hoàn tác…',
    mark: 'Đang đánh dấu…',
    unmark: 'Đang bỏ đánh dấu…',
    units: 'Đang tạo danh mục…',
    dropdowns: 'Đang thêm danh sách chọn…',
    ...TRACKING_STRINGS.vi.busy,
    ...SCORE_STRINGS.vi.busy,
    ...PLAN_STRINGS.vi.busy,
  },

  results: 'Kết quả kiểm tra',
  counts: 'Số vấn đề',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' },
  severityOne: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' },
  noProblems: 'Không có vấn đề nào',
  noProblemsDetail: 'Bảng không có lỗi, cảnh báo hay gợi ý nào.',
  tableNotFoundHint: 'Hãy mở trang tính chứa bảng phụ lục rồi bấm “Kiểm tra bảng”.',
  clickHint: 'Bấm vào một mục (hoặc nhấn Enter) để chọn ô đó trên bảng.',
  tableLevel: 'Cả bảng',
  hiddenRow: 'dòng đang ẩn',
  selectCell: (cell, message) => `Chọn ô ${cell}: ${message}`,
  unitListSheet: (n) => (n > 0 ? `Đây là trang danh mục đơn vị: ${n} đơn vị.` : 'Đây là trang danh mục đơn vị: chưa có đơn vị nào.'),
  unitListSheetDetail:
    'Tên đơn vị trong bảng phụ lục được đối chiếu với danh mục này. Hãy mở trang chứa bảng phụ lục để kiểm tra bảng.',
  autoFix: (label) => `Sửa tự động: ${label}`,
  showMore: (n) => `Hiện thêm (còn ${n})`,

  fixedOne: (label, cell) => `${label} (ô ${cell})`,
  fixedMany: (title, cells) => `Sửa tất cả “${title}” (${cells} ô)`,
  fixedTitle: 'Đã sửa',
  nothingToFix: 'Không còn gì để sửa; bảng đã được kiểm tra lại.',
  conflictsTitle: 'Có ô chưa được sửa',
  conflicts: (n, cells) =>
    `${n} ô đã thay đổi sau lần kiểm tra nên không được ghi đè: ${cells}. Bảng đã được kiểm tra lại; hãy xem lại rồi sửa.`,
  skipped: (n) => `${n} mục trùng ô với mục khác nên chưa sửa cùng lúc; hãy bấm sửa lại.`,
  undoneTitle: 'Đã hoàn tác',
  undone: (label) => `Đã hoàn tác: ${label}.`,
  undoConflicts: (n, cells) => `${n} ô đã thay đổi sau lần sửa nên không được khôi phục: ${cells}.`,
  exported: (fileName) => `Đã xuất báo cáo “${fileName}”.`,

  tracking: TRACKING_STRINGS.vi,
  score: SCORE_STRINGS.vi,
  plan: PLAN_STRINGS.vi,

  errorTitle: {
    check: 'Không kiểm tra được bảng',
    fix: 'Không sửa được',
    undo: 'Không hoàn tác được',
    mark: 'Không đánh dấu được',
    unmark: 'Không bỏ đánh dấu được',
    units: 'Không tạo được danh mục',
    dropdowns: 'Không thêm được danh sách chọn',
    select: 'Không chọn được ô',
    export: 'Không xuất được báo cáo',
    live: 'Không bật được chế độ tự kiểm tra',
    ...TRACKING_STRINGS.vi.errorTitle,
    ...SCORE_STRINGS.vi.errorTitle,
    ...PLAN_STRINGS.vi.errorTitle,
  },
  unexpected: 'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này.',
  detail: (text) => `Chi tiết: ${text}`,
  dismiss: 'Đóng thông báo',
};

const en: Strings = {
  ...UNIT_LIST_STRINGS.en,
  title: 'CCHC Phụ lục',
  subtitle: 'Checks the appendix table of a remediation plan',
  loading: 'Loading…',
  waitingForExcel: 'Excel is waiting: if you are typing in a cell, press Enter.',
  help: 'Help',
  notInExcel: 'This pane runs inside Excel.',
  oldExcel: 'This version of Excel cannot run CCHC Phụ lục.',
  oldExcelHint:
    'It needs Excel 2021 or later, Microsoft 365, or Excel on the web (free). With Excel 2016 or 2019: upload the file to OneDrive at office.com, open it in Excel on the web, then choose Home › Add-ins › CCHC Phụ lục.',
  notInExcelHint:
    'Open the file in Excel, go to the Home tab and click “Check table” in the CCHC group. To try it in a browser, run npm run preview.',
  sheetAndTable: (sheet, range) => `Sheet “${sheet}” · table ${range}`,
  sheetNoTable: (sheet) => `Sheet “${sheet}” · no table recognised`,
  sheetUnitList: (sheet) => `Sheet “${sheet}” · unit list`,
  notCheckedYet: 'Not checked yet. Click “Check table” to check the active sheet.',
  readingSheet: 'Reading the active sheet…',
  planDate: 'Plan date',
  planDateFound: 'Taken from the title lines above the table.',
  planDateNotFound: 'Not found in the title; enter it so deadlines are read in the right year.',
  planDateManual: 'Entered by hand; clear it to use the date in the title.',
  planDateUnknown: 'Looked up in the title lines when checking.',
  asOf: 'As of',
  asOfHint: 'The date overdue tasks are judged against.',
  asOfToday: (date) => `Left empty: as of today (${date}).`,
  dateFormat: 'dd/mm/yyyy',
  dateError: (p) => {
    switch (p?.kind) {
      case 'year':
        return 'The year must be between 1900 and 2200.';
      case 'month':
        return `There is no month ${p.month}: months go from 1 to 12.`;
      case 'day':
        return `There is no ${p.day}/${p.month}/${p.year}: month ${p.month} of ${p.year} has ${p.daysInMonth} days.`;
      default:
        return 'Enter the date as dd/mm/yyyy, for example 31/03/2022.';
    }
  },
  actions: 'Actions',

  check: 'Check table',
  fix: 'Fix',
  fixAll: (n) => `Fix all (${n})`,
  undo: 'Undo',
  mark: 'Mark on sheet',
  unmark: 'Remove marks',
  exportReport: 'Export report',
  live: 'Check as I edit',

  undoWhat: (label) => `Will undo: ${label}`,
  undoOtherSheet: (label, sheet) => `Will undo: ${label} (sheet “${sheet}”)`,
  nothingToUndo: 'Nothing to undo yet.',

  busy: {
    check: 'Checking…',
    fix: 'Fixing…',
    undo: 'Undoing…',
    mark: 'Marking…',
    unmark: 'Removing marks…',
    units: 'Creating the unit list…',
    dropdowns: 'Adding dropdowns…',
    ...TRACKING_STRINGS.en.busy,
    ...SCORE_STRINGS.en.busy,
    ...PLAN_STRINGS.en.busy,
  },

  results: 'Check results',
  counts: 'Problems found',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Suggestions' },
  severityOne: { error: 'Error', warning: 'Warning', info: 'Suggestion' },
  noProblems: 'No problems found',
  noProblemsDetail: 'The table has no errors, warnings or suggestions.',
  tableNotFoundHint: 'Open the sheet that holds the appendix table and click “Check table”.',
  clickHint: 'Click an item (or press Enter) to select its cell on the sheet.',
  tableLevel: 'Table',
  hiddenRow: 'hidden row',
  selectCell: (cell, message) => `Select cell ${cell}: ${message}`,
  unitListSheet: (n) =>
    n > 0 ? `This is the unit list sheet: ${n} ${n === 1 ? 'unit' : 'units'}.` : 'This is the unit list sheet: it lists no units yet.',
  unitListSheetDetail: 'Unit names in the appendix table are checked against this list. Open the sheet with the appendix table to check it.',
  autoFix: (label) => `Automatic fix: ${label}`,
  showMore: (n) => `Show more (${n} left)`,

  fixedOne: (label, cell) => `${label} (cell ${cell})`,
  fixedMany: (title, cells) => `Fix all “${title}” (${cells} cells)`,
  fixedTitle: 'Fixed',
  nothingToFix: 'Nothing left to fix; the table was checked again.',
  conflictsTitle: 'Some cells were not fixed',
  conflicts: (n, cells) =>
    `${n} cells changed since the check and were not overwritten: ${cells}. The table was checked again; review them and fix again.`,
  skipped: (n) => `${n} items touch the same cell as another and were not fixed at once; click fix again.`,
  undoneTitle: 'Undone',
  undone: (label) => `Undone: ${label}.`,
  undoConflicts: (n, cells) => `${n} cells changed after the fix and were not restored: ${cells}.`,
  exported: (fileName) => `Report exported as “${fileName}”.`,

  tracking: TRACKING_STRINGS.en,
  score: SCORE_STRINGS.en,
  plan: PLAN_STRINGS.en,

  errorTitle: {
    check: 'The table could not be checked',
    fix: 'The fix could not be applied',
    undo: 'The change could not be undone',
    mark: 'The cells could not be marked',
    unmark: 'The marks could not be removed',
    units: 'The unit list could not be created',
    dropdowns: 'The dropdowns could not be added',
    select: 'The cell could not be selected',
    export: 'The report could not be exported',
    live: 'Checking as you edit could not be turned on',
    ...TRACKING_STRINGS.en.errorTitle,
    ...SCORE_STRINGS.en.errorTitle,
    ...PLAN_STRINGS.en.errorTitle,
  },
  unexpected: 'Something unexpected went wrong. Try again; if it keeps failing, close and reopen this pane.',
  detail: (text) => `Details: ${text}`,
  dismiss: 'Dismiss message',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export function stringsFor(lang: Lang): Strings {
  return lang === 'en' ? en : vi;
}
