/**
 * The strings of the "Theo dõi hạn" section (the tracking layer: deadlines, overdue flags, progress by
 * unit), Vietnamese and English. Apart from i18n.ts, which holds the rest of the pane's strings and
 * takes these in as `t.tracking` (and the busy labels and error titles into its own records). Keep the
 * Vietnamese in NFC; the button names are a contract for the end-to-end tests.
 */
/** The pane's operations on the tracking layer (busy states). */
export type TrackingBusyKind = 'track' | 'untrack' | 'trackSettings';
/** Failures shown with their own title: the operations, and reading the layer after a check. */
export type TrackingErrorContext = TrackingBusyKind | 'trackRead';

/** The flags of the sheet's "Cảnh báo" column (src/core/tracking/due.ts FLAG), as the pane names them. */
export type FlagName = 'overdue' | 'dueSoon' | 'done';

export interface TrackingStrings {
  title: string;
  /** Before a check: nothing known about the sheet yet. */
  unknown: string;
  /** The active sheet has no appendix table. */
  noTable: string;
  /** What "Chèn cột theo dõi hạn" adds (no layer yet). */
  intro: string;
  /** The sheet has a layer: what "Cập nhật" does. */
  updateHint: string;

  // Buttons (contract names)
  insert: string;
  update: string;
  remove: string;
  copy: string;

  // Settings
  settings: string;
  settingsSavedHint: string;
  settingsForInsertHint: string;
  asOf: string;
  asOfToday: string;
  asOfFixed: string;
  /** Hint under "Hôm nay": the cell holds =TODAY(). */
  asOfTodayHint: (date: string) => string;
  fixedDate: string;
  fixedDateHint: string;
  window: string;
  windowHint: string;
  windowError: string;
  fixSettingsFirst: string;

  // The view
  asOfLine: (date: string, overdue: number, dueSoon: number) => string;
  lateTitle: string;
  noneLate: string;
  lateHint: string;
  unitHeading: (unit: string, n: number) => string;
  flag: Record<FlagName, string>;
  rowRef: (row: number) => string;
  countsTitle: string;
  counts: { unit: string; tasks: string; done: string; inProgress: string; overdue: string; dueSoon: string; total: string };
  copyBox: string;

  // Outcomes
  noticeTitle: string;
  insertedLabel: string;
  updatedLabel: string;
  removedLabel: string;
  settingsLabel: string;
  /** Live mode rewrote deadlines whose time text was edited (an undo step, and a notice). */
  deadlinesLabel: string;
  deadlinesRefreshed: (count: number) => string;
  inserted: (overdue: number, dueSoon: number) => string;
  updated: (overdue: number, dueSoon: number) => string;
  removed: string;
  settingsSaved: (asOf: string | null, window: number) => string;
  copied: string;
  copyFailed: string;

  busy: Record<TrackingBusyKind, string>;
  errorTitle: Record<TrackingErrorContext, string>;
}

const vi: TrackingStrings = {
  title: 'Theo dõi hạn',
  unknown: 'Kiểm tra bảng để chèn cột theo dõi hạn.',
  noTable: 'Mở trang có bảng phụ lục để chèn cột theo dõi hạn.',
  intro:
    'Chèn các cột Hạn hoàn thành, Cảnh báo và Đơn vị theo dõi bên phải bảng (thêm cột Tình trạng nếu bảng chưa có), cùng trang “Tổng hợp tiến độ”. Cột Cảnh báo tự tính lại theo ngày đánh giá.',
  updateHint: 'Bảng đã có cột theo dõi hạn. Sau khi sửa bảng, bấm Cập nhật để tính lại hạn; tình trạng đã nhập được giữ nguyên.',

  insert: 'Chèn cột theo dõi hạn',
  update: 'Cập nhật cột theo dõi',
  remove: 'Gỡ cột theo dõi',
  copy: 'Sao chép số liệu báo cáo',

  settings: 'Cài đặt theo dõi',
  settingsSavedHint: 'Lưu ngay trong bảng tính (ô NgayDanhGia và SoNgaySapDenHan), nên ai mở tệp cũng thấy cùng cảnh báo.',
  settingsForInsertHint: 'Dùng khi chèn cột theo dõi; sau đó được lưu trong bảng tính.',
  asOf: 'Ngày đánh giá',
  asOfToday: 'Hôm nay',
  asOfFixed: 'Ngày cố định',
  asOfTodayHint: (date) => `Ô ngày đánh giá chứa =TODAY(): cảnh báo tự đổi theo ngày mở tệp (hôm nay là ${date}).`,
  fixedDate: 'Đánh giá tại ngày',
  fixedDateHint: 'Ví dụ ngày chốt số liệu báo cáo 6 tháng.',
  window: 'Sắp đến hạn trong (ngày)',
  windowHint: 'Nhiệm vụ đến hạn trong số ngày này được cảnh báo “Sắp đến hạn”.',
  windowError: 'Nhập số ngày, từ 0 đến 365.',
  fixSettingsFirst: 'Hãy sửa cài đặt theo dõi (ngày đánh giá, số ngày) cho đúng rồi bấm lại.',

  asOfLine: (date, overdue, dueSoon) => `Tính đến ${date}: ${overdue} nhiệm vụ quá hạn, ${dueSoon} nhiệm vụ sắp đến hạn.`,
  lateTitle: 'Quá hạn và sắp đến hạn theo đơn vị',
  noneLate: 'Không có nhiệm vụ nào quá hạn hay sắp đến hạn.',
  lateHint: 'Nhiệm vụ có nhiều đơn vị chủ trì được kể dưới mỗi đơn vị. Bấm vào một nhiệm vụ để chọn dòng của nó trên bảng.',
  unitHeading: (unit, n) => `${unit} (${n})`,
  flag: { overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn', done: 'Hoàn thành' },
  rowRef: (row) => `Dòng ${row}`,
  countsTitle: 'Số liệu theo đơn vị',
  counts: { unit: 'Đơn vị', tasks: 'Nhiệm vụ', done: 'Hoàn thành', inProgress: 'Đang thực hiện', overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn', total: 'Cả kế hoạch' },
  copyBox: 'Số liệu báo cáo (chọn rồi nhấn Ctrl+C để sao chép)',

  noticeTitle: 'Theo dõi hạn',
  insertedLabel: 'Chèn cột theo dõi hạn',
  updatedLabel: 'Cập nhật cột theo dõi',
  removedLabel: 'Gỡ cột theo dõi',
  settingsLabel: 'Đổi cài đặt theo dõi hạn',
  deadlinesLabel: 'Cập nhật hạn hoàn thành',
  deadlinesRefreshed: (count) => `Đã ghi lại ${count} hạn hoàn thành theo cột thời gian vừa sửa.`,
  inserted: (overdue, dueSoon) => `Đã chèn cột theo dõi hạn: ${overdue} nhiệm vụ quá hạn, ${dueSoon} nhiệm vụ sắp đến hạn.`,
  updated: (overdue, dueSoon) => `Đã cập nhật cột theo dõi hạn: ${overdue} nhiệm vụ quá hạn, ${dueSoon} nhiệm vụ sắp đến hạn.`,
  removed: 'Đã gỡ cột theo dõi hạn và trang “Tổng hợp tiến độ”.',
  settingsSaved: (asOf, window) => `Đã lưu vào bảng tính: ngày đánh giá ${asOf ?? 'hôm nay'}, sắp đến hạn trong ${window} ngày.`,
  copied: 'Đã sao chép số liệu báo cáo; hãy dán vào báo cáo.',
  copyFailed: 'Không sao chép tự động được. Hãy chọn đoạn văn bản trong ô “Số liệu báo cáo” rồi nhấn Ctrl+C.',

  busy: { track: 'Đang ghi cột theo dõi…', untrack: 'Đang gỡ cột theo dõi…', trackSettings: 'Đang lưu cài đặt theo dõi…' },
  errorTitle: {
    track: 'Không chèn được cột theo dõi',
    untrack: 'Không gỡ được cột theo dõi',
    trackSettings: 'Không lưu được cài đặt theo dõi',
    trackRead: 'Không đọc được cột theo dõi',
  },
};

const en: TrackingStrings = {
  title: 'Deadline tracking',
  unknown: 'Check the table to add tracking columns.',
  noTable: 'Open the sheet with the appendix table to add tracking columns.',
  intro:
    'Adds the columns Hạn hoàn thành (deadline), Cảnh báo (flag) and Đơn vị theo dõi (units) right of the table (and Tình trạng, status, when it has none), and a “Tổng hợp tiến độ” sheet. The flags recalculate from the as-of date.',
  updateHint: 'The table has tracking columns. After editing the table, click Update to recompute the deadlines; statuses you typed are kept.',

  insert: 'Add tracking columns',
  update: 'Update tracking columns',
  remove: 'Remove tracking columns',
  copy: 'Copy report figures',

  settings: 'Tracking settings',
  settingsSavedHint: 'Saved in the workbook at once (cells NgayDanhGia and SoNgaySapDenHan), so everyone who opens the file sees the same flags.',
  settingsForInsertHint: 'Used when adding the tracking columns; then saved in the workbook.',
  asOf: 'As-of date',
  asOfToday: 'Today',
  asOfFixed: 'Fixed date',
  asOfTodayHint: (date) => `The as-of cell holds =TODAY(): the flags follow the day the file is opened (today is ${date}).`,
  fixedDate: 'Judge as of',
  fixedDateHint: 'For example the cut-off date of a 6-month report.',
  window: 'Due soon within (days)',
  windowHint: 'Tasks due within this many days are flagged “Sắp đến hạn” (due soon).',
  windowError: 'Enter a number of days from 0 to 365.',
  fixSettingsFirst: 'Correct the tracking settings (as-of date, days) and click again.',

  asOfLine: (date, overdue, dueSoon) => `As of ${date}: ${overdue} overdue, ${dueSoon} due soon.`,
  lateTitle: 'Overdue and due soon, by unit',
  noneLate: 'No task is overdue or due soon.',
  lateHint: 'A task with several lead units is listed under each. Click a task to select its row on the sheet.',
  unitHeading: (unit, n) => `${unit} (${n})`,
  flag: { overdue: 'Overdue', dueSoon: 'Due soon', done: 'Done' },
  rowRef: (row) => `Row ${row}`,
  countsTitle: 'Figures by unit',
  counts: { unit: 'Unit', tasks: 'Tasks', done: 'Done', inProgress: 'In progress', overdue: 'Overdue', dueSoon: 'Due soon', total: 'Whole plan' },
  copyBox: 'Report figures (select, then press Ctrl+C to copy)',

  noticeTitle: 'Deadline tracking',
  insertedLabel: 'Add tracking columns',
  updatedLabel: 'Update tracking columns',
  removedLabel: 'Remove tracking columns',
  settingsLabel: 'Change tracking settings',
  deadlinesLabel: 'Update deadlines',
  deadlinesRefreshed: (count) => `Rewrote ${count} deadline${count === 1 ? '' : 's'} from the edited time column.`,
  inserted: (overdue, dueSoon) => `Tracking columns added: ${overdue} overdue, ${dueSoon} due soon.`,
  updated: (overdue, dueSoon) => `Tracking columns updated: ${overdue} overdue, ${dueSoon} due soon.`,
  removed: 'The tracking columns and the “Tổng hợp tiến độ” sheet were removed.',
  settingsSaved: (asOf, window) => `Saved in the workbook: as of ${asOf ?? 'today'}, due soon within ${window} days.`,
  copied: 'Report figures copied; paste them into the report.',
  copyFailed: 'Copying automatically did not work. Select the text in the “Report figures” box and press Ctrl+C.',

  busy: { track: 'Writing tracking columns…', untrack: 'Removing tracking columns…', trackSettings: 'Saving tracking settings…' },
  errorTitle: {
    track: 'The tracking columns could not be added',
    untrack: 'The tracking columns could not be removed',
    trackSettings: 'The tracking settings could not be saved',
    trackRead: 'The tracking columns could not be read',
  },
};

export const TRACKING_STRINGS = { vi, en } as const;
