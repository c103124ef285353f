/**
 * The workbook's lists the add-in creates and reads: the unit list (sheet "Danh mục", columns
 * STT | Tên đơn vị | Viết tắt, names under the defined name DanhMucDonVi) and the product list (document
 * types under the name DanhMucSanPham, to the right of the unit list), both feeding in-cell dropdowns.
 */
import type { CellRange, RawValue } from '../../core/snapshot';

export const CATALOG_SHEET = 'Danh mục';
export const UNIT_LIST_NAME = 'DanhMucDonVi';
export const PRODUCT_LIST_NAME = 'DanhMucSanPham';

/** The product list starts at column E at the earliest, so that A:C stay free for the unit list. */
export const FIRST_PRODUCT_COLUMN = 5;

/** The product list offers the core's document types. */
export { DOCUMENT_TYPES } from '../../core/parse/products';

/**
 * The block of columns a list occupies: from the first non-empty column to the first empty one after it.
 * Another list further right (the products, after a blank column) is not read as units.
 */
export function leadingBlock(values: readonly (readonly RawValue[])[]): RawValue[][] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const filled = (c: number) => values.some((row) => row[c] !== null && row[c] !== undefined && row[c] !== '');
  let first = 0;
  while (first < width && !filled(first)) first++;
  let end = first;
  while (end < width && filled(end)) end++;
  return values.map((row) => Array.from({ length: end - first }, (_, i) => row[first + i] ?? null));
}

/** `values` (anchored at 1-based top/left) with the cells of `range` emptied. */
export function withoutRange(values: readonly (readonly RawValue[])[], top: number, left: number, range: CellRange | null): RawValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const inside = range && top + r >= range.top && top + r <= range.bottom && left + c >= range.left && left + c <= range.right;
      return inside ? null : v;
    }),
  );
}
