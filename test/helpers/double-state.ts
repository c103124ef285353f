/**
 * What a user could see of the Excel double's workbook, for tests that compare it before and after an
 * operation and its undo: every sheet as the model holds it, and the names. Ids are Excel's business (a
 * refused request uses some up), so they are left out.
 */
import type { ExcelDouble } from '../excel-double';

export function doubleState(excel: ExcelDouble) {
  return structuredClone({
    sheets: excel.model.sheets.map((s) => ({ ...s, id: '', conditionalFormats: s.conditionalFormats.map(({ id: _id, ...cf }) => cf) })),
    names: excel.model.names.map((n) => ({ name: n.name, range: n.range, scopeId: n.scopeId })),
  });
}
