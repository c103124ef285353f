/**
 * The plan steps that edit existing parts: cells, defined names, list validation, conditional rules and
 * column widths. Each reads the current text from the session, and leaves the new text there.
 */
import type { PlanStep } from '../../../core/workbook/plan';
import { normalisePatches, patchOfEdit } from '../cell-patch';
import { XlsxPatchError } from '../patch/errors';
import { changesFormat, patchSheetXml } from '../patch/sheet';
import { setColumnWidth } from './columns';
import { type ExpressionRule, addExpressionRules, removeTaggedRules } from './conditional';
import { areaFormula, formulaForFile } from './formula';
import { boxOf } from './new-sheet';
import type { Session } from './session';
import { addListValidation, listFormula, removeListValidation } from './validation';
import { addDefinedName, removeDefinedName, scanWorkbook } from './workbook-xml';

type Step<K extends PlanStep['kind']> = Extract<PlanStep, { kind: K }>;

/** Changes cells of an existing sheet (values and formats), as `cchc fix` does. */
export async function writeCells(session: Session, sheetName: string, edits: ReturnType<typeof normalisePatches>): Promise<void> {
  const sheet = await session.sheet(sheetName);
  const xml = await session.sheetXml(sheet);
  if (edits.length === 0) return;
  const styles = edits.some(changesFormat) ? await session.styles() : null;
  const result = patchSheetXml(xml, edits, styles === null ? null : (s, f) => styles.resolve(s, f));
  session.put(sheet.part, result.xml);
  if (result.removedFormulas.length > 0) session.dropFromCalcChain(sheet.element.sheetId, new Set(result.removedFormulas.map((a) => a.ref)));
}

export async function cells(session: Session, step: Step<'cells'>): Promise<void> {
  await writeCells(session, step.sheet, normalisePatches(step.edits.map(patchOfEdit)));
}

/** Position of the sheet a name is scoped to, or null for a workbook name. */
async function scopeIndex(session: Session, scope: string | null): Promise<number | null> {
  return scope === null ? null : (await session.sheet(scope)).index;
}

export async function defineName(session: Session, step: Step<'defineName'>): Promise<void> {
  const localSheetId = await scopeIndex(session, step.key.scope);
  const target = await session.sheet(step.target.sheet);
  const xml = await session.workbookXml();
  const lower = step.key.name.toLowerCase();
  if (scanWorkbook(xml).names.some((n) => n.name.toLowerCase() === lower && n.localSheetId === localSheetId)) {
    throw new XlsxPatchError(`The name "${step.key.name}" already exists${step.key.scope === null ? ' in the workbook' : ` on sheet "${step.key.scope}"`}.`, 'name-exists');
  }
  const formula = areaFormula(target.element.name, boxOf(step.target.range, `The range of name ${step.key.name}`));
  session.put(session.workbookPart, addDefinedName(xml, { name: step.key.name, localSheetId, comment: step.comment, formula }));
}

/** Removes the name (nothing to do when it is already gone). */
export async function removeName(session: Session, step: Step<'removeName'>): Promise<void> {
  const scope = step.key.scope === null ? null : await session.findSheet(step.key.scope);
  if (step.key.scope !== null && scope === null) return; // its sheet is gone, and the name with it
  const xml = await session.workbookXml();
  const lower = step.key.name.toLowerCase();
  const el = scanWorkbook(xml).names.find((n) => n.name.toLowerCase() === lower && n.localSheetId === (scope?.index ?? null));
  if (el !== undefined) session.put(session.workbookPart, removeDefinedName(xml, el));
}

export async function addValidation(session: Session, step: Step<'addValidation'>): Promise<void> {
  const sheet = await session.sheet(step.sheet);
  const formula1 = listFormula(step.list);
  if ('name' in step.list) {
    // The list must resolve where the cells are: a workbook name, or one scoped to this sheet.
    const lower = step.list.name.toLowerCase();
    const names = scanWorkbook(await session.workbookXml()).names;
    if (!names.some((n) => n.name.toLowerCase() === lower && (n.localSheetId === null || n.localSheetId === sheet.index))) {
      throw new XlsxPatchError(`The list name "${step.list.name}" is not defined for sheet "${sheet.element.name}".`, 'bad-patch');
    }
  }
  const xml = await session.sheetXml(sheet);
  session.put(sheet.part, addListValidation(xml, boxOf(step.range, 'A validated range'), formula1, step.alert));
}

export async function removeValidation(session: Session, step: Step<'removeValidation'>): Promise<void> {
  const sheet = await session.findSheet(step.sheet);
  if (sheet === null) return;
  const xml = await session.sheetXml(sheet);
  session.put(sheet.part, removeListValidation(xml, boxOf(step.range, 'A validated range'), listFormula(step.restore.list)));
}

/** Adds one feature's rules; each formula must carry the step's tag (built with `taggedFormula`). */
export async function addConditionalRules(session: Session, step: Step<'addConditionalRules'>): Promise<void> {
  const sheet = await session.sheet(step.sheet);
  const styles = await session.styles();
  const rules: ExpressionRule[] = step.rules.map((rule) => ({
    areas: rule.ranges.map((r) => boxOf(r, 'A conditional format range')),
    formula: formulaForFile(rule.formula),
    dxfId: styles.dxf({ fill: rule.fill, fontColor: rule.fontColor, bold: rule.bold }),
  }));
  const xml = await session.sheetXml(sheet);
  session.put(sheet.part, addExpressionRules(xml, rules));
}

export async function removeConditionalRules(session: Session, step: Step<'removeConditionalRules'>): Promise<void> {
  const sheet = await session.findSheet(step.sheet);
  if (sheet === null) return;
  const xml = await session.sheetXml(sheet);
  session.put(sheet.part, removeTaggedRules(xml, step.tag));
}

export async function columnWidth(session: Session, step: Step<'columnWidth'>): Promise<void> {
  const sheet = await session.sheet(step.sheet);
  const xml = await session.sheetXml(sheet);
  session.put(sheet.part, setColumnWidth(xml, step.col, step.width));
}
