/**
 * The plan document (Kế hoạch khắc phục) as data: an ordered list of blocks, each carrying its text as runs
 * and its formatting intent (size, bold, italic, caps, alignment) under Nghị định 30/2020/NĐ-CP, so that
 * the sheet renderer and the .docx renderer draw the same document without re-deciding anything.
 */

/** Every renderer uses this font for the whole plan (ND30). */
export const PLAN_FONT = 'Times New Roman';

/** A4 portrait; margins within ND30's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const PLAN_PAGE = {
  paper: 'A4',
  orientation: 'portrait',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** ND30: page numbers from page 2, centred in the top margin. */
  pageNumbersFrom: 2,
} as const;

/** Shown where a short field (number, day, name) is still unknown: the clerk fills it at signing. */
export const ELLIPSIS = '…';

/** Shown where content is missing: "[Nguyên nhân: cần bổ sung]" — visible, searchable, never mistaken for text. */
export function missing(label: string): string {
  return `[${label}: cần bổ sung]`;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with its own emphasis; `placeholder` marks text standing in for missing data. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  placeholder?: boolean;
}

export interface LineStyle {
  /** Points: 11 (recipients list), 12 (Nơi nhận:), 13 (agencies, national title), 14 (body). */
  sizePt: 11 | 12 | 13 | 14;
  align: Align;
  /** Applies to every run of the line (a run may add emphasis, never remove the line's). */
  bold?: boolean;
  italic?: boolean;
  /** Written in capitals: the text is already upper-case, the flag says it must stay so. */
  caps?: boolean;
  /** Body paragraphs: first-line indent (1–1,27 cm under ND30). */
  firstLineIndent?: boolean;
  /** ND30's short rule under the issuing agency and under the motto. */
  ruleBelow?: boolean;
}

export interface Line {
  runs: Run[];
  style: LineStyle;
}

/** The standard sections, in document order; each can be built and inserted on its own. */
export type SectionId = 'header' | 'title' | 'preamble' | 'purpose' | 'content' | 'organization' | 'closing';
export const SECTION_ORDER: readonly SectionId[] = ['header', 'title', 'preamble', 'purpose', 'content', 'organization', 'closing'];

/**
 * ND30 outline: I. (level 1), 1. (level 2), 1.1. (level 3). `number` is as written, without the trailing
 * space ("II.", "1.", "1.2."); the line's first run starts with it.
 */
export type HeadingLevel = 1 | 2 | 3;

export type PlanBlock =
  /** Two columns: parent/issuing agency and "Số: …" left; national title, motto, place and date right. */
  | { kind: 'header'; section: SectionId; left: Line[]; right: Line[] }
  /** "KẾ HOẠCH" and the subject line, centred. */
  | { kind: 'title'; section: SectionId; lines: Line[] }
  | { kind: 'heading'; section: SectionId; level: HeadingLevel; number: string; line: Line }
  | { kind: 'paragraph'; section: SectionId; line: Line }
  /** "- Nguyên nhân: …" ("-" under a criterion, "+" one level further). */
  | { kind: 'bullet'; section: SectionId; marker: '-' | '+'; line: Line }
  /** Two columns: "Nơi nhận:" and its list left; signer's title lines, space to sign, name right. */
  | { kind: 'signature'; section: SectionId; recipients: Line[]; signer: Line[]; name: Line };

export interface PlanDocument {
  font: typeof PLAN_FONT;
  page: typeof PLAN_PAGE;
  blocks: PlanBlock[];
}

/** Kept in the workbook; every field optional — what is missing is shown as a placeholder. */
export interface PlanSettings {
  /** "UBND TỈNH LẠNG SƠN". */
  parentAgency?: string;
  /** "SỞ CÔNG THƯƠNG" (header, capitals). */
  issuingAgency?: string;
  /** The unit as prose names it ("Sở Công Thương"); defaults to the issuing agency as given. */
  unitName?: string;
  /** "04"; usually blank until the clerk registers the plan → "…". */
  planNumber?: string;
  /** "KH-SCT". */
  planSymbol?: string;
  place?: string;
  /** ISO "2024-01-05", or partial "2024-01" / "2024" (the seeds leave the day blank until signing). */
  planDate?: string;
  /** The year the index measured (2023); defaults to the plan's year − 1. */
  indexYear?: number;
  /** The decision that published the index: "102/QĐ-UBND", ISO date, issuer ("Chủ tịch UBND tỉnh Lạng Sơn"). */
  decision?: { number?: string; date?: string; issuer?: string };
  /** Used when the result gives none. */
  rank?: Rank;
  /** "KT. GIÁM ĐỐC" / "TM. ỦY BAN NHÂN DÂN" line above the title, when signing on someone's behalf. */
  signerAuthority?: string;
  /** "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  signerTitle?: string;
  signerName?: string;
  /** "Văn phòng UBND tỉnh", "Sở Nội vụ", …; "Lưu: VT" is added when absent. */
  recipients?: string[];
  /** Who tracks and reports (III): "Văn phòng Sở". */
  trackingUnit?: string;
}

export interface Rank {
  position: number;
  of: number;
}

/** The unit's overall result; figures in points, rates as fractions (0.8649). */
export interface UnitResult {
  self?: number;
  appraised?: number;
  max?: number;
  /** appraised / max; computed when absent. */
  rate?: number;
  /** self / max; computed when absent. */
  selfRate?: number;
  /** Points of criteria not scored for this unit ("không chấm 10,5 điểm"). */
  notScored?: number;
  rank?: Rank;
}

/** A criterion that lost points (or, without scores, a row of an appendix). */
export interface PlanCriterion {
  /** The index's code: "1.4", "3.2.1". */
  code?: string;
  title?: string;
  appraised?: number;
  max?: number;
  cause?: string;
  solution?: string;
  owner?: string;
  /** Đơn vị phối hợp, Sản phẩm, Tình trạng: the appendix's columns (the plan's text does not use them). */
  partners?: string;
  product?: string;
  time?: string;
  status?: string;
}

/** An area (lĩnh vực) of the index and its criteria that lost points. */
export interface PlanArea {
  title?: string;
  appraised?: number;
  max?: number;
  criteria: PlanCriterion[];
}

export interface PlanInput {
  settings: PlanSettings;
  result?: UnitResult;
  /** Already the selected rows, or all of them: the builder writes what it is given, in order. */
  areas: PlanArea[];
  /** Owner units for III; defaults to the criteria's owners, first seen first. */
  owners?: string[];
}
