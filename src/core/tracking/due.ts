/**
 * What the tracking layer writes in "Hạn hoàn thành" and how "Cảnh báo" judges a row, in the core. The
 * sheet's formulas (./formulas.ts) say the same thing in Excel's language; tests recalculate them in
 * LibreOffice and compare with these functions.
 */
import { daysInMonth, isoDate, isoToSerial } from '../dates';
import type { StatusValue } from '../report';
import type { IsoDate, Recurrence, Schedule } from '../parse/schedule';

/**
 * A row's deadline in the sheet: a written date (the first deadline: a row with several is judged by the
 * first until it is done), a formula for a recurring row (its next due date on the as-of date), or none.
 */
export type TrackedDeadline = { kind: 'date'; date: IsoDate } | { kind: 'recurring'; recurrence: Recurrence; dueDay: number | null };

/** The labels of the domain doc's contract. */
export const FLAG = { overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn', done: 'Hoàn thành' } as const;
export type Flag = (typeof FLAG)[keyof typeof FLAG] | '';

export const DEFAULT_DUE_SOON_DAYS = 15;

export function trackedDeadline(schedule: Schedule | null): TrackedDeadline | null {
  if (!schedule) return null;
  // "trước ngày 20 hàng tháng": the parser gives the day of a monthly schedule only, 1–31 (null: the month's end).
  if (schedule.recurrence) return { kind: 'recurring', recurrence: schedule.recurrence, dueDay: schedule.dueDay };
  if (schedule.kind !== 'deadline' || schedule.deadlines.length === 0) return null;
  return { kind: 'date', date: schedule.deadlines[0]! };
}

/** The date a deadline stands for on the as-of date. */
export function dueOn(deadline: TrackedDeadline, asOf: IsoDate): IsoDate {
  if (deadline.kind === 'date') return deadline.date;
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  switch (deadline.recurrence) {
    case 'yearly':
      return isoDate(y, 12, 31);
    case 'quarterly': {
      const end = Math.ceil(m / 3) * 3;
      return isoDate(y, end, daysInMonth(y, end));
    }
    case 'monthly': {
      if (deadline.dueDay === null) return isoDate(y, m, daysInMonth(y, m));
      // The day is capped at the month's last day (the 31st of a 30-day month is its 30th).
      const dayIn = (yy: number, mm: number) => Math.min(deadline.dueDay!, daysInMonth(yy, mm));
      if (d <= dayIn(y, m)) return isoDate(y, m, dayIn(y, m));
      const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
      return isoDate(ny, nm, dayIn(ny, nm));
    }
  }
}

/**
 * The flag: done wins; then a due date strictly before the as-of date is late; one within `window` days
 * from it (the as-of day itself included) is due soon; anything else, or no deadline, is empty.
 */
export function flagOf(status: StatusValue, deadline: TrackedDeadline | null, asOf: IsoDate, window: number): Flag {
  if (status === 'done') return FLAG.done;
  if (!deadline) return '';
  const due = isoToSerial(dueOn(deadline, asOf));
  const today = isoToSerial(asOf);
  if (due < today) return FLAG.overdue;
  return due - today <= window ? FLAG.dueSoon : '';
}
