/**
 * The layer as the workbook holds it now, for the pane's overdue view and its settings: the as-of date and
 * window in the named cells, the status list the flags read, and the core's judgement of every row —
 * the same figures the sheet's formulas show, without waiting for Excel to recalculate.
 */
import { analyzeSheet, type SheetAnalysis } from '../check';
import { a1 } from '../address';
import { isoToday, isoToSerial, serialToIso } from '../dates';
import type { CellEdit } from '../report';
import type { StatusValue } from '../report';
import type { RawValue } from '../snapshot';
import { Grid } from '../table/grid';
import type { WorkbookService, PlanResult } from '../workbook/service';
import { HostError, type WorkbookInfo } from '../workbook/adapter';
import type { SheetRead } from '../workbook/read';
import type { UnitEntry } from '../rules/types';
import { DEFAULT_DUE_SOON_DAYS } from './due';
import { NAMES } from './formulas';
import type { LayerSettings } from './layer';
import { TRACKING_MESSAGES } from './messages';
import { findLayer, layerCell, layerTarget, type LayerRecord } from './remove';
import { trackedRows } from './rows';
import { statusList, type StatusList } from './status';
import { judgeRows, progressByUnit, summaryUnits, type JudgedRow, type ProgressCounts, type UnitProgress } from './summary';

export interface TrackingView {
  record: LayerRecord;
  settings: LayerSettings;
  /** The date the flags are judged on (today when the cell holds =TODAY()). */
  asOf: string;
  judged: JudgedRow[];
  progress: { units: UnitProgress[]; total: ProgressCounts };
}

/** What a caller read just before (a check reads all three): not read again. */
export interface KnownReads {
  info: WorkbookInfo;
  read: SheetRead;
  units: UnitEntry[] | null;
  /** The check of that read, made with the same plan date and unit list: reused when its as-of date is the layer's. */
  analysis?: SheetAnalysis;
}

/**
 * The layer of the active sheet as it stands, or null when the workbook has none (or it is on another
 * sheet). `planDate` is the plan date the user set, as `annotate` took it.
 */
export async function readTracking(service: WorkbookService, today: string = isoToday(), planDate: string | null = null, known?: KnownReads): Promise<TrackingView | null> {
  const host = service.host;
  const info = known?.info ?? (await host.readWorkbookInfo());
  const record = findLayer(info.names);
  if (!record) return null;
  const read = known?.read ?? (await service.readActiveSheet());
  if (read.snapshot.name.toLowerCase() !== record.sheet.toLowerCase()) return null;
  const grid = new Grid(read.snapshot);
  const settings = { ...{ asOf: 'today' as const, window: DEFAULT_DUE_SOON_DAYS }, ...layerSettings(record, grid) };
  const asOf = settings.asOf === 'today' ? today : settings.asOf;
  const units = (known ? known.units : await service.readUnitList(info)) ?? undefined;
  // A check of the sheet on the layer's as-of date is the one this view needs (a 3,000-row table: ~400 ms).
  const analysis = known?.analysis?.asOf === asOf ? known.analysis : analyzeSheet(read.snapshot, { lang: service.lang, asOf, units, planDate, layout: read.layout });
  const rows = trackedRows(analysis, units);
  const list = (await readStatusList(service, record)) ?? statusList(rows.map((r) => r.status));
  const judged = judgeRows(rows, { asOf, window: settings.window, list });
  return { record, settings, asOf, judged, progress: progressByUnit(judged, summaryUnits(rows, units)) };
}

/** The settings the layer's named cells hold: =TODAY() or a fixed date, and the window. */
export function layerSettings(record: LayerRecord, grid: Grid): Partial<LayerSettings> {
  const out: Partial<LayerSettings> = {};
  const asOf = layerCell(record, NAMES.asOf);
  if (asOf) {
    const v = grid.raw(asOf.row, asOf.col);
    const f = grid.formula(asOf.row, asOf.col);
    if (f && /^=\s*TODAY\(\s*\)\s*$/i.test(f)) out.asOf = 'today';
    else if (typeof v === 'number' && !f && v > 0) out.asOf = serialToIso(v);
  }
  const win = layerCell(record, NAMES.window);
  if (win) {
    const v = grid.raw(win.row, win.col);
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out.window = v;
  }
  return out;
}

/** Set the as-of date (a fixed date or =TODAY()) and the window in the workbook, where every reader sees them. */
export async function saveTrackingSettings(service: WorkbookService, settings: LayerSettings): Promise<PlanResult> {
  const record = findLayer((await service.host.readWorkbookInfo()).names);
  if (!record) throw new HostError('not-found', TRACKING_MESSAGES[service.lang].notFound);
  const read = await service.readActiveSheet();
  if (read.snapshot.name.toLowerCase() !== record.sheet.toLowerCase()) throw new HostError('not-found', TRACKING_MESSAGES[service.lang].openLayerSheet(record.sheet));
  const grid = new Grid(read.snapshot);
  const edits: CellEdit[] = [];
  const asOf = layerCell(record, NAMES.asOf);
  if (asOf) {
    const before = grid.raw(asOf.row, asOf.col);
    const beforeFormula = grid.formula(asOf.row, asOf.col);
    const cell = { cell: a1(asOf.row, asOf.col), row: asOf.row, col: asOf.col, before, ...(beforeFormula !== null ? { beforeFormula } : {}) };
    edits.push(settings.asOf === 'today' ? { ...cell, value: null, formula: '=TODAY()' } : { ...cell, value: isoToSerial(settings.asOf) });
  }
  const win = layerCell(record, NAMES.window);
  if (win) edits.push({ cell: a1(win.row, win.col), row: win.row, col: win.col, value: settings.window, before: grid.raw(win.row, win.col) });
  return service.applyWhole({ steps: edits.length ? [{ kind: 'cells', sheet: record.sheet, edits }] : [] });
}

/** The status list the layer wrote (its summary sheet), read through the names the formulas use. */
async function readStatusList(service: WorkbookService, record: LayerRecord): Promise<StatusList | null> {
  const all = layerTarget(record, NAMES.statusAll);
  const done = layerTarget(record, NAMES.statusDone);
  const inProgress = layerTarget(record, NAMES.statusInProgress);
  if (!all || !done || !inProgress) return null;
  // The three lists are one column of the summary sheet: one read serves all three.
  if ([done, inProgress].some((t) => t.sheet.toLowerCase() !== all.sheet.toLowerCase())) return null;
  const ranges = [all.range, done.range, inProgress.range];
  const box = { top: Math.min(...ranges.map((r) => r.top)), left: Math.min(...ranges.map((r) => r.left)), bottom: Math.max(...ranges.map((r) => r.bottom)), right: Math.max(...ranges.map((r) => r.right)) };
  const block = await service.host.readCells(all.sheet, box);
  const words = (r: typeof box) =>
    (block?.values ?? [])
      .slice(r.top - box.top, r.bottom - box.top + 1)
      .flatMap((line) => line.slice(r.left - box.left, r.right - box.left + 1))
      .filter((v: RawValue): v is string => typeof v === 'string' && v !== '');
  const [a, d, p] = [words(all.range), words(done.range), words(inProgress.range)];
  const groups: Record<StatusValue, string[]> = { done: d, 'in-progress': p, 'not-done': a.filter((w) => !d.includes(w) && !p.includes(w)) };
  return groups;
}
