/**
 * The "Kế hoạch khắc phục" section's state and its settings form as pure functions (as trackingForm.ts is
 * for "Theo dõi hạn"): what each field shows (what was typed, else the settings as read: the workbook's
 * over the title's), which typed text is refused and why (shown once the user leaves the field, or on
 * save), and the PlanSettings the form stands for. PlanPane (planOperations.ts) applies the patches.
 *
 * Dates are typed dd/mm/yyyy whatever the browser's locale; the plan date may be partial ("01/2024",
 * "2024") while the day is not known yet, as the settings sheet keeps it.
 */
import { SECTION_ORDER, type PlanSettings, type SectionId } from '../core/plan-doc';
import { dateText, mergedSettings, settingText, SETTINGS_FIELDS } from '../core/plan-sheet';
import { MAX_YEAR, MIN_YEAR, parseDateInput } from './dates';
import type { PlanFieldProblem, PlanStrings } from './planStrings';

export type PlanFieldKey = (typeof SETTINGS_FIELDS)[number]['key'];
const PLAN_FIELD_KEYS: readonly PlanFieldKey[] = SETTINGS_FIELDS.map((f) => f.key);

export interface PlanState {
  /** Our sheets as the workbook's names said at the last check (null: the workbook has none). */
  planSheet: string | null;
  appendixSheet: string | null;
  /** The settings sheet (null: nothing saved yet; the form then opens by itself). */
  settingsSheet: string | null;
  /** What the workbook keeps (null: nothing saved) and what the table's title lines say. */
  stored: PlanSettings | null;
  fromTitle: PlanSettings;
  /** The form was opened with "Sửa" over saved settings. */
  editing: boolean;
  /** What the user typed, field by field; a field without a draft shows the settings as read. */
  draft: Partial<Record<PlanFieldKey, string>>;
  /** Say why a field is refused: set when the user leaves it (or saves) with text it refuses. */
  errorShown: Partial<Record<PlanFieldKey, boolean>>;
  /** The sections to insert, in document order. */
  sections: readonly SectionId[];
  selectionOnly: boolean;
  /** The appendix template filled in with the criteria that lost points. */
  prefill: boolean;
  /** Our sheet is about to be replaced: the pane asks first. */
  confirm: 'plan' | 'appendix' | null;
  /** The last Word file made, offered again as a link to save by hand; null: none yet. */
  docx: { fileName: string; bytes: Uint8Array } | null;
}

export function initialPlan(): PlanState {
  return {
    planSheet: null,
    appendixSheet: null,
    settingsSheet: null,
    stored: null,
    fromTitle: {},
    editing: false,
    draft: {},
    errorShown: {},
    sections: SECTION_ORDER,
    selectionOnly: false,
    prefill: true,
    confirm: null,
    docx: null,
  };
}

/** The settings the form starts from: what the workbook keeps wins, field by field, over the title's (as the core merges them). */
export function baseSettings(s: PlanState): PlanSettings {
  return mergedSettings(s.fromTitle, s.stored ?? {});
}

/** The form is shown: nothing saved yet (it opens by itself), or "Sửa" was clicked. */
export function formOpen(s: PlanState): boolean {
  return s.settingsSheet === null || s.editing;
}

/** What a field's input shows. */
export function inputValue(s: PlanState, key: PlanFieldKey): string {
  return s.draft[key] ?? settingText(baseSettings(s), key);
}

/** "05/01/2024", "5-1-2024", "2024-01-05" → ISO; "01/2024" → "2024-01"; "2024" → "2024" (plan date only). */
function parseDate(text: string, partial: boolean): string | null {
  const full = parseDateInput(text);
  if (full?.ok) return full.iso;
  if (!partial) return null;
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  const year = Number(m ? m[2] : /^\d{4}$/.test(text) ? text : NaN);
  const month = m ? Number(m[1]) : null;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR) || (month !== null && (month < 1 || month > 12))) return null;
  return month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** Why a field's text is refused (null: accepted; empty text always is). */
function fieldProblem(key: PlanFieldKey, raw: string): PlanFieldProblem | null {
  const text = raw.normalize('NFC').trim();
  if (!text) return null;
  switch (key) {
    case 'planDate':
      return parseDate(text, true) ? null : 'planDate';
    case 'decisionDate':
      return parseDate(text, false) ? null : 'date';
    case 'indexYear':
      return /^\d{4}$/.test(text) && Number(text) >= MIN_YEAR && Number(text) <= MAX_YEAR ? null : 'year';
    case 'rank': {
      const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
      return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? null : 'rank';
    }
    default:
      return null;
  }
}

/** One field's text into settings (text already accepted by fieldProblem). */
function parseField(base: PlanSettings, key: PlanFieldKey, raw: string): PlanSettings {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const decision = (patch: NonNullable<PlanSettings['decision']>) => ({ decision: { ...base.decision, ...patch } });
  switch (key) {
    case 'planDate':
      return { planDate: parseDate(text, true) ?? undefined };
    case 'decisionDate':
      return decision({ date: parseDate(text, false) ?? undefined });
    case 'indexYear':
      return { indexYear: text ? Number(text) : undefined };
    case 'decisionNumber':
      return decision({ number: text || undefined });
    case 'decisionIssuer':
      return decision({ issuer: text || undefined });
    case 'rank': {
      const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
      return { rank: m ? { position: Number(m[1]), of: Number(m[2]) } : undefined };
    }
    case 'recipients':
      return { recipients: text.split(/\s*;\s*/).filter(Boolean) };
    default:
      return { [key]: text || undefined };
  }
}

/** The settings the form stands for; null while a field holds text it refuses. */
export function formSettings(s: PlanState): PlanSettings | null {
  let out: PlanSettings = {};
  for (const key of PLAN_FIELD_KEYS) {
    const text = inputValue(s, key);
    if (fieldProblem(key, text)) return null;
    out = { ...out, ...parseField(out, key, text) };
  }
  // Empty parts are left out, as the sheet leaves their cells empty.
  const kept = Object.entries(out).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  const settings = Object.fromEntries(kept) as PlanSettings;
  if (settings.decision) {
    const parts = Object.entries(settings.decision).filter(([, v]) => v !== undefined);
    if (parts.length) settings.decision = Object.fromEntries(parts);
    else delete settings.decision;
  }
  return settings;
}

/** A keystroke: kept as typed; the message goes as soon as the text is accepted again. */
export function typeField(s: PlanState, key: PlanFieldKey, value: string): Partial<PlanState> {
  const errorShown = fieldProblem(key, value) ? s.errorShown : { ...s.errorShown, [key]: false };
  return { draft: { ...s.draft, [key]: value }, errorShown };
}

/** The field was left (or Enter pressed): refused text gets its message; a date is shown the usual way. */
export function commitField(s: PlanState, key: PlanFieldKey): Partial<PlanState> | null {
  const text = s.draft[key];
  if (text === undefined) return null;
  if (fieldProblem(key, text)) return s.errorShown[key] ? null : { errorShown: { ...s.errorShown, [key]: true } };
  if (key === 'planDate' || key === 'decisionDate') {
    const iso = parseDate(text.trim(), key === 'planDate');
    const shown = iso ? dateText(iso) : text.trim();
    if (shown !== text) return { draft: { ...s.draft, [key]: shown } };
  }
  return null;
}

/** Show every refused field's message (a save or insert asked for with refused text). */
export function showRefusals(s: PlanState): Partial<PlanState> {
  return { errorShown: Object.fromEntries(PLAN_FIELD_KEYS.map((k) => [k, fieldProblem(k, inputValue(s, k)) !== null])) };
}

/** The message to show under a field, if any. */
export function shownProblem(s: PlanState, key: PlanFieldKey): PlanFieldProblem | null {
  return s.errorShown[key] ? fieldProblem(key, inputValue(s, key)) : null;
}

/** The fields of settings left empty. */
function blankFields(settings: PlanSettings): PlanFieldKey[] {
  return PLAN_FIELD_KEYS.filter((k) => settingText(settings, k) === '');
}

/** The saved settings in one line (the unit, number and symbol, date, signer) and how many fields are empty. */
export function settingsSummary(settings: PlanSettings, p: PlanStrings): { line: string; blank: string | null } {
  const unit = settingText(settings, 'unitName') || settingText(settings, 'issuingAgency');
  const number = settingText(settings, 'planNumber');
  const symbol = settingText(settings, 'planSymbol');
  const date = settingText(settings, 'planDate');
  const signer = settingText(settings, 'signerName');
  const parts = [unit, number || symbol ? p.summaryNumber(number, symbol) : '', date ? p.summaryDate(date) : '', signer ? p.summarySigner(signer) : ''].filter(Boolean);
  const blank = blankFields(settings).length;
  return { line: parts.length ? parts.join(' · ') : p.summaryEmpty, blank: blank ? p.summaryBlank(blank) : null };
}

/** Section chosen or not; the list stays in document order. */
export function toggleSection(s: PlanState, id: SectionId, on: boolean): Partial<PlanState> {
  const chosen = new Set(s.sections);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return { sections: SECTION_ORDER.filter((x) => chosen.has(x)) };
}
