/**
 * Undo for the add-in's own edits (Excel's Ctrl+Z does not cover them): the inverse of an applied
 * edit plan writes back exactly what the cells held: value or formula, and each format the edit set.
 */
import type { CellEdit } from './report';
import { swapFormats } from './workbook/edits';

export function invertEdits(applied: readonly CellEdit[]): CellEdit[] {
  const out: CellEdit[] = [];
  for (const e of applied) {
    const before = e.before;
    // Edits are only ever planned on plain text, number or empty cells, or on formulas the add-in wrote.
    if (before !== null && typeof before !== 'string' && typeof before !== 'number' && e.beforeFormula == null) continue;
    const value = typeof before === 'string' || typeof before === 'number' ? before : null;
    const inverse: CellEdit = { cell: e.cell, row: e.row, col: e.col, value, before: e.value };
    // A formula comes back as a formula; a formula the edit wrote goes (its cell gets the value back).
    if (typeof e.beforeFormula === 'string') inverse.formula = e.beforeFormula;
    if (e.formula !== undefined) inverse.beforeFormula = e.formula;
    swapFormats(e, inverse);
    out.push(inverse);
  }
  return out.reverse();
}
