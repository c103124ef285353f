/**
 * The workbook's unit list: read from the defined name DanhMucDonVi (with the abbreviations in the
 * column to its right) or else from a sheet named like "Danh mục"; created as the sheet "Danh mục" with
 * the name over the unit names, in one batch.
 *
 * Requirement sets: NamedItem.type and getRange 1.1; NamedItemCollection.add/getItemOrNullObject,
 * WorksheetCollection.getItemOrNullObject, Worksheet.getUsedRangeOrNullObject 1.4; getRangeByIndexes 1.7.
 */
import { HostError } from '../host';
import { parseA1Address } from '../../core/address';
import type { Lang } from '../../core/report';
import type { UnitEntry } from '../../core/rules/types';
import { snapshotFromRows, type CellRange } from '../../core/snapshot';
import { isUnitListSheetName, unitsFromSnapshot } from '../../core/units';
import { CATALOG_SHEET, PRODUCT_LIST_NAME, UNIT_LIST_NAME, leadingBlock, withoutRange } from './catalog';
import { cellInput, convertValues } from './convert';
import { MESSAGES } from './messages';
import type { OwnWrites } from './ownWrites';
import type { ExcelRunner } from './runner';

/** The unit list, or null when the workbook has none (two syncs). */
export async function readUnitListWith(excel: ExcelRunner): Promise<UnitEntry[] | null> {
  return excel.run(async (context) => {
    const names = context.workbook.names;
    const unitName = names.getItemOrNullObject(UNIT_LIST_NAME);
    const productName = names.getItemOrNullObject(PRODUCT_LIST_NAME);
    // A name can stand for a constant or a formula; only a range reference is a list.
    unitName.load('type');
    productName.load('type');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();

    if (!unitName.isNullObject && unitName.type === 'Range') {
      // The names, plus the column to their right where createUnitList puts the abbreviations.
      const withAliases = unitName.getRange().getResizedRange(0, 1);
      withAliases.load('values,valueTypes');
      await context.sync();
      return unitsFromSnapshot(snapshotFromRows(UNIT_LIST_NAME, convertValues(withAliases.values, withAliases.valueTypes)));
    }

    const sheet = sheets.items.find((s) => isUnitListSheetName(s.name));
    if (!sheet) return null;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values,valueTypes,rowIndex,columnIndex');
    // The product list may share the sheet: leave its cells out.
    const products = !productName.isNullObject && productName.type === 'Range' ? productName.getRange().load('address') : null;
    await context.sync();
    if (used.isNullObject) return [];
    const productRange = products ? rangeOnSheet(products.address, sheet.name) : null;
    const values = withoutRange(convertValues(used.values, used.valueTypes), used.rowIndex + 1, used.columnIndex + 1, productRange);
    return unitsFromSnapshot(snapshotFromRows(sheet.name, leadingBlock(values)));
  });
}

/** The range of an address when it lies on `sheet` (case-insensitively), else null. */
function rangeOnSheet(address: string, sheet: string): CellRange | null {
  const parsed = parseA1Address(address);
  if (!parsed) return null;
  const on = parsed.sheet ?? sheet;
  return on.toLocaleLowerCase() === sheet.toLocaleLowerCase() ? parsed.range : null;
}

/**
 * Add the sheet "Danh mục" holding the units (STT | Tên đơn vị | Viết tắt) and define DanhMucDonVi over
 * the names, for the user to review. Refused when the sheet or the name already exists.
 */
export async function createUnitListWith(
  excel: ExcelRunner,
  units: readonly UnitEntry[],
  lang: Lang,
  ownWrites: OwnWrites,
): Promise<void> {
  const m = MESSAGES[lang];
  await excel.run(async (context) => {
    const existingSheet = context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET);
    const existingName = context.workbook.names.getItemOrNullObject(UNIT_LIST_NAME);
    await context.sync();
    if (!existingSheet.isNullObject) throw new HostError('failed', m.catalogSheetExists(CATALOG_SHEET));
    if (!existingName.isNullObject) throw new HostError('failed', m.nameExists(UNIT_LIST_NAME));

    const rows: (string | number)[][] = [
      [...m.unitHeader],
      ...units.map((u, i) => [i + 1, cellInput(u.name, 'General'), cellInput((u.aliases ?? []).join(', '), 'General')]),
    ];
    const sheet = context.workbook.worksheets.add(CATALOG_SHEET);
    const table = sheet.getRangeByIndexes(0, 0, rows.length, 3);
    table.values = rows;
    sheet.getRangeByIndexes(0, 0, 1, 3).format.font.bold = true;
    // The name covers the unit names only; at least one cell, so that it exists for an empty list too.
    const names = sheet.getRangeByIndexes(1, 1, Math.max(1, units.length), 1);
    context.workbook.names.add(UNIT_LIST_NAME, names, 'Danh mục đơn vị (CCHC Phụ lục)');
    const mine = ownWrites.begin(CATALOG_SHEET, [{ top: 1, left: 1, bottom: rows.length, right: 3 }]);
    try {
      await context.sync();
    } finally {
      ownWrites.end(mine);
    }
  });
}
