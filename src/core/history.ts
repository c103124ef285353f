/**
 * Undo for the add-in's own edits (Excel's Ctrl+Z does not cover them): the inverse of an applied
 * edit plan writes back exactly what the cells held, value, number format and italics.
 */
import type { CellEdit } from './report';

export function invertEdits(applied: readonly CellEdit[]): CellEdit[] {
  const out: CellEdit[] = [];
  for (const e of applied) {
    const before = e.before;
    // Edits are only ever planned on plain text, number or empty cells.
    if (before !== null && typeof before !== 'string' && typeof before !== 'number') continue;
    const inverse: CellEdit = { cell: e.cell, row: e.row, col: e.col, value: before, before: e.value };
    if (e.numFmt !== undefined && e.beforeNumFmt !== undefined) {
      inverse.numFmt = e.beforeNumFmt;
      inverse.beforeNumFmt = e.numFmt;
    }
    if (e.italic !== undefined && e.beforeItalic !== undefined) {
      inverse.italic = e.beforeItalic;
      inverse.beforeItalic = e.italic;
    }
    if (e.fontName !== undefined && e.beforeFontName !== undefined) {
      inverse.fontName = e.beforeFontName;
      inverse.beforeFontName = e.fontName;
    }
    out.push(inverse);
  }
  return out.reverse();
}
