/**
 * In-cell dropdowns (list data validation) fed by the defined names DanhMucDonVi (units) and
 * DanhMucSanPham (document types, created on the "Danh mục" sheet when missing). A range that already
 * has any validation is skipped and reported, never overwritten. Typing a value outside the list only
 * informs: an owner cell may rightly name several units.
 *
 * Requirement sets: Range.dataValidation with type, rule and errorAlert 1.8; NamedItem.type 1.1;
 * NamedItemCollection.add/getItemOrNullObject, WorksheetCollection.getItemOrNullObject,
 * getUsedRangeOrNullObject 1.4; getRangeByIndexes 1.7.
 */
import { HostError, type DropdownTarget } from '../host';
import type { Lang } from '../../core/report';
import type { CellRange } from '../../core/snapshot';
import { CATALOG_SHEET, DOCUMENT_TYPES, FIRST_PRODUCT_COLUMN, PRODUCT_LIST_NAME, UNIT_LIST_NAME } from './catalog';
import { cellInput } from './convert';
import { MESSAGES } from './messages';
import type { OwnWrites } from './ownWrites';
import type { ExcelRunner } from './runner';

const LIST_NAME: Readonly<Record<DropdownTarget['source'], string>> = { units: UNIT_LIST_NAME, products: PRODUCT_LIST_NAME };

export async function addDropdownsWith(
  excel: ExcelRunner,
  sheetName: string,
  targets: readonly DropdownTarget[],
  lang: Lang,
  ownWrites: OwnWrites,
): Promise<{ added: string[]; skipped: string[] }> {
  const m = MESSAGES[lang];
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load('protected');
    const current = targets.map((target) => ({ target, validation: sheet.getRange(target.range).dataValidation.load('type') }));
    const names = context.workbook.names;
    const unitName = names.getItemOrNullObject(UNIT_LIST_NAME).load('type');
    const productName = names.getItemOrNullObject(PRODUCT_LIST_NAME).load('type');
    const catalog = context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET);
    await context.sync();
    if (sheet.protection.protected) throw new HostError('protected', m.protected(sheetName));

    // "None" is the only type of a range without validation; List, Custom…, Inconsistent, MixedCriteria all mean some.
    const toAdd = current.filter((c) => c.validation.type === 'None').map((c) => c.target);
    const skipped = current.filter((c) => c.validation.type !== 'None').map((c) => c.target.range);
    const hasRange = (name: Excel.NamedItem) => !name.isNullObject && name.type === 'Range';
    if (toAdd.some((t) => t.source === 'units') && !hasRange(unitName)) throw new HostError('not-found', m.unitListMissing);
    const catalogWrite =
      toAdd.some((t) => t.source === 'products') && !hasRange(productName)
        ? ownWrites.begin(CATALOG_SHEET, [await queueProductList(context, catalog, m.productHeader)])
        : null;

    for (const target of toAdd) {
      const validation = sheet.getRange(target.range).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: `=${LIST_NAME[target.source]}` } };
      validation.errorAlert = { showAlert: true, style: 'Information', title: m.notInListTitle, message: m.notInList };
    }
    try {
      if (toAdd.length > 0) await context.sync();
    } finally {
      if (catalogWrite) ownWrites.end(catalogWrite);
    }
    return { added: toAdd.map((t) => t.range), skipped };
  });
}

/**
 * Queue the document types on the catalog sheet (created if missing) under a header, at column E or one
 * blank column right of what the sheet holds, and the name DanhMucSanPham over them. Syncs only to find
 * the free column of an existing sheet; the writes go with the dropdowns' batch. Returns the cells written.
 */
async function queueProductList(
  context: Excel.RequestContext,
  catalog: Excel.Worksheet,
  header: string,
): Promise<CellRange> {
  let column = FIRST_PRODUCT_COLUMN - 1;
  let sheet = catalog;
  if (catalog.isNullObject) {
    sheet = context.workbook.worksheets.add(CATALOG_SHEET);
  } else {
    const used = catalog.getUsedRangeOrNullObject(false).load('columnIndex,columnCount');
    await context.sync();
    if (!used.isNullObject) column = Math.max(column, used.columnIndex + used.columnCount + 1);
  }
  const rows = [[header], ...DOCUMENT_TYPES.map((t) => [cellInput(t, 'General')])];
  sheet.getRangeByIndexes(0, column, rows.length, 1).values = rows;
  sheet.getRangeByIndexes(0, column, 1, 1).format.font.bold = true;
  context.workbook.names.add(PRODUCT_LIST_NAME, sheet.getRangeByIndexes(1, column, DOCUMENT_TYPES.length, 1), 'Danh mục sản phẩm (CCHC Phụ lục)');
  return { top: 1, left: column + 1, bottom: rows.length, right: column + 1 };
}
