/**
 * The score columns over any host, written once: add them (or update them in place) and remove them. The
 * pane, `cchc annotate` and the preview call these; hosts only read and write.
 */
import { analyzeSheet } from '../check';
import { HostError } from '../workbook/adapter';
import type { DefinedName } from '../workbook/catalog';
import { workbookName } from '../workbook/catalog';
import type { PlanResult, WorkbookService } from '../workbook/service';
import { otherColumnsEnd } from '../table/addin-columns';
import { Grid } from '../table/grid';
import type { CellRange } from '../snapshot';
import { planScoreLayer, planScoreRemoval, SCORE_LAYER_NAME, type ScoreLayer } from './layer';
import { SCORE_SUMMARY_NAME } from './summary';

export interface ScoresAdded {
  applied: PlanResult[];
  layer: ScoreLayer;
}

/** Add the score columns beside the active sheet's score table, or update the ones it has. */
export async function annotateScores(service: WorkbookService, options: { planDate?: string | null } = {}): Promise<ScoresAdded> {
  const host = service.host;
  let read = await service.readActiveSheet();
  const sheet = read.snapshot.name;
  let info = await host.readWorkbookInfo();
  const applied: PlanResult[] = [];
  const existing = workbookName(info.names, SCORE_LAYER_NAME)?.target;
  if (existing) {
    if (existing.sheet.toLowerCase() !== sheet.toLowerCase()) throw new HostError('exists', MESSAGES[service.lang].otherSheet(existing.sheet));
    applied.push(await removal(service, existing.sheet, existing.range, info.names, new Grid(read.snapshot)));
    read = await service.readActiveSheet();
    info = await host.readWorkbookInfo();
  }
  const analysis = analyzeSheet(read.snapshot, { lang: service.lang, planDate: options.planDate ?? null, layout: read.layout });
  // An update keeps the columns where they were; new ones go after the add-in's other columns.
  const planned = planScoreLayer(analysis, otherColumnsEnd(info.names, sheet, SCORE_LAYER_NAME), service.lang, existing?.range.left, info.sheets, host.drawsCharts === true);
  if (!planned.ok) {
    for (const done of [...applied].reverse()) await service.undo(done.applied);
    throw new HostError('exists', planned.message);
  }
  applied.push(await service.applyWhole(planned.layer.plan));
  return { applied, layer: planned.layer };
}

/** Remove the score columns, from whichever sheet holds them. */
export async function removeScores(service: WorkbookService): Promise<PlanResult> {
  const names = (await service.host.readWorkbookInfo()).names;
  const target = workbookName(names, SCORE_LAYER_NAME)?.target;
  if (!target) throw new HostError('not-found', MESSAGES[service.lang].notFound);
  return removal(service, target.sheet, target.range, names);
}

/** `columnsSheet`: the columns' sheet as just read (an update), which holds their headers already. */
async function removal(service: WorkbookService, sheet: string, block: CellRange, names: readonly DefinedName[], columnsSheet?: Grid): Promise<PlanResult> {
  const headerRow = { ...block, bottom: block.top };
  const header = columnsSheet ? columnsSheet.cells(headerRow) : await service.host.readCells(sheet, headerRow);
  const summarySheet = workbookName(names, SCORE_SUMMARY_NAME)?.target?.sheet ?? null;
  const summary = summarySheet ? { sheet: summarySheet, cells: await service.host.readCells(summarySheet, null) } : null;
  return service.applyPlan(planScoreRemoval(sheet, block, header?.values[0] ?? [], summary, service.host.drawsCharts === true));
}

const MESSAGES = {
  vi: {
    otherSheet: (sheet: string) => `Bảng tính đã có cột điểm trên trang “${sheet}”. Hãy gỡ cột điểm ở đó trước.`,
    notFound: 'Bảng tính chưa có cột điểm của CCHC Phụ lục, nên không có gì để gỡ.',
  },
  en: {
    otherSheet: (sheet: string) => `The workbook already has score columns on sheet “${sheet}”. Remove them there first.`,
    notFound: 'The workbook has no CCHC Phụ lục score columns, so there is nothing to remove.',
  },
} as const;
