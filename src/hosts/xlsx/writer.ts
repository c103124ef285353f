/**
 * The .xlsx writer: carries out a whole workbook plan (src/core/workbook/plan.ts) in one package load and
 * one package write. The package is edited as text, never re-serialised: every zip entry the plan does not
 * need to change keeps its exact bytes (copied compressed), and inside the parts it changes only the
 * intended elements change.
 *
 * What each step touches:
 * - cells: the sheet's XML (the patched `<c>` elements), styles.xml when formats are set, calcChain.xml when
 *   a formula is overwritten;
 * - addSheet / removeSheet: the worksheet part, xl/_rels/workbook.xml.rels, `<sheet>` (and the names scoped
 *   to it, the views' tabs) in workbook.xml, [Content_Types].xml, styles.xml for new cell formats, and
 *   `<calcPr fullCalcOnLoad="1">` when the new sheet has formulas (they are written without cached values);
 * - defineName / removeName: `<definedNames>` in workbook.xml;
 * - addValidation / removeValidation: `<dataValidations>` of the sheet;
 * - addConditionalRules / removeConditionalRules: `<conditionalFormatting>` of the sheet, a `<dxf>` in
 *   styles.xml (kept after removal: it may be shared, and an identical one is reused the next time);
 * - columnWidth: `<cols>` of the sheet.
 *
 * A plan that cannot be carried out whole is refused with an {@link XlsxPatchError} (its `step` says which
 * step) and nothing is written; the input bytes are never modified.
 */
import type { PlanStep, WorkbookPlan } from '../../core/workbook/plan';
import { checkPlan, markStep } from './writer/checks';
import { Session } from './writer/session';
import { addSheet, removeSheet } from './writer/sheets';
import {
  addConditionalRules,
  addValidation,
  cells,
  columnWidth,
  defineName,
  removeConditionalRules,
  removeName,
  removeValidation,
} from './writer/steps';
import { requestFullCalc } from './writer/workbook-xml';
import { XlsxPatchError } from './patch/errors';

export { XlsxPatchError } from './patch/errors';
export type { XlsxPatchErrorCode } from './patch/errors';

/** `<workbookProtection lockStructure="1"/>`: Excel refuses to add, remove or rename sheets. */
const LOCKED_STRUCTURE = /<(?:\w+:)?workbookProtection\b[^>]*\blockStructure\s*=\s*["'](?:1|true)["']/;

const lockedStructure = async (session: Session) => LOCKED_STRUCTURE.test(await session.workbookXml());

/**
 * The package protects its workbook's structure (exceljs does not read it: the workbook part is read here;
 * the zip's directory and the workbook's parts only, no sheet: some 5 ms for a 20,000-row table).
 */
export async function structureProtected(input: Uint8Array): Promise<boolean> {
  return lockedStructure(await Session.open(input));
}

/** Returns a new .xlsx with the plan carried out, or throws (XlsxPatchError) having written nothing. */
export async function writePlan(input: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  checkPlan(plan);
  const session = await Session.open(input);
  // The core refuses such a plan first (settle.ts); the writer never bypasses the protection either.
  if (plan.steps.some((s) => s.kind === 'addSheet' || s.kind === 'removeSheet') && (await lockedStructure(session))) {
    throw new XlsxPatchError('The workbook structure is protected: sheets cannot be added or removed.', 'unsupported');
  }
  let formulas = false;
  for (const [i, step] of plan.steps.entries()) {
    try {
      formulas = (await applyStep(session, step)) || formulas;
    } catch (e) {
      throw markStep(e, i);
    }
  }
  if (formulas) session.put(session.workbookPart, requestFullCalc(await session.workbookXml()));
  return session.finish();
}

/** Carries out one step; true when it wrote formulas that need a recalculation on open. */
async function applyStep(session: Session, step: PlanStep): Promise<boolean> {
  switch (step.kind) {
    case 'cells':
      await cells(session, step);
      return step.edits.some((e) => e.formula !== undefined);
    case 'addSheet':
      return addSheet(session, step);
    case 'removeSheet':
      await removeSheet(session, step);
      return false;
    case 'defineName':
      await defineName(session, step);
      return false;
    case 'removeName':
      await removeName(session, step);
      return false;
    case 'addValidation':
      await addValidation(session, step);
      return false;
    case 'removeValidation':
      await removeValidation(session, step);
      return false;
    case 'addConditionalRules':
      await addConditionalRules(session, step);
      return false;
    case 'removeConditionalRules':
      await removeConditionalRules(session, step);
      return false;
    case 'columnWidth':
      await columnWidth(session, step);
      return false;
  }
}
