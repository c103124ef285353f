/**
 * A schedule: what a time cell means once read against the plan year.
 * Produced by `parseTime` (./time.ts); consumed by rules and by the row report.
 */

/** ISO calendar date "YYYY-MM-DD". */
export type IsoDate = string;

export type Recurrence = 'monthly' | 'quarterly' | 'yearly';

export type ScheduleKind =
  | 'empty' // nothing written
  | 'deadline' // one or more deadlines, nothing recurring
  | 'recurring' // repeats (may also carry a first deadline)
  | 'start' // a start date only ("Kể từ ngày 01/7/2024")
  | 'continuous' // "Thường xuyên" with no date
  | 'event' // "Theo yêu cầu của …", "khi có thay đổi"
  | 'unparsed'; // text the reader cannot interpret

export interface Schedule {
  kind: ScheduleKind;
  /** Deadlines in ascending order (may be empty). */
  deadlines: IsoDate[];
  recurrence: Recurrence | null;
  /** Start date for "kể từ …", "từ … đến …". */
  start: IsoDate | null;
  /**
   * Day of the month a monthly recurrence is due ("trước ngày 20 hàng tháng" → 20, "Ngày 25 hằng tháng" → 25,
   * "Hàng tháng, trước ngày 05" → 5), 1–31. Null when none is named, and for every schedule whose recurrence
   * is not 'monthly' (a day named with a quarterly or yearly recurrence is no day of the month).
   */
  dueDay: number | null;
  /** True when a year was taken from the plan year because the text gave none. */
  yearAssumed: boolean;
}

export interface TimeContext {
  /** Year used when the text names none (the plan year). */
  planYear: number | null;
}
