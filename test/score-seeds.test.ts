/**
 * The seeds' own results as workbooks, through `cchc check --json` and `cchc fix`:
 * - Lạng Sơn Department of Industry and Trade, 2023 (seed 000): areas and sub-criteria with the plan's
 *   figures; the SIPAS row states 4,186 points lost where 20 − 15,804 = 4,196. As a score table typed as
 *   numbers, as text with a comma, with a dot, and mixed ("01", "19.5", "6,5"); and as the plan's own lines.
 * - Cao Lộc, 2023 result (seed 003): self vs appraised per area and criterion; the areas lose 4,5 + 0,5 + 1
 *   = 6 points between self-scoring and appraisal while the totals say 88 → 85.
 * Each row's maxScore / selfScore / appraisedScore / lost / selfGap, and the findings' exact messages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RowReport, SheetReport } from '../src/core/report';
import { loadWorkbook, worksheetSnapshot } from '../src/hosts/xlsx/read';
import { run, tempDir } from './cli-helpers';
import { caoLoc2023, langSon2023, langSon2023Prose, type ScoreTable } from './fixtures/score-tables';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';

const AS_OF = ['--as-of', '2024-06-01'];
let dir: string;

beforeAll(() => {
  dir = tempDir('cchc-score-');
});

async function fileOf(t: ScoreTable): Promise<string> {
  const path = join(dir, `${t.name.replace(/[^\p{L}\d]+/gu, '-')}.xlsx`);
  writeFileSync(path, await xlsxOfSnapshot(t.snapshot));
  return path;
}

async function checkJson(path: string, lang: 'vi' | 'en' = 'vi'): Promise<SheetReport> {
  const r = await run(['check', path, '--json', '--lang', lang, ...AS_OF]);
  const json = JSON.parse(r.stdout) as { sheets: SheetReport[] };
  expect(json.sheets).toHaveLength(1);
  return json.sheets[0]!;
}

const scoreFindings = (s: SheetReport) => s.findings.filter((f) => f.code.startsWith('score-')).map((f) => `${f.code}@${f.cell}`);
const rowOf = (s: SheetReport, row: number) => s.rows.find((r) => r.row === row)!;
const pick = (r: RowReport) => [r.maxScore, r.selfScore, r.appraisedScore, r.lost, r.selfGap];

/** Every annotated row's lost and selfGap, and the score findings exactly as annotated. */
function expectAsAnnotated(t: ScoreTable, s: SheetReport): void {
  for (const [row, f] of t.figures) expect({ row, lost: rowOf(s, row).lost, selfGap: rowOf(s, row).selfGap }).toEqual({ row, ...f });
  expect(scoreFindings(s).sort()).toEqual([...t.expected].sort());
}

describe('Lạng Sơn 2023 (seed 000) as a score table', () => {
  // Header on row 3, data from row 4: the areas 1–6, their criteria, the total on row 16.
  const FIGURES: [number, (number | null)[]][] = [
    [4, [10, null, 6.5, 3.5, null]],
    [5, [2.5, null, 1, 1.5, null]],
    [6, [3, null, 1, 2, null]],
    [7, [20, null, 19.5, 0.5, null]],
    [8, [1, null, 0.5, 0.5, null]],
    [13, [11, null, 9.1, 1.9, null]],
    [14, [3, null, 1.1, 1.9, null]],
    [15, [20, null, 15.804, 4.196, null]],
    [16, [89.5, 83.3, 77.4, 12.1, 5.9]],
  ];

  it.each(['number', 'comma', 'dot', 'mixed'] as const)('typed as %s: every row’s figures and the 4,186 slip', async (how) => {
    const t = langSon2023(how);
    const s = await checkJson(await fileOf(t));
    for (const [row, want] of FIGURES) expect([row, ...pick(rowOf(s, row))]).toEqual([row, ...want]);
    expectAsAnnotated(t, s);
    const slip = s.findings.find((f) => f.code === 'score-mismatch')!;
    expect(slip).toMatchObject({ severity: 'error', cell: 'F15', column: 'lostScore', message: 'Điểm bị trừ ghi 4,186 nhưng 20 − 15,804 = 4,196.' });
    expect(slip.data).toMatchObject({ kind: 'row-lost', stated: 4.186, max: 20, appraised: 15.804, computed: 4.196 });
    // Only the scores typed as text are findings besides the slip; nothing else on a clean score table.
    expect(s.findings.filter((f) => f.code !== 'score-as-text' && f.code !== 'score-mismatch')).toEqual([]);
  });

  it('in English: the same figures with dots', async () => {
    const s = await checkJson(await fileOf(langSon2023('comma')), 'en');
    expect(s.findings.find((f) => f.code === 'score-mismatch')!.message).toBe('Points lost stated as 4.186 but 20 − 15.804 = 4.196.');
    expect(s.findings.find((f) => f.cell === 'E4')!.message).toBe('Appraised score “6,5” is stored as text, not as a number: Excel cannot add it up.');
  });

  it('score-as-text names the cell and its text; the fix writes numbers that check reads back the same', async () => {
    const t = langSon2023('mixed');
    const input = await fileOf(t);
    const before = await checkJson(input);
    const asText = before.findings.filter((f) => f.code === 'score-as-text');
    expect(asText.length).toBeGreaterThan(10);
    const zero = asText.find((f) => f.data?.text === '01')!;
    expect(zero.message).toMatch(/^Điểm (tối đa|đạt|thẩm định|tự chấm|bị trừ) “01” được lưu dưới dạng chữ chứ không phải số: Excel không cộng, trừ được\.$/);
    expect(zero.fix!.edits).toEqual([expect.objectContaining({ cell: zero.cell, value: 1, before: '01' })]);

    const out = join(dir, 'lang-son-da-sua.xlsx');
    const r = await run(['fix', input, '--out', out, ...AS_OF]);
    expect(r.code, r.stderr).toBe(0);
    const ws = (await loadWorkbook(new Uint8Array(readFileSync(out)))).worksheets[0]!;
    const snap = worksheetSnapshot(ws);
    for (const f of asText) expect(typeof snap.values[f.row! - 1]![(f.fix!.edits[0]!.col) - 1], f.cell!).toBe('number');
    const after = await checkJson(out);
    expect(after.findings.filter((f) => f.code === 'score-as-text')).toEqual([]);
    expect(after.rows.map(pick)).toEqual(before.rows.map(pick));
    expect(scoreFindings(after)).toEqual(['score-mismatch@F15']);
  });

  it("the plan's own lines (no score columns): figures read from the text, the slip found on the SIPAS line", async () => {
    const t = langSon2023Prose();
    const s = await checkJson(await fileOf(t));
    expectAsAnnotated(t, s);
    const slip = s.findings.find((f) => f.code === 'score-mismatch')!;
    expect(slip.message).toBe('Điểm bị trừ ghi 4,186 nhưng 20 − 15,804 = 4,196.');
    expect(slip.column).toBe('criterion');
    // "1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)" and "1.1. Tiêu chí thành phần 1.4: … 01/2,5 điểm."
    expect(pick(rowOf(s, 4))).toEqual([10, null, 6.5, 3.5, null]);
    expect(pick(rowOf(s, 5))).toEqual([2.5, null, 1, 1.5, null]);
  });
});

describe('Cao Lộc 2023 (seed 003)', () => {
  it.each(['number', 'seed', 'comma', 'dot'] as const)('typed as %s: 88 → 85 does not reconcile with 4,5 + 0,5 + 1', async (how) => {
    const t = caoLoc2023(how);
    const s = await checkJson(await fileOf(t));
    expectAsAnnotated(t, s);
    expect(pick(rowOf(s, 4))).toEqual([null, 88, 85, null, 3]);
    expect(pick(rowOf(s, 5))).toEqual([10, 10, 5.5, 4.5, 4.5]);
    expect(pick(rowOf(s, 10))).toEqual([null, 9, 8, null, 1]);
    expect(pick(rowOf(s, 12))).toEqual([null, null, null, null, null]);
    const total = s.findings.find((f) => f.code === 'score-mismatch')!;
    expect(total).toMatchObject({ cell: 'D4', column: 'selfScore', severity: 'error' });
    expect(total.message).toBe('Dòng tổng tự chấm 88, thẩm định 85, chênh lệch 3, nhưng các mục liệt kê trong bảng chênh lệch cộng lại 6 (4,5 + 0,5 + 1).');
    expect(s.findings.filter((f) => f.code !== 'score-as-text' && f.code !== 'score-mismatch')).toEqual([]);
  });

  it('in English', async () => {
    const s = await checkJson(await fileOf(caoLoc2023('seed')), 'en');
    expect(s.findings.find((f) => f.code === 'score-mismatch')!.message).toBe(
      'The total row was self-assessed 88 and appraised 85, a gap of 3, but the items listed in the table differ by 6 together (4.5 + 0.5 + 1).',
    );
    expect(s.findings.find((f) => f.cell === 'E8')!.message).toBe('Appraised score “14.5” is stored as text, not as a number: Excel cannot add it up.');
  });
});
