/**
 * The plan's operations over any host, written once: read and save the plan settings, insert (or update)
 * the "Kế hoạch" sheet and the appendix sheet. The pane, `cchc sections` and the preview call these;
 * hosts only read and write.
 *
 * Our sheets are known by their names (CCHC_KeHoach, CCHC_PhuLucKeHoach), never by their sheet names: a
 * user's own sheet called "Kế hoạch" is never touched (ours takes "Kế hoạch (2)"). Inserting again
 * replaces our sheet in one plan — one undo step, whose undo brings the old sheet back as it was read.
 */
import { analyzeSheet, type SheetAnalysis } from '../check';
import { buildAppendix, buildPlanDocument, planInputFromTable, settingsFromTitle, SECTION_ORDER, type AppendixDocument, type PlanDocument, type PlanInput, type PlanSettings, type SectionId } from '../plan-doc';
import { placeholders } from '../plan-doc';
import { HostError, type WorkbookInfo } from '../workbook/adapter';
import { freeSheetName, UNIT_LIST_NAME, workbookName } from '../workbook/catalog';
import type { PlanStep } from '../workbook/plan';
import type { PlanResult, WorkbookService } from '../workbook/service';
import { appendixSheet, appendixValidations, restoredAppendix } from './appendix-sheet';
import { PLAN_MESSAGES } from './messages';
import { PLACEHOLDER_TAG, placeholderRule, planSheet } from './plan-sheet';
import { planSheetRange, restoredPlanSheet } from './restore';
import { SETTINGS_NAME, SETTINGS_SHEET, settingsArea, settingsFrom, settingsSteps } from './settings';

export const PLAN_SHEET = 'Kế hoạch';
export const PLAN_SHEET_NAME = 'CCHC_KeHoach';
export const APPENDIX_SHEET = 'Phụ lục kế hoạch';
export const APPENDIX_SHEET_NAME = 'CCHC_PhuLucKeHoach';

/**
 * The sheet one of our names marks, when that sheet is still there (a user may have deleted it, leaving
 * the name as #REF! or pointing at a sheet that no longer exists): null otherwise.
 */
export function ownSheet(info: WorkbookInfo, name: string): string | null {
  const sheet = workbookName(info.names, name)?.target?.sheet;
  return sheet !== undefined && info.sheets.some((s) => s.toLocaleLowerCase('vi') === sheet.toLocaleLowerCase('vi')) ? sheet : null;
}

/** The add-in's own sheets: never read as the user's table. */
const OWN_NAMES = [PLAN_SHEET_NAME, APPENDIX_SHEET_NAME, SETTINGS_NAME] as const;

export interface PlanSettingsRead {
  /** What the workbook keeps (null when it has no settings sheet yet). */
  stored: PlanSettings | null;
  /** What the table's title lines say (number and symbol, date, unit), to pre-fill the form. */
  fromTitle: PlanSettings;
  /** The two together: what the workbook keeps wins, field by field. */
  settings: PlanSettings;
}

/** The settings kept in the workbook, and what the table's title lines add to them. */
export async function readPlanSettings(service: WorkbookService, analysis?: SheetAnalysis, known?: WorkbookInfo): Promise<PlanSettingsRead> {
  const info = known ?? (await service.host.readWorkbookInfo());
  const area = settingsArea(info.names);
  const stored = area ? settingsFrom(await service.host.readCells(area.sheet, area.range)) : null;
  const fromTitle = analysis ? settingsFromTitle(analysis) : {};
  return { stored, fromTitle, settings: mergedSettings(fromTitle, stored ?? {}) };
}

/** `over` wins, field by field, where it says something (an empty text or list says nothing). */
export function mergedSettings(base: PlanSettings, over: PlanSettings): PlanSettings {
  const out: PlanSettings = { ...base };
  for (const [k, v] of Object.entries(over) as [keyof PlanSettings, unknown][]) {
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Save the settings in the workbook (creating its sheet the first time): one undo step. */
export async function savePlanSettings(service: WorkbookService, settings: PlanSettings): Promise<PlanResult> {
  const info = await service.host.readWorkbookInfo();
  const area = settingsArea(info.names);
  const existing = area ? { sheet: area.sheet, block: await service.host.readCells(area.sheet, area.range) } : null;
  if (!existing && info.sheets.some((s) => s.toLocaleLowerCase('vi') === SETTINGS_SHEET.toLocaleLowerCase('vi'))) {
    throw new HostError('exists', PLAN_MESSAGES[service.lang].settingsSheetTaken(SETTINGS_SHEET));
  }
  return service.applyWhole({ steps: settingsSteps(settings, existing) });
}

export interface InsertOptions {
  /** The sections to insert (document order whatever the order given); all by default. */
  sections?: readonly SectionId[];
  /** Only these sheet rows of the table (the user's selection); all criteria when absent. */
  rows?: readonly number[];
  /** Settings to use instead of the workbook's (the pane's form before it is saved). */
  settings?: PlanSettings;
  planDate?: string | null;
  /** The table and the plan's content already read (the command line inserts the plan and the appendix from one read): the options above are then the source's. */
  source?: PlanSource;
}

/** The table under the plan and the plan's content drawn from it and the settings. */
export interface PlanSource {
  analysis: SheetAnalysis;
  input: PlanInput;
}

export interface Inserted {
  result: PlanResult;
  /** The sheet written (ours, or a new name when the user has a sheet of that name). */
  sheet: string;
  /** An earlier sheet of ours was replaced. */
  updated: boolean;
  /** How many placeholders remain for the user to fill. */
  placeholders: number;
}

/** A plan is never drawn from one of the add-in's own sheets (its appendix is a table too). */
function refuseOwnSheet(service: WorkbookService, info: WorkbookInfo, sheet: string): void {
  const lower = sheet.toLocaleLowerCase('vi');
  if (OWN_NAMES.some((n) => ownSheet(info, n)?.toLocaleLowerCase('vi') === lower)) throw new HostError('not-found', PLAN_MESSAGES[service.lang].ownSheet);
}

/** The table under the plan: the active sheet's, refused when the active sheet is one of ours. */
async function tableOf(service: WorkbookService, info: WorkbookInfo, planDate: string | null | undefined): Promise<SheetAnalysis> {
  const read = await service.readActiveSheet();
  const m = PLAN_MESSAGES[service.lang];
  refuseOwnSheet(service, info, read.snapshot.name);
  const analysis = analyzeSheet(read.snapshot, { lang: service.lang, planDate: planDate ?? null, layout: read.layout });
  if (!analysis.layout) throw new HostError('not-found', m.noTable(read.snapshot.name));
  return analysis;
}

/** The plan document the sheet and the .docx are drawn from: the table, the settings, the sections asked for. */
export async function planDocumentOf(
  service: WorkbookService,
  options: InsertOptions = {},
): Promise<{ analysis: SheetAnalysis; info: WorkbookInfo; input: PlanInput; document: PlanDocument; appendix: (prefill: boolean) => AppendixDocument }> {
  const info = await service.host.readWorkbookInfo();
  if (options.source) refuseOwnSheet(service, info, options.source.analysis.report.sheet);
  const { analysis, input } = options.source ?? (await sourceOf(service, info, options));
  return { analysis, info, input, document: buildPlanDocument(input, options.sections ?? SECTION_ORDER), appendix: (prefill) => buildAppendix(input, { prefill }) };
}

async function sourceOf(service: WorkbookService, info: WorkbookInfo, options: InsertOptions): Promise<PlanSource> {
  const analysis = await tableOf(service, info, options.planDate);
  const settings = options.settings ?? (await readPlanSettings(service, analysis, info)).settings;
  return { analysis, input: planInputFromTable(analysis, settings, options.rows ? { rows: options.rows } : {}) };
}

/** Replace-or-add steps for one of our sheets: the old one (if any) removed with what it held, the new one added. */
async function ownSheetSteps(
  service: WorkbookService,
  info: WorkbookInfo,
  name: string,
  base: string,
  after: string,
  build: (sheet: string) => { add: Extract<PlanStep, { kind: 'addSheet' }>; range: { top: number; left: number; bottom: number; right: number }; extra?: PlanStep[] },
  restore: (sheet: string, range: { top: number; left: number; bottom: number; right: number }, after: string | undefined) => Promise<PlanStep[]>,
): Promise<{ steps: PlanStep[]; sheet: string; updated: boolean }> {
  const existing = workbookName(info.names, name)?.target ?? null;
  const live = existing && ownSheet(info, name) !== null ? existing : null;
  // An update keeps our sheet where it is (the user may have moved it), and so does the undo of it.
  const at = live ? info.sheets.findIndex((s) => s.toLocaleLowerCase('vi') === live.sheet.toLocaleLowerCase('vi')) : -1;
  const place = at > 0 ? info.sheets[at - 1] : undefined;
  const steps: PlanStep[] = [];
  if (existing) {
    // The name first: a sheet cannot go while a name refers to it (and the undo defines it after the sheet is back).
    steps.push({ kind: 'removeName', key: { name, scope: null }, restore: { target: existing } });
    if (live) steps.push(...(await restore(live.sheet, live.range, place)));
  }
  const sheet = live ? live.sheet : freeSheetName(base, info.sheets);
  const built = build(sheet);
  steps.push({ ...built.add, after: live ? place : after }, ...(built.extra ?? []));
  steps.push({ kind: 'defineName', key: { name, scope: null }, target: { sheet, range: built.range }, comment: `${base} (CCHC Phụ lục)` });
  return { steps, sheet, updated: live !== null };
}

/** Insert the plan sections into the "Kế hoạch" sheet (ours, replaced when it exists), after the table's sheet. */
export async function insertPlanSheet(service: WorkbookService, options: InsertOptions = {}): Promise<Inserted> {
  const { analysis, info, document } = await planDocumentOf(service, options);
  const content = planSheet(document);
  const rows = content.cells.reduce((n, c) => Math.max(n, c.row), 1);
  const own = await ownSheetSteps(
    service,
    info,
    PLAN_SHEET_NAME,
    PLAN_SHEET,
    analysis.grid.snapshot.name,
    (sheet) => ({ add: { kind: 'addSheet', sheet, ...content }, range: planSheetRange(rows), extra: [{ kind: 'addConditionalRules', sheet, tag: PLACEHOLDER_TAG, rules: [placeholderRule(rows)] }] }),
    // The highlight first (so that an undo puts it back after the sheet), then the sheet.
    async (sheet, range, place) => [
      { kind: 'removeConditionalRules', sheet, tag: PLACEHOLDER_TAG, restore: [placeholderRule(range.bottom)] },
      { kind: 'removeSheet', sheet, restore: { ...restoredPlanSheet(sheet, await service.host.readCells(sheet, null)), after: place } },
    ],
  );
  return { result: await service.applyWhole({ steps: own.steps }), sheet: own.sheet, updated: own.updated, placeholders: placeholders(document).length };
}

/** Insert the standard appendix table into its sheet (ours, replaced when it exists); prefilled with the criteria when asked. */
export async function insertAppendixSheet(service: WorkbookService, options: InsertOptions & { prefill?: boolean } = {}): Promise<Inserted> {
  const { analysis, info, appendix } = await planDocumentOf(service, options);
  const doc = appendix(options.prefill ?? true);
  const hasUnitList = workbookName(info.names, UNIT_LIST_NAME)?.target != null;
  const own = await ownSheetSteps(
    service,
    info,
    APPENDIX_SHEET_NAME,
    APPENDIX_SHEET,
    // After our plan sheet when there is one, else after the table.
    ownSheet(info, PLAN_SHEET_NAME) ?? analysis.grid.snapshot.name,
    (sheet) => {
      const laid = appendixSheet(doc, sheet, hasUnitList, service.lang);
      return { add: { kind: 'addSheet', sheet, ...laid.content }, range: laid.range, extra: laid.validations };
    },
    async (sheet, range, place) => {
      // The dropdowns go first (so that an undo puts them back after the sheet), last first (so that it puts
      // them back in their order); they are the old sheet's, down to the bottom its name recorded.
      const old = appendixValidations(doc, sheet, hasUnitList, service.lang, range.bottom)
        .flatMap((v): PlanStep[] => (v.kind === 'addValidation' ? [{ kind: 'removeValidation', sheet: v.sheet, range: v.range, restore: { list: v.list, alert: v.alert } }] : []))
        .reverse();
      const removed = restoredAppendix(sheet, await service.host.readCells(sheet, null), range, doc);
      return [...old, { kind: 'removeSheet', sheet, restore: { ...removed, after: place } }];
    },
  );
  return { result: await service.applyWhole({ steps: own.steps }), sheet: own.sheet, updated: own.updated, placeholders: doc.heading.flatMap((l) => l.runs).filter((r) => r.placeholder).length };
}
