/**
 * Reading what the workbook service asks for besides the active sheet: sheet and defined names, the cells
 * of a range, and what a plan's targets hold now — each in one round trip (names local to sheets: one more,
 * only when the workbook has no usable unit-list name).
 *
 * Requirement sets: NamedItem.formula, Worksheet.getRangeByIndexes 1.7; getUsedRangeOrNullObject,
 * getItemOrNullObject, Worksheet.names, NamedItem.scope 1.4; Range.dataValidation 1.8; RangeFont.name/italic,
 * Range.numberFormat 1.1; Range.getCellProperties 1.9.
 */
import { parseA1Address } from '../../core/address';
import type { PlanTargets, FoundCell } from '../../core/workbook/settle';
import { UNIT_LIST_NAME, workbookName, type CellBlock, type DefinedName } from '../../core/workbook/catalog';
import type { WorkbookInfo } from '../../core/workbook/adapter';
import { sheetChangedBy, type WorkbookPlan } from '../../core/workbook/plan';
import type { CellRange } from '../../core/snapshot';
import type { CellEdit } from '../../core/report';
import { CLEARED_FORMATS } from '../../core/workbook/edits';
import { convertNumberFormats, convertValue, convertValues, jsonBytes } from './convert';
import { columnRuns, type Run } from './cellRuns';
import { chunksBySize } from './chunks';
import { isRefusedForSize, type ExcelRunner } from './runner';

/** Estimated bytes of one cell of a run read besides its value (its share of the four arrays). */
const CELL_READ_BYTES = 50;
/** Estimated bytes of one run read besides its cells (object paths, property names). */
const RUN_READ_BYTES = 600;

/**
 * Sheet names in tab order and the workbook's names with their targets (one sync). Workbook.names holds
 * the workbook's own names only; the names local to a sheet (Worksheet.names) are read too, in a second
 * sync, when the workbook has no usable unit-list name: a sheet copied in the workbook keeps its names
 * as local ones, and the .xlsx host reads every name whatever its scope (see locateUnitList).
 */
export async function readWorkbookInfoWith(excel: ExcelRunner): Promise<WorkbookInfo> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name,items/type,items/formula');
    await context.sync();
    const info = { sheets: sheets.items.map((s) => s.name), names: names.items.map((n) => definedName(n, null)) };
    if (workbookName(info.names, UNIT_LIST_NAME)?.target) return info;
    const local = sheets.items.map((s) => ({ sheet: s.name, names: s.names.load('items/name,items/type,items/formula,items/scope') }));
    await context.sync();
    // Excel on the web has listed workbook names in Worksheet.names too (office-js #1011): only local ones count.
    const scoped = local.flatMap(({ sheet, names: n }) => n.items.filter((item) => item.scope === 'Worksheet').map((item) => definedName(item, sheet)));
    return { ...info, names: [...info.names, ...scoped] };
  });
}

/** A name refers to cells when its formula is one rectangle ("=Sheet1!$B$2:$B$9"); anything else has no target. */
function definedName(item: Excel.NamedItem, scope: string | null): DefinedName {
  const parsed = item.type === 'Range' ? parseA1Address(String(item.formula ?? '').replace(/^=/, '')) : null;
  return { name: item.name, scope, target: parsed?.sheet ? { sheet: parsed.sheet, range: parsed.range } : null };
}

/**
 * Values and formulas of a range, or of the sheet's used range (valuesOnly) when `range` is null: two syncs
 * (the sheet, then its cells), more only when Excel refuses the cells for their size.
 */
export async function readCellsWith(excel: ExcelRunner, sheetName: string, range: CellRange | null): Promise<CellBlock | null> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return null;
    const target = range
      ? sheet.getRangeByIndexes(range.top - 1, range.left - 1, range.bottom - range.top + 1, range.right - range.left + 1)
      : sheet.getUsedRangeOrNullObject(true);
    target.load('values,valueTypes,formulas,rowIndex,columnIndex');
    try {
      await context.sync();
    } catch (e) {
      // Too large for one response (a plan sheet of tens of thousands of lines): its size, then halves.
      if (!isRefusedForSize(e)) throw e;
      const box = range ? null : sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      if (box) await context.sync();
      if (box?.isNullObject) return null;
      const whole = range ?? { top: box!.rowIndex + 1, left: box!.columnIndex + 1, bottom: box!.rowIndex + box!.rowCount, right: box!.columnIndex + box!.columnCount };
      // The whole was just refused: its halves at once.
      if (whole.bottom === whole.top) throw e;
      return readHalves(context, sheet, whole);
    }
    if (target.isNullObject) return null;
    return blockOf(target, target.rowIndex + 1, target.columnIndex + 1);
  });
}

/** Values and formulas (null where a cell holds none) of a range loaded with 'values,valueTypes,formulas'. */
function blockOf(range: Excel.Range, top: number, left: number): CellBlock {
  const formulas = range.formulas.map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
  return { top, left, values: convertValues(range.values, range.valueTypes), formulas };
}

/** A range read in row halves, each halved again while Excel refuses it for its size; the rows joined. */
async function readInHalves(context: Excel.RequestContext, sheet: Excel.Worksheet, r: CellRange): Promise<CellBlock> {
  const part = sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1).load('values,valueTypes,formulas');
  try {
    await context.sync();
    return blockOf(part, r.top, r.left);
  } catch (e) {
    if (!isRefusedForSize(e) || r.bottom === r.top) throw e;
    return readHalves(context, sheet, r);
  }
}

/** The upper and the lower half of a range of two rows or more, each read by readInHalves. */
async function readHalves(context: Excel.RequestContext, sheet: Excel.Worksheet, r: CellRange): Promise<CellBlock> {
  const middle = r.top + ((r.bottom - r.top) >> 1);
  const upper = await readInHalves(context, sheet, { ...r, bottom: middle });
  const lower = await readInHalves(context, sheet, { ...r, top: middle + 1 });
  return { top: r.top, left: r.left, values: [...upper.values, ...lower.values], formulas: [...upper.formulas!, ...lower.formulas!] };
}

/**
 * What the plan's targets hold now: cells of `cells` steps, sheets, names, validations, protection — one
 * sync, more only past the request limit. Cells are read a column run at a time (./cellRuns.ts): values,
 * formulas and number formats as arrays, fonts, fills and locking through getCellProperties (ExcelApi 1.9),
 * fonts and fills only where an edit sets them.
 */
export async function readTargetsWith(excel: ExcelRunner, plan: WorkbookPlan): Promise<PlanTargets> {
  return excel.run(async (context) => {
    const runReads: { step: number; run: Run; bytes: number; queue: () => (found: FoundCell[]) => void }[] = [];
    plan.steps.forEach((step, i) => {
      if (step.kind !== 'cells') return;
      const sheet = context.workbook.worksheets.getItem(step.sheet);
      for (const run of columnRuns(step.edits)) {
        const edits = run.indexes.map((k) => step.edits[k]!);
        // What the cells should hold is known: the request and response are about that size.
        const bytes = edits.reduce((n, e) => n + CELL_READ_BYTES + jsonBytes(e.before) + (e.beforeFormula?.length ?? 0), RUN_READ_BYTES);
        runReads.push({ step: i, run, bytes, queue: () => queueRunRead(sheet, run, fontAndFillOf(edits)) });
      }
    });
    const batches = chunksBySize(runReads, (r) => r.bytes);
    if (batches.length === 0) batches.push([]);
    const found = new Map<number, FoundCell[]>(plan.steps.flatMap((s, i) => (s.kind === 'cells' ? [[i, new Array<FoundCell>(s.edits.length)]] : [])));
    let base: Base | null = null;
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      const pending: Base = base ?? queueBase(context.workbook, plan);
      const reads = batch.map((r) => ({ step: r.step, run: r.run, read: r.queue() }));
      try {
        await context.sync();
      } catch (e) {
        // Refused for its size: nothing was read; halve the request and go on, as the sheet reader does.
        if (!isRefusedForSize(e) || batch.length < 2) throw e;
        batches.splice(i, 1, batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1));
        i--;
        continue;
      }
      base = pending;
      for (const { step, run, read } of reads) {
        const cells: FoundCell[] = [];
        read(cells);
        const out = found.get(step)!;
        run.indexes.forEach((k, n) => (out[k] = cells[n]!));
      }
    }
    const { structure, sheets, names, changed, validated } = base!;
    await readLocking(context, plan, runReads, found, changed);
    return {
      cells: found,
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => ({ name: n.name, scope: null })),
      // "None" is the only type of a range without validation; List, Custom…, Inconsistent, MixedCriteria all mean some.
      validated: new Map([...validated].map(([i, v]) => [i, v.type !== 'None'])),
      protectedSheets: [...changed].filter(([, p]) => p.protected).map(([name]) => name),
      structureProtected: structure?.protected === true,
    };
  });
}

/**
 * Whether each target cell is locked matters only on a protected sheet (rare): read there, in one more
 * sync, so that the usual plan costs none and its first request carries no per-cell protection.
 */
async function readLocking(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  runReads: readonly { step: number; run: Run }[],
  found: Map<number, FoundCell[]>,
  changed: Map<string, Excel.WorksheetProtection>,
): Promise<void> {
  const isProtected = new Set([...changed].filter(([, p]) => p.protected).map(([name]) => name));
  const reads = runReads.flatMap(({ step, run }) => {
    const s = plan.steps[step]!;
    if (s.kind !== 'cells' || !isProtected.has(s.sheet)) return [];
    const range = context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(run.top - 1, run.col - 1, run.indexes.length, 1);
    return [{ step, run, props: range.getCellProperties({ format: { protection: true } }) }];
  });
  if (reads.length === 0) return;
  await context.sync();
  for (const { step, run, props } of reads) {
    const cells = found.get(step)!;
    run.indexes.forEach((k, n) => (cells[k] = { ...cells[k]!, locked: ((props.value as CellProps[][])[n]?.[0]?.format?.protection?.locked ?? true) !== false }));
  }
}

/** The font and fill properties a run's edits record (a clear: those of CLEARED_FORMATS), none when none. */
function fontAndFillOf(edits: readonly CellEdit[]): FontAndFill | null {
  const has = (field: (typeof CLEARED_FORMATS)[number]) => edits.some((e) => e[field] !== undefined || (e.clear === true && CLEARED_FORMATS.includes(field)));
  const font = { italic: has('italic'), name: has('fontName'), bold: has('bold') };
  const fill = has('fill');
  return font.italic || font.name || font.bold || fill ? { font, fill } : null;
}

interface FontAndFill {
  font: { italic: boolean; name: boolean; bold: boolean };
  fill: boolean;
}

interface Base {
  /** Loaded only when the plan adds or removes a sheet (WorkbookProtection: ExcelApi 1.7). */
  structure: Excel.WorkbookProtection | null;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  changed: Map<string, Excel.WorksheetProtection>;
  validated: Map<number, Excel.DataValidation>;
}

/** What a plan's settling needs besides its cells: sheets, names, protection, validations (one request). */
function queueBase(book: Excel.Workbook, plan: WorkbookPlan): Base {
  const sheets = book.worksheets.load('items/name');
  const names = book.names.load('items/name');
  // A sheet the plan changes must exist: getItem makes the sync fail with ItemNotFound otherwise.
  const changed = new Map<string, Excel.WorksheetProtection>();
  const validated = new Map<number, Excel.DataValidation>();
  // A sheet the plan adds before changing it (a validation on a new appendix) is not there yet: nothing of
  // it is read (it is not protected and nothing on it validates).
  const added = new Set<string>();
  plan.steps.forEach((step, i) => {
    if (step.kind === 'addSheet') added.add(step.sheet.toLocaleLowerCase());
    if (step.kind === 'removeSheet') added.delete(step.sheet.toLocaleLowerCase());
    const sheet = sheetChangedBy(step);
    if (sheet === null || added.has(sheet.toLocaleLowerCase())) return;
    if (!changed.has(sheet)) changed.set(sheet, book.worksheets.getItem(sheet).protection.load('protected'));
    if (step.kind === 'addValidation') {
      const r = step.range;
      const range = book.worksheets.getItem(step.sheet).getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
      validated.set(i, range.dataValidation.load('type'));
    }
  });
  const structure = plan.steps.some((s) => s.kind === 'addSheet' || s.kind === 'removeSheet') ? book.protection.load('protected') : null;
  return { structure, sheets, names, changed, validated };
}

interface CellProps {
  format?: { font?: { italic?: boolean; name?: string; bold?: boolean }; fill?: { color?: string }; protection?: { locked?: boolean } };
}

/** Queue the loads of one run of target cells; the returned function reads them (in row order) after the sync. */
function queueRunRead(sheet: Excel.Worksheet, run: Run, asked: FontAndFill | null): (out: FoundCell[]) => void {
  const range = sheet.getRangeByIndexes(run.top - 1, run.col - 1, run.indexes.length, 1);
  range.load('values,valueTypes,numberFormat,formulas');
  // Only the properties some edit records: each one is some 15 bytes per cell of response.
  const props = asked ? range.getCellProperties({ format: { font: asked.font, ...(asked.fill ? { fill: { color: true } } : {}) } }) : null;
  return (out) => {
    const formats = convertNumberFormats(range.numberFormat, run.indexes.length, 1);
    for (let r = 0; r < run.indexes.length; r++) {
      const formula = range.formulas[r]?.[0];
      const p = ((props?.value as CellProps[][] | undefined)?.[r]?.[0] ?? {}).format ?? {};
      out.push({
        value: convertValue(range.values[r]?.[0], range.valueTypes[r]?.[0]),
        formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
        numFmt: formats[r]![0]!,
        italic: p.font?.italic === true,
        fontName: p.font?.name ?? '',
        bold: p.font?.bold === true,
        fill: fillOf(p.fill?.color),
        // Locked is Excel's default; a protected sheet's cells are read again (readLocking).
        locked: true,
      });
    }
  };
}

/** Office reports a cell without fill as white ("#FFFFFF"): taken as no fill, the state an undo restores. */
function fillOf(color: string | null | undefined): string | null {
  if (!color || /^#?FFFFFF$/i.test(color)) return null;
  return color.replace(/^#/, '').toUpperCase();
}
