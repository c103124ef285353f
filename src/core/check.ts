/**
 * The checker's entry point: snapshot in, report out. (Being written; the signature is fixed.)
 */
import type { SheetSnapshot } from './snapshot';
import type { Lang, SheetReport } from './report';

export interface CheckOptions {
  lang?: Lang;
  /** Plan date (ISO) to use instead of the one read from the title lines. */
  planDate?: string | null;
  /** Date (ISO) that overdue is judged against; hosts pass today. */
  asOf?: string;
  /** The workbook's own unit list, when it has one. */
  units?: string[];
}

export declare function checkSheet(snapshot: SheetSnapshot, options?: CheckOptions): SheetReport;
