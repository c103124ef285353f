import { numericDateParser, wordDateParser } from './dates';
import { continuousParser, documentParser, eventParser, relativeParser } from './events';
import type { Parser } from './parser';
import { everyParser, nextYearsParser, periodListParser, periodicParser, termParser, wholeCellParser } from './periods';
import {
  edgeOfYearParser,
  firstWeekParser,
  monthParser,
  monthYearParser,
  monthsOfYearParser,
  quarterParser,
  wholeYearParser,
  yearParser,
} from './years';

/**
 * Stage 2 of the time pipeline: the parsers (./parser.ts says what a parser is and runs them), one form
 * each, grouped by concern: ./dates.ts (days), ./years.ts (months, quarters, parts of a year, years),
 * ./periods.ts (recurrence, period lists, bare words), ./events.ts (no deadline: continuous, event-driven
 * work, cited documents). The lists below are the only place parsers are put to use.
 */

export { type Parser, runParsers } from './parser';

/** All parsers of a time cell, in no particular order (overlaps are settled by the refiners). */
export const TIME_PARSERS: readonly Parser[] = [
  documentParser,
  numericDateParser,
  wordDateParser,
  monthParser,
  firstWeekParser,
  monthYearParser,
  quarterParser,
  monthsOfYearParser,
  wholeYearParser,
  edgeOfYearParser,
  yearParser,
  everyParser,
  termParser,
  nextYearsParser,
  periodicParser,
  periodListParser,
  continuousParser,
  eventParser,
  relativeParser,
  wholeCellParser,
];

/** Parsers used by `findDates`: dates only. */
export const DATE_PARSERS: readonly Parser[] = [numericDateParser, wordDateParser];
