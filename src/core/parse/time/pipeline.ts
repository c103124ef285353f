import type { IsoDate, Schedule, TimeContext } from '../schedule';
import { isoDate } from '../../dates';
import type { Component } from './components';
import { DATE_PARSERS, TIME_PARSERS, runParsers } from './parsers';
import { TIME_REFINERS, removeOverlaps } from './refiners';
import { buildSchedule } from './build';
import { core, foldForMatch } from './text';

/** The stages of ../time.ts put together, without its cache. */

export function emptySchedule(kind: 'empty' | 'unparsed'): Schedule {
  return { kind, deadlines: [], recurrence: null, start: null, dueDay: null, yearAssumed: false };
}

/** Text of a time cell → Schedule: normalise, scan, parse, refine, build. */
export function readTimeText(raw: string, ctx: TimeContext): Schedule {
  const text = foldForMatch(raw);
  if (text.length === 0 || core(text).length === 0) return emptySchedule('empty');
  let components: Component[] = [];
  runParsers(TIME_PARSERS, text, ctx, components);
  if (components.length === 0) return emptySchedule('unparsed');
  for (const refine of TIME_REFINERS) components = refine(components, text);
  return buildSchedule(components, ctx);
}

/** Dates in prose, in order; a date without a year only after "ngày" and with a plan year. */
export function readDates(raw: string, ctx: TimeContext): IsoDate[] {
  const result: IsoDate[] = [];
  const text = foldForMatch(raw);
  let components: Component[] = [];
  runParsers(DATE_PARSERS, text, ctx, components);
  components = removeOverlaps(components, text);
  for (const c of components) {
    if (c.type !== 'point') continue;
    // never a bare "10/10" (a score in prose)
    const year = c.year ?? (c.withDayWord ? ctx.planYear : null);
    if (year === null) continue;
    const part = c.parts[0]!;
    result.push(isoDate(year, part.m1, part.d1));
  }
  return result;
}
