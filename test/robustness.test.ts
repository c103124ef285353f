/**
 * Messy input never makes the checker throw: seeded random sheets with odd values, error cells,
 * overlapping and out-of-range merges, huge strings, legacy bytes, headers in odd places.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import type { CellRange, RawValue, SheetSnapshot } from '../src/core/snapshot';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES: RawValue[] = [
  'STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Tình trạng', 'Điểm tự chấm', 'Tổng cộng',
  'I', 'II', '1', '1.1', '2.4.2', 'a)', '-', "'-", '<i>x</i>', '**y**', 'V¨n phßng', 'Vaên phoøng', 'Quý II/2024',
  'Tháng 13', '31/02/2024', 'Hàng tháng', 'Thường xuyên', 'Theo yêu cầu', '', '   ', '\u00a0', 'Va\u0306n',
  1.1, 2, -3, 0, 1e21, Number.NaN, 45000, true, false, null, { error: '#REF!' }, { error: '#N/A' },
  'x'.repeat(5000), '=SUM(A1)', '(1) (2) (3)', 'Ghi chú:', 'NĂM 2024', 'Kèm theo Kế hoạch số 1/KH ngày 31/3/2024',
];

function randomSheet(seed: number): SheetSnapshot {
  const r = rng(seed);
  const rows = Math.floor(r() * 60);
  const cols = 1 + Math.floor(r() * 9);
  const values: RawValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: RawValue[] = [];
    for (let j = 0; j < cols; j++) row.push(r() < 0.3 ? null : PIECES[Math.floor(r() * PIECES.length)]!);
    values.push(row);
  }
  const merges: CellRange[] = [];
  for (let k = 0; k < Math.floor(r() * 6); k++) {
    const top = 1 + Math.floor(r() * (rows + 3));
    const left = 1 + Math.floor(r() * (cols + 2));
    merges.push({ top, left, bottom: top + Math.floor(r() * 4), right: left + Math.floor(r() * 3) });
  }
  const tables = r() < 0.2 ? [{ name: 'T', range: { top: 1 + Math.floor(r() * 5), left: 1, bottom: rows + 2, right: cols }, showHeaders: r() < 0.8 }] : [];
  return {
    name: `S${seed}`,
    top: 1 + Math.floor(r() * 3),
    left: 1 + Math.floor(r() * 3),
    values,
    merges,
    tables,
    hiddenRows: r() < 0.3 ? [2, 5, 9] : undefined,
    numFmt: r() < 0.5 ? values.map((row) => row.map(() => (r() < 0.1 ? 'dd/mm/yyyy' : r() < 0.1 ? '@' : 'General'))) : undefined,
  };
}

describe('robustness', () => {
  it('checks 300 random messy sheets without throwing, and their fix plans are well formed', () => {
    let tables = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const sheet = randomSheet(seed);
      const report = checkSheet(sheet, { asOf: '2024-08-01' });
      if (report.table) tables++;
      for (const f of report.findings) {
        expect(typeof f.message).toBe('string');
        expect(f.message.length).toBeGreaterThan(0);
      }
      const plan = planFixes(report.findings);
      for (const e of plan.edits) expect(e.cell).toMatch(/^[A-Z]+\d+$/);
      expect(() => JSON.stringify(report)).not.toThrow();
    }
    expect(tables).toBeGreaterThan(10);
  });
});
