/**
 * The rows the tracking layer follows, read from the checker's analysis: every item row with its deadline,
 * its status cell and the units it counts for. The same data feeds the plan (what the sheet holds), the
 * core's own judgement (flags and counts) and the pane's overdue view.
 */
import type { SheetAnalysis } from '../check';
import { parseUnits } from '../parse/owners';
import type { UnitEntry } from '../rules/types';
import { indexUnits } from '../rules/owner-unknown';
import type { RawValue } from '../snapshot';
import { fold } from '../text/normalize';
import { trackedDeadline, type TrackedDeadline } from './due';

/** What "Đơn vị theo dõi" says for an item that has no owner: it is counted under this name. */
export const NO_OWNER = 'Chưa xác định';

export interface TrackedRow {
  row: number;
  /** The row's STT and its task (the criterion or content cell), for lists a person reads. */
  stt: string | null;
  task: string;
  deadline: TrackedDeadline | null;
  /** The status cell the flag reads (the top-left cell of a merge), or null when the table has none. */
  statusCell: { row: number; col: number } | null;
  /** The status as the sheet holds it (for the core's judgement; "" when blank). */
  status: string;
  /** The units the row counts for: the unit list's names where they match, else as written. */
  units: string[];
}

/** The item rows of the analysed table. */
export function trackedRows(analysis: SheetAnalysis, unitList: readonly UnitEntry[] | undefined): TrackedRow[] {
  const { rows, grid } = analysis;
  if (!rows) return [];
  const statusCol = rows.col('status');
  const canonical = unitNamer(unitList);
  const out: TrackedRow[] = [];
  for (const m of rows.rows) {
    if (m.kind !== 'item') continue;
    // The checker's schedule: own, merged down or inherited from the group, read against the plan year.
    const schedule = analysis.schedule(m.row);
    let statusCell: TrackedRow['statusCell'] = null;
    let status = '';
    if (statusCol !== undefined) {
      const merge = grid.merge(m.row, statusCol);
      statusCell = { row: merge?.top ?? m.row, col: merge?.left ?? statusCol };
      status = sheetText(grid.raw(statusCell.row, statusCell.col));
    }
    const units = [...new Set(parseUnits(rows.effectiveText(m, 'owner')).map(canonical))];
    out.push({ row: m.row, stt: m.stt.kind === 'none' ? null : m.stt.text, task: rows.cellText(m.row, 'criterion').replace(/\s+/g, ' ').trim(), deadline: trackedDeadline(schedule), statusCell, status, units: units.length ? units : [NO_OWNER] });
  }
  return out;
}

/** A cell as TRIM and MATCH see it: text as is, a number or boolean as its text. */
function sheetText(v: RawValue): string {
  if (v === null || typeof v === 'object') return '';
  return String(v);
}

/**
 * Owners matched to the unit list's names (by name or alias, ignoring case and diacritics); an owner not
 * in the list keeps the spelling first met in the table ("các phòng" and "Các phòng" are one unit).
 */
function unitNamer(unitList: readonly UnitEntry[] | undefined): (unit: string) => string {
  const byFold = new Map(unitList?.length ? indexUnits([...unitList]).names.map((n) => [n.folded, n.name]) : []);
  return (u) => {
    const f = fold(u);
    const known = byFold.get(f);
    if (known !== undefined) return known;
    byFold.set(f, u);
    return u;
  };
}
