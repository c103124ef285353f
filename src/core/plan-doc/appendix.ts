/**
 * The standard appendix (Phụ lục) of a remediation plan as data: "PHỤ LỤC", its title in capitals, "(Kèm
 * theo Kế hoạch số … ngày … của …)", then the table STT | Nội dung, tiêu chí | Giải pháp | Đơn vị chủ trì |
 * Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành | Tình trạng, on A4 landscape. The sheet and the .docx
 * renderers draw the same appendix from it; column widths are given in millimetres for both.
 *
 * Numbering: areas I, II, …; their criteria 1, 2, … within each area — the outline the checker reads
 * (stt-outline), so that a freshly inserted appendix passes the check.
 */
import { PLAN_FONT, PLAN_PAGE, type Line, type LineStyle, type PlanInput, type PlanCriterion } from './model';
import { criterionTitle, planNumber, years } from './sections';
import { bare, clean, field, line, longDate, roman, scorePair, textOf, type Part } from './write';

export type AppendixField = 'stt' | 'content' | 'solution' | 'owner' | 'partners' | 'product' | 'time' | 'status';

export interface AppendixColumn {
  field: AppendixField;
  title: string;
  /** Width on the printed page; the columns fill A4 landscape between the margins (252 mm). */
  widthMm: number;
}

export const APPENDIX_COLUMNS: readonly AppendixColumn[] = [
  { field: 'stt', title: 'STT', widthMm: 12 },
  { field: 'content', title: 'Nội dung, tiêu chí', widthMm: 58 },
  { field: 'solution', title: 'Giải pháp', widthMm: 56 },
  { field: 'owner', title: 'Đơn vị chủ trì', widthMm: 28 },
  { field: 'partners', title: 'Đơn vị phối hợp', widthMm: 28 },
  { field: 'product', title: 'Sản phẩm', widthMm: 26 },
  { field: 'time', title: 'Thời gian hoàn thành', widthMm: 22 },
  { field: 'status', title: 'Tình trạng', widthMm: 22 },
];

/** The plan's page turned landscape (same ND30 margins, page numbers from page 2); the header row repeats on every page. */
export const APPENDIX_PAGE = { ...PLAN_PAGE, orientation: 'landscape' } as const;

/** The status words the appendix's dropdown offers (the checker's and the tracking layer's own words). */
export const APPENDIX_STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'] as const;

/** Blank task rows an appendix without prefill gets, for the user to fill. */
export const BLANK_ROWS = 10;

export interface AppendixRow {
  /** An area (bold, its title in capitals) or a task under it. */
  kind: 'area' | 'task';
  cells: Partial<Record<AppendixField, string>>;
}

export const APPENDIX_STYLES = {
  label: { sizePt: 14, align: 'center', bold: true, caps: true },
  title: { sizePt: 14, align: 'center', bold: true, caps: true },
  attached: { sizePt: 14, align: 'center', italic: true },
} satisfies Record<string, LineStyle>;

/** Table text size: 12 pt fits eight columns on A4 landscape (the seeds' appendices use 12–13 pt). */
export const APPENDIX_TABLE_PT = 12;

export interface AppendixDocument {
  font: typeof PLAN_FONT;
  page: typeof APPENDIX_PAGE;
  /** "PHỤ LỤC", the title, "(Kèm theo …)". */
  heading: Line[];
  columns: readonly AppendixColumn[];
  rows: AppendixRow[];
}

export interface AppendixOptions {
  /** Fill the rows with the criteria that lost points (or the table's tasks); else blank rows. */
  prefill: boolean;
}

/** "(Kèm theo Kế hoạch số 04/KH-SCT ngày 05 tháng 01 năm 2024 của Sở Công Thương)", holes where unknown. */
export function attachedLine(input: PlanInput): Part[] {
  const s = input.settings;
  return ['(Kèm theo Kế hoạch số ', ...planNumber(s), ' ', ...longDate(s.planDate), ' của ', field(s.unitName ?? s.issuingAgency, 'Tên đơn vị'), ')'];
}

export function buildAppendix(input: PlanInput, options: AppendixOptions): AppendixDocument {
  const heading: Line[] = [
    line(APPENDIX_STYLES.label, 'PHỤ LỤC'),
    line(APPENDIX_STYLES.title, 'NỘI DUNG KHẮC PHỤC CÁC TIÊU CHÍ BỊ ĐÁNH GIÁ THẤP TẠI KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ', years(input.settings).index),
    line(APPENDIX_STYLES.attached, ...attachedLine(input)),
  ];
  return { font: PLAN_FONT, page: APPENDIX_PAGE, heading, columns: APPENDIX_COLUMNS, rows: options.prefill ? filledRows(input) : blankRows() };
}

function blankRows(): AppendixRow[] {
  return Array.from({ length: BLANK_ROWS }, () => ({ kind: 'task', cells: {} }));
}

/** Areas as I, II…; their criteria 1, 2… — "Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC (01/2,5 điểm)". */
function filledRows(input: PlanInput): AppendixRow[] {
  const rows: AppendixRow[] = [];
  let n = 0;
  for (const area of input.areas) {
    if (!area.criteria.length) continue;
    const pair = scorePair(area.appraised, area.max);
    const title = bare(area.title).toLocaleUpperCase('vi');
    if (title || input.areas.length > 1) {
      rows.push({ kind: 'area', cells: { stt: roman(++n), content: (title || 'LĨNH VỰC') + (pair ? ` (${plain(pair)} điểm)` : '') } });
    }
    area.criteria.forEach((c, i) => rows.push({ kind: 'task', cells: taskCells(c, i + 1) }));
  }
  return rows.length ? rows : blankRows();
}

function taskCells(c: PlanCriterion, n: number): AppendixRow['cells'] {
  const code = clean(c.code).replace(/\.$/, '');
  const title = criterionTitle(c);
  const pair = scorePair(c.appraised, c.max, true);
  const named = code ? `Tiêu chí thành phần ${code}: ${title}` : title;
  const content = named + (pair ? ` (${plain(pair)} điểm)` : '');
  const cells: AppendixRow['cells'] = { stt: String(n) };
  if (content) cells.content = content;
  for (const field of ['solution', 'owner', 'partners', 'product', 'time', 'status'] as const) {
    const v = bare(c[field]);
    if (v) cells[field] = v;
  }
  return cells;
}

const plain = (parts: Part[]): string => textOf(line(APPENDIX_STYLES.label, ...parts));
