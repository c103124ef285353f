/**
 * The two kinds of sheet the add-in creates for a plan, as plan steps every host carries out (tests of the
 * page setup, fonts, borders and row heights: test/plan-page-setup*.test.ts, test/office-page-setup.test.ts):
 * - "Kế hoạch": an ND30 document on A4 portrait — Times New Roman 13–14 pt, merged wrapped lines with
 *   explicit row heights, margins 20/20/30/15 mm, page numbers from page 2;
 * - "PL Kế hoạch": an appendix table on A4 landscape, one page wide, its header row (5) repeated on every
 *   page, bordered wrapped cells, and a list validation on its status column in the same plan.
 */
import type { NewCell, PlanStep, WorkbookPlan } from '../../src/core/workbook/plan';

export type AddSheet = Extract<PlanStep, { kind: 'addSheet' }>;

export const PLAN_SHEET = 'Kế hoạch';
export const ANNEX_SHEET = 'PL Kế hoạch';
export const FONT = 'Times New Roman';
export const ND30_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };
/** Lines of the document body: enough to run onto a second page. */
export const BODY_LINES = 40;
export const ANNEX_ROWS = 60;
export const STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'];

const line = (row: number, value: string, more: Partial<NewCell> = {}): NewCell => ({ row, col: 1, value, fontName: FONT, fontSize: 14, wrap: true, vertical: 'top', ...more });

/** The document sheet: heading lines, a title, a body of merged wrapped paragraphs with their heights. */
export function planSheetStep(): AddSheet {
  const cells: NewCell[] = [
    line(1, 'UBND TỈNH AN GIANG', { fontSize: 13, horizontal: 'center', wrap: false }),
    line(2, 'SỞ NỘI VỤ', { fontSize: 13, bold: true, underline: true, horizontal: 'center', wrap: false }),
    { row: 1, col: 4, value: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', fontName: FONT, fontSize: 13, bold: true, horizontal: 'center' },
    { row: 2, col: 4, value: 'Độc lập - Tự do - Hạnh phúc', fontName: FONT, fontSize: 14, bold: true, underline: true, horizontal: 'center' },
    line(4, 'KẾ HOẠCH', { bold: true, horizontal: 'center', wrap: false }),
    line(5, 'Khắc phục hạn chế trong đánh giá Chỉ số cải cách hành chính năm 2024', { bold: true, horizontal: 'center' }),
  ];
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 2, left: 1, bottom: 2, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 6 },
    { top: 2, left: 4, bottom: 2, right: 6 },
    { top: 4, left: 1, bottom: 4, right: 6 },
    { top: 5, left: 1, bottom: 5, right: 6 },
  ];
  const rowHeights = [{ row: 3, height: 9 }, { row: 5, height: 40 }];
  for (let i = 0; i < BODY_LINES; i++) {
    const row = 7 + i;
    cells.push(line(row, `${i + 1}. Đoạn ${i + 1} của kế hoạch: mục tiêu, nhiệm vụ và giải pháp khắc phục các tiêu chí bị trừ điểm, phân công đơn vị chủ trì và thời hạn hoàn thành.`, { horizontal: 'left' }));
    merges.push({ top: row, left: 1, bottom: row, right: 6 });
    rowHeights.push({ row, height: 58 });
  }
  return {
    kind: 'addSheet',
    sheet: PLAN_SHEET,
    cells,
    columnWidths: [1, 2, 3, 4, 5, 6].map((col) => ({ col, width: 14 })),
    rowHeights,
    merges,
    page: { orientation: 'portrait', marginsMm: ND30_MARGINS, pageNumbersFrom: 2 },
  };
}

const HEADER = ['STT', 'Nội dung, tiêu chí', 'Giải pháp', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'];

/** The appendix: title lines, a bordered header on row 5 and bordered wrapped task rows below. */
export function annexSheetStep(rows = ANNEX_ROWS): AddSheet {
  const cell = (row: number, col: number, value: string | number | null, more: Partial<NewCell> = {}): NewCell => ({
    row, col, value, fontName: FONT, fontSize: 12, wrap: true, vertical: 'center', border: true, ...more,
  });
  const cells: NewCell[] = [
    { row: 1, col: 1, value: 'PHỤ LỤC', fontName: FONT, fontSize: 14, bold: true, horizontal: 'center' },
    { row: 2, col: 1, value: 'NHIỆM VỤ KHẮC PHỤC', fontName: FONT, fontSize: 14, bold: true, horizontal: 'center' },
    { row: 3, col: 1, value: '(Kèm theo Kế hoạch số …/KH-SNV)', fontName: FONT, fontSize: 14, italic: true, horizontal: 'center' },
  ];
  HEADER.forEach((h, i) => cells.push(cell(5, i + 1, h, { bold: true, horizontal: 'center' })));
  for (let r = 6; r < 6 + rows; r++) {
    cells.push(cell(r, 1, r - 5, { horizontal: 'center' }));
    cells.push(cell(r, 2, `Tiêu chí ${r - 5}: nội dung bị trừ điểm cần khắc phục`));
    cells.push(cell(r, 3, `Giải pháp ${r - 5}`));
    cells.push(cell(r, 4, 'Sở Nội vụ'));
    cells.push(cell(r, 5, 'Quý IV/2025'));
    cells.push(cell(r, 6, null));
  }
  return {
    kind: 'addSheet',
    sheet: ANNEX_SHEET,
    cells,
    columnWidths: [{ col: 1, width: 6 }, { col: 2, width: 40 }, { col: 3, width: 36 }, { col: 4, width: 18 }, { col: 5, width: 14 }, { col: 6, width: 16 }],
    rowHeights: [{ row: 4, height: 6 }],
    merges: [1, 2, 3].map((row) => ({ top: row, left: 1, bottom: row, right: 6 })),
    page: { orientation: 'landscape', marginsMm: ND30_MARGINS, fitToWidth: true, printTitleRows: { first: 5, last: 5 }, pageNumbersFrom: 2 },
  };
}

/** The status column's list, on the appendix sheet the same plan adds. */
export function statusValidation(rows = ANNEX_ROWS): Extract<PlanStep, { kind: 'addValidation' }> {
  return {
    kind: 'addValidation',
    sheet: ANNEX_SHEET,
    range: { top: 6, left: 6, bottom: 5 + rows, right: 6 },
    list: { values: STATUSES },
    alert: { style: 'stop', title: 'Tình trạng', message: 'Chọn một tình trạng trong danh sách.' },
  };
}

/** Both sheets and the validation, in one plan (the appendix with `rows` task rows). */
export function planSheetsPlan(rows = ANNEX_ROWS): WorkbookPlan {
  return { steps: [planSheetStep(), annexSheetStep(rows), statusValidation(rows)] };
}
