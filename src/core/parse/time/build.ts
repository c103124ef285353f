import type { IsoDate, Recurrence, Schedule, ScheduleKind, TimeContext } from '../schedule';
import { daysInMonth, isoDate } from '../../dates';
import { type Component, type YearPart, finer } from './components';

/**
 * Stage 4: from refined components to a Schedule.
 *
 * Precedence of kinds: anything recurring → 'recurring' (with any concrete deadlines as well);
 * else a deadline → 'deadline' (a date after "Thường xuyên …" or "Theo kế hoạch …" wins); else a start →
 * 'start'; else event-driven → 'event' ("Thực hiện thường xuyên khi có thay đổi"); else continuous →
 * 'continuous'; else 'unparsed'.
 *
 * A recurring component may name the day of the month it is due ("trước ngày 20 hàng tháng"): the first such day
 * becomes the Schedule's `dueDay` when the schedule's recurrence is monthly, else `dueDay` is null.
 *
 * Without a plan year, a point that needs one still decides the kind but yields no date:
 * "Tháng 6" with planYear null is { kind: 'deadline', deadlines: [], yearAssumed: true }.
 */

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? '0' : '') + String(i));

/** `isoDate` of ../../dates.ts, with a table for the two-digit parts. */
function iso(year: number, month: number, day: number): IsoDate {
  if (year < 1000 || year > 9999) return isoDate(year, month, day);
  return `${year}-${TWO_DIGITS[month]!}-${TWO_DIGITS[day]!}`;
}

function startOf(year: number, part: YearPart): IsoDate {
  return iso(year, part.m1, part.d1);
}

function endOf(year: number, part: YearPart): IsoDate {
  return iso(year, part.m2, part.d2 === 0 ? daysInMonth(year, part.m2) : part.d2);
}

export function buildSchedule(components: readonly Component[], ctx: TimeContext): Schedule {
  let deadlines: IsoDate[] | null = null;
  let start: IsoDate | null = null;
  let recurrence: Recurrence | null = null;
  let dueDay: number | null = null;
  let recurring = false;
  let hasDeadline = false;
  let hasStart = false;
  let event = false;
  let continuous = false;
  let yearAssumed = false;

  for (const c of components) {
    switch (c.type) {
      case 'recurring':
        recurring = true;
        recurrence = finer(recurrence, c.recurrence);
        if (dueDay === null && c.dueDay != null) dueDay = c.dueDay;
        break;
      case 'event':
        event = true;
        break;
      case 'continuous':
        continuous = true;
        break;
      case 'point': {
        if (c.year === null) yearAssumed = true;
        const year = c.year ?? ctx.planYear;
        const isStart = c.role === 'start' || c.role === 'rangeStart';
        if (isStart) hasStart = true;
        else hasDeadline = true;
        if (year === null) break;
        if (isStart || c.span) {
          const s = startOf(year, c.parts[0]!);
          if (start === null || s < start) start = s;
        }
        if (!isStart) {
          const lastYear = c.yearTo ?? year;
          deadlines ??= [];
          for (const part of c.parts) deadlines.push(endOf(lastYear, part));
        }
        break;
      }
      default:
        break;
    }
  }

  let kind: ScheduleKind;
  if (recurring) kind = 'recurring';
  else if (hasDeadline) kind = 'deadline';
  else if (hasStart) kind = 'start';
  else if (event) kind = 'event';
  else if (continuous) kind = 'continuous';
  else kind = 'unparsed';

  if (deadlines === null) deadlines = [];
  else if (deadlines.length > 1) deadlines = sortUnique(deadlines);

  // the due day is a day of the month: only a monthly schedule keeps it
  if (!recurring || recurrence !== 'monthly') dueDay = null;
  return { kind, deadlines, recurrence: recurring ? recurrence : null, start, dueDay, yearAssumed };
}

function sortUnique(dates: IsoDate[]): IsoDate[] {
  dates.sort();
  let n = 1;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i] !== dates[n - 1]) dates[n++] = dates[i]!;
  }
  dates.length = n;
  return dates;
}
