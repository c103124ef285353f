/**
 * score-as-text, score-out-of-range and score-mismatch on small tables: the fix and when it is withheld,
 * how it composes with the markup fix, the tolerance, percentages, nesting by code, and every kind of
 * message (EVERY_SCORE_MESSAGE).
 */
import { describe, expect, it } from 'vitest';
import { planFixes } from '../../src/core/fixes';
import { SAFE_FIX_CODES } from '../../src/core/rules';
import { scoreRows } from '../../src/core/score';
import type { RawValue } from '../../src/core/snapshot';
import { EVERY_SCORE_MESSAGE } from '../fixtures/score-tables';
import { analyze, check, codeFindings, table } from '../helpers/table';

const HEADER = ['STT', 'Nội dung', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định', 'Điểm bị trừ'];
const scoreTable = (rows: RawValue[][], numFmt?: string[][]) => table(rows, { header: HEADER, ...(numFmt ? { numFmt } : {}) });

describe('score-as-text', () => {
  it('is not a safe fix unless unambiguous: a plain figure or an "x/y" whose maximum the row holds', () => {
    const s = scoreTable([
      ['1', 'Kế hoạch CCHC', 2, '1,5', null, null],
      ['2', 'Tuyên truyền', 2.5, '01/2,5', '01/2,5', null],
      ['3', 'Sáng kiến', 3, null, '1/2', null],
      ['4', 'Kiểm tra', null, null, '1/2', null],
      ['5', 'Hài lòng', 20, null, '79,02%', null],
      ['6', 'Hài lòng', null, null, '86,49%', null],
    ]);
    const found = codeFindings(s, 'score-as-text');
    expect(found.map((f) => [f.cell, f.fix?.edits.map((e) => e.value) ?? null])).toEqual([
      ['D4', [1.5]],
      ['D5', [1]],
      ['E5', [1]],
      ['E6', null], // "1/2" in a row whose maximum is 3
      ['E7', null], // no maximum column value: "/2" is said nowhere else
      ['E8', null], // a percentage is a rate, not points
      ['E9', null], // …and with no maximum it gives no figure, but it is still text
    ]);
    expect(analyze(s).report.rows.at(-1)).toMatchObject({ maxScore: null, appraisedScore: null, lost: null });
    expect(SAFE_FIX_CODES).toContain('score-as-text');
  });

  it('a text-formatted cell gets a number format back; "6,50" keeps its two decimals shown', () => {
    const fmt = [[], ['General', 'General', 'General', '@', '@']];
    const s = scoreTable([[null], ['1', 'Kế hoạch CCHC', 10, '9', '6,50', null]], fmt);
    const edits = codeFindings(s, 'score-as-text').map((f) => f.fix!.edits[0]!);
    expect(edits.map((e) => [e.cell, e.value, e.numFmt, e.before, e.beforeNumFmt])).toEqual([
      ['D5', 9, 'General', '9', '@'],
      ['E5', 6.5, '0.00', '6,50', '@'],
    ]);
  });

  it('skips formula cells and counts a score merged down once', () => {
    const s = table(
      [
        ['1', 'Kế hoạch CCHC', 10, '8', '8', null],
        ['2', 'Tuyên truyền', 10, null, null, null],
      ],
      { header: HEADER, merges: [{ top: 4, left: 4, bottom: 5, right: 4 }], formulas: [[null, null, null, null, '=TEXT(C4-2,"0")']] },
    );
    expect(codeFindings(s, 'score-as-text').map((f) => f.cell)).toEqual(['D4']);
    const rows = analyze(s).report.rows;
    expect(rows.map((r) => r.selfScore)).toEqual([8, null]);
  });

  it('with pasted bold marks, one edit writes the number; the markup fix stands aside', () => {
    const s = scoreTable([['1', 'Kế hoạch CCHC', 10, null, '**6,5**', null]]);
    const report = check(s);
    expect(report.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['score-as-text@E4', 'text-markup@E4']);
    const plan = planFixes(report.findings, SAFE_FIX_CODES);
    expect(plan.edits.map((e) => [e.cell, e.value, e.before])).toEqual([['E4', 6.5, '**6,5**']]);
    expect(plan.skipped.map((f) => f.code)).toEqual(['text-markup']);
  });
});

describe('score-mismatch', () => {
  it('tolerates half a unit in the last decimal of the stated figure, no more', () => {
    const lost = (stated: RawValue) => codeFindings(scoreTable([['6', 'Hài lòng', 20, null, 15.804, stated]]), 'score-mismatch').length;
    expect(lost(4.196)).toBe(0);
    expect(lost('4,2')).toBe(0);
    expect(lost(4)).toBe(0);
    expect(lost(4.19)).toBe(1);
    expect(lost(4.186)).toBe(1);
    expect(lost(4.3)).toBe(1);
  });

  it('a percentage of the row’s maximum is its points: 79,02% of 20 = 15,804', () => {
    const s = scoreTable([['6', 'Hài lòng', 20, null, '79,02%', '4,186']]);
    const row = analyze(s).report.rows[0]!;
    expect([row.appraisedScore, row.lost]).toEqual([15.804, 4.196]);
    expect(codeFindings(s, 'score-mismatch').map((f) => f.message)).toEqual(['Điểm bị trừ ghi 4,186 nhưng 20 − 15,804 = 4,196.']);
  });

  it('a sub-criterion listed beside its criterion is counted once, under it', () => {
    const s = scoreTable([
      ['1', 'Công tác chỉ đạo, điều hành', 10, null, 7, null],
      ['-', 'Tiêu chí 1.4. Tuyên truyền CCHC', 2.5, null, 1, null],
      ['+', 'Tiêu chí 1.4.2. Hình thức tuyên truyền khác', 1.5, null, 0, null],
      ['-', 'Tiêu chí 1.5. Sáng kiến', 3, null, 1.5, null],
    ]);
    // Area lost 3 = 1,5 (1.4, which holds 1.4.2) + 1,5 (1.5); adding 1.4.2 again would make 4,5.
    expect(codeFindings(s, 'score-mismatch')).toEqual([]);
    expect(scoreRows(analyze(s)).map((r) => [r.code, r.parent])).toEqual([['1', null], ['1.4', 4], ['1.4.2', 5], ['1.5', 4]]);
  });

  it('an area stating only its points lost is still checked against its criteria', () => {
    const s = scoreTable([
      ['1', 'Công tác chỉ đạo, điều hành', null, null, null, 2],
      ['1.1', 'Tuyên truyền', 2.5, null, 1, null],
      ['1.2', 'Sáng kiến', 3, null, 1.5, null],
    ]);
    expect(codeFindings(s, 'score-mismatch').map((f) => [f.cell, f.message])).toEqual([
      ['F4', 'Dòng này bị trừ 2 điểm nhưng các mục liệt kê bên dưới bị trừ cộng lại 3 điểm (1,5 + 1,5).'],
    ]);
  });
});

describe('every kind of score message', () => {
  it('fires where annotated and nowhere else', () => {
    const report = check(EVERY_SCORE_MESSAGE.snapshot, { asOf: '2025-05-01' });
    const got = report.findings.filter((f) => f.code.startsWith('score-')).map((f) => `${f.code}@${f.cell}`);
    expect(got.sort()).toEqual([...EVERY_SCORE_MESSAGE.expected].sort());
    const kinds = new Set(report.findings.map((f) => `${f.code}:${f.data?.kind ?? ''}`));
    for (const k of ['parts-max', 'parts-self', 'parts-appraised', 'parts-self-over']) expect(kinds).toContain(`score-mismatch:${k}`);
    for (const k of ['negative', 'over-100', 'over-stated', 'percent', 'over-max']) expect(kinds).toContain(`score-out-of-range:${k}`);
  });

  it('says what it compares, both figures the Vietnamese way', () => {
    const byCell = new Map(check(EVERY_SCORE_MESSAGE.snapshot).findings.filter((f) => f.code.startsWith('score-') && f.code !== 'score-as-text').map((f) => [`${f.code}@${f.cell}`, f.message]));
    expect(byCell.get('score-out-of-range@E9')).toBe('Điểm thẩm định 15804 lớn hơn 100, mức cao nhất của mọi điểm Chỉ số CCHC. Có thể Excel đã đọc “15.804” thành 15804.');
    expect(byCell.get('score-mismatch@E10')).toBe('Điểm thẩm định ghi “5/4”, tức tối đa 4, nhưng điểm tối đa của dòng là 10.');
    expect(byCell.get('score-mismatch@D6')).toBe('Dòng này có điểm tự chấm 10, nhiều hơn các mục liệt kê bên dưới (1) cộng cả điểm tối đa của các mục không liệt kê (8).');
    expect(byCell.get('score-out-of-range@B12')).toBe('Điểm thẩm định ghi trong nội dung (“5/4”): điểm 5 lớn hơn điểm tối đa 4 ghi kèm.');
  });
});
