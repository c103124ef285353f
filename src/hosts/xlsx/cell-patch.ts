/**
 * Cell patches: the changes `cchc fix` and the `cells` steps of a workbook plan make to existing cells of a
 * sheet, checked and folded before the package is opened.
 */
import type { CellEdit as CoreCellEdit } from '../../core/report';
import { type CellAddress, parseA1 } from './patch/address';
import { XlsxPatchError } from './patch/errors';
import type { CellChange } from './patch/sheet';
import { formulaForFile } from './writer/formula';

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
  /** Optional: bold on or off. */
  bold?: boolean;
  /** Optional: a solid fill (RGB hex "FFC7CE"), or null to remove the fill. */
  fill?: string | null;
  /** Optional: a formula ("=SUM(A1:A3)", English names) written instead of the value, without a cached result. */
  formula?: string;
  /** Optional: start from a blank cell in the default style (value, formula and formats gone). */
  clear?: boolean;
}

/** The patch that carries out one edit of a core plan: its value and the formats it sets. */
export function patchOfEdit(e: CoreCellEdit): CellPatch {
  const p: CellPatch = { cell: e.cell, value: e.value };
  if (e.numFmt !== undefined) p.numFmt = e.numFmt;
  if (e.italic !== undefined) p.italic = e.italic;
  if (e.fontName !== undefined) p.fontName = e.fontName;
  if (e.bold !== undefined) p.bold = e.bold;
  if (e.fill !== undefined) p.fill = e.fill;
  if (e.formula !== undefined) p.formula = e.formula;
  if (e.clear) p.clear = true;
  return p;
}

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Validates patches and folds several patches of one cell into one (later ones win, field by field). */
export function normalisePatches(patches: CellPatch[]): CellChange[] {
  if (!Array.isArray(patches)) throw new XlsxPatchError('Patches must be an array.', 'bad-patch');
  const byRef = new Map<string, CellChange>();
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
    if (p.fontName !== undefined && !isFontName(p.fontName)) {
      throw new XlsxPatchError(`The font name for ${addr.ref} must be 1 to 31 characters.`, 'bad-patch');
    }
    if (p.bold !== undefined && typeof p.bold !== 'boolean') {
      throw new XlsxPatchError(`The bold flag for ${addr.ref} must be true or false.`, 'bad-patch');
    }
    if (p.fill !== undefined && p.fill !== null && !/^[0-9A-Fa-f]{6}$/.test(String(p.fill))) {
      throw new XlsxPatchError(`The fill of ${addr.ref} must be an RGB hex colour such as "FFC7CE", or null.`, 'bad-patch');
    }
    if (p.formula !== undefined && (typeof p.formula !== 'string' || !p.formula.startsWith('='))) {
      throw new XlsxPatchError(`The formula of ${addr.ref} must be text starting with "=".`, 'bad-patch');
    }
    // A clear drops what earlier patches of the cell asked for.
    const prev = p.clear ? undefined : byRef.get(addr.ref);
    byRef.set(addr.ref, {
      ...(p.clear || byRef.get(addr.ref)?.clear ? { clear: true } : {}),
      addr,
      value: v,
      numFmt: p.numFmt ?? prev?.numFmt,
      italic: p.italic ?? prev?.italic,
      fontName: p.fontName ?? prev?.fontName,
      bold: p.bold ?? prev?.bold,
      fill: p.fill !== undefined ? p.fill : prev?.fill,
      formula: p.formula !== undefined ? formulaForFile(p.formula) : prev?.formula,
    });
  }
  return [...byRef.values()];
}

/** A font name Excel accepts: 1 to 31 characters, not blank. */
export function isFontName(name: unknown): name is string {
  return typeof name === 'string' && name.trim() !== '' && name.length <= 31;
}
