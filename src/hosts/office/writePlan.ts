/**
 * Carries out a settled workbook plan in one round trip (cell edits split only past the 5 MB request
 * limit; removing conditional rules first finds them, one or two more). The core has already decided
 * what to write (src/core/workbook/settle.ts); this only translates steps into Office.js calls.
 *
 * Requirement sets: Range.values/formulas/numberFormat, RangeFormat fill/font/alignment/columnWidth,
 * Range.merge, WorksheetCollection.add, Worksheet.delete 1.1 (position 1.1); NamedItemCollection.add 1.4,
 * NamedItem.delete 1.4; Worksheet.names 1.4; Range.dataValidation 1.8; conditionalFormats (custom) 1.6;
 * a new sheet's borders, row heights and page layout: see ./newSheet.ts (Worksheet.pageLayout 1.9).
 */
import type { CellEdit, Lang } from '../../core/report';
import type { CellRange } from '../../core/snapshot';
import { PartialWriteError } from '../../core/workbook/adapter';
import { hasTag, type PlanStep, type WorkbookPlan } from '../../core/workbook/plan';
import { chunksBySize } from './chunks';
import { columnRuns, writeKind, type Run } from './cellRuns';
import { cellInput, jsonBytes } from './convert';
import { newSheetCover, newSheetOps, queueNewSheetFrame, queueStyle, rangeOf, widthInPoints, type SheetOp } from './newSheet';
import type { OwnWrites } from './ownWrites';
import { isRefusedForSize, toHostError, type ExcelRunner } from './runner';

/** Estimated request bytes of one write operation besides its cells (object path, property names). */
const OP_OVERHEAD_BYTES = 400;
/** Estimated bytes of one cell of a run write besides its value. */
const CELL_WRITE_BYTES = 20;
const ALERT = { information: 'Information', warning: 'Warning', stop: 'Stop' } as const;

/**
 * What one request carries besides the plan's structure: an operation of a known size (./newSheet.ts's
 * SheetOp), the cells it writes (`cover`, one object for all of a new sheet's operations) and the edits it
 * carries out (none for a new sheet's content, which its addSheet step stands for).
 */
interface Unit extends SheetOp {
  sheet: string;
  cover: CellRange;
  edits: readonly CellEdit[];
}

export interface WriteOptions {
  lang: Lang;
  ownWrites: OwnWrites;
  /** Number formats of the cells edited, as read with the targets: whether Excel would parse a text. */
  numFmtOf: (sheet: string, cell: string) => string | undefined;
}

export async function writePlanWith(excel: ExcelRunner, plan: WorkbookPlan, options: WriteOptions): Promise<void> {
  await excel.run(async (context) => {
    const book = context.workbook;
    if (plan.steps.some((s) => s.kind === 'removeConditionalRules')) await queueRuleRemovals(context, plan);
    // Structure first (sheets, names, validations, rules, widths) with the first batch of cell edits.
    // A new sheet's content goes after its frame (queued with the structure), spread over the requests too.
    const covers = new Map(plan.steps.flatMap((s) => (s.kind === 'addSheet' ? [[s.sheet, newSheetCover(s)] as const] : [])));
    const sheetOps = plan.steps.flatMap((s) => (s.kind === 'addSheet' ? newSheetOps(s).map((op): Unit => ({ ...op, sheet: s.sheet, cover: covers.get(s.sheet)!, edits: [] })) : []));
    // Runs of like edits down a column go as one range write (./cellRuns.ts); the rest one cell at a time.
    const runs = plan.steps.flatMap((s) => (s.kind === 'cells' ? columnRuns(s.edits, writeKind).map((run) => runUnit(s.sheet, run, run.indexes.map((k) => s.edits[k]!), options)) : []));
    const batches = chunksBySize([...sheetOps, ...runs], (u) => u.bytes);
    if (batches.length === 0) batches.push([]);
    const written: { sheet: string; edit: CellEdit }[] = [];
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i]!;
      // The cells each sheet gets in this request, each range named once (a new sheet's cover is shared).
      const touched = new Map<string, Set<CellRange>>();
      const touch = (sheet: string, r: CellRange) => (touched.get(sheet) ?? touched.set(sheet, new Set()).get(sheet)!).add(r);
      if (i === 0) {
        for (const step of plan.steps) queueStep(book, step, touch);
        for (const [sheet, cover] of covers) touch(sheet, cover);
      }
      for (const unit of batch) {
        unit.queue(book.worksheets.getItem(unit.sheet));
        touch(unit.sheet, unit.cover);
      }
      const mine = [...touched].map(([sheet, ranges]) => options.ownWrites.begin(sheet, [...ranges]));
      try {
        await context.sync();
      } catch (e) {
        // A request refused for its size wrote nothing: halve it and go on (older Excel on the web
        // builds refuse below the documented 5 MB).
        if (isRefusedForSize(e) && batch.length > 1) {
          batches.splice(i, 1, batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1));
          i--;
          continue;
        }
        // Nothing written yet: the caller may retry the whole plan (edit mode) or report the error.
        if (i === 0) throw e;
        const done = new Map<string, CellEdit[]>();
        for (const w of written) (done.get(w.sheet) ?? done.set(w.sheet, []).get(w.sheet)!).push(w.edit);
        const steps: PlanStep[] = [...plan.steps.filter((s) => s.kind !== 'cells'), ...[...done].map(([sheet, e]): PlanStep => ({ kind: 'cells', sheet, edits: e }))];
        throw new PartialWriteError(toHostError(e, options.lang), { steps });
      } finally {
        for (const m of mine) options.ownWrites.end(m);
      }
      for (const u of batch) for (const edit of u.edits) written.push({ sheet: u.sheet, edit });
    }
  });
}

/** A run of edits as one request operation: one cell as queueEdit writes it, several as queueRun. */
function runUnit(sheet: string, run: Run, edits: CellEdit[], options: WriteOptions): Unit {
  return {
    sheet,
    cover: { top: run.top, left: run.col, bottom: run.top + edits.length - 1, right: run.col },
    edits,
    bytes: OP_OVERHEAD_BYTES + edits.reduce((n, e) => n + CELL_WRITE_BYTES + jsonBytes(e.formula ?? e.value), 0),
    queue: (ws) => {
      if (edits.length === 1) queueEdit(ws, edits[0]!, options.numFmtOf(sheet, edits[0]!.cell));
      else queueRun(ws, run, edits, (cell) => options.numFmtOf(sheet, cell));
    },
  };
}

/** A run of like edits (see `writeKind`) as one range: cleared, or its number format then its entries. */
function queueRun(sheet: Excel.Worksheet, run: Run, edits: readonly CellEdit[], numFmtOf: (cell: string) => string | undefined): void {
  const range = sheet.getRangeByIndexes(run.top - 1, run.col - 1, edits.length, 1);
  const first = edits[0]!;
  if (first.clear) {
    range.clear('All');
    return;
  }
  if (first.numFmt !== undefined) range.numberFormat = edits.map(() => [first.numFmt!]);
  // Values go as typed input (cellInput keeps text text), so formulas and values share one array.
  range.formulas = edits.map((e) => [e.formula ?? cellInput(e.value, e.numFmt ?? numFmtOf(e.cell))]);
}

/** Number format first (so "@" holds before "1.1" is written), then the value or formula, then the font and fill. */
function queueEdit(sheet: Excel.Worksheet, edit: CellEdit, numFmt: string | undefined): void {
  const range = sheet.getRange(edit.cell);
  // Back to a blank cell in the default format (Range.clear, ExcelApi 1.1): what the add-in created goes.
  if (edit.clear) {
    range.clear('All');
    return;
  }
  if (edit.numFmt !== undefined) range.numberFormat = [[edit.numFmt]];
  if (edit.formula !== undefined) range.formulas = [[edit.formula]];
  else range.values = [[cellInput(edit.value, edit.numFmt ?? numFmt)]];
  queueStyle(range, { italic: edit.italic, fontName: edit.fontName, bold: edit.bold, fill: edit.fill });
}

function queueStep(book: Excel.Workbook, step: PlanStep, touch: (sheet: string, r: CellRange) => unknown): void {
  switch (step.kind) {
    case 'cells':
      return; // written in batches by the caller
    case 'addSheet':
      // The frame now; the content as sized operations, spread over the requests by the caller (who
      // also names its cells as the request's own write).
      queueNewSheetFrame(book, step);
      return;
    case 'removeSheet':
      book.worksheets.getItem(step.sheet).delete();
      return;
    case 'defineName': {
      const target = rangeOf(book.worksheets.getItem(step.target.sheet), step.target.range);
      const names = step.key.scope === null ? book.names : book.worksheets.getItem(step.key.scope).names;
      names.add(step.key.name, target, step.comment ?? '');
      return;
    }
    case 'removeName': {
      const names = step.key.scope === null ? book.names : book.worksheets.getItem(step.key.scope).names;
      names.getItem(step.key.name).delete();
      return;
    }
    case 'addValidation': {
      const validation = rangeOf(book.worksheets.getItem(step.sheet), step.range).dataValidation;
      const source = 'name' in step.list ? `=${step.list.name}` : step.list.values.join(',');
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.errorAlert = { showAlert: true, style: ALERT[step.alert.style] as Excel.DataValidationAlertStyle, title: step.alert.title, message: step.alert.message };
      return;
    }
    case 'removeValidation':
      rangeOf(book.worksheets.getItem(step.sheet), step.range).dataValidation.clear();
      return;
    case 'addConditionalRules': {
      const sheet = book.worksheets.getItem(step.sheet);
      // One conditional format per rectangle: a list of areas depends on the locale's list separator.
      // Excel puts each new format first in priority, so the plan's first rule is added last.
      for (const rule of [...step.rules].reverse()) {
        for (const r of rule.ranges) {
          const cf = rangeOf(sheet, r).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          cf.custom.rule.formula = rule.formula;
          cf.custom.format.fill.color = `#${rule.fill}`;
          if (rule.fontColor !== undefined) cf.custom.format.font.color = `#${rule.fontColor}`;
          if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
        }
      }
      return;
    }
    case 'removeConditionalRules':
      return; // found and queued before (queueRuleRemovals)
    case 'columnWidth': {
      const format = book.worksheets.getItem(step.sheet).getRangeByIndexes(0, step.col - 1, 1, 1).format;
      // null is the sheet's standard width (RangeFormat.useStandardWidth, ExcelApi 1.1), as the file format has it.
      if (step.width === null) format.useStandardWidth = true;
      else format.columnWidth = widthInPoints(step.width);
      return;
    }
  }
}

/** Find the add-in's rules of each removal step (by their tag) and queue their deletion (two syncs). */
async function queueRuleRemovals(context: Excel.RequestContext, plan: WorkbookPlan): Promise<void> {
  const found = plan.steps
    .filter((s): s is Extract<PlanStep, { kind: 'removeConditionalRules' }> => s.kind === 'removeConditionalRules')
    .map((step) => ({ step, all: context.workbook.worksheets.getItem(step.sheet).getRange().conditionalFormats.load('items/type') }));
  await context.sync();
  const custom = found.flatMap(({ step, all }) =>
    all.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ step, cf, rule: cf.custom.rule.load('formula') })),
  );
  if (custom.length === 0) return;
  await context.sync();
  for (const { step, cf, rule } of custom) if (hasTag(String(rule.formula ?? ''), step.tag)) cf.delete();
}
