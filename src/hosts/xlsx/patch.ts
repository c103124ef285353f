/**
 * Surgical .xlsx patching for `cchc fix`: changes the values (and optionally number format, italics, font name) of
 * given cells of one worksheet and keeps everything else of the package exactly as it was. It is the writer
 * (./writer.ts) with one `cells` step:
 * - every zip entry other than the worksheet (plus xl/styles.xml when formats are requested, and
 *   xl/calcChain.xml if a formula cell is overwritten) keeps its bytes, name and position, copied compressed;
 * - in the worksheet XML only the patched `<c>` elements change (plus inserted rows/cells and, when an
 *   inserted cell lies outside them, the row `spans` / `<dimension>` hints);
 * - new formats are appended to styles.xml (existing styles are never modified).
 *
 * Text values are written as inline strings so sharedStrings.xml stays untouched.
 * All failures are {@link XlsxPatchError}s with an English message and a machine-readable `code`.
 */
import { type CellPatch, normalisePatches } from './cell-patch';
import { XlsxPatchError } from './patch/errors';
import { loadPackage, locateSheet, readTextPart, readWorkbook } from './patch/package';
import { sheetXmlIsProtected } from './patch/sheet';
import { Session } from './writer/session';
import { writeCells } from './writer/steps';

export { XlsxPatchError } from './patch/errors';
export type { XlsxPatchErrorCode } from './patch/errors';
export { type CellPatch, patchOfEdit } from './cell-patch';

/** Returns a new .xlsx with the patches applied to the worksheet named `sheetName`. */
export async function patchXlsx(input: Uint8Array, sheetName: string, patches: CellPatch[]): Promise<Uint8Array> {
  const edits = normalisePatches(patches);
  const session = await Session.open(input);
  await writeCells(session, sheetName, edits);
  return session.finish();
}

/** Whether the worksheet named `sheetName` has enforced sheet protection (`<sheetProtection sheet="1">`). */
export async function isSheetProtected(input: Uint8Array, sheetName: string): Promise<boolean> {
  const pkg = await loadPackage(input);
  const wb = await readWorkbook(pkg);
  const loc = locateSheet(wb, sheetName);
  const sheet = await readTextPart(pkg, loc.partName, 'worksheet part');
  if (sheet === null) throw new XlsxPatchError(`The worksheet part of sheet "${loc.name}" is missing from the package.`, 'bad-package');
  return sheetXmlIsProtected(sheet.text);
}
