/**
 * The workbook's own lists, decided once for every host: where the unit list is, how it is read, how the
 * add-in creates it and the product list, and the dropdowns they feed.
 *
 * - Where: the defined name DanhMucDonVi (unit names; abbreviations in the column to their right) of the
 *   workbook, else one local to a sheet (the first in tab order: a sheet copied in the workbook keeps its
 *   names as local ones; the .xlsx reader does not tell the scopes apart), or else the first sheet named
 *   like a unit list ("Danh mục", "DM đơn vị"…): its first block of columns, without the cells of the
 *   product list (DanhMucSanPham) when that shares the sheet.
 * - Created: the sheet "Danh mục" with STT | Tên đơn vị | Viết tắt and the name DanhMucDonVi over the
 *   names; the document types under the name DanhMucSanPham from column E (or one blank column right of
 *   what the sheet holds).
 * - Dropdowns: list validation fed by those names; typing another value only informs (an owner cell may
 *   rightly name several units).
 */
import { a1 } from '../address';
import { DOCUMENT_TYPES } from '../parse/products';
import type { Lang } from '../report';
import type { UnitEntry } from '../rules/types';
import type { CellRange, RawValue } from '../snapshot';
import { fold } from '../text/normalize';
import { WORKBOOK_MESSAGES } from './messages';
import type { NewCell, PlanStep, SheetArea, WorkbookPlan } from './plan';

export const CATALOG_SHEET = 'Danh mục';
export const UNIT_LIST_NAME = 'DanhMucDonVi';
export const PRODUCT_LIST_NAME = 'DanhMucSanPham';
/** The product list starts at column E at the earliest, so that A:C stay free for the unit list. */
export const FIRST_PRODUCT_COLUMN = 5;

/** A defined name as a host reads it: its target when it refers to cells, else null (a constant, a formula, #REF!). */
export interface DefinedName {
  name: string;
  scope: string | null;
  target: SheetArea | null;
}

/** Cells of a sheet as a host reads them: values anchored at 1-based top/left, and formulas ("=…" or null). */
export interface CellBlock {
  top: number;
  left: number;
  values: RawValue[][];
  formulas?: (string | null)[][];
}

export type UnitListLocation =
  /** Read the name's cells widened by one column (the abbreviations). */
  | { kind: 'name'; area: SheetArea }
  /** Read the sheet's used cells, leaving out `exclude` (the product list). */
  | { kind: 'sheet'; sheet: string; exclude: CellRange | null };

export function isUnitListSheetName(name: string): boolean {
  return /^(danh muc|dm)( don vi)?\b|^don vi$/.test(fold(name));
}

/**
 * A sheet's cells as read, as the cells of a new sheet (a formula where the cell holds one, else its
 * value), each given its look by `look`: how an undo brings back a sheet the add-in made and removed.
 */
export function blockAsNewCells(block: CellBlock | null, look: (cell: NewCell) => void = () => {}): NewCell[] {
  const cells: NewCell[] = [];
  block?.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const formula = block.formulas?.[i]?.[j] ?? null;
      if (formula === null && (v === null || typeof v === 'object')) return;
      const at = { row: block.top + i, col: block.left + j };
      const cell: NewCell = formula !== null ? { ...at, formula } : { ...at, value: v as string | number | boolean };
      look(cell);
      cells.push(cell);
    }),
  );
  return cells;
}

/** A sheet name the add-in can take: `base`, or "base (2)" … when the user has a sheet of that name. */
export function freeSheetName(base: string, sheets: readonly string[]): string {
  const taken = new Set(sheets.map((s) => s.toLocaleLowerCase('vi')));
  if (!taken.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLocaleLowerCase('vi'))) return name;
  }
}

/** A workbook-scoped name, compared as Excel compares names (case-insensitively). */
export const workbookName = (names: readonly DefinedName[], wanted: string): DefinedName | undefined =>
  names.find((n) => n.scope === null && n.name.toLowerCase() === wanted.toLowerCase());

/** The name `wanted` local to a sheet and referring to cells, the first in tab order. */
function sheetName(sheets: readonly string[], names: readonly DefinedName[], wanted: string): DefinedName | undefined {
  const lower = (s: string) => s.toLocaleLowerCase();
  const local = names.filter((n) => n.scope !== null && n.target && lower(n.name) === lower(wanted));
  const order = (n: DefinedName) => {
    const i = sheets.findIndex((s) => lower(s) === lower(n.scope!));
    return i < 0 ? sheets.length : i;
  };
  return local.sort((a, b) => order(a) - order(b))[0];
}

export function locateUnitList(sheets: readonly string[], names: readonly DefinedName[]): UnitListLocation | null {
  const found = workbookName(names, UNIT_LIST_NAME);
  const unitName = found?.target ? found : sheetName(sheets, names, UNIT_LIST_NAME);
  if (unitName?.target) {
    const { sheet, range } = unitName.target;
    return { kind: 'name', area: { sheet, range: { ...range, right: range.right + 1 } } };
  }
  const sheet = sheets.find(isUnitListSheetName);
  if (sheet === undefined) return null;
  const products = workbookName(names, PRODUCT_LIST_NAME)?.target;
  const exclude = products && products.sheet.toLocaleLowerCase() === sheet.toLocaleLowerCase() ? products.range : null;
  return { kind: 'sheet', sheet, exclude };
}

/** The cells to read for a located list: the name's area, or the sheet's used range (null). */
export function unitListCells(location: UnitListLocation): { sheet: string; range: CellRange | null } {
  return location.kind === 'name' ? location.area : { sheet: location.sheet, range: null };
}

/** The units of a located list, from the cells the host read there. */
export function unitsAt(location: UnitListLocation, block: CellBlock): UnitEntry[] {
  if (location.kind === 'name') return unitsFromRows(block.values);
  return unitsFromRows(leadingBlock(withoutRange(block.values, block.top, block.left, location.exclude)));
}

const HEADER = /^(stt|tt|ten don vi|don vi|ten|viet tat|ten viet tat|ky hieu)$/;

/** Units from rows of cells: the first text cell that is not a number or a header word is the name, the next its abbreviations. */
export function unitsFromRows(rows: readonly (readonly RawValue[])[]): UnitEntry[] {
  const out: UnitEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const texts = row.map((v) => (typeof v === 'string' ? v.trim() : ''));
    const i = texts.findIndex((t) => t && !/^\d+[.)]?$/.test(t));
    if (i < 0) continue;
    const name = texts[i]!;
    const key = fold(name);
    if (HEADER.test(key) || seen.has(key)) continue;
    seen.add(key);
    const aliases = (texts[i + 1] ?? '')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push(aliases.length ? { name, aliases } : { name });
  }
  return out;
}

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

const header = (row: number, col: number, value: string): NewCell => ({ row, col, value, bold: true });

/** The sheet "Danh mục" with the units, and the name DanhMucDonVi over their names (at least one cell). */
export function unitListPlan(units: readonly UnitEntry[], lang: Lang): WorkbookPlan {
  const [stt, name, alias] = WORKBOOK_MESSAGES[lang].unitHeader;
  const cells: NewCell[] = [header(1, 1, stt), header(1, 2, name), header(1, 3, alias)];
  units.forEach((u, i) => {
    cells.push({ row: i + 2, col: 1, value: i + 1 }, { row: i + 2, col: 2, value: u.name });
    if (u.aliases?.length) cells.push({ row: i + 2, col: 3, value: u.aliases.join(', ') });
  });
  const names = { top: 2, left: 2, bottom: 1 + Math.max(1, units.length), right: 2 };
  return {
    steps: [
      { kind: 'addSheet', sheet: CATALOG_SHEET, cells, columnWidths: [{ col: 1, width: 6 }, { col: 2, width: 45 }, { col: 3, width: 16 }] },
      { kind: 'defineName', key: { name: UNIT_LIST_NAME, scope: null }, target: { sheet: CATALOG_SHEET, range: names }, comment: 'Danh mục đơn vị (CCHC Phụ lục)' },
    ],
  };
}

/**
 * The document types under the name DanhMucSanPham: on the unit list's sheet when there is one (from
 * column E, or one blank column right of its used cells), else on a new "Danh mục" sheet.
 */
export function productListSteps(lang: Lang, catalog: { sheet: string; usedRight: number } | null): PlanStep[] {
  const head = WORKBOOK_MESSAGES[lang].productHeader;
  const col = catalog ? Math.max(FIRST_PRODUCT_COLUMN, catalog.usedRight + 2) : FIRST_PRODUCT_COLUMN;
  const sheet = catalog?.sheet ?? CATALOG_SHEET;
  const name: PlanStep = {
    kind: 'defineName',
    key: { name: PRODUCT_LIST_NAME, scope: null },
    target: { sheet, range: { top: 2, left: col, bottom: 1 + DOCUMENT_TYPES.length, right: col } },
    comment: 'Danh mục sản phẩm (CCHC Phụ lục)',
  };
  if (!catalog) {
    const cells = [header(1, col, head), ...DOCUMENT_TYPES.map((t, i): NewCell => ({ row: i + 2, col, value: t }))];
    return [{ kind: 'addSheet', sheet, cells, columnWidths: [{ col, width: 20 }] }, name];
  }
  const edits = [head, ...DOCUMENT_TYPES].map((value, i) => {
    const row = i + 1;
    return { cell: a1(row, col), row, col, value, before: null };
  });
  return [{ kind: 'cells', sheet, edits }, name];
}

/** Where dropdowns go and what they list. */
export interface DropdownTarget {
  /** Range on the sheet. */
  range: CellRange;
  source: 'units' | 'products';
}

/** List validation over each target, fed by the unit or product list's name. */
export function dropdownSteps(sheet: string, targets: readonly DropdownTarget[], lang: Lang): PlanStep[] {
  const m = WORKBOOK_MESSAGES[lang];
  return targets.map((t) => ({
    kind: 'addValidation',
    sheet,
    range: t.range,
    list: { name: t.source === 'units' ? UNIT_LIST_NAME : PRODUCT_LIST_NAME },
    alert: { style: 'information', title: m.notInListTitle, message: m.notInList },
  }));
}
