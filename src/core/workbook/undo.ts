/**
 * The exact undo of an applied plan (Excel's Ctrl+Z does not cover an add-in's writes): the inverse steps,
 * in reverse order, each built from what the step says it replaced. Applying a plan and then its inverse
 * leaves the workbook as it was; "remove what we added" is the inverse of the plan that added it.
 */
import { invertEdits } from '../history';
import type { PlanStep, WorkbookPlan } from './plan';

export function invertPlan(plan: WorkbookPlan): WorkbookPlan {
  return { steps: plan.steps.map(invertStep).reverse() };
}

function invertStep(step: PlanStep): PlanStep {
  switch (step.kind) {
    case 'cells':
      return { kind: 'cells', sheet: step.sheet, edits: invertEdits(step.edits) };
    case 'addSheet': {
      const { kind: _, ...restore } = step;
      return { kind: 'removeSheet', sheet: step.sheet, restore };
    }
    case 'removeSheet':
      return { kind: 'addSheet', ...step.restore };
    case 'defineName':
      return { kind: 'removeName', key: step.key, restore: { target: step.target, ...(step.comment !== undefined ? { comment: step.comment } : {}) } };
    case 'removeName':
      return { kind: 'defineName', key: step.key, ...step.restore };
    case 'addValidation':
      return { kind: 'removeValidation', sheet: step.sheet, range: step.range, restore: { list: step.list, alert: step.alert } };
    case 'removeValidation':
      return { kind: 'addValidation', sheet: step.sheet, range: step.range, ...step.restore };
    case 'addConditionalRules':
      // One tag's rules are added and removed together, so removing the tag is exact.
      return { kind: 'removeConditionalRules', sheet: step.sheet, tag: step.tag, restore: step.rules };
    case 'removeConditionalRules':
      return { kind: 'addConditionalRules', sheet: step.sheet, tag: step.tag, rules: step.restore };
    case 'columnWidth':
      return { kind: 'columnWidth', sheet: step.sheet, col: step.col, width: step.before, before: step.width };
  }
}
