/**
 * Marks on the sheet, decided once: the cells of the findings, each with its most severe mark, as
 * conditional rules the add-in owns (its tag), one rectangle per rule range — never an address list,
 * whose separator depends on the user's locale (";" in a Vietnamese Excel desktop, "," elsewhere).
 * A conditional format never touches the cells' own fill or notes, and the tag finds exactly the
 * add-in's marks again, so the user's own conditional formats, fills and notes stay as they were.
 */
import { parseRange } from '../address';
import type { Severity } from '../report';
import type { CellRange } from '../snapshot';
import type { Mark } from './adapter';
import type { ConditionalRule, WorkbookPlan } from './plan';

/** The tag of the marks' rules. */
export const MARK_TAG = 'CCHC';
/** Always true (N of a text is 0), and says whose it is. No argument separators, so no locale issue. */
export const MARK_FORMULA = `=N("${MARK_TAG}")=0`;
/** Light red, yellow, blue. */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

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

/** Replace the add-in's marks on the sheet with these (none: just remove them). */
export function marksPlan(sheet: string, marks: readonly Mark[]): WorkbookPlan {
  const rules: ConditionalRule[] = [];
  for (const [severity, areas] of markAreasBySeverity(marks)) rules.push({ ranges: areas, formula: MARK_FORMULA, fill: MARK_FILL[severity] });
  return {
    steps: [
      { kind: 'removeConditionalRules', sheet, tag: MARK_TAG, restore: [] },
      ...(rules.length ? [{ kind: 'addConditionalRules' as const, sheet, tag: MARK_TAG, rules }] : []),
    ],
  };
}
