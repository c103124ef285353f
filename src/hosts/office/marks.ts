/**
 * Marks on the sheet: conditional formats whose custom formula is a recognisable constant, one per
 * severity and batch of cells, filled light red / yellow / blue. A conditional format never touches the
 * cells' own fill or notes, and clearMarks finds exactly the add-in's marks again by that formula, so the
 * user's own conditional formats, fills and notes stay as they were.
 *
 * Requirement sets: ConditionalFormatCollection.add, ConditionalFormat.type/delete, custom rule and fill
 * 1.6; Worksheet.getRanges and RangeAreas.conditionalFormats 1.9.
 */
import type { Severity } from '../../core/report';
import type { CellRange } from '../../core/snapshot';
import { a1, parseRange } from '../../core/address';
import type { Mark } from '../../core/workbook/adapter';
import type { ExcelRunner } from './runner';

/** Always true (N of a text is 0), and says whose it is. No argument separators, so no locale issue. */
export const MARK_FORMULA = '=N("CCHC")=0';

export const MARK_FILL: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Longest address list passed to one getRanges call. Excel's own limit for a reference typed as text is
 * 255 characters; a longer list is split over several conditional formats.
 */
export const MAX_ADDRESS_LIST_CHARS = 255;

/** Whether a custom rule's formula is the add-in's marker (Excel may hand it back respaced or recased). */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.replace(/\s+/g, '').toUpperCase() === MARK_FORMULA.toUpperCase();
}

/**
 * The marked cells per severity as few rectangles: a cell marked twice keeps its most severe mark, and
 * consecutive cells of a column become one area.
 */
export function markAreasBySeverity(marks: readonly Mark[]): Map<Severity, CellRange[]> {
  const severityOf = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const mark of marks) {
    const range = parseRange(mark.cell);
    if (!range) continue;
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const key = `${col}:${row}`;
        const prior = severityOf.get(key);
        if (!prior || RANK[mark.severity] < RANK[prior.severity]) severityOf.set(key, { row, col, severity: mark.severity });
      }
    }
  }
  const out = new Map<Severity, CellRange[]>();
  const cells = [...severityOf.values()].sort((a, b) => a.col - b.col || a.row - b.row);
  for (const { row, col, severity } of cells) {
    const areas = out.get(severity) ?? [];
    const last = areas[areas.length - 1];
    if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
    else areas.push({ top: row, left: col, bottom: row, right: col });
    out.set(severity, areas);
  }
  return out;
}

/** Comma-separated address lists of at most `maxChars` characters (one area per list at the least). */
export function addressLists(ranges: readonly CellRange[], maxChars = MAX_ADDRESS_LIST_CHARS): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of ranges) {
    const address = r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
    if (current && current.length + 1 + address.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) out.push(current);
  return out;
}

/** The add-in's marks on the sheet: custom conditional formats with the marker formula (one or two syncs). */
async function findMarks(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Excel.ConditionalFormat[]> {
  // The whole sheet's range: its collection holds every conditional format on the sheet.
  const all = sheet.getRange().conditionalFormats;
  all.load('items/type');
  await context.sync();
  const custom = all.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, rule: cf.custom.rule.load('formula') }));
  if (custom.length === 0) return [];
  await context.sync();
  return custom.filter(({ rule }) => isMarkFormula(rule.formula)).map(({ cf }) => cf);
}

/** Replace the add-in's marks on the sheet with `marks`; deletions and additions go in one batch. */
export async function setMarksWith(excel: ExcelRunner, sheetName: string, marks: readonly Mark[]): Promise<void> {
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const old = await findMarks(context, sheet);
    for (const cf of old) cf.delete();
    let changed = old.length > 0;
    for (const [severity, areas] of markAreasBySeverity(marks)) {
      for (const list of addressLists(areas)) {
        const cf = sheet.getRanges(list).conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARK_FORMULA;
        cf.custom.format.fill.color = MARK_FILL[severity];
        changed = true;
      }
    }
    if (changed) await context.sync();
  });
}

export async function clearMarksWith(excel: ExcelRunner, sheetName: string): Promise<void> {
  await setMarksWith(excel, sheetName, []);
}
