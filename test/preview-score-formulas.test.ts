/**
 * The preview's formula engine on the score columns and "Tổng hợp điểm": each column's value and each
 * area's figure equal the core's (as test/score-layer.test.ts checks with LibreOffice).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { columnLetters } from '../src/core/address';
import { WorkbookService } from '../src/core/workbook/service';
import { annotateScores } from '../src/core/score-layer/operations';
import { planScoreLayer } from '../src/core/score-layer/layer';
import { summaryFigures, SUMMARY_ROWS, SCORE_SUMMARY_SHEET } from '../src/core/score-layer/summary';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { FormulaValues } from '../src/preview/formula/workbook';
import { caoLoc2023, langSon2023 } from './fixtures/score-tables';

describe('the preview computes the score columns and Tổng hợp điểm as the core does', () => {
  it.each([langSon2023('comma'), langSon2023('mixed'), caoLoc2023('dot')].map((t) => [t.name, t] as const))('%s', async (_, table) => {
    const planned = planScoreLayer(analyzeSheet(table.snapshot), 0, 'vi');
    if (!planned.ok) throw new Error(planned.message);
    const expected = summaryFigures(analyzeSheet(table.snapshot));
    const workbook = new MemoryWorkbook([memorySheet(structuredClone(table.snapshot))]);
    await annotateScores(new WorkbookService(new MemoryAdapter(workbook, 'vi')));
    const values = new FormulaValues(workbook);
    const wrong: string[] = [];
    const near = (got: unknown, want: number | null) => (want === null ? got === null || got === '' : typeof got === 'number' && Math.abs(got - want) < 1e-9);
    for (const [row, figures] of planned.layer.figures) {
      for (const [kind, want] of Object.entries(figures)) {
        const col = planned.layer.columns[kind as keyof typeof planned.layer.columns]!;
        const got = values.valueAt(table.snapshot.name, row, col);
        if (!near(got, want!)) wrong.push(`${kind} ${columnLetters(col)}${row}: ${JSON.stringify(got)} vs ${want}`);
      }
    }
    expected.areas.forEach((a, i) => {
      const row = SUMMARY_ROWS.firstArea + i;
      (['max', 'self', 'appraised', 'lost'] as const).forEach((k, j) => {
        const got = values.valueAt(SCORE_SUMMARY_SHEET, row, 3 + j);
        if (!near(got, a[k])) wrong.push(`${k} of area ${row}: ${JSON.stringify(got)} vs ${a[k]}`);
      });
    });
    expect(wrong).toEqual([]);
  });
});
