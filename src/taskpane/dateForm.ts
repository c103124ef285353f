/**
 * The two date fields (plan date, "Tính đến") as pure functions over the pane's state: what typing in
 * one, leaving it and its validation message do. Kept apart from the controller so the rules for a
 * draft — kept as typed, shown the canonical way once left, refused with a message only after the user
 * leaves the field — read in one place and need no host; the controller applies the patches and owns
 * the debounced re-check they ask for.
 */
import { formatDmy, parseDateInput, type DateProblem } from './dates';
import type { DateFieldName, PaneState } from './paneState';

type DateState = Pick<PaneState, 'planDraft' | 'planDate' | 'asOfDraft' | 'asOf' | 'dateErrorShown'>;

/** A new pane: no plan date typed (the title's is used), as of today. */
export function initialDates(today: string): DateState {
  return { planDraft: null, planDate: null, asOfDraft: formatDmy(today), asOf: today, dateErrorShown: { plan: false, asOf: false } };
}

/** What a keystroke in a date field changes, and whether the checker's dates changed (a re-check). */
export interface DateTyped {
  patch: Partial<PaneState>;
  recheck: boolean;
}

/**
 * The field now holds `draft` (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or ISO). A date is used at
 * once; cleared means the title's plan date, or today as of; text that is not a date (yet) is shown and
 * kept, and the last valid date stays in use.
 */
export function typeDate(s: PaneState, field: DateFieldName, draft: string, today: string): DateTyped {
  const parsed = parseDateInput(draft);
  if (parsed !== null && !parsed.ok) return { patch: field === 'plan' ? { planDraft: draft } : { asOfDraft: draft }, recheck: false };
  const hideError = { dateErrorShown: { ...s.dateErrorShown, [field]: false } };
  if (parsed === null) {
    const cleared = field === 'plan' ? { planDraft: '', planDate: null } : { asOfDraft: '', asOf: today };
    return { patch: { ...cleared, ...hideError }, recheck: true };
  }
  const same = field === 'plan' ? s.planDraft === draft && s.planDate === parsed.iso : s.asOfDraft === draft && s.asOf === parsed.iso;
  const typed = field === 'plan' ? { planDraft: draft, planDate: parsed.iso } : { asOfDraft: draft, asOf: parsed.iso };
  return { patch: { ...typed, ...hideError }, recheck: !same };
}

/** What leaving a date field (or Enter in it) changes, and whether a waiting re-check runs now. */
export interface DateCommitted {
  patch: Partial<PaneState> | null;
  flushRecheck: boolean;
}

/**
 * A date is then shown the canonical way ("1/4/2022" → "01/04/2022") and a re-check waiting for the
 * debounce runs now; text that is not a date gets its validation message.
 */
export function commitDate(s: PaneState, field: DateFieldName): DateCommitted {
  const draft = field === 'plan' ? s.planDraft : s.asOfDraft;
  if (draft === null || draft === '') return { patch: null, flushRecheck: true };
  const parsed = parseDateInput(draft);
  if (parsed?.ok) {
    const canonical = formatDmy(parsed.iso);
    const patch = canonical === draft ? null : field === 'plan' ? { planDraft: canonical } : { asOfDraft: canonical };
    return { patch, flushRecheck: true };
  }
  return { patch: s.dateErrorShown[field] ? null : { dateErrorShown: { ...s.dateErrorShown, [field]: true } }, flushRecheck: false };
}

/** The validation problem to show under a date field, if any. */
export function dateProblem(s: PaneState, field: DateFieldName): DateProblem | null {
  if (!s.dateErrorShown[field]) return null;
  const parsed = parseDateInput((field === 'plan' ? s.planDraft : s.asOfDraft) ?? '');
  return parsed && !parsed.ok ? parsed.problem : null;
}

/** What the plan-date input shows: what was typed, else the title's date as dd/mm/yyyy. */
export function planInputValue(s: PaneState): string {
  if (s.planDraft !== null) return s.planDraft;
  const found = s.checked?.analysis.report.planDate;
  return found ? formatDmy(found) : '';
}

/** Another sheet is active: the typed plan date belonged to the other sheet's plan. */
export function forgetPlanDate(s: PaneState): Partial<PaneState> {
  return { planDraft: null, planDate: null, dateErrorShown: { ...s.dateErrorShown, plan: false } };
}
