/**
 * Checks of a plan's data before the package is opened: a plan that could not be written whole is refused
 * before anything is read or written.
 */
import type { PlanStep, WorkbookPlan } from '../../../core/workbook/plan';
import { hasTag } from '../../../core/workbook/plan';
import { normalisePatches, patchOfEdit } from '../cell-patch';
import { overlaps, rangeAddress } from '../../../core/address';
import { XlsxPatchError } from '../patch/errors';
import { checkColumnWidth } from './columns';
import { checkDefinedName, checkSheetName, formulaForFile } from './formula';
import { RGB_RE, boxOf, checkNewCell, checkRowHeight } from './new-sheet';
import { checkPageSetup } from './page-setup';
import { checkAlert, listFormula } from './validation';

function checkName(name: unknown, what: string): asserts name is string {
  if (typeof name !== 'string' || name === '') throw new XlsxPatchError(`${what} must be a non-empty text.`, 'bad-patch');
}

function checkArray(a: unknown, what: string): asserts a is unknown[] {
  if (!Array.isArray(a)) throw new XlsxPatchError(`${what} must be a list.`, 'bad-patch');
}

function checkTag(tag: unknown): void {
  if (typeof tag !== 'string' || tag === '' || tag.includes('"')) throw new XlsxPatchError('A conditional rule tag must be a non-empty text without quotes.', 'bad-patch');
}

function checkColour(c: unknown, what: string): void {
  if (typeof c !== 'string' || !RGB_RE.test(c)) throw new XlsxPatchError(`${what} must be an RGB colour such as "FFC7CE".`, 'bad-patch');
}

function checkAddSheet(step: Extract<PlanStep, { kind: 'addSheet' }>): void {
  checkSheetName(step.sheet);
  if (step.after !== undefined) checkName(step.after, 'The sheet to add after');
  checkArray(step.cells, 'The cells of a new sheet');
  step.cells.forEach(checkNewCell);
  // The package writer has no chart parts; the core leaves charts out for hosts that do not draw them.
  if (step.charts?.length) throw new XlsxPatchError('Charts are not written into the package.', 'unsupported');
  for (const w of step.columnWidths ?? []) {
    if (w === null || typeof w !== 'object' || w.width === null) throw new XlsxPatchError('A new sheet\'s column width needs a column and a width.', 'bad-patch');
    checkColumnWidth(w.col, w.width);
  }
  if (step.rowHeights !== undefined) {
    checkArray(step.rowHeights, 'The row heights of a new sheet');
    step.rowHeights.forEach(checkRowHeight);
  }
  if (step.page !== undefined) checkPageSetup(step.page);
  const merges = (step.merges ?? []).map((m) => boxOf(m, 'A merged range'));
  merges.forEach((m, i) => {
    if (m.top === m.bottom && m.left === m.right) throw new XlsxPatchError(`The merged range ${rangeAddress(m)} is a single cell.`, 'bad-patch');
    const other = merges.slice(0, i).find((o) => overlaps(o, m));
    if (other !== undefined) throw new XlsxPatchError(`The merged ranges ${rangeAddress(other)} and ${rangeAddress(m)} overlap.`, 'bad-patch');
  });
}

function checkStep(step: PlanStep): void {
  if (step === null || typeof step !== 'object') throw new XlsxPatchError('A plan step must be an object.', 'bad-patch');
  switch (step.kind) {
    case 'cells':
      checkName(step.sheet, 'A sheet name');
      checkArray(step.edits, 'The edits of a cells step');
      normalisePatches(step.edits.map(patchOfEdit));
      return;
    case 'addSheet':
      return checkAddSheet(step);
    case 'removeSheet':
      return checkName(step.sheet, 'A sheet name');
    case 'defineName':
      checkDefinedName(step.key?.name);
      if (step.key.scope !== null) checkName(step.key.scope, 'The sheet of a sheet-scoped name');
      checkName(step.target?.sheet, 'The sheet a name refers to');
      boxOf(step.target.range, `The range of name ${step.key.name}`);
      if (step.comment !== undefined && (typeof step.comment !== 'string' || step.comment.length > 255)) {
        throw new XlsxPatchError('A name comment is text of at most 255 characters.', 'bad-patch');
      }
      return;
    case 'removeName':
      checkName(step.key?.name, 'A name');
      if (step.key.scope !== null) checkName(step.key.scope, 'The sheet of a sheet-scoped name');
      return;
    case 'addValidation':
      checkName(step.sheet, 'A sheet name');
      boxOf(step.range, 'A validated range');
      listFormula(step.list);
      checkAlert(step.alert);
      return;
    case 'removeValidation':
      checkName(step.sheet, 'A sheet name');
      boxOf(step.range, 'A validated range');
      listFormula(step.restore?.list);
      return;
    case 'addConditionalRules':
      checkName(step.sheet, 'A sheet name');
      checkTag(step.tag);
      checkArray(step.rules, 'The rules of a conditional format step');
      for (const rule of step.rules) {
        checkArray(rule?.ranges, 'The ranges of a conditional rule');
        if (rule.ranges.length === 0) throw new XlsxPatchError('A conditional rule needs at least one range.', 'bad-patch');
        rule.ranges.forEach((r) => boxOf(r, 'A conditional format range'));
        if (typeof rule.formula !== 'string' || !hasTag(rule.formula, step.tag)) {
          throw new XlsxPatchError(`A conditional rule formula must carry its tag N("${step.tag}") (see taggedFormula).`, 'bad-patch');
        }
        formulaForFile(rule.formula);
        checkColour(rule.fill, 'A rule fill');
        if (rule.fontColor !== undefined) checkColour(rule.fontColor, 'A rule font colour');
        if (rule.bold !== undefined && typeof rule.bold !== 'boolean') throw new XlsxPatchError('A rule bold flag must be true or false.', 'bad-patch');
      }
      return;
    case 'removeConditionalRules':
      checkName(step.sheet, 'A sheet name');
      return checkTag(step.tag);
    case 'columnWidth':
      checkName(step.sheet, 'A sheet name');
      return checkColumnWidth(step.col, step.width);
    default:
      throw new XlsxPatchError(`Unknown plan step "${String((step as { kind?: unknown }).kind)}".`, 'bad-patch');
  }
}

/** Checks every step; an error names the step it is about. */
export function checkPlan(plan: WorkbookPlan): void {
  if (plan === null || typeof plan !== 'object' || !Array.isArray(plan.steps)) throw new XlsxPatchError('A plan needs a list of steps.', 'bad-patch');
  plan.steps.forEach((step, i) => {
    try {
      checkStep(step);
    } catch (e) {
      throw markStep(e, i);
    }
  });
}

/** The error, marked with the index of the step it is about when it is an XlsxPatchError. */
export function markStep(e: unknown, index: number): unknown {
  if (e instanceof XlsxPatchError && e.step === undefined) e.step = index;
  return e;
}
