/**
 * Held-out score tables (test/fixtures/score-tables.ts), written differently from the seeds the score
 * reader was built on: a two-row header "Điểm" over "Tối đa | Tự chấm | Thẩm định" with Roman sections;
 * ordinal numbering with the index's codes in the text, listing only the criteria that lost points; "x/y"
 * texts with no maximum column and the total at the bottom. Acceptance: every `lost` and `selfGap` right,
 * every planted problem found, no false alarm — and none on the appendix tables that carry no scores.
 */
import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../bench/synthetic';
import { analyzeSheet, checkSheet } from '../src/core/check';
import { scoreRows } from '../src/core/score';
import { HELDOUT } from './fixtures/heldout';
import { SCORE_HELDOUT, type ScoreTable } from './fixtures/score-tables';
import { seedAppendixSnapshot } from './fixtures/seeds';

const AS_OF = '2025-05-01';

function evaluate(t: ScoreTable) {
  const report = checkSheet(t.snapshot, { asOf: AS_OF });
  const found = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
  const wrongFigures = [...t.figures]
    .map(([row, want]) => {
      const r = report.rows.find((x) => x.row === row)!;
      return { row, want, got: { lost: r.lost, selfGap: r.selfGap } };
    })
    .filter((x) => x.got.lost !== x.want.lost || x.got.selfGap !== x.want.selfGap);
  return {
    rows: t.figures.size,
    wrongFigures,
    misses: t.expected.filter((e) => !found.includes(e)),
    falseAlarms: found.filter((f) => !t.expected.includes(f)),
  };
}

describe('held-out score tables', () => {
  it('prints the summary', () => {
    for (const t of SCORE_HELDOUT) {
      const e = evaluate(t);
      console.log(
        `${t.name}: ${e.rows - e.wrongFigures.length}/${e.rows} rows with lost and selfGap right, ` +
          `found ${t.expected.length - e.misses.length}/${t.expected.length}, false alarms ${e.falseAlarms.length}`,
      );
    }
  });

  for (const t of SCORE_HELDOUT) {
    it(`${t.name}: every lost and selfGap right, every planted problem found, no false alarm`, () => {
      const e = evaluate(t);
      expect(e.wrongFigures).toEqual([]);
      expect(e.misses).toEqual([]);
      expect(e.falseAlarms).toEqual([]);
    });
  }

  it('a table that lists only the criteria that lost points raises nothing, though no area maximum is the sum of its criteria', () => {
    const h2 = SCORE_HELDOUT[1]!;
    expect(checkSheet(h2.snapshot, { asOf: AS_OF }).findings).toEqual([]);
    const rows = scoreRows(analyzeSheet(h2.snapshot, { asOf: AS_OF }));
    // Criteria nest under their areas by position and code (ordinal STT 1…10 says nothing), the total adds up the areas.
    expect(rows.map((r) => [r.row, r.code, r.parent])).toEqual([
      [4, '1', null], [5, '1.3', 4], [6, '1.5', 4], [7, '4', null], [8, '3.3.2', 7], [9, '3.5.1', 7],
      [10, '7', null], [11, '8', null], [12, '7.2.1', 11], [13, '7.6', 11], [14, null, null],
    ]);
    expect(rows.at(-1)!.parts).toEqual([4, 7, 10, 11]);
    const area1 = rows[0]!;
    expect(area1.max!.points).not.toBe(rows[1]!.max!.points + rows[2]!.max!.points);
  });

  it('the two-row header is read as Tối đa | Tự chấm | Thẩm định under "Điểm"', () => {
    const a = analyzeSheet(SCORE_HELDOUT[0]!.snapshot, { asOf: AS_OF });
    expect(Object.fromEntries(a.layout!.columns)).toMatchObject({ stt: 1, criterion: 2, maxScore: 3, selfScore: 4, appraisedScore: 5, lostScore: 6, note: 7 });
    expect(a.layout!.firstRow).toBe(5);
  });
});

describe('no score findings on appendix tables without scores', () => {
  const sheets = [
    { name: 'seed 002', snapshot: seedAppendixSnapshot(), asOf: '2022-08-01' },
    ...HELDOUT.map((t) => ({ name: t.name, snapshot: t.snapshot, asOf: t.asOf })),
    ...[1, 2, 3].map((seed) => ({ name: `synthetic ${seed}`, snapshot: syntheticSnapshot(2000, seed), asOf: '2024-08-01' })),
  ];
  it.each(sheets)('$name', ({ snapshot, asOf }) => {
    expect(checkSheet(snapshot, { asOf }).findings.filter((f) => f.code.startsWith('score-')).map((f) => `${f.code}@${f.cell}: ${f.message}`)).toEqual([]);
  });

  it('the synthetic groups’ “(đạt 1,5/2 điểm)” still give their rows a score', () => {
    const a = analyzeSheet(syntheticSnapshot(2000, 1), { asOf: '2024-08-01' });
    const withScores = a.report.rows.filter((r) => r.appraisedScore !== null);
    expect(withScores.length).toBeGreaterThan(5);
    for (const r of withScores) expect(r.lost).toBe(Number((r.maxScore! - r.appraisedScore!).toFixed(6)));
  });
});
