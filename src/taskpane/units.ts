/**
 * The unit list the pane proposes ("Tạo danh mục từ bảng") and the ranges that get dropdowns.
 * Pure: works on the checker's output.
 */
import { columnNumber } from '../core/address';
import type { SheetAnalysis } from '../core/check';
import { isCollectiveUnit, parseUnits } from '../core/parse/owners';
import type { TableReport } from '../core/report';
import type { UnitEntry } from '../core/rules/types';
import { fold } from '../core/text/normalize';
import type { DropdownTarget } from '../core/workbook/catalog';

/**
 * Unit names, each spelling once (compared without case or diacritics, first spelling kept), collective
 * owners ("Các phòng chuyên môn") left out, sorted the Vietnamese way.
 */
export function collectUnitNames(lists: Iterable<readonly string[]>): UnitEntry[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const raw of list) {
      const name = raw.normalize('NFC').replace(/\s+/g, ' ').replace(/[.;,:]+$/, '').trim();
      if (!name || isCollectiveUnit(name)) continue;
      const key = fold(name);
      if (!key || seen.has(key)) continue;
      seen.set(key, name);
    }
  }
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  return [...seen.values()].sort(collator.compare).map((name) => ({ name }));
}

/** Units named in the owner column (report.rows[].owners) and in the coordinator column. */
export function unitsFromAnalysis(analysis: SheetAnalysis): UnitEntry[] {
  const lists: string[][] = analysis.report.rows.map((r) => r.owners);
  const rows = analysis.rows;
  if (rows && rows.col('coordinator') !== undefined) {
    for (const m of rows.rows) {
      if (m.kind === 'continuation' || m.kind === 'blank' || m.kind === 'total') continue;
      const text = rows.cellText(m.row, 'coordinator');
      if (text) lists.push(parseUnits(text));
    }
  }
  return collectUnitNames(lists);
}

/** The owner column's data range gets the units, the product column's the document types. */
export function dropdownTargets(table: TableReport | null): DropdownTarget[] {
  if (!table || table.firstRow > table.lastRow) return [];
  const out: DropdownTarget[] = [];
  const column = (letters: string | null) => (letters ? columnNumber(letters) : NaN);
  const owner = column(table.columns.owner);
  const product = column(table.columns.product);
  const rows = { top: table.firstRow, bottom: table.lastRow };
  if (owner > 0) out.push({ range: { ...rows, left: owner, right: owner }, source: 'units' });
  if (product > 0) out.push({ range: { ...rows, left: product, right: product }, source: 'products' });
  return out;
}
