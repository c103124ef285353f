import type { Recurrence } from '../schedule';

/**
 * Stage 2 output: what one parser recognised, with its span in the folded text (chrono's
 * "ParsingResult"). Refiners (./refiners.ts) combine them; ./build.ts turns them into a Schedule.
 */

/** A stretch of one year, by month and day: [m1/d1 … m2/d2]. d2 = 0 means "last day of m2". */
export interface YearPart {
  m1: number;
  d1: number;
  m2: number;
  d2: number;
}

/** A point or stretch in time: a day, a month, a quarter (or several), a part of a year, a year or years. */
export interface PointComponent {
  type: 'point';
  parser: string;
  index: number;
  end: number;
  /** One part per deadline the component names ("Quý I, II" has two). */
  parts: YearPart[];
  /** Year stated in the text, or filled from a neighbour by a refiner; null = take the plan year. */
  year: number | null;
  /** Last year of a year range ("2018-2020"), else null. */
  yearTo: number | null;
  /** The component is a range by itself ("2018-2020", "tháng 1-3/2024"): it gives a start as well. */
  span: boolean;
  /** The text had "ngày" in front of a numeric date (findDates accepts yearless dates only then). */
  withDayWord: boolean;
  /** Set by refiners: how the point is used. */
  role: 'deadline' | 'start' | 'rangeStart' | 'rangeEnd';
  /** Year was filled from a neighbour (not assumed from the plan). */
  yearFilled: boolean;
}

export interface RecurringComponent {
  type: 'recurring';
  parser: string;
  index: number;
  end: number;
  /** null when the text says "định kỳ" without a period. */
  recurrence: Recurrence | null;
  /** Day of the month named with a monthly recurrence ("trước ngày 20 hàng tháng"); absent or null when none. */
  dueDay?: number | null;
}

/** "Thường xuyên", "Liên tục"; "Theo yêu cầu …", "Khi có …"; a cited document's number and date. */
export interface FlagComponent {
  type: 'continuous' | 'event' | 'document';
  parser: string;
  index: number;
  end: number;
}

export type Component = PointComponent | RecurringComponent | FlagComponent;

export function point(
  parser: string,
  index: number,
  end: number,
  parts: YearPart[],
  year: number | null,
  yearTo: number | null = null,
  withDayWord = false,
): PointComponent {
  return {
    type: 'point',
    parser,
    index,
    end,
    parts,
    year,
    yearTo,
    span: yearTo !== null,
    withDayWord,
    role: 'deadline',
    yearFilled: false,
  };
}

export const WHOLE_YEAR: YearPart = { m1: 1, d1: 1, m2: 12, d2: 0 };

const MONTH_PARTS: readonly YearPart[] = Array.from({ length: 13 }, (_, m) => ({ m1: m, d1: 1, m2: m, d2: 0 }));
const QUARTER_PARTS: readonly YearPart[] = Array.from({ length: 5 }, (_, q) => ({ m1: q * 3 - 2, d1: 1, m2: q * 3, d2: 0 }));

/** Shared, never mutated. `month` 1–12. */
export function monthPart(month: number): YearPart {
  return MONTH_PARTS[month]!;
}

/** Shared, never mutated. `quarter` 1–4. */
export function quarterPart(quarter: number): YearPart {
  return QUARTER_PARTS[quarter]!;
}

export function dayPart(month: number, day: number): YearPart {
  return { m1: month, d1: day, m2: month, d2: day };
}

const RANK: Record<Recurrence, number> = { monthly: 0, quarterly: 1, yearly: 2 };

/** The more frequent of two recurrences ("Quý, năm" reports quarterly). */
export function finer(a: Recurrence | null, b: Recurrence | null): Recurrence | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] <= RANK[b] ? a : b;
}
