/**
 * `cchc annotate FILE.xlsx --out OUT.xlsx`: the tracking layer (deadlines, overdue flags, the progress
 * summary) written into the package by the same core operation as the pane's "Chèn cột theo dõi hạn";
 * `--remove` takes it away as "Gỡ cột theo dõi" does. Only the parts the layer changes are rewritten.
 */
import { analyzeSheet } from '../core/check';
import { isoToday } from '../core/dates';
import type { SheetReport } from '../core/report';
import { HostError } from '../core/workbook/adapter';
import { annotate, removeTracking, type Annotated } from '../core/tracking/operations';
import { NAMES } from '../core/tracking/formulas';
import { annotateScores, removeScores, type ScoresAdded } from '../core/score-layer/operations';
import { SCORE_LAYER_NAME } from '../core/score-layer/layer';
import { SCORE_HEADERS, type ScoreColumn } from '../core/score-layer/columns';
import { columnLetters } from '../core/address';
import { writePlan } from '../hosts/xlsx/writer';
import type { CliArgs } from './args';
import { InputError } from './messages';
import { openTableSheet, unitListOf } from './session';

export interface AnnotateOutcome {
  bytes: Uint8Array;
  sheet: string;
  annotated: Annotated | null;
  /** The score columns, when the table is a score table. */
  scores: ScoresAdded | null;
  /** The check of the sheet after the layer was written (its exit code is check's). */
  report: SheetReport;
}

export async function annotateWorkbook(original: Uint8Array, args: CliArgs): Promise<AnnotateOutcome> {
  const { workbook, target, service } = await openTableSheet(original, args);
  const sheet = target.sheet.snapshot.name;
  // Deadlines for a table with a time column; score columns for a table with score columns; both for both.
  const columns = target.report.table!.columns;
  const tracks = columns.time !== null;
  const scores = columns.appraisedScore !== null && (columns.maxScore !== null || columns.selfScore !== null);
  if (!args.remove && !tracks && !scores) throw new InputError(`bảng trên trang “${sheet}” không có cột thời gian hay cột điểm, nên không có gì để theo dõi; chưa ghi tệp nào`);
  const names = workbook.info().names;
  let annotated: Annotated | null = null;
  let scored: ScoresAdded | null = null;
  try {
    if (args.remove) {
      const has = (n: string) => names.some((d) => d.scope === null && d.name.toLowerCase() === n.toLowerCase());
      if (!has(NAMES.layer) && !has(SCORE_LAYER_NAME)) await removeTracking(service); // says there is nothing to remove
      if (has(NAMES.layer)) await removeTracking(service);
      if (has(SCORE_LAYER_NAME)) await removeScores(service);
    } else {
      if (scores) scored = await annotateScores(service, { planDate: args.planDate ?? null });
      if (tracks) annotated = await annotate(service, { asOf: args.asOf ?? undefined, planDate: args.planDate ?? null });
    }
  } catch (e) {
    throw e instanceof HostError ? new InputError(`${e.message.replace(/\.$/, '')}; chưa ghi tệp nào`) : e;
  }
  const net = workbook.netPlan();
  const after = workbook.sheet(sheet)!.snapshot;
  const asOf = annotated?.settings.asOf === 'today' || !annotated ? (args.asOf ?? isoToday()) : annotated.settings.asOf;
  const report = analyzeSheet(after, { lang: args.lang, planDate: args.planDate ?? null, asOf, units: unitListOf(workbook) }).report;
  return { bytes: net.steps.length ? await writePlan(original, net) : original, sheet, annotated, scores: scored, report };
}

/** What `--json` prints: where the layer went, each tracked row's deadline and flag, and the summary. */
export function annotateJson(file: string, out: string, o: AnnotateOutcome): unknown {
  const a = o.annotated;
  const scoreColumns = o.scores ? Object.fromEntries(Object.entries(o.scores.layer.columns).map(([k, c]) => [k, columnLetters(c!)])) : null;
  if (!a) return o.scores ? { file, out, sheet: o.sheet, scoreColumns } : { file, out, sheet: o.sheet, removed: true };
  const p = a.layer.place;
  return {
    ...(scoreColumns ? { scoreColumns } : {}),
    file,
    out,
    sheet: o.sheet,
    asOf: a.settings.asOf,
    window: a.settings.window,
    summarySheet: a.layer.summarySheet,
    columns: { status: columnLetters(p.statusCol), deadline: columnLetters(p.deadlineCol), flag: columnLetters(p.flagCol), units: columnLetters(p.unitsCol) },
    rows: a.judged.map((r) => ({
      row: r.row,
      deadline: r.deadline?.kind === 'date' ? r.deadline.date : null,
      recurrence: r.deadline?.kind === 'recurring' ? r.deadline.recurrence : null,
      status: r.group,
      flag: r.flag,
      units: r.units,
    })),
    units: a.progress.units,
    total: a.progress.total,
  };
}

/** The text report: one line per late or due-soon task, then the counts per unit. */
export function annotateText(o: AnnotateOutcome, where: string): string {
  const a = o.annotated;
  const scores = o.scores ? `Trang “${o.sheet}”: cột điểm ${Object.values(o.scores.layer.columns).map((c) => columnLetters(c!)).join(', ')} (${Object.keys(o.scores.layer.columns).map((k) => SCORE_HEADERS[k as ScoreColumn]).join(', ')}).` : null;
  if (!a) return scores ? `${scores} ${where.charAt(0).toUpperCase()}${where.slice(1)}.\n` : `Đã gỡ cột theo dõi khỏi trang “${o.sheet}”; ${where}.\n`;
  const p = a.layer.place;
  const asOf = a.settings.asOf === 'today' ? 'hôm nay (=TODAY())' : vnDate(a.settings.asOf);
  const lines = [
    ...(scores ? [scores] : []),
    `Trang “${o.sheet}”: cột theo dõi ${columnLetters(p.deadlineCol)}–${columnLetters(p.unitsCol)}${p.addsStatus ? ` (và cột Tình trạng ${columnLetters(p.statusCol)})` : ''}, trang “${a.layer.summarySheet}”; ngày đánh giá ${asOf}, sắp đến hạn trong ${a.settings.window} ngày.`,
  ];
  for (const r of a.judged) if (r.flag === 'Quá hạn' || r.flag === 'Sắp đến hạn') lines.push(`  dòng ${r.row}: ${r.flag} — ${r.units.join('; ')}`);
  const t = a.progress.total;
  lines.push(`Toàn kế hoạch: ${t.tasks} nhiệm vụ, ${t.done} hoàn thành, ${t.inProgress} đang thực hiện, ${t.overdue} quá hạn, ${t.dueSoon} sắp đến hạn; ${where}.`);
  return lines.join('\n') + '\n';
}

const vnDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
