/** Task pane strings. Vietnamese is the default; English when Office's display language is not Vietnamese. */
import type { Lang, Severity } from '../core/report';

export interface Strings {
  title: string;
  subtitle: string;
  loading: string;
  notInExcel: string;
  notInExcelHint: string;
  sheet: string;
  usedRange: string;
  rows: string;
  emptySheet: string;
  check: string;
  checking: string;
  checkFailed: string;
  severity: Record<Severity, string>;
  noFindings: string;
  findings: string;
  tableLevel: string;
  checkedAt: (sheet: string, rows: number) => string;
}

const vi: Strings = {
  title: 'CCHC Phụ lục',
  subtitle: 'Kiểm tra bảng phụ lục kế hoạch khắc phục sau Chỉ số CCHC',
  loading: 'Đang tải…',
  notInExcel: 'Ngăn này phải chạy bên trong Excel.',
  notInExcelHint: 'Hãy mở Excel, vào tab Trang đầu và bấm “Kiểm tra bảng” trong nhóm CCHC.',
  sheet: 'Trang tính',
  usedRange: 'Vùng dữ liệu',
  rows: 'Số dòng',
  emptySheet: '(trống)',
  check: 'Kiểm tra bảng',
  checking: 'Đang kiểm tra…',
  checkFailed: 'Không kiểm tra được bảng',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' },
  noFindings: 'Không phát hiện vấn đề nào.',
  findings: 'Kết quả',
  tableLevel: 'Bảng',
  checkedAt: (sheet, rows) => `Đã kiểm tra “${sheet}” (${rows} dòng).`,
};

const en: Strings = {
  title: 'CCHC Phụ lục',
  subtitle: 'Checks the appendix table of a remediation plan after the PAR Index',
  loading: 'Loading…',
  notInExcel: 'This pane must run inside Excel.',
  notInExcelHint: 'Open Excel, go to the Home tab and click “Check table” in the PAR Index group.',
  sheet: 'Sheet',
  usedRange: 'Used range',
  rows: 'Rows',
  emptySheet: '(empty)',
  check: 'Check table',
  checking: 'Checking…',
  checkFailed: 'The table could not be checked',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Suggestions' },
  noFindings: 'No problems found.',
  findings: 'Findings',
  tableLevel: 'Table',
  checkedAt: (sheet, rows) => `Checked “${sheet}” (${rows} rows).`,
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** "vi-VN", "vi" → vi; any other language → en; unknown → vi. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The pane's language: Office's display language once Office is ready, else vi. */
export function currentLang(): Lang {
  try {
    if (typeof Office === 'undefined') return 'vi';
    return langFromDisplayLanguage(Office.context?.displayLanguage);
  } catch {
    return 'vi';
  }
}
