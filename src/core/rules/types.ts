/**
 * A rule, in the manner of ESLint's rule modules: an id (the finding code), a default severity,
 * messages in Vietnamese and English, a short "why it matters / how to fix", a check, and — where a
 * fix is safe — the edits it proposes, reported with the finding.
 */
import type { Lang, Role, Severity } from '../report';
import type { Schedule } from '../parse/schedule';
import type { Grid } from '../table/grid';
import type { TableLayout } from '../table/detect';
import type { PlanInfo } from '../table/plan';
import type { RowModel, TableRows } from '../table/rows';
import type { ScoreSheet } from '../score/rows';

export type MessageData = Record<string, string | number | boolean | null>;

export interface Texts {
  vi: string;
  en: string;
}

/** One unit of the workbook's own unit list ("Danh mục"): its name and abbreviations. */
export interface UnitEntry {
  name: string;
  aliases?: string[];
}

export interface Rule {
  id: string;
  /** Name of the kind of finding, for group headings. */
  title: Texts;
  severity: Severity;
  message: { vi: (d: MessageData) => string; en: (d: MessageData) => string };
  /** Why it matters and how to fix it (shown beside the group of findings). */
  help: Texts;
  /** What the fix does, when the rule has one. */
  fixLabel?: Texts;
  /**
   * For text fixes: the same fix as a pure function of the cell text, so that several fixes on one
   * cell (legacy encoding, then markup, then spaces) compose into a single edit.
   */
  transformText?: (text: string) => string;
  /** Table rules run only when a table was found; sheet rules (table-not-found) always. */
  scope?: 'table' | 'sheet';
  check(ctx: RuleContext): void;
}

export interface ProposedEdit {
  row: number;
  col: number;
  value: string | number | null;
  numFmt?: string;
  italic?: boolean;
  /** Font name to set (converted legacy text moves to a Unicode font); size, bold and italics stay. */
  fontName?: string;
  /** Set when the edit appends to what the cell holds (merging a continuation row up). */
  append?: string;
  /** A formula to write instead of the value (the tracking layer's own cells). */
  formula?: string;
}

export interface ReportDescriptor {
  row?: number | null;
  col?: number | null;
  role?: Role | null;
  data?: MessageData;
  fix?: ProposedEdit[] | null;
}

/** The string cells of the table's data rows, collected once for the text rules (parallel arrays: no object per cell). */
export interface TextCells {
  length: number;
  rows: Int32Array;
  cols: Int32Array;
  texts: string[];
}

/** What the checker knows about a sheet with a table, shared by every rule. */
export interface SheetContext {
  readonly grid: Grid;
  readonly lang: Lang;
  readonly layout: TableLayout;
  readonly rows: TableRows;
  readonly plan: PlanInfo;
  readonly asOf: string;
  readonly units: UnitEntry[] | undefined;
  readonly textCells: TextCells;
  /** The table's scores (../score), read once for the score rules and the row reports. */
  readonly scores: ScoreSheet;
  /** The row's own schedule (its own time cell), cached. */
  ownSchedule(model: RowModel): Schedule | null;
  /** Own, merged or inherited schedule. */
  effectiveSchedule(model: RowModel): Schedule | null;
}

/** A rule's view of the sheet: the shared context plus a `report` that files findings under the rule's code. */
export interface RuleContext extends SheetContext {
  report(descriptor: ReportDescriptor): void;
}
