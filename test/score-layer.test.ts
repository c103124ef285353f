/**
 * The score columns ("Điểm bị trừ", "Chênh lệch tự chấm", "Tỷ lệ đạt") beside score tables: where they go,
 * that the checker never takes them for the user's, that they live beside the tracking layer, that removing
 * them leaves the workbook as it was — and, recalculated by LibreOffice, that every formula equals the
 * core's own figure for its row (seed tables typed as numbers and as text with commas and dots, and a
 * held-out table). (The LibreOffice half is skipped, saying why, where LibreOffice is not installed.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { columnLetters } from '../src/core/address';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { annotateScores, removeScores } from '../src/core/score-layer/operations';
import { planScoreLayer } from '../src/core/score-layer/layer';
import { rankRows, summaryFigures, SUMMARY_ROWS } from '../src/core/score-layer/summary';
import { scoreRows } from '../src/core/score/rows';
import { annotate, removeTracking } from '../src/core/tracking/operations';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { caoLoc2023, H1, langSon2023, type ScoreTable } from './fixtures/score-tables';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';
import JSZip from 'jszip';
import { run, type RunResult } from './cli-helpers';
import { soffice, throughLibreOfficeAll } from './xlsx-writer-fixtures';

const setup = (...sheets: SheetSnapshot[]) => {
  const workbook = new MemoryWorkbook(sheets.map((s) => memorySheet(s)));
  return { workbook, service: new WorkbookService(new MemoryAdapter(workbook, 'vi')) };
};
const state = (w: MemoryWorkbook) =>
  structuredClone({
    sheets: w.sheets.map((s) => ({ values: s.snapshot.values.map((r) => r.map((v) => v ?? null)).map((r) => { while (r.length && r[r.length - 1] === null) r.pop(); return r; }), formulas: (s.snapshot.formulas ?? []).flat().filter(Boolean), widths: [...s.columnWidths] })),
    names: w.names.map((n) => n.key.name).sort(),
  });

describe('the score columns on a workbook in memory', () => {
  it('go right of the Lạng Sơn table (it states its points lost: no second "Điểm bị trừ"), are not the user’s columns, and go away exactly', async () => {
    const table = langSon2023('comma');
    const { workbook, service } = setup(table.snapshot);
    const original = state(workbook);
    const before = analyzeSheet(workbook.sheets[0]!.snapshot, { asOf: '2024-06-01' }).report.findings.map((f) => `${f.code}@${f.cell}`);
    const done = await annotateScores(service);
    expect(Object.fromEntries(Object.entries(done.layer.columns).map(([k, c]) => [k, columnLetters(c!)]))).toEqual({ selfGap: 'G', rate: 'H' });
    const after = analyzeSheet(workbook.sheets[0]!.snapshot, { asOf: '2024-06-01' }).report;
    expect(after.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(before);
    expect(after.table!.columns.lostScore).toBe('F');
    await removeScores(service);
    expect(state(workbook)).toEqual(original);
  });

  it('a typed "Điểm bị trừ" that disagrees is flagged, and its fix puts the formula in its place (undoable)', async () => {
    const table = langSon2023('number');
    const { workbook, service } = setup(table.snapshot);
    const check = () => analyzeSheet(workbook.sheets[0]!.snapshot, { asOf: '2024-06-01' }).report.findings.filter((f) => f.code === 'score-mismatch' && f.fix);
    const [slip] = check();
    expect(slip!.message).toBe('Điểm bị trừ ghi 4,186 nhưng 20 − 15,804 = 4,196.');
    expect(slip!.fix!.label).toBe('Thay bằng công thức tối đa − thẩm định');
    const row = slip!.row!;
    const fixed = await service.applyEdits(table.snapshot.name, slip!.fix!.edits);
    const cell = () => ({ v: workbook.sheets[0]!.snapshot.values[row - 1]![5], f: workbook.sheets[0]!.snapshot.formulas?.[row - 1]?.[5] ?? null });
    expect(cell().f).toBe(`=IF(OR(IF(ISNUMBER(C${row}),C${row},IFERROR(NUMBERVALUE(SUBSTITUTE(TRIM(C${row}),",","."),"."),""))="",IF(ISNUMBER(E${row}),E${row},IFERROR(NUMBERVALUE(SUBSTITUTE(TRIM(E${row}),",","."),"."),""))=""),"",ROUND(IF(ISNUMBER(C${row}),C${row},IFERROR(NUMBERVALUE(SUBSTITUTE(TRIM(C${row}),",","."),"."),""))-IF(ISNUMBER(E${row}),E${row},IFERROR(NUMBERVALUE(SUBSTITUTE(TRIM(E${row}),",","."),"."),"")),6))`);
    expect(check()).toEqual([]);
    await service.undo(fixed.applied);
    expect(cell()).toEqual({ v: 4.186, f: null });
  });

  it('live beside the tracking layer, each placed after the other, each removed on its own', async () => {
    const both = snapshotFromRows('Phụ lục', [
      ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)'],
      [],
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', 'Điểm tối đa', 'Điểm đạt'],
      ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Tháng 3/2024', 2.5, '1'],
      ['2', 'Đổi mới, sáng tạo', 'Văn phòng', 'Quý III/2024', 3, '1,5'],
    ]);
    const { workbook, service } = setup(both);
    const original = state(workbook);
    const scores = await annotateScores(service);
    expect(scores.layer.columns).toEqual({ lost: 7, rate: 8 });
    const tracking = await annotate(service, { asOf: '2024-07-10' });
    expect(tracking.layer.place).toMatchObject({ statusCol: 9, deadlineCol: 10, flagCol: 11, unitsCol: 12 });
    // Updating the scores keeps them where they are, after the table and before the tracking layer.
    const again = await annotateScores(service);
    expect(again.layer.columns).toEqual({ lost: 7, rate: 8 });
    const report = analyzeSheet(workbook.sheets[0]!.snapshot, { asOf: '2024-07-10' }).report;
    expect(report.table!.columns).toMatchObject({ time: 'D', maxScore: 'E', appraisedScore: 'F', lostScore: null });
    expect(report.findings.filter((f) => f.code === 'column-duplicate' || f.code === 'deadline-stale')).toEqual([]);
    await removeTracking(service);
    await removeScores(service);
    expect(state(workbook)).toEqual(original);
  });
});

/**
 * The values a spreadsheet saved in a sheet's XML, by cell ("G6" → 0, "H6" → 0.4): read from the file
 * itself, since exceljs leaves out a formula's result when it is 0 or FALSE.
 */
async function sheetValues(bytes: Uint8Array, sheetNumber: number): Promise<Map<string, number | string | boolean>> {
  const xml = await (await JSZip.loadAsync(bytes)).file(`xl/worksheets/sheet${sheetNumber}.xml`)!.async('string');
  const out = new Map<string, number | string | boolean>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1];
    if (v === undefined) continue;
    const t = /\bt="(\w+)"/.exec(m[2]!)?.[1];
    out.set(m[1]!, t === 'str' || t === 's' || t === 'inlineStr' ? v : t === 'b' ? v === '1' : Number(v));
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-score-layer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TABLES: ScoreTable[] = [langSon2023('number'), langSon2023('comma'), langSon2023('dot'), langSon2023('mixed'), caoLoc2023('comma'), H1];

describe.skipIf(soffice === '')(`LibreOffice computes every score formula as the core does${soffice === '' ? ' (skipped: LibreOffice "soffice" is not installed)' : ''}`, () => {
  // Every table annotated by `cchc annotate`, then all recalculated by one LibreOffice process.
  const annotated: { r: RunResult; out: string; recalculated?: Uint8Array }[] = [];
  beforeAll(async () => {
    for (const [i, table] of TABLES.entries()) {
      const input = join(dir, `in-${i}.xlsx`);
      const out = join(dir, `out-${i}.xlsx`);
      writeFileSync(input, await xlsxOfSnapshot(table.snapshot));
      annotated.push({ r: await run(['annotate', input, '--out', out, '--json']), out });
    }
    const written = annotated.filter((a) => existsSync(a.out));
    const recalculated = throughLibreOfficeAll(written.map((a) => new Uint8Array(readFileSync(a.out))));
    written.forEach((a, k) => (a.recalculated = recalculated[k]));
  });

  it.each(TABLES.map((t, i) => [t.name, t, i] as const))('%s', async (_, table, i) => {
    const { r, recalculated } = annotated[i]!;
    expect(r.stderr).toBe('');
    expect(r.code).toBeLessThan(2);
    const planned = planScoreLayer(analyzeSheet(table.snapshot), 0, 'vi');
    if (!planned.ok) throw new Error(planned.message);
    const { columns, figures } = planned.layer;
    expect(figures.size).toBeGreaterThan(0);
    const computed = await sheetValues(recalculated!, 1);
    const wrong: string[] = [];
    for (let row = planned.layer.block.top + 1; row <= planned.layer.block.bottom; row++) {
      for (const [kind, col] of Object.entries(columns)) {
        const got = computed.get(`${columnLetters(col!)}${row}`) ?? '';
        const want = figures.get(row)?.[kind as keyof typeof columns] ?? '';
        const same = typeof want === 'number' ? typeof got === 'number' && Math.abs(got - want) < 1e-9 : got === want;
        if (!same) wrong.push(`${kind} row ${row}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
      }
    }
    expect(wrong).toEqual([]);

    // "Tổng hợp điểm": each area's figures, and the criteria ranked by points lost.
    const summary = await sheetValues(recalculated!, 2);
    const expected = summaryFigures(analyzeSheet(table.snapshot));
    const sum: string[] = [];
    const same = (got: unknown, want: number | null) => (want === null ? got === undefined || got === '' : typeof got === 'number' && Math.abs(got - want) < 1e-9);
    expected.areas.forEach((a, i) => {
      const row = SUMMARY_ROWS.firstArea + i;
      (['max', 'self', 'appraised', 'lost'] as const).forEach((k, j) => {
        const got = summary.get(`${'CDEF'[j]}${row}`);
        if (!same(got, a[k])) sum.push(`${k} of area row ${row}: sheet ${JSON.stringify(got)}, core ${a[k]}`);
      });
    });
    const rank = rankRows(expected.areas.length);
    const scored = scoreRows(analyzeSheet(table.snapshot));
    expected.top.forEach((t, k) => {
      const row = rank.first + k;
      if (!same(summary.get(`D${row}`), t.lost)) sum.push(`rank ${k + 1}: sheet ${JSON.stringify(summary.get(`D${row}`))}, core ${t.lost}`);
      const code = scored.find((r) => r.row === t.row)!.code;
      if (summary.get(`B${row}`) !== (code ?? '')) sum.push(`rank ${k + 1} code: sheet ${JSON.stringify(summary.get(`B${row}`))}, core ${code}`);
    });
    expect(sum).toEqual([]);
    expect(expected.top.length).toBeGreaterThan(0);
  });
});
