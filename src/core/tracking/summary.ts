/**
 * "Tổng hợp tiến độ": per owner unit and for the whole plan, the tasks, done, in progress, late and due
 * soon. The core counts them here; the summary sheet computes the same with live formulas
 * (./formulas.ts summaryFormulas), and the tests compare the two after LibreOffice recalculates.
 */
import type { StatusValue } from '../report';
import type { UnitEntry } from '../rules/types';
import { FLAG, flagOf, type Flag } from './due';
import { NO_OWNER, type TrackedRow } from './rows';
import { statusGroups, type StatusList } from './status';

export interface ProgressCounts {
  tasks: number;
  done: number;
  inProgress: number;
  overdue: number;
  dueSoon: number;
}

export interface UnitProgress extends ProgressCounts {
  unit: string;
}

export interface Judgement {
  asOf: string;
  window: number;
  list: StatusList;
}

export interface JudgedRow extends TrackedRow {
  group: StatusValue;
  flag: Flag;
}

export function judgeRows(rows: readonly TrackedRow[], j: Judgement): JudgedRow[] {
  const groupOf = statusGroups(j.list);
  return rows.map((r) => {
    const group = r.statusCell ? groupOf(r.status) : 'not-done';
    return { ...r, group, flag: flagOf(group, r.deadline, j.asOf, j.window) };
  });
}

/**
 * The units the summary lists, in order: the unit list's names (every one, even with no task), then the
 * other owners as first met in the table, then "Chưa xác định" when some task has no owner.
 */
export function summaryUnits(rows: readonly TrackedRow[], unitList: readonly UnitEntry[] | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (u: string) => {
    if (!seen.has(u)) {
      seen.add(u);
      out.push(u);
    }
  };
  for (const u of unitList ?? []) add(u.name);
  let unowned = false;
  for (const r of rows) for (const u of r.units) u === NO_OWNER ? (unowned = true) : add(u);
  if (unowned) add(NO_OWNER);
  return out;
}

function count(rows: readonly JudgedRow[]): ProgressCounts {
  const c: ProgressCounts = { tasks: rows.length, done: 0, inProgress: 0, overdue: 0, dueSoon: 0 };
  for (const r of rows) {
    if (r.flag === FLAG.done) c.done++;
    if (r.group === 'in-progress') c.inProgress++;
    if (r.flag === FLAG.overdue) c.overdue++;
    if (r.flag === FLAG.dueSoon) c.dueSoon++;
  }
  return c;
}

/** A row with several owners counts for each of them. */
export function progressByUnit(rows: readonly JudgedRow[], units: readonly string[]): { units: UnitProgress[]; total: ProgressCounts } {
  return {
    units: units.map((unit) => ({ unit, ...count(rows.filter((r) => r.units.includes(unit))) })),
    total: count(rows),
  };
}
