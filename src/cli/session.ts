/**
 * The CLI's session over one .xlsx, the same as the pane's: read the workbook into memory, check the
 * sheets that hold a table (with the workbook's own unit list, found as the service finds it), plan the
 * fixes, apply them through the workbook service, check again, and write one package with the net plan.
 */
import { analyzeSheet, type CheckOptions } from '../core/check';
import { isoToday } from '../core/dates';
import { planFixes, type FixPlan } from '../core/fixes';
import type { Lang, SheetReport } from '../core/report';
import type { UnitEntry } from '../core/rules/types';
import { HostError } from '../core/workbook/adapter';
import { isUnitListSheetName } from '../core/workbook/catalog';
import type { PlanStep } from '../core/workbook/plan';
import { WorkbookService } from '../core/workbook/service';
import { MemoryAdapter } from '../hosts/memory/adapter';
import { memoryWorkbookFromExcelJs } from '../hosts/memory/fromExcelJs';
import type { MemorySheet, MemoryWorkbook } from '../hosts/memory/workbook';
import { loadWorkbook } from '../hosts/xlsx/read';
import { structureProtected, writePlan } from '../hosts/xlsx/writer';
import type { CliArgs } from './args';
import { InputError } from './messages';

/**
 * Every worksheet as the checker needs it. exceljs' model goes out of scope on return, so the checker
 * runs on a small heap instead of next to exceljs' whole model.
 */
export async function openWorkbook(data: Uint8Array): Promise<MemoryWorkbook> {
  return memoryWorkbookFromExcelJs(await loadWorkbook(data, { cellsOnly: true }), { full: false });
}

export interface SheetResult {
  sheet: MemorySheet;
  report: SheetReport;
}

/** The workbook's own unit list, where the pane would find it (the name DanhMucDonVi, else a "Danh mục" sheet). */
export function unitListOf(workbook: MemoryWorkbook): UnitEntry[] | undefined {
  return workbook.unitList() ?? undefined;
}

/** The sheets to report on: the one asked for, else every sheet with a table, else those with content. */
export function analyzeWorkbook(workbook: MemoryWorkbook, args: CliArgs): SheetResult[] {
  const options: CheckOptions = { lang: args.lang, planDate: args.planDate ?? null, asOf: args.asOf ?? isoToday(), units: unitListOf(workbook) };
  const analyze = (sheet: MemorySheet): SheetResult => ({ sheet, report: analyzeSheet(sheet.snapshot, options).report });
  const sheets = workbook.sheets;
  if (args.sheet !== undefined) {
    const wanted = args.sheet.trim().toLowerCase();
    const sheet = sheets.find((s) => s.snapshot.name === args.sheet) ?? sheets.find((s) => s.snapshot.name.trim().toLowerCase() === wanted);
    if (!sheet) throw new InputError(`không có trang “${args.sheet}” (các trang: ${sheets.map((s) => s.snapshot.name).join(', ')})`);
    return [analyze(sheet)];
  }
  const all = sheets.filter((s) => !isUnitListSheetName(s.snapshot.name)).map(analyze);
  const withTable = all.filter((r) => r.report.table);
  if (withTable.length) return withTable;
  // No table anywhere: say so for every sheet that has content (or the first one).
  const nonEmpty = all.filter((r) => r.sheet.snapshot.values.length > 0);
  return nonEmpty.length ? nonEmpty : all.slice(0, 1);
}

export interface FixOutcome {
  /** Per sheet with a table: its fix plan (edits as planned, findings applied and skipped). */
  sheets: { name: string; plan: FixPlan }[];
  /** The checks after the fixes. */
  after: SheetResult[];
  /** The package with the fixes written into it (the input itself when nothing changed). */
  bytes: Uint8Array;
}

/**
 * Plan the fixes of `codes` on every checked sheet, apply them as one plan, check again and write one
 * package. A locked cell of a protected sheet among the fixes refuses the whole plan: nothing is written.
 */
export async function fixWorkbook(original: Uint8Array, workbook: MemoryWorkbook, args: CliArgs, codes: readonly string[]): Promise<FixOutcome> {
  const results = analyzeWorkbook(workbook, args).filter((r) => r.report.table);
  const sheets = results.map(({ sheet, report }) => ({ name: sheet.snapshot.name, plan: planFixes(report.findings, codes) }));
  const steps: PlanStep[] = sheets.filter((s) => s.plan.edits.length).map((s) => ({ kind: 'cells', sheet: s.name, edits: s.plan.edits }));
  const service = new WorkbookService(new MemoryAdapter(workbook, args.lang as Lang));
  // The service refuses a locked cell of a protected sheet, as Excel does; then nothing is written.
  try {
    await service.applyPlan({ steps });
  } catch (e) {
    throw e instanceof HostError ? new InputError(`${e.message.replace(/\.$/, '')}; chưa ghi tệp nào`) : e;
  }
  const after = analyzeWorkbook(workbook, args).filter((r) => sheets.some((s) => s.name === r.sheet.snapshot.name));
  const net = workbook.netPlan();
  return { sheets, after, bytes: net.steps.length ? await writePlan(original, net) : original };
}

/**
 * For the commands that write the add-in's sheets into the file (annotate, sections): the whole workbook in
 * memory (validations and conditional formats too: the user's are never overwritten, a protected
 * structure is respected), the sheet whose table they work on, and the workbook service active on it.
 */
export async function openTableSheet(original: Uint8Array, args: CliArgs): Promise<{ workbook: MemoryWorkbook; target: SheetResult; service: WorkbookService }> {
  const workbook = memoryWorkbookFromExcelJs(await loadWorkbook(original), { full: true });
  workbook.structureProtected = await structureProtected(original);
  const target = analyzeWorkbook(workbook, args).find((r) => r.report.table) ?? null;
  if (!target) throw new InputError(args.sheet ? `trang “${args.sheet}” không có bảng phụ lục (không nhận ra dòng tiêu đề)` : 'không trang nào có bảng phụ lục (không nhận ra dòng tiêu đề)');
  const service = new WorkbookService(new MemoryAdapter(workbook, args.lang as Lang, workbook.sheets.indexOf(target.sheet)));
  return { workbook, target, service };
}
