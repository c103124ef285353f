/**
 * The tracking layer's operations over any host, written once: "Chèn cột theo dõi hạn" (annotate: add the
 * layer, or update it in place) and "Gỡ cột theo dõi" (remove it). The pane, `cchc annotate` and the
 * preview call these; hosts only read and write.
 */
import { analyzeSheet } from '../check';
import { isoToday } from '../dates';
import { HostError } from '../workbook/adapter';
import type { PlanResult, WorkbookService } from '../workbook/service';
import type { WorkbookPlan } from '../workbook/plan';
import { Grid } from '../table/grid';
import { DEFAULT_DUE_SOON_DAYS } from './due';
import { planLayer, type Layer, type LayerSettings } from './layer';
import { TRACKING_MESSAGES } from './messages';
import { findLayer, planRemoval, settingsArea, type LayerRecord } from './remove';
import { NAMES } from './formulas';
import { otherColumnsEnd } from '../table/addin-columns';
import { layerSettings } from './read';
import { judgeRows, progressByUnit, type JudgedRow, type ProgressCounts, type UnitProgress } from './summary';

export interface AnnotateOptions {
  /** A fixed as-of date (ISO) or "today"; undefined keeps the layer's current setting (else "today"). */
  asOf?: string | 'today';
  /** Due-soon window in days; undefined keeps the current one (else 15). */
  window?: number;
  /** Plan date (ISO) to read times against instead of the one in the title lines. */
  planDate?: string | null;
  /** Today's date (ISO) for "today" (the pane's, which a demo may set); the computer's by default. */
  today?: string;
}

export interface Annotated {
  /** What was written, in order: an update first removes the old layer. Undo inverts them in reverse. */
  applied: PlanResult[];
  layer: Layer;
  settings: LayerSettings;
  /** The core's own judgement on the as-of date: every row's flag, and the counts the summary shows. */
  judged: JudgedRow[];
  progress: { units: UnitProgress[]; total: ProgressCounts };
}

/** Add the tracking layer to the active sheet's table, or update the one it has. */
export async function annotate(service: WorkbookService, options: AnnotateOptions = {}): Promise<Annotated> {
  const host = service.host;
  const m = TRACKING_MESSAGES[service.lang];
  let read = await service.readActiveSheet();
  let info = await host.readWorkbookInfo();
  const record = findLayer(info.names);
  if (record && record.sheet.toLowerCase() !== read.snapshot.name.toLowerCase()) throw new HostError('exists', m.otherSheet(record.sheet));
  const grid = new Grid(read.snapshot);
  const current = record ? layerSettings(record, grid) : null;
  const settings: LayerSettings = {
    asOf: options.asOf ?? current?.asOf ?? 'today',
    window: options.window ?? current?.window ?? DEFAULT_DUE_SOON_DAYS,
  };
  const applied: PlanResult[] = [];
  if (record) {
    applied.push(await service.applyWhole(await removalPlan(service, record, true, grid)));
    read = await service.readActiveSheet();
    info = await host.readWorkbookInfo();
  }
  const units = (await service.readUnitList(info)) ?? undefined;
  const asOf = settings.asOf === 'today' ? (options.today ?? isoToday()) : settings.asOf;
  const analysis = analyzeSheet(read.snapshot, { lang: service.lang, planDate: options.planDate ?? null, asOf, units, layout: read.layout });
  const statusCol = analysis.rows?.col('status');
  const layout = analysis.layout;
  let statusValidated = false;
  if (statusCol !== undefined && layout) {
    const probe: WorkbookPlan = { steps: [{ kind: 'addValidation', sheet: read.snapshot.name, range: { top: layout.firstRow, left: statusCol, bottom: Math.max(layout.firstRow, layout.lastRow), right: statusCol }, list: { values: [] }, alert: { style: 'information', title: '', message: '' } }] };
    statusValidated = (await host.readTargets(probe)).validated.get(0) ?? false;
  }
  const planned = planLayer({
    analysis,
    sheets: info.sheets,
    unitList: units,
    settings,
    statusValidated,
    keptStatusCol: record?.statusCol ?? null,
    after: otherColumnsEnd(info.names, read.snapshot.name, NAMES.layer),
    lang: service.lang,
  });
  // An update removed the old layer first: if the new one cannot be written, put the old one back rather
  // than leave the sheet without one.
  const restore = async () => {
    for (const done of [...applied].reverse()) await service.undo(done.applied);
  };
  if (!planned.ok) {
    await restore();
    throw new HostError('exists', planned.message);
  }
  try {
    applied.push(await service.applyWhole(planned.layer.plan));
  } catch (e) {
    await restore().catch(() => undefined);
    throw e;
  }
  const judged = judgeRows(planned.layer.rows, { asOf, window: settings.window, list: planned.layer.list });
  return { applied, layer: planned.layer, settings, judged, progress: progressByUnit(judged, planned.layer.units) };
}

/** Remove the tracking layer, from whichever sheet holds it (its names say where). */
export async function removeTracking(service: WorkbookService): Promise<PlanResult> {
  const record = findLayer((await service.host.readWorkbookInfo()).names);
  if (!record) throw new HostError('not-found', TRACKING_MESSAGES[service.lang].notFound);
  return service.applyWhole(await removalPlan(service, record, false));
}

/**
 * The removal, with the few cells it reads first: the settings' labels and the summary sheet (for undo).
 * `layerSheet`: the layer's sheet as just read (an update), which holds the settings' labels already.
 */
async function removalPlan(service: WorkbookService, record: LayerRecord, keepStatus: boolean, layerSheet?: Grid): Promise<WorkbookPlan> {
  const area = settingsArea(record);
  const settings = !area ? null : layerSheet ? layerSheet.cells(area) : await service.host.readCells(record.sheet, area);
  const summary = record.summarySheet ? await service.host.readCells(record.summarySheet, null) : null;
  return planRemoval({ record, settings, summary, keepStatus, lang: service.lang });
}


