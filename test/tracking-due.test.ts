/**
 * When a row is due, and how it is flagged, as the as-of date moves: the core's dueOn / flagOf by hand
 * over year ends, leap years, quarters, month lengths and the window's edges; then the recurring-deadline
 * formulas the sheet holds, recalculated by LibreOffice for every as-of date of the table, against dueOn.
 */
import { describe, expect, it } from 'vitest';
import { isoToSerial, serialToIso } from '../src/core/dates';
import { dueOn, flagOf, type TrackedDeadline } from '../src/core/tracking/due';
import { NAMES, recurringDueFormula } from '../src/core/tracking/formulas';
import type { Recurrence } from '../src/core/parse/schedule';
import { writePlan } from '../src/hosts/xlsx/writer';
import { appendixWorkbook, readBook, soffice, throughLibreOffice } from './xlsx-writer-fixtures';

const monthly = (dueDay: number | null): TrackedDeadline => ({ kind: 'recurring', recurrence: 'monthly', dueDay });
const quarterly: TrackedDeadline = { kind: 'recurring', recurrence: 'quarterly', dueDay: null };
const yearly: TrackedDeadline = { kind: 'recurring', recurrence: 'yearly', dueDay: null };
const date = (d: string): TrackedDeadline => ({ kind: 'date', date: d });

describe('dueOn: the date a deadline stands for on an as-of date', () => {
  it.each([
    // [deadline, as-of, due]
    [monthly(20), '2024-07-10', '2024-07-20'],
    [monthly(20), '2024-07-20', '2024-07-20'],
    [monthly(20), '2024-07-21', '2024-08-20'],
    [monthly(20), '2024-12-25', '2025-01-20'],
    [monthly(null), '2024-02-10', '2024-02-29'],
    [monthly(null), '2023-02-10', '2023-02-28'],
    [monthly(null), '2100-02-01', '2100-02-28'],
    [monthly(31), '2024-04-15', '2024-04-30'],
    [monthly(31), '2024-04-30', '2024-04-30'],
    [monthly(30), '2024-02-29', '2024-02-29'],
    [monthly(30), '2024-01-31', '2024-02-29'],
    [monthly(29), '2023-01-30', '2023-02-28'],
    [monthly(31), '2024-12-31', '2024-12-31'],
    [quarterly, '2024-01-01', '2024-03-31'],
    [quarterly, '2024-03-31', '2024-03-31'],
    [quarterly, '2024-04-01', '2024-06-30'],
    [quarterly, '2024-08-15', '2024-09-30'],
    [quarterly, '2024-12-31', '2024-12-31'],
    [yearly, '2025-01-01', '2025-12-31'],
    [date('2024-06-30'), '2025-01-01', '2024-06-30'],
  ] as const)('%o on %s is due %s', (deadline, asOf, due) => {
    expect(dueOn(deadline, asOf)).toBe(due);
  });
});

describe('flagOf: done wins; late is strictly before the as-of date; due soon is within the window', () => {
  it.each([
    // [status, deadline, as-of, window, flag]
    ['done', date('2024-01-31'), '2024-07-10', 15, 'Hoàn thành'],
    ['done', null, '2024-07-10', 15, 'Hoàn thành'],
    ['not-done', null, '2024-07-10', 15, ''],
    ['not-done', date('2024-07-09'), '2024-07-10', 15, 'Quá hạn'],
    ['in-progress', date('2024-07-10'), '2024-07-10', 15, 'Sắp đến hạn'],
    ['not-done', date('2024-07-25'), '2024-07-10', 15, 'Sắp đến hạn'],
    ['not-done', date('2024-07-26'), '2024-07-10', 15, ''],
    ['not-done', date('2024-07-10'), '2024-07-10', 0, 'Sắp đến hạn'],
    ['not-done', date('2024-03-01'), '2024-02-28', 2, 'Sắp đến hạn'], // 29/02 lies between
    ['not-done', date('2023-03-01'), '2023-02-28', 0, ''],
    ['not-done', date('2025-01-05'), '2024-12-25', 15, 'Sắp đến hạn'],
    // A recurring row is never late by itself: its due date is on or after the as-of date.
    ['not-done', monthly(5), '2024-07-06', 15, ''],
    ['not-done', monthly(5), '2024-07-25', 15, 'Sắp đến hạn'],
    ['in-progress', quarterly, '2024-09-20', 15, 'Sắp đến hạn'],
  ] as const)('%s, %o on %s (window %d): “%s”', (status, deadline, asOf, window, flag) => {
    expect(flagOf(status, deadline, asOf, window)).toBe(flag);
  });
});

const AS_OF_DATES = [
  '2023-01-30', '2023-02-28', '2023-03-01', '2023-12-31',
  '2024-01-01', '2024-01-31', '2024-02-28', '2024-02-29', '2024-03-31', '2024-04-15', '2024-04-30', '2024-06-30', '2024-07-01',
  '2024-09-30', '2024-10-01', '2024-11-30', '2024-12-20', '2024-12-21', '2024-12-31', '2025-01-01', '2100-02-27', '2100-03-01',
];
const RECURRING: [Recurrence, number | null][] = [
  ['monthly', null], ['monthly', 5], ['monthly', 20], ['monthly', 28], ['monthly', 29], ['monthly', 30], ['monthly', 31], ['quarterly', null], ['yearly', null],
];

describe.skipIf(soffice === '')(`LibreOffice computes the recurring deadlines as dueOn does${soffice === '' ? ' (skipped: LibreOffice "soffice" is not installed)' : ''}`, () => {
  it(`for ${AS_OF_DATES.length} as-of dates × ${RECURRING.length} recurrences`, async () => {
    // Row r: the as-of date in A, each recurrence's formula with NgayDanhGia read from A of the same row.
    const cells = AS_OF_DATES.flatMap((iso, i) => [
      { row: i + 1, col: 1, value: isoToSerial(iso), numFmt: 'yyyy-mm-dd' },
      ...RECURRING.map(([rec, day], j) => ({ row: i + 1, col: j + 2, formula: recurringDueFormula(rec, day).replaceAll(NAMES.asOf, `$A${i + 1}`), numFmt: 'yyyy-mm-dd' })),
    ]);
    const bytes = await writePlan(await appendixWorkbook(), { steps: [{ kind: 'addSheet', sheet: 'Hạn', cells }] });
    const ws = (await readBook(throughLibreOffice(bytes))).getWorksheet('Hạn')!;
    const wrong: string[] = [];
    AS_OF_DATES.forEach((iso, i) =>
      RECURRING.forEach(([rec, day], j) => {
        const v = (ws.getCell(i + 1, j + 2).value as { result?: unknown }).result;
        const got = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? serialToIso(v) : String(v);
        const want = dueOn({ kind: 'recurring', recurrence: rec, dueDay: day }, iso);
        if (got !== want) wrong.push(`${rec}/${day} on ${iso}: sheet ${got}, core ${want}`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});
