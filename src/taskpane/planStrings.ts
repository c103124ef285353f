/**
 * The strings of the "Kế hoạch khắc phục" section (issue 11: the plan's settings, the "Kế hoạch" sheet, the
 * appendix sheet, the Word file), Vietnamese and English. Apart from i18n.ts, which takes these in as
 * `t.plan` (and the busy labels and error titles into its own records). Keep the Vietnamese in NFC; the
 * button names are a contract for the end-to-end tests.
 */
import type { SectionId } from '../core/plan-doc';
import { SETTINGS_FIELDS } from '../core/plan-sheet';
import type { PlanFieldKey } from './planForm';

/** The pane's plan operations (busy states). */
export type PlanBusyKind = 'planSave' | 'planInsert' | 'appendixInsert' | 'planDocx';
/** Failures shown with their own title: the operations, and reading the settings after a check. */
export type PlanErrorContext = PlanBusyKind | 'planRead';

/** Why a field of the settings form is refused (planForm.ts). */
export type PlanFieldProblem = 'planDate' | 'date' | 'year' | 'rank';

export interface PlanStrings {
  title: string;
  /** Before a check. */
  unknown: string;
  /** The checked sheet holds no table to draw the plan from. */
  noTable: string;

  // Settings
  settings: string;
  /** Above the form the first time (nothing saved yet): where the values came from, where they go. */
  settingsFirstHint: (sheet: string) => string;
  settingsEditHint: (sheet: string) => string;
  /** The field labels; Vietnamese uses the labels of the settings sheet itself. */
  fields: Record<PlanFieldKey, string>;
  /** Format hints under some fields. */
  fieldHints: Partial<Record<PlanFieldKey, string>>;
  /** An empty field's placeholder: the settings sheet's example, marked as one. */
  example: (text: string) => string;
  fieldError: Record<PlanFieldProblem, string>;
  save: string;
  edit: string;
  cancel: string;
  /** The saved settings in one line: the unit, number and symbol, date, signer. */
  summaryNumber: (number: string, symbol: string) => string;
  summaryDate: (date: string) => string;
  summarySigner: (name: string) => string;
  summaryEmpty: string;
  /** How many fields are left empty (placeholders in the plan). */
  summaryBlank: (n: number) => string;
  savedLabel: string;
  saved: (sheet: string) => string;
  unchanged: string;
  fixFieldsFirst: string;

  // The plan sheet
  sectionsTitle: string;
  /** The checkboxes' group name. */
  sectionsLabel: string;
  sections: Record<SectionId, string>;
  selectionOnly: string;
  selectionOnlyHint: string;
  insert: string;
  /** The insert button of either sheet once ours is there. */
  update: (sheet: string) => string;
  insertHint: string;
  noSection: string;
  /** Asked before our sheet is replaced. */
  confirmPlan: (sheet: string) => string;
  confirmAppendix: (sheet: string) => string;
  confirm: string;
  noSelection: string;
  selectionOutside: (top: number, bottom: number) => string;

  // The appendix sheet
  appendixTitle: string;
  prefill: string;
  appendixInsert: string;

  // The Word file
  wordTitle: string;
  wordHint: string;
  download: string;
  /** After a download: a link to save the same file by hand (Excel's pane may not save it by itself). */
  saveAgainHint: string;
  saveAgain: (fileName: string) => string;

  // Outcomes
  noticeTitle: string;
  insertedLabel: string;
  updatedLabel: string;
  appendixInsertedLabel: string;
  appendixUpdatedLabel: string;
  inserted: (sheet: string) => string;
  /** Either sheet, updated. */
  updated: (sheet: string) => string;
  appendixInserted: (sheet: string) => string;
  /** `n` places still to fill ("…", "[…: cần bổ sung]"). */
  placeholders: (n: number) => string;
  downloaded: (fileName: string) => string;
  busy: Record<PlanBusyKind, string>;
  errorTitle: Record<PlanErrorContext, string>;
}

const vi: PlanStrings = {
  title: 'Kế hoạch khắc phục',
  unknown: 'Kiểm tra bảng để lập kế hoạch khắc phục từ bảng.',
  noTable: 'Mở trang có bảng phụ lục hoặc bảng kết quả chấm điểm rồi bấm “Kiểm tra bảng” để lập kế hoạch.',

  settings: 'Thông tin kế hoạch',
  settingsFirstHint: (sheet) =>
    `Các thông tin lấy được từ dòng tiêu đề của bảng đã được điền sẵn. Hãy xem lại, điền thêm rồi bấm “Lưu thông tin”: thông tin được lưu trong trang “${sheet}” của bảng tính. Mục để trống sẽ hiện “…” trong kế hoạch.`,
  settingsEditHint: (sheet) => `Sửa rồi bấm “Lưu thông tin” (lưu trong trang “${sheet}”).`,
  // The settings sheet's own labels: the form and the sheet say the same.
  fields: Object.fromEntries(SETTINGS_FIELDS.map((f) => [f.key, f.label])) as Record<PlanFieldKey, string>,
  fieldHints: {
    planNumber: 'Để trống đến khi vào sổ.',
    planDate: 'dd/mm/yyyy, hoặc mm/yyyy khi chưa có ngày.',
    indexYear: 'Để trống: năm trước năm kế hoạch.',
    decisionDate: 'dd/mm/yyyy',
    rank: 'Ví dụ 13/20.',
  },
  example: (text) => `VD: ${text}`,
  fieldError: {
    planDate: 'Nhập ngày dạng dd/mm/yyyy (ví dụ 05/01/2024), hoặc mm/yyyy (01/2024) khi chưa có ngày.',
    date: 'Nhập ngày dạng dd/mm/yyyy, ví dụ 16/01/2024.',
    year: 'Nhập năm gồm 4 chữ số, ví dụ 2023.',
    rank: 'Nhập thứ hạng dạng hạng/tổng số, ví dụ 13/20.',
  },
  save: 'Lưu thông tin',
  edit: 'Sửa',
  cancel: 'Hủy',
  summaryNumber: (number, symbol) => `Số ${number || '…'}/${symbol || '…'}`,
  summaryDate: (date) => `ngày ${date}`,
  summarySigner: (name) => `người ký ${name}`,
  summaryEmpty: 'Chưa có thông tin nào.',
  summaryBlank: (n) => `${n} mục còn để trống.`,
  savedLabel: 'Lưu thông tin kế hoạch',
  saved: (sheet) => `Đã lưu thông tin kế hoạch vào trang “${sheet}”.`,
  unchanged: 'Thông tin không thay đổi nên không ghi gì.',
  fixFieldsFirst: 'Hãy sửa các mục thông tin kế hoạch đang báo lỗi trước.',

  sectionsTitle: 'Trang “Kế hoạch”',
  sectionsLabel: 'Các phần cần chèn',
  sections: {
    header: 'Phần đầu (quốc hiệu, số, ngày)',
    title: 'Tên kế hoạch',
    preamble: 'Mở đầu và kết quả chấm điểm',
    purpose: 'I. Mục đích, yêu cầu',
    content: 'II. Nội dung và giải pháp',
    organization: 'III. Tổ chức thực hiện',
    closing: 'Kết thúc, nơi nhận, chữ ký',
  },
  selectionOnly: 'Chỉ các dòng đang chọn',
  selectionOnlyHint: 'Chọn các dòng tiêu chí trên bảng trước khi bấm chèn.',
  insert: 'Chèn kế hoạch',
  update: (sheet) => `Cập nhật trang ${sheet}`,
  insertHint: 'Soạn kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP từ bảng và thông tin kế hoạch, trên một trang mới.',
  noSection: 'Chọn ít nhất một phần để chèn.',
  confirmPlan: (sheet) => `Trang “${sheet}” sẽ được thay bằng bản mới từ bảng; những gì đã sửa trên trang đó sẽ mất (có thể Hoàn tác).`,
  confirmAppendix: (sheet) => `Trang “${sheet}” sẽ được thay bằng bản mới từ bảng; những gì đã điền trên trang đó sẽ mất (có thể Hoàn tác).`,
  confirm: 'Đồng ý',
  noSelection: 'Không đọc được vùng đang chọn. Hãy chọn các dòng tiêu chí trên bảng rồi thử lại, hoặc bỏ “Chỉ các dòng đang chọn”.',
  selectionOutside: (top, bottom) =>
    `Vùng đang chọn (dòng ${top === bottom ? top : `${top}–${bottom}`}) không có dòng nào của bảng. Hãy chọn các dòng tiêu chí trên bảng rồi thử lại.`,

  appendixTitle: 'Phụ lục',
  prefill: 'Điền sẵn các tiêu chí bị trừ điểm',
  appendixInsert: 'Chèn phụ lục mẫu',

  wordTitle: 'Tệp Word',
  wordHint: 'Kế hoạch (khổ A4 đứng) và phụ lục (khổ A4 ngang) trong một tệp .docx, để chỉnh sửa và trình ký.',
  download: 'Tải về Word (.docx)',
  saveAgainHint: 'Không thấy tệp được tải về?',
  saveAgain: (fileName) => `Lưu tệp “${fileName}”`,

  noticeTitle: 'Kế hoạch khắc phục',
  insertedLabel: 'Chèn trang Kế hoạch',
  updatedLabel: 'Cập nhật trang Kế hoạch',
  appendixInsertedLabel: 'Chèn phụ lục mẫu',
  appendixUpdatedLabel: 'Cập nhật phụ lục mẫu',
  inserted: (sheet) => `Đã chèn kế hoạch vào trang “${sheet}”.`,
  updated: (sheet) => `Đã cập nhật trang “${sheet}” từ bảng.`,
  appendixInserted: (sheet) => `Đã chèn phụ lục mẫu vào trang “${sheet}”.`,
  placeholders: (n) =>
    n === 0 ? 'Không còn chỗ nào cần bổ sung.' : `Còn ${n} chỗ cần bổ sung (những chỗ ghi “…” hoặc “cần bổ sung”, tô vàng trên trang).`,
  downloaded: (fileName) => `Đã tạo tệp “${fileName}”.`,
  busy: {
    planSave: 'Đang lưu thông tin kế hoạch…',
    planInsert: 'Đang chèn kế hoạch…',
    appendixInsert: 'Đang chèn phụ lục mẫu…',
    planDocx: 'Đang tạo tệp Word…',
  },
  errorTitle: {
    planSave: 'Không lưu được thông tin kế hoạch',
    planInsert: 'Không chèn được kế hoạch',
    appendixInsert: 'Không chèn được phụ lục mẫu',
    planDocx: 'Không tạo được tệp Word',
    planRead: 'Không đọc được thông tin kế hoạch',
  },
};

const en: PlanStrings = {
  title: 'Remediation plan',
  unknown: 'Check the table to draw up the remediation plan from it.',
  noTable: 'Open the sheet with the appendix table or the score table and click “Check table” to draw up the plan.',

  settings: 'Plan details',
  settingsFirstHint: (sheet) =>
    `What the table’s title lines say is filled in already. Review it, add the rest and click “Save details”: they are kept on the workbook’s “${sheet}” sheet. Empty fields show as “…” in the plan.`,
  settingsEditHint: (sheet) => `Edit, then click “Save details” (kept on the “${sheet}” sheet).`,
  fields: {
    parentAgency: 'Parent agency',
    issuingAgency: 'Issuing agency',
    unitName: 'Unit name (in sentences)',
    planNumber: 'Plan number',
    planSymbol: 'Symbol',
    place: 'Place',
    planDate: 'Date of issue',
    indexYear: 'Year of the PAR index',
    decisionNumber: 'Decision publishing the index: number',
    decisionDate: 'Decision publishing the index: date',
    decisionIssuer: 'Decision publishing the index: issued by',
    rank: 'Rank',
    signerAuthority: 'Signing authority (KT., TM., TL.)',
    signerTitle: 'Signer’s title',
    signerName: 'Signer’s full name',
    recipients: 'Recipients (separated by ;)',
    trackingUnit: 'Unit that tracks and reports',
  },
  fieldHints: {
    planNumber: 'Leave empty until the plan is registered.',
    planDate: 'dd/mm/yyyy, or mm/yyyy while the day is not known.',
    indexYear: 'Empty: the year before the plan’s.',
    decisionDate: 'dd/mm/yyyy',
    rank: 'For example 13/20.',
  },
  example: (text) => `e.g. ${text}`,
  fieldError: {
    planDate: 'Enter the date as dd/mm/yyyy (for example 05/01/2024), or mm/yyyy (01/2024) while the day is not known.',
    date: 'Enter the date as dd/mm/yyyy, for example 16/01/2024.',
    year: 'Enter a four-digit year, for example 2023.',
    rank: 'Enter the rank as position/total, for example 13/20.',
  },
  save: 'Save details',
  edit: 'Edit',
  cancel: 'Cancel',
  summaryNumber: (number, symbol) => `No. ${number || '…'}/${symbol || '…'}`,
  summaryDate: (date) => `dated ${date}`,
  summarySigner: (name) => `signed by ${name}`,
  summaryEmpty: 'No details yet.',
  summaryBlank: (n) => `${n} field${n === 1 ? '' : 's'} left empty.`,
  savedLabel: 'Save plan details',
  saved: (sheet) => `The plan details were saved on the “${sheet}” sheet.`,
  unchanged: 'Nothing changed, so nothing was written.',
  fixFieldsFirst: 'Correct the plan details marked as wrong first.',

  sectionsTitle: 'The “Kế hoạch” sheet',
  sectionsLabel: 'Parts to insert',
  sections: {
    header: 'Header (national title, number, date)',
    title: 'Plan title',
    preamble: 'Opening and score results',
    purpose: 'I. Purpose and requirements',
    content: 'II. Content and measures',
    organization: 'III. Implementation',
    closing: 'Closing, recipients, signature',
  },
  selectionOnly: 'Selected rows only',
  selectionOnlyHint: 'Select the criteria’s rows on the table before inserting.',
  insert: 'Insert plan',
  update: (sheet) => `Update sheet ${sheet}`,
  insertHint: 'Writes the plan in the form of Decree 30/2020/NĐ-CP from the table and the plan details, on a new sheet.',
  noSection: 'Choose at least one part to insert.',
  confirmPlan: (sheet) => `The “${sheet}” sheet will be replaced by a new one from the table; edits made on it will be lost (Undo brings it back).`,
  confirmAppendix: (sheet) => `The “${sheet}” sheet will be replaced by a new one from the table; what was filled in on it will be lost (Undo brings it back).`,
  confirm: 'OK',
  noSelection: 'The selection could not be read. Select the criteria’s rows on the table and try again, or clear “Selected rows only”.',
  selectionOutside: (top, bottom) =>
    `The selection (row${top === bottom ? ` ${top}` : `s ${top}–${bottom}`}) holds no row of the table. Select the criteria’s rows on the table and try again.`,

  appendixTitle: 'Appendix',
  prefill: 'Fill in the criteria that lost points',
  appendixInsert: 'Insert appendix template',

  wordTitle: 'Word file',
  wordHint: 'The plan (A4 portrait) and its appendix (A4 landscape) in one .docx file, to edit and sign.',
  download: 'Download Word (.docx)',
  saveAgainHint: 'No file downloaded?',
  saveAgain: (fileName) => `Save “${fileName}”`,

  noticeTitle: 'Remediation plan',
  insertedLabel: 'Insert the Kế hoạch sheet',
  updatedLabel: 'Update the Kế hoạch sheet',
  appendixInsertedLabel: 'Insert appendix template',
  appendixUpdatedLabel: 'Update appendix template',
  inserted: (sheet) => `The plan was inserted on the “${sheet}” sheet.`,
  updated: (sheet) => `The “${sheet}” sheet was updated from the table.`,
  appendixInserted: (sheet) => `The appendix template was inserted on the “${sheet}” sheet.`,
  placeholders: (n) =>
    n === 0 ? 'Nothing is left to fill in.' : `${n} place${n === 1 ? '' : 's'} still to fill in (marked “…” or “cần bổ sung”, highlighted in yellow on the sheet).`,
  downloaded: (fileName) => `Created “${fileName}”.`,
  busy: {
    planSave: 'Saving plan details…',
    planInsert: 'Inserting the plan…',
    appendixInsert: 'Inserting the appendix template…',
    planDocx: 'Creating the Word file…',
  },
  errorTitle: {
    planSave: 'The plan details could not be saved',
    planInsert: 'The plan could not be inserted',
    appendixInsert: 'The appendix template could not be inserted',
    planDocx: 'The Word file could not be created',
    planRead: 'The plan details could not be read',
  },
};

export const PLAN_STRINGS = { vi, en } as const;
