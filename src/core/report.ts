/**
 * The checker's output, in the manner of Frictionless' validation report: stable codes, positions,
 * templated messages. The JSON printed by `cchc check --json` is this shape; keep it stable.
 */
import type { RawValue } from './snapshot';

export type Severity = 'error' | 'warning' | 'info';

export type Role =
  | 'stt'
  | 'criterion'
  | 'cause'
  | 'solution'
  | 'owner'
  | 'coordinator'
  | 'product'
  | 'time'
  | 'status'
  | 'maxScore'
  | 'selfScore'
  | 'appraisedScore'
  | 'lostScore'
  | 'note';

export const ROLES: readonly Role[] = [
  'stt',
  'criterion',
  'cause',
  'solution',
  'owner',
  'coordinator',
  'product',
  'time',
  'status',
  'maxScore',
  'selfScore',
  'appraisedScore',
  'lostScore',
  'note',
];

export type Lang = 'vi' | 'en';

/** One cell write. `before` is what the cell held, so that an undo can restore it exactly. */
export interface CellEdit {
  cell: string;
  row: number;
  col: number;
  value: string | number | null;
  before: RawValue;
  /** Number format to set ("@" makes the cell text). */
  numFmt?: string;
  beforeNumFmt?: string;
  /** Set or clear italic (markup "<i>" turned into formatting). */
  italic?: boolean;
  beforeItalic?: boolean;
  /** Set the font's name (converted legacy text moves to a Unicode font); hosts fill in the name found. */
  fontName?: string;
  beforeFontName?: string;
  /** Bold font on or off. */
  bold?: boolean;
  beforeBold?: boolean;
  /** Solid fill as RGB hex ("FFC7CE"), or null for none. */
  fill?: string | null;
  beforeFill?: string | null;
  /** A formula to write instead of a value (English names, "," separators: "=IF(A1>0,1,0)"). */
  formula?: string;
  /** The formula the cell held (null: none), so that an undo can put it back. */
  beforeFormula?: string | null;
  /** When the edit appends to the cell (a continuation merged up): the text appended. */
  append?: string;
  /**
   * The cell goes back to blank with the sheet's default format (value, formula and formats gone): how the
   * add-in takes away cells it created. The formats it had are recorded in the before fields, for undo.
   */
  clear?: boolean;
}

/** An edit plan: data that says what to write; hosts carry it out. */
export interface Fix {
  /** What the fix does, in the report's language. */
  label: string;
  edits: CellEdit[];
}

export interface Finding {
  code: string;
  severity: Severity;
  cell: string | null;
  row: number | null;
  column: Role | null;
  message: string;
  fix: Fix | null;
  /** Values the message was built from (for UIs and tools). */
  data?: Record<string, string | number | boolean | null>;
}

export type RowKind = 'section' | 'group' | 'item' | 'detail' | 'continuation' | 'total' | 'blank';

export type StatusValue = 'done' | 'in-progress' | 'not-done';

export interface RowReport {
  row: number;
  kind: RowKind;
  stt: string | null;
  owners: string[];
  products: string[];
  deadline: string | null;
  recurrence: 'monthly' | 'quarterly' | 'yearly' | null;
  status: StatusValue | null;
  overdue: boolean | null;
  /** Not done and due within the due-soon window (default 15 days); null where overdue is null. */
  dueSoon: boolean | null;
  /** The row's scores in points (from its score cells, else its criterion text); null when not stated. */
  maxScore: number | null;
  selfScore: number | null;
  appraisedScore: number | null;
  /** Points lost: max − appraised (the stated "Điểm bị trừ" when the row lacks one of them). */
  lost: number | null;
  /** Self-assessed − appraised: what the council refused. */
  selfGap: number | null;
}

export interface TableReport {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: Record<Role, string | null>;
}

export interface SheetReport {
  sheet: string;
  planDate: string | null;
  /** The year times such as "Tháng 6" were read in (from the plan date or title; else the as-of year). */
  planYear?: number | null;
  table: TableReport | null;
  findings: Finding[];
  rows: RowReport[];
}
