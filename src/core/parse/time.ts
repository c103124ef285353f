/**
 * The time parser: reads a time cell ("Tháng 6", "Quý II/2024", "Hàng quý", "Trước 30/11/2024",
 * "Kể từ ngày 01/7/2024", "Thường xuyên", "Theo yêu cầu của Sở Tài chính", a real Excel date …) against
 * the plan year and returns a Schedule (./schedule.ts). See docs/domain.md, "Times and deadlines".
 *
 * A pipeline in the manner of chrono:
 *   1. normalise  (./time/text.ts)      NFC/NFD alike, lower case, no diacritics, đ → d, single spaces,
 *                                       HTML tags dropped, "quí" → "quy"; then a quick scan
 *                                       (./time/scan.ts) notes which words occur;
 *   2. parse      (./time/parsers/)     small parsers, one form each: a pattern and an `extract` of one
 *                                       match; the pipeline runs the patterns and collects components
 *                                       with spans;
 *   3. refine     (./time/refiners.ts)  overlaps, years shared in lists, "từ … đến …", "kể từ …";
 *   4. build      (./time/build.ts)     the Schedule, with the precedence of kinds.
 * (./time/pipeline.ts puts them together; this module adds Excel numbers, a cache and never throws.)
 *
 * Choices the domain leaves open:
 * - Half-yearly reports ("6 tháng, năm", "định kỳ 6 tháng") are 'recurring' with recurrence 'yearly'
 *   (the Schedule has no half-yearly; monthly/quarterly are used for month- and quarter-based periods,
 *   and daily/weekly work is 'monthly', the finest there is). "Định kỳ" alone: recurrence null.
 * - "Đầu năm" ("Đầu năm 2024") is read as the first quarter: deadline 31/3 of the year (a documented reading,
 *   ./time/parsers/years.ts `edgeOfYearParser`); "Giữa năm" as June: deadline 30/6; "Tuần đầu tháng 7" as
 *   1–7 July: deadline 7/7. Without a year they take the plan year.
 * - Reporting occasions "Đầu kỳ", "giữa kỳ", "cuối kỳ" are 'recurring' with recurrence null (the period is
 *   not said); "Đột xuất" is 'event'.
 * - A monthly recurrence that names a day ("trước ngày 20 hàng tháng", "Hàng tháng, trước ngày 25") carries it
 *   as `dueDay`; any other schedule has `dueDay` null.
 * - When the text needs the plan year and `ctx.planYear` is null, the kind is still decided ("Tháng 6" is a
 *   'deadline') but the date cannot be computed: deadlines [] (or start null) and yearAssumed true.
 * - A date that belongs to a cited document ("theo Kế hoạch số 19/KH-SCT ngày 31/3/2022") is no deadline.
 * - A deadline counted from an event ("trong 05 ngày làm việc", "sau 3 tháng") is 'event'.
 * - Text of punctuation only ("-", "'") is 'empty'.
 * Never throws.
 */
import type { IsoDate, Schedule, TimeContext } from './schedule';
import { serialToIso } from '../dates';
import { WHOLE_YEAR, monthPart, point } from './time/components';
import { buildSchedule } from './time/build';
import { emptySchedule, readDates, readTimeText } from './time/pipeline';

/** Largest Excel serial (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * Time columns repeat a few texts over thousands of rows ("Hàng tháng", "Trong năm 2022"), so results are
 * kept per text for the current plan year (cleared when the plan year changes or the cache is full).
 * Callers get a copy: they may change it freely.
 */
const CACHE_LIMIT = 8192;
const CACHE_MAX_TEXT = 160;
const cache = new Map<string, Schedule>();
let cachePlanYear: number | null | undefined;

function copy(s: Schedule): Schedule {
  return {
    kind: s.kind,
    deadlines: s.deadlines.length === 0 ? [] : s.deadlines.slice(),
    recurrence: s.recurrence,
    start: s.start,
    dueDay: s.dueDay,
    yearAssumed: s.yearAssumed,
  };
}

/** Read a time cell. `value` is the cell's raw value: text, or a number that is an Excel date serial when `isDate` is true (a real Excel date cell). */
export function parseTime(value: string | number | null, ctx: TimeContext, isDate?: boolean): Schedule {
  try {
    if (value === null || value === undefined) return emptySchedule('empty');
    if (typeof value === 'number') return parseNumber(value, ctx, isDate === true);
    if (typeof value !== 'string') return emptySchedule('unparsed');
    if (value.length > CACHE_MAX_TEXT) return readTimeText(value, ctx);
    const planYear = ctx.planYear;
    if (planYear !== cachePlanYear) {
      cache.clear();
      cachePlanYear = planYear;
    }
    let schedule = cache.get(value);
    if (schedule === undefined) {
      schedule = readTimeText(value, ctx);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(value, schedule);
    }
    return copy(schedule);
  } catch {
    return emptySchedule('unparsed');
  }
}

function parseNumber(value: number, ctx: TimeContext, isDate: boolean): Schedule {
  if (!Number.isFinite(value)) return emptySchedule('unparsed');
  if (isDate) {
    if (value < 1 || value > MAX_SERIAL) return emptySchedule('unparsed');
    return { kind: 'deadline', deadlines: [serialToIso(value)], recurrence: null, start: null, dueDay: null, yearAssumed: false };
  }
  if (!Number.isInteger(value)) return emptySchedule('unparsed');
  if (value >= 2000 && value <= 2100) return buildSchedule([point('number', 0, 0, [WHOLE_YEAR], value)], ctx);
  if (value >= 1 && value <= 12) return buildSchedule([point('number', 0, 0, [monthPart(value)], null)], ctx);
  return emptySchedule('unparsed');
}

/** Find day-first dates written in text ("31/3/2022", "ngày 05 tháng 01 năm 2020", "ngày 31/3" with ctx year); used to read a plan's date from its title line. Returns ISO dates in order of appearance. */
export function findDates(text: string, ctx: TimeContext): IsoDate[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    return readDates(text, ctx);
  } catch {
    return [];
  }
}
