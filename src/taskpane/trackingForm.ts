/**
 * The "Theo dõi hạn" settings form as pure functions over its state (as dateForm.ts is for the header's
 * dates): the as-of choice ("Hôm nay" = =TODAY(), or a fixed date typed dd/mm/yyyy) and the due-soon
 * window in days. A field shows what the layer holds until the user types in it; what they typed is kept
 * as a draft, refused with a message only once they leave the field, and dropped once the workbook holds
 * it. TrackingPane (trackingOperations.ts) applies the patches and saves.
 */
import { DEFAULT_DUE_SOON_DAYS } from '../core/tracking/due';
import type { LayerSettings } from '../core/tracking/layer';
import type { TrackingView } from '../core/tracking/read';
import { formatDmy, parseDateInput, type DateProblem } from './dates';
import type { TrackingState } from './paneState';

/** The longest window the pane accepts: a year ahead is the longest a plan looks. */
export const MAX_WINDOW_DAYS = 365;

export type TrackingField = 'asOf' | 'window';

export function initialTracking(): TrackingState {
  return { view: null, asOfMode: null, asOfDraft: null, windowDraft: null, errorShown: { asOf: false, window: false }, copyFallback: null };
}

/** Which as-of choice is shown. */
export function asOfMode(s: TrackingState): 'today' | 'fixed' {
  return s.asOfMode ?? (s.view && s.view.settings.asOf !== 'today' ? 'fixed' : 'today');
}

/** What the fixed-date input shows. */
export function asOfInputValue(s: TrackingState): string {
  if (s.asOfDraft !== null) return s.asOfDraft;
  const saved = s.view?.settings.asOf;
  return saved && saved !== 'today' ? formatDmy(saved) : '';
}

/** What the window input shows. */
export function windowInputValue(s: TrackingState): string {
  return s.windowDraft ?? String(s.view?.settings.window ?? DEFAULT_DUE_SOON_DAYS);
}

/** A whole number of days from 0 to MAX_WINDOW_DAYS, or null. */
export function parseWindow(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_WINDOW_DAYS ? n : null;
}

/** The settings the form stands for; null while a field holds text it refuses. */
export function formSettings(s: TrackingState): LayerSettings | null {
  const window = parseWindow(windowInputValue(s));
  if (window === null) return null;
  if (asOfMode(s) === 'today') return { asOf: 'today', window };
  const date = parseDateInput(asOfInputValue(s));
  return date?.ok ? { asOf: date.iso, window } : null;
}

export function sameSettings(a: LayerSettings, b: LayerSettings): boolean {
  return a.asOf === b.asOf && a.window === b.window;
}

/**
 * "Hôm nay" or "Ngày cố định" chosen. A fixed date starts as the date the flags are judged on now (the
 * layer's, else today), so that choosing it alone already says something the user can then change.
 */
export function chooseAsOfMode(s: TrackingState, mode: 'today' | 'fixed', today: string): Partial<TrackingState> {
  const draft = mode === 'fixed' && asOfInputValue(s) === '' ? formatDmy(s.view?.asOf ?? today) : s.asOfDraft;
  return { asOfMode: mode, asOfDraft: draft, errorShown: { ...s.errorShown, asOf: false } };
}

/** A keystroke in a field: kept as typed; its message goes as soon as it is accepted again. */
export function typeField(s: TrackingState, field: TrackingField, draft: string): Partial<TrackingState> {
  const typed: Partial<TrackingState> = field === 'asOf' ? { asOfMode: 'fixed', asOfDraft: draft } : { windowDraft: draft };
  const errorShown = fieldRefused({ ...s, ...typed }, field) ? s.errorShown : { ...s.errorShown, [field]: false };
  return { ...typed, errorShown };
}

/** The user left a field (or pressed Enter): a date is shown the canonical way; refused text gets its message. */
export function commitField(s: TrackingState, field: TrackingField): Partial<TrackingState> | null {
  if (fieldRefused(s, field)) return s.errorShown[field] ? null : { errorShown: { ...s.errorShown, [field]: true } };
  if (field === 'asOf' && s.asOfDraft !== null) {
    const parsed = parseDateInput(s.asOfDraft);
    if (parsed?.ok && formatDmy(parsed.iso) !== s.asOfDraft) return { asOfDraft: formatDmy(parsed.iso) };
  }
  if (field === 'window' && s.windowDraft !== null && s.windowDraft.trim() !== s.windowDraft) return { windowDraft: s.windowDraft.trim() };
  return null;
}

/** Show every refused field's message (an insert asked for with refused settings). */
export function showRefusals(s: TrackingState): Partial<TrackingState> {
  return { errorShown: { asOf: fieldRefused(s, 'asOf'), window: fieldRefused(s, 'window') } };
}

/** Why the fixed date is refused, once the user has left the field; null: it is not. */
export function asOfProblem(s: TrackingState): DateProblem | null {
  if (!s.errorShown.asOf || asOfMode(s) !== 'fixed') return null;
  const parsed = parseDateInput(asOfInputValue(s));
  return parsed === null ? { kind: 'format' } : parsed.ok ? null : parsed.problem;
}

export function windowRefused(s: TrackingState): boolean {
  return s.errorShown.window && fieldRefused(s, 'window');
}

function fieldRefused(s: TrackingState, field: TrackingField): boolean {
  if (field === 'window') return parseWindow(windowInputValue(s)) === null;
  return asOfMode(s) === 'fixed' && !parseDateInput(asOfInputValue(s))?.ok;
}

/**
 * The layer as read again. With a layer, drafts the workbook now holds (or that an undo took back) give
 * way to what it holds — except while a save is waiting, and refused text, which stays for the user to
 * correct. Without one, the drafts are the choices for the next insert and stay.
 */
export function withView(s: TrackingState, view: TrackingView | null, savePending: boolean): TrackingState {
  if (!view || savePending) return { ...s, view };
  const keepAsOf = fieldRefused(s, 'asOf');
  const keepWindow = fieldRefused(s, 'window');
  return {
    ...s,
    view,
    asOfMode: keepAsOf ? s.asOfMode : null,
    asOfDraft: keepAsOf ? s.asOfDraft : null,
    windowDraft: keepWindow ? s.windowDraft : null,
    errorShown: { asOf: keepAsOf && s.errorShown.asOf, window: keepWindow && s.errorShown.window },
  };
}
