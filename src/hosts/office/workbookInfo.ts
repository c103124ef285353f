/**
 * Reading what the workbook service asks for besides the active sheet: sheet and defined names, the cells
 * of a range, and what a plan's targets hold now — each in one round trip (names local to sheets: one more,
 * only when the workbook has no usable unit-list name).
 *
 * Requirement sets: NamedItem.formula, Worksheet.getRangeByIndexes 1.7; getUsedRangeOrNullObject,
 * getItemOrNullObject, Worksheet.names, NamedItem.scope 1.4; Range.dataValidation 1.8; RangeFont.name/italic,
 * Range.numberFormat 1.1.
 */
import { parseA1Address } from '../../core/address';
import type { PlanTargets, FoundCell } from '../../core/workbook/settle';
import { UNIT_LIST_NAME, workbookName, type CellBlock, type DefinedName } from '../../core/workbook/catalog';
import type { WorkbookInfo } from '../../core/workbook/adapter';
import { sheetChangedBy, type WorkbookPlan } from '../../core/workbook/plan';
import type { CellRange } from '../../core/snapshot';
import { convertNumberFormats, convertValue, convertValues } from './convert';
import { chunksBySize } from './chunks';
import { isRefusedForSize, type ExcelRunner } from './runner';

/** Estimated request bytes of one cell read besides its value (object path, property names). */
const CELL_READ_BYTES = 400;

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

/** Values of a range, or of the sheet's used range (values only) when `range` is null (one sync). */
export async function readCellsWith(excel: ExcelRunner, sheetName: string, range: CellRange | null): Promise<CellBlock | null> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return null;
    const target = range
      ? sheet.getRangeByIndexes(range.top - 1, range.left - 1, range.bottom - range.top + 1, range.right - range.left + 1)
      : sheet.getUsedRangeOrNullObject(true);
    target.load('values,valueTypes,rowIndex,columnIndex');
    await context.sync();
    if (target.isNullObject) return null;
    return { top: target.rowIndex + 1, left: target.columnIndex + 1, values: convertValues(target.values, target.valueTypes) };
  });
}

/** What the plan's targets hold now: cells of `cells` steps, sheets, names, validations, protection (one sync per 3 MB). */
export async function readTargetsWith(excel: ExcelRunner, plan: WorkbookPlan): Promise<PlanTargets> {
  return excel.run(async (context) => {
    const cellReads: { step: number; queue: () => () => FoundCell }[] = [];
    plan.steps.forEach((step, i) => {
      if (step.kind !== 'cells') return;
      const sheet = context.workbook.worksheets.getItem(step.sheet);
      for (const edit of step.edits) cellReads.push({ step: i, queue: () => queueCellRead(sheet.getRange(edit.cell)) });
    });
    // Cell reads are split by size only past the request limit; everything else goes with the first request.
    const batches = chunksBySize(cellReads, () => CELL_READ_BYTES);
    if (batches.length === 0) batches.push([]);
    const found = new Map<number, FoundCell[]>(plan.steps.flatMap((s, i) => (s.kind === 'cells' ? [[i, []]] : [])));
    let base: Base | null = null;
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      const pending: Base = base ?? queueBase(context.workbook, plan);
      const reads = batch.map((c) => ({ step: c.step, read: c.queue() }));
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
      for (const { step, read } of reads) found.get(step)!.push(read());
    }
    const { sheets, names, changed, validated } = base!;
    return {
      cells: found,
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => ({ name: n.name, scope: null })),
      // "None" is the only type of a range without validation; List, Custom…, Inconsistent, MixedCriteria all mean some.
      validated: new Map([...validated].map(([i, v]) => [i, v.type !== 'None'])),
      protectedSheets: [...changed].filter(([, p]) => p.protected).map(([name]) => name),
    };
  });
}

interface Base {
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
  plan.steps.forEach((step, i) => {
    const sheet = sheetChangedBy(step);
    if (sheet === null) return;
    if (!changed.has(sheet)) changed.set(sheet, book.worksheets.getItem(sheet).protection.load('protected'));
    if (step.kind === 'addValidation') {
      const r = step.range;
      const range = book.worksheets.getItem(step.sheet).getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
      validated.set(i, range.dataValidation.load('type'));
    }
  });
  return { sheets, names, changed, validated };
}

/** Queue the loads of one target cell; the returned function reads them after the sync. */
function queueCellRead(range: Excel.Range): () => FoundCell {
  range.load('values,valueTypes,numberFormat,formulas');
  range.format.font.load('italic,name,bold');
  range.format.fill.load('color');
  range.format.protection.load('locked');
  return () => {
    const formula = range.formulas[0]?.[0];
    return {
      value: convertValue(range.values[0]?.[0], range.valueTypes[0]?.[0]),
      formula: typeof formula === 'string' && formula.startsWith('=') ? formula : null,
      numFmt: convertNumberFormats(range.numberFormat, 1, 1)[0]![0]!,
      italic: range.format.font.italic === true,
      fontName: range.format.font.name ?? '',
      bold: range.format.font.bold === true,
      fill: fillOf(range.format.fill.color),
      locked: range.format.protection.locked !== false,
    };
  };
}

/** Office reports a cell without fill as white ("#FFFFFF"): taken as no fill, the state an undo restores. */
function fillOf(color: string | null | undefined): string | null {
  if (!color || /^#?FFFFFF$/i.test(color)) return null;
  return color.replace(/^#/, '').toUpperCase();
}
