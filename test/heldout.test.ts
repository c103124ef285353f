/**
 * Held-out evaluation: recall over the problems a careful official would mark, and false alarms, on five
 * appendix tables modelled on real plans the checker was not built from (test/fixtures/heldout.ts).
 *
 * Acceptance: "On real appendix tables it has never seen, the checker finds ≥ 90% of the problems a careful
 * official would mark and raises at most a handful of false alarms per table."
 *   - found: an error/warning finding with the same code and cell as an annotated problem;
 *   - false alarm: an error/warning finding that matches no annotated problem;
 *   - infos (time-no-deadline, row-blank, text-whitespace, stt-gap …) are reported, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import type { Finding } from '../src/core/report';
import { HELDOUT, type ExpectedFinding, type HeldoutTable } from './fixtures/heldout';

const MIN_RECALL = 0.9;
const MAX_FALSE_ALARMS = 3;

interface Score {
  name: string;
  expected: number;
  found: number;
  misses: ExpectedFinding[];
  falseAlarms: Finding[];
  infoExpected: number;
  infoFound: number;
  infoMisses: ExpectedFinding[];
}

const same = (f: Finding, e: ExpectedFinding) => f.code === e.code && (f.cell ?? null) === e.cell;

function cellText(t: HeldoutTable, cell: string | null): string {
  if (!cell) return '';
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return '';
  const v = t.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
  return v === null || v === undefined ? '' : JSON.stringify(v);
}

function score(t: HeldoutTable): Score {
  const findings = checkSheet(t.snapshot, { asOf: t.asOf }).findings;
  const serious = findings.filter((f) => f.severity !== 'info');
  const infos = findings.filter((f) => f.severity === 'info');
  const misses = t.expected.filter((e) => !serious.some((f) => same(f, e)));
  const falseAlarms = serious.filter((f) => !t.expected.some((e) => same(f, e)));
  const infoMisses = t.expectedInfo.filter((e) => !infos.some((f) => same(f, e)));
  return {
    name: t.name,
    expected: t.expected.length,
    found: t.expected.length - misses.length,
    misses,
    falseAlarms,
    infoExpected: t.expectedInfo.length,
    infoFound: t.expectedInfo.length - infoMisses.length,
    infoMisses,
  };
}

const scores = HELDOUT.map((t) => ({ t, s: score(t) }));

function summary(): string {
  const lines: string[] = [];
  let exp = 0;
  let found = 0;
  for (const { t, s } of scores) {
    exp += s.expected;
    found += s.found;
    lines.push(
      `${s.name}: recall ${s.found}/${s.expected} (${((100 * s.found) / s.expected).toFixed(0)}%), ` +
        `false alarms ${s.falseAlarms.length}, infos ${s.infoFound}/${s.infoExpected}`,
    );
    for (const m of s.misses) lines.push(`  MISS  ${m.code} @ ${m.cell ?? '(table)'}  ${cellText(t, m.cell)}`);
    for (const f of s.falseAlarms) lines.push(`  FALSE ${f.code} @ ${f.cell ?? '(table)'} [${f.severity}] ${cellText(t, f.cell)} — ${f.message}`);
    for (const m of s.infoMisses) lines.push(`  info miss ${m.code} @ ${m.cell ?? '(table)'}  ${cellText(t, m.cell)}`);
  }
  lines.push(`OVERALL recall ${found}/${exp} = ${((100 * found) / exp).toFixed(1)}%`);
  return lines.join('\n');
}

describe('held-out appendix tables', () => {
  it('prints the per-table summary', () => {
    console.log(summary());
  });

  it('annotations are well-formed (6–12 problems per table, cells inside the sheet)', () => {
    for (const t of HELDOUT) {
      expect(t.expected.length, t.name).toBeGreaterThanOrEqual(6);
      expect(t.expected.length, t.name).toBeLessThanOrEqual(12);
      for (const e of [...t.expected, ...t.expectedInfo]) {
        if (e.cell === null) continue;
        const row = Number(/\d+$/.exec(e.cell)![0]);
        expect(row, `${t.name} ${e.code}@${e.cell}`).toBeLessThanOrEqual(t.rows.length);
      }
    }
  });

  it(`overall recall ≥ ${MIN_RECALL * 100}%`, () => {
    const exp = scores.reduce((a, { s }) => a + s.expected, 0);
    const found = scores.reduce((a, { s }) => a + s.found, 0);
    expect(found / exp, summary()).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  for (const { s } of scores) {
    it(`${s.name}: at most ${MAX_FALSE_ALARMS} false alarms`, () => {
      expect(s.falseAlarms.length, s.falseAlarms.map((f) => `${f.code}@${f.cell}`).join(', ')).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
    });
  }
});
