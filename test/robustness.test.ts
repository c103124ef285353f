/**
 * Messy input never makes the checker throw: seeded random sheets (test/fixtures/random-sheets.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import { randomSheet } from './fixtures/random-sheets';

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
