/**
 * Every rule, in the order findings are produced and text fixes compose on one cell
 * (legacy encoding first, then markup, apostrophes, spaces). Adding a rule: one file, one line here.
 */
import { cellError } from './cell-error';
import { columnDuplicate } from './column-duplicate';
import { columnMissing } from './column-missing';
import { deadlineStale } from './deadline-stale';
import { ownerUnknown } from './owner-unknown';
import { planDateMissing } from './plan-date-missing';
import { productUnknown } from './product-unknown';
import { rowBlank } from './row-blank';
import { rowContinuation } from './row-continuation';
import { scoreAsText } from './score-as-text';
import { scoreMismatch } from './score-mismatch';
import { scoreOutOfRange } from './score-out-of-range';
import { sttDuplicate } from './stt-duplicate';
import { sttGap } from './stt-gap';
import { sttNumberCoerced } from './stt-number-coerced';
import { sttOrder } from './stt-order';
import { sttParentMismatch } from './stt-parent-mismatch';
import { tableNotFound } from './table-not-found';
import { ownerMissing, productMissing, timeMissing } from './task-fields';
import { textLegacyEncoding } from './text-legacy-encoding';
import { textMarkup } from './text-markup';
import { textStrayApostrophe } from './text-stray-apostrophe';
import { textWhitespace } from './text-whitespace';
import { timeNoDeadline, timeOutsidePlan, timeUnparsed } from './time-rules';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  tableNotFound,
  columnMissing,
  columnDuplicate,
  cellError,
  sttNumberCoerced,
  sttDuplicate,
  sttOrder,
  sttParentMismatch,
  sttGap,
  // Before the text rules: a score's fix writes the number, and a markup fix on the same cell then stands aside.
  scoreAsText,
  scoreOutOfRange,
  scoreMismatch,
  textLegacyEncoding,
  textMarkup,
  textStrayApostrophe,
  textWhitespace,
  rowContinuation,
  rowBlank,
  ownerMissing,
  ownerUnknown,
  productMissing,
  productUnknown,
  timeMissing,
  timeUnparsed,
  timeOutsidePlan,
  timeNoDeadline,
  deadlineStale,
  planDateMissing,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
const ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/** A rule's place in RULES: findings and composed text fixes follow it (unknown codes last). */
export function ruleOrder(id: string): number {
  return ORDER.get(id) ?? RULES.length;
}

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The fixes `cchc fix` applies by default: they change how a value is stored, never what it says. */
export const SAFE_FIX_CODES: readonly string[] = [
  'stt-number-coerced',
  'text-legacy-encoding',
  'text-markup',
  'text-stray-apostrophe',
  'text-whitespace',
  'deadline-stale',
  'score-as-text',
];

export interface RuleInfo {
  code: string;
  severity: Rule['severity'];
  title: string;
  /** Why it matters and how to fix it. */
  help: string;
  fixLabel: string | null;
}

/** What the pane shows beside a group of findings of one code. */
export function ruleInfo(code: string, lang: 'vi' | 'en'): RuleInfo | null {
  const r = BY_ID.get(code);
  if (!r) return null;
  return { code, severity: r.severity, title: r.title[lang], help: r.help[lang], fixLabel: r.fixLabel?.[lang] ?? null };
}
