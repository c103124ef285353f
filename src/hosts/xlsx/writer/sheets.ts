/**
 * Adding and removing worksheets: the part, its relationship, its `<sheet>` in workbook.xml and its content
 * type come and go together. docProps/app.xml (a list of sheet titles that Excel rewrites on every save and
 * does not check on open, and LibreOffice ignores) is left as it was, so it stays byte-identical.
 */
import type { PlanStep } from '../../../core/workbook/plan';
import { XlsxPatchError } from '../patch/errors';
import { parseRels, relsPartFor } from '../patch/package';
import { type CellFormat, changesFormat } from '../patch/sheet';
import type { StylesEditor } from '../patch/styles';
import { applySplices, getAttr } from '../patch/xml';
import { layoutOf, prefixOf } from './children';
import { setColumnWidth } from './columns';
import { refersToSheet } from './formula';
import { boxOf, cellFormatOf, newSheetXml } from './new-sheet';
import { WORKSHEET_CONTENT_TYPE, addOverride, addRelationship, freeRelationshipId, removeOverride } from './opc';
import { PRINT_TITLES, printTitlesFormula } from './page-setup';
import { CONTENT_TYPES, type Session } from './session';
import { addDefinedName, insertSheet, removeSheetAt, scanWorkbook } from './workbook-xml';

type AddSheet = Extract<PlanStep, { kind: 'addSheet' }>;
type RemoveSheet = Extract<PlanStep, { kind: 'removeSheet' }>;

const TRANSITIONAL_WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The spreadsheetml namespace the workbook uses (transitional or strict), for the new worksheet. */
function mainNamespace(workbookXml: string): string {
  const { root } = layoutOf(workbookXml, 'workbook part');
  const p = prefixOf(root);
  return getAttr(root.attrs, p === '' ? 'xmlns' : `xmlns:${p.slice(0, -1)}`) ?? TRANSITIONAL_MAIN;
}

/** Adds the sheet; returns whether it holds formulas (then the workbook must recalculate on open). */
export async function addSheet(session: Session, step: AddSheet): Promise<boolean> {
  const workbookXml = await session.workbookXml();
  const wb = scanWorkbook(workbookXml);
  const lower = step.sheet.toLowerCase();
  const taken = wb.sheets.find((s) => s.name.toLowerCase() === lower);
  if (taken !== undefined) throw new XlsxPatchError(`The workbook already has a sheet named "${taken.name}".`, 'sheet-exists');
  let index = wb.sheets.length;
  if (step.after !== undefined) {
    const i = wb.sheets.findIndex((s) => s.name.toLowerCase() === step.after!.toLowerCase());
    if (i < 0) throw new XlsxPatchError(`Sheet "${step.after}" was not found in the workbook.`, 'sheet-not-found');
    index = i + 1;
  }

  const dir = session.workbookPart.slice(0, session.workbookPart.lastIndexOf('/') + 1);
  let n = 1;
  while (session.nameTaken(`${dir}worksheets/sheet${n}.xml`)) n++;
  const part = `${dir}worksheets/sheet${n}.xml`;
  const { text: relsText, rels } = await session.workbookRels();
  const rid = freeRelationshipId(rels.map((r) => r.id));
  const sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId).filter(Number.isFinite), ...session.removedSheetIds) + 1;
  const relType = rels.find((r) => r.type.endsWith('/worksheet'))?.type ?? TRANSITIONAL_WORKSHEET_REL;

  const formats = step.cells.map((c) => cellFormatOf(c, `${c.row},${c.col}`));
  const styles: StylesEditor | null = formats.some(changesFormat) ? await session.styles() : null;
  let xml = newSheetXml(mainNamespace(workbookXml), {
    cells: step.cells,
    merges: (step.merges ?? []).map((m) => boxOf(m, 'A merged range')),
    rowHeights: step.rowHeights,
    page: step.page,
    styleOf: (f: CellFormat) => styles!.resolve(0, f),
  });
  for (const w of step.columnWidths ?? []) xml = setColumnWidth(xml, w.col, w.width);

  session.add(part, xml);
  session.put(session.workbookRelsPart, addRelationship(relsText, { id: rid, type: relType, target: `worksheets/sheet${n}.xml` }));
  session.put(CONTENT_TYPES, addOverride(await session.requireText(CONTENT_TYPES, 'content types part'), part, WORKSHEET_CONTENT_TYPE));
  let workbook = insertSheet(workbookXml, index, { name: step.sheet, sheetId, rid });
  // The rows printed on every page: a name local to the sheet (it goes with the sheet's removal).
  const titles = step.page?.printTitleRows;
  if (titles !== undefined) workbook = addDefinedName(workbook, { name: PRINT_TITLES, localSheetId: index, formula: printTitlesFormula(step.sheet, titles) });
  session.put(session.workbookPart, workbook);
  return step.cells.some((c) => c.formula !== undefined);
}

/**
 * Removes the sheet with the names scoped to it (its print titles among them; names local to later sheets
 * move down one position, see removeSheetAt) and its calculation-chain entries. A sheet that is already
 * gone is not an error (the user may have deleted it). Refused: the last visible sheet; a sheet that names
 * elsewhere in the workbook still point at; a sheet with parts of its own (drawings, comments, tables), which
 * would be left behind.
 */
export async function removeSheet(session: Session, step: RemoveSheet): Promise<void> {
  const found = await session.findSheet(step.sheet);
  if (found === null) return;
  const workbookXml = await session.workbookXml();
  const wb = scanWorkbook(workbookXml);
  if (!wb.sheets.some((s, i) => i !== found.index && !s.hidden)) {
    throw new XlsxPatchError(`Sheet "${found.element.name}" is the only visible sheet; a workbook cannot lose it.`, 'last-sheet');
  }
  const pointing = wb.names.filter((nm) => nm.localSheetId !== found.index && refersToSheet(nm.formula, found.element.name));
  if (pointing.length > 0) {
    throw new XlsxPatchError(
      `Names still refer to sheet "${found.element.name}" (${pointing.map((nm) => nm.name).join(', ')}); remove them first.`,
      'unsupported',
    );
  }
  const ownRels = relsPartFor(found.part);
  const ownRelsText = await session.text(ownRels, 'worksheet relationships part');
  if (ownRelsText !== null) {
    const internal = parseRels(ownRelsText, found.part).filter((r) => !r.external);
    if (internal.length > 0) {
      throw new XlsxPatchError(
        `Sheet "${found.element.name}" has parts of its own (${internal.map((r) => r.target).join(', ')}); it is not removed.`,
        'unsupported',
      );
    }
    session.remove(ownRels);
  }

  session.remove(found.part);
  session.put(session.workbookPart, removeSheetAt(workbookXml, found.index));
  const { text: relsText, rels } = await session.workbookRels();
  const rel = rels.find((r) => r.id === found.element.rid)!;
  session.put(session.workbookRelsPart, applySplices(relsText, [{ start: rel.start, end: rel.end, text: '' }]));
  session.put(CONTENT_TYPES, removeOverride(await session.requireText(CONTENT_TYPES, 'content types part'), found.part));
  session.dropFromCalcChain(found.element.sheetId, 'all');
  session.removedSheetIds.push(found.element.sheetId);
}
