/**
 * Surgical .xlsx patching for `cchc fix`: changes the values (and optionally number format, italics, font name) of
 * given cells of one worksheet and keeps everything else of the package exactly as it was.
 *
 * The package is edited as text, never re-serialised through a DOM or a spreadsheet library:
 * - every zip entry other than the worksheet (plus xl/styles.xml when formats are requested, and
 *   xl/calcChain.xml if a formula cell is overwritten) keeps its bytes, name and position; when the platform
 *   has native zlib the untouched entries are even copied in compressed form;
 * - in the worksheet XML only the patched `<c>` elements change (plus inserted rows/cells and, when an
 *   inserted cell lies outside them, the row `spans` / `<dimension>` hints);
 * - new formats are appended to styles.xml (existing styles are never modified).
 *
 * Text values are written as inline strings so sharedStrings.xml stays untouched.
 * All failures are {@link XlsxPatchError}s with an English message and a machine-readable `code`.
 */
import type { CellEdit as CoreCellEdit } from '../../core/report';
import { type CellAddress, parseA1 } from './patch/address';
import { removeCalcChainCells } from './patch/calc-chain';
import { XlsxPatchError } from './patch/errors';
import {
  type Package,
  type SheetLocation,
  type WorkbookInfo,
  loadPackage,
  locateSheet,
  readTextPart,
  readWorkbook,
  removeEntry,
  replaceEntry,
  workbookRelTarget,
  writePackage,
} from './patch/package';
import { type CellEdit, changesFormat, patchSheetXml, sheetXmlIsProtected } from './patch/sheet';
import { StylesEditor } from './patch/styles';
import { type Edit, TagScanner, applyEdits, getAttr } from './patch/xml';

export { XlsxPatchError } from './patch/errors';
export type { XlsxPatchErrorCode } from './patch/errors';

export interface CellPatch {
  /** A1 address on the sheet, e.g. "A8". */
  cell: string;
  /** New value: text (written as a string cell), a number, or null to clear the value (keep the cell's style). */
  value: string | number | null;
  /** Optional number format code to apply, e.g. "@" (text). Other style attributes of the cell stay. */
  numFmt?: string;
  /** Optional: make the cell's font italic (true) or not (false). Other font attributes stay. */
  italic?: boolean;
  /** Optional: the font's name (e.g. "Times New Roman"). Size, bold, italics and colour stay. */
  fontName?: string;
}

/** The patch that carries out one edit of a core plan: its value and the formats it sets. */
export function patchOfEdit(e: CoreCellEdit): CellPatch {
  const p: CellPatch = { cell: e.cell, value: e.value };
  if (e.numFmt !== undefined) p.numFmt = e.numFmt;
  if (e.italic !== undefined) p.italic = e.italic;
  if (e.fontName !== undefined) p.fontName = e.fontName;
  return p;
}

/** Returns a new .xlsx with the patches applied to the worksheet named `sheetName`. */
export async function patchXlsx(input: Uint8Array, sheetName: string, patches: CellPatch[]): Promise<Uint8Array> {
  const edits = normalisePatches(patches);
  const pkg = await loadPackage(input);
  const wb = await readWorkbook(pkg);
  const loc = locateSheet(wb, sheetName);
  const sheet = await readTextPart(pkg, loc.partName, 'worksheet part');
  if (sheet === null) throw new XlsxPatchError(`The worksheet part of sheet "${loc.name}" is missing from the package.`, 'bad-package');
  if (edits.length === 0) return new Uint8Array(input);

  let styles: { editor: StylesEditor; name: string } | null = null;
  if (edits.some(changesFormat)) {
    const partName = workbookRelTarget(wb, 'styles')?.target ?? 'xl/styles.xml';
    const part = await readTextPart(pkg, partName, 'styles part');
    if (part === null) {
      throw new XlsxPatchError('The workbook has no styles part, so cell formats cannot be changed.', 'unsupported');
    }
    styles = { editor: new StylesEditor(part.text), name: part.name };
  }

  const editor = styles?.editor;
  const result = patchSheetXml(sheet.text, edits, editor ? (s, f) => editor.resolve(s, f) : null);
  if (result.xml !== sheet.text) replaceEntry(pkg, sheet.name, result.xml);
  if (styles !== null && styles.editor.changed) replaceEntry(pkg, styles.name, styles.editor.toString());
  if (result.removedFormulas.length > 0) await dropFromCalcChain(pkg, wb, loc, result.removedFormulas);
  return writePackage(pkg);
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

/** Excel's limit for the text of one cell. */
const MAX_CELL_TEXT = 32_767;

/** Validates patches and folds several patches of one cell into one (later ones win, field by field). */
function normalisePatches(patches: CellPatch[]): CellEdit[] {
  if (!Array.isArray(patches)) throw new XlsxPatchError('Patches must be an array.', 'bad-patch');
  const byRef = new Map<string, CellEdit>();
  for (const p of patches) {
    if (p === null || typeof p !== 'object' || typeof p.cell !== 'string') {
      throw new XlsxPatchError('Each patch needs a "cell" address such as "A8".', 'bad-patch');
    }
    const addr: CellAddress = parseA1(p.cell);
    const v: unknown = p.value;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') {
      throw new XlsxPatchError(`The new value of ${addr.ref} must be text, a number or null.`, 'bad-patch');
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new XlsxPatchError(`The new value of ${addr.ref} is not a finite number.`, 'bad-patch');
    }
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) {
      throw new XlsxPatchError(`The new text of ${addr.ref} is longer than Excel's limit of ${MAX_CELL_TEXT} characters.`, 'bad-patch');
    }
    if (p.numFmt !== undefined && (typeof p.numFmt !== 'string' || p.numFmt === '')) {
      throw new XlsxPatchError(`The number format for ${addr.ref} must be a non-empty format code.`, 'bad-patch');
    }
    if (p.italic !== undefined && typeof p.italic !== 'boolean') {
      throw new XlsxPatchError(`The italic flag for ${addr.ref} must be true or false.`, 'bad-patch');
    }
    if (p.fontName !== undefined && (typeof p.fontName !== 'string' || p.fontName.trim() === '' || p.fontName.length > 31)) {
      throw new XlsxPatchError(`The font name for ${addr.ref} must be 1 to 31 characters.`, 'bad-patch');
    }
    const prev = byRef.get(addr.ref);
    byRef.set(addr.ref, {
      addr,
      value: v,
      numFmt: p.numFmt ?? prev?.numFmt,
      italic: p.italic ?? prev?.italic,
      fontName: p.fontName ?? prev?.fontName,
    });
  }
  return [...byRef.values()];
}

/** Removes calculation-chain entries of cells that lost their formula (or the whole part when it empties). */
async function dropFromCalcChain(pkg: Package, wb: WorkbookInfo, loc: SheetLocation, cells: CellAddress[]): Promise<void> {
  const rel = workbookRelTarget(wb, 'calcChain');
  const part = await readTextPart(pkg, rel?.target ?? 'xl/calcChain.xml', 'calculation chain part');
  if (part === null) return;
  const next = removeCalcChainCells(part.text, loc.sheetId, new Set(cells.map((c) => c.ref)));
  if (next === part.text) return;
  if (next !== null) {
    replaceEntry(pkg, part.name, next);
    return;
  }
  // An empty chain is invalid: delete the part, its relationship and its content-type override.
  removeEntry(pkg, part.name);
  if (rel !== undefined && wb.workbookRelsPart !== null) {
    const rels = wb.workbookRelsPart;
    replaceEntry(pkg, rels.name, applyEdits(rels.text, [{ start: rel.start, end: rel.end, text: '' }]));
  }
  const ct = await readTextPart(pkg, '[Content_Types].xml', 'content types part');
  if (ct === null) return;
  const partName = `/${part.name}`.toLowerCase();
  const edits: Edit[] = [];
  const sc = new TagScanner(ct.text, 0, 'content types part');
  let depth = 0;
  let overrideStart = -1;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && overrideStart >= 0) {
        edits.push({ start: overrideStart, end: sc.end, text: '' });
        overrideStart = -1;
      }
      continue;
    }
    if (depth === 1 && sc.local === 'Override' && (getAttr(sc.attrs, 'PartName') ?? '').toLowerCase() === partName) {
      if (sc.selfClosing) edits.push({ start: sc.start, end: sc.end, text: '' });
      else overrideStart = sc.start;
    }
    if (!sc.selfClosing) depth++;
  }
  if (edits.length > 0) replaceEntry(pkg, ct.name, applyEdits(ct.text, edits));
}
