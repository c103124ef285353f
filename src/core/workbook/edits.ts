/**
 * The formats a cell edit may set, each with the field that records what it replaced: one table, so that
 * settling (what was found), undo (swap the two) and the net plan (first before, last value) treat
 * every format the same way.
 */
import { a1 } from '../address';
import type { CellEdit } from '../report';
import type { CellRange } from '../snapshot';
import type { RawValue } from '../snapshot';

/** A cell as a host found it just before writing: its value, formula and the formats an edit may set. */
export interface FoundCell {
  value: RawValue;
  formula: string | null;
  numFmt: string;
  italic: boolean;
  fontName: string;
  bold: boolean;
  fill: string | null;
  /** Locked cells cannot be written while their sheet is protected; unlocked ones (a template's input cells) can. */
  locked: boolean;
}

export const EDIT_FORMATS = [
  ['numFmt', 'beforeNumFmt'],
  ['italic', 'beforeItalic'],
  ['fontName', 'beforeFontName'],
  ['bold', 'beforeBold'],
  ['fill', 'beforeFill'],
] as const;

type Loose = Record<string, unknown>;

/** The edit with what its cell really held: value, formula, and each format it sets (an undo restores exactly that). */
export function withBefore(edit: CellEdit, now: FoundCell): CellEdit {
  const done: CellEdit = { ...edit, before: now.value };
  if (edit.formula !== undefined || now.formula !== null) done.beforeFormula = now.formula;
  for (const [field, before] of EDIT_FORMATS) {
    if (edit[field] !== undefined || (edit.clear && CLEARED_FORMATS.includes(field))) (done as unknown as Loose)[before] = now[field];
  }
  return done;
}

/**
 * The formats a clear records for its undo: those the add-in sets on cells it creates and later clears
 * (dates, bold headers). A host reads just these for a cleared cell, so clearing a long column stays one
 * request.
 */
export const CLEARED_FORMATS: readonly (typeof EDIT_FORMATS)[number][0][] = ['numFmt', 'bold'];

/** What a cleared cell's formats are: the sheet's default. */
export const DEFAULT_FORMATS: Readonly<Partial<Record<(typeof EDIT_FORMATS)[number][0], unknown>>> = { numFmt: 'General', italic: false, bold: false, fill: null };

/** Swap each format an edit set with what it replaced (into `inverse`). */
export function swapFormats(edit: CellEdit, inverse: CellEdit): void {
  for (const [field, before] of EDIT_FORMATS) {
    if (edit.clear && edit[before] !== undefined && edit[field] === undefined) {
      // Undoing a clear puts back each format the cell had (the clear left the default).
      (inverse as unknown as Loose)[field] = edit[before];
      if (DEFAULT_FORMATS[field] !== undefined) (inverse as unknown as Loose)[before] = DEFAULT_FORMATS[field];
      continue;
    }
    if (edit[field] === undefined || edit[before] === undefined) continue;
    (inverse as unknown as Loose)[field] = edit[before];
    (inverse as unknown as Loose)[before] = edit[field];
  }
}

/**
 * Clears of every cell of a rectangle (columns `skip` left out): how the add-in takes away cells it wrote.
 * `before` is a placeholder; settling records what each cell held (see settle.ts).
 */
export function clearEdits(r: CellRange, skip: (col: number) => boolean = () => false): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let col = r.left; col <= r.right; col++) {
    if (skip(col)) continue;
    for (let row = r.top; row <= r.bottom; row++) edits.push(clearEdit(row, col));
  }
  return edits;
}

export const clearEdit = (row: number, col: number): CellEdit => ({ cell: a1(row, col), row, col, value: null, before: null, clear: true });
