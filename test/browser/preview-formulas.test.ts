/**
 * The tracking layer's formulas in the browser preview (issue 9): a workbook annotated by `cchc annotate`
 * (on 10/07/2024) is opened through the file input; the grid shows the values the preview's formula
 * engine computes — the flags, the recurring deadlines as dd/mm/yyyy, the summary sheet's counts — the
 * formula bar shows the selected cell's formula, and an edited status recomputes its flag.
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core; skipped, saying why, without it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { run } from '../cli-helpers';
import { FIRST_DATA_ROW, TRACKING_ROWS, trackingWorkbook } from '../fixtures/tracking';
import { browserIt, poll, previewSession, ROOT, SKIP_NOTE, XLSX } from './previewServer';

/** The tracking fixture as `cchc annotate --as-of 2024-07-10` writes it. */
async function annotatedWorkbook(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-pv-formulas-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), await trackingWorkbook());
    const r = await run(['annotate', join(dir, 'in.xlsx'), '--out', join(dir, 'out.xlsx'), '--as-of', '2024-07-10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBeLessThan(2);
    return readFileSync(join(dir, 'out.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the tracking layer’s formulas in the preview', () => {
  const session = previewSession();
  const { pageErrors } = session;
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  const gridCell = (addr: string) => page.getByRole('grid').locator(`[data-cell="${addr}"]`);
  const formulaBar = () => page.locator('.cg-formula');
  const row = (stt: string) => FIRST_DATA_ROW + TRACKING_ROWS.findIndex((r) => r[0] === stt);

  browserIt(`shows the computed flags in the grid and a flag's formula in the formula bar${SKIP_NOTE}`, async () => {
    await page.goto(`${session.url}?today=2024-07-10`);
    await poll(() => page.getByTestId('sheet-name').textContent()).toBe('Phụ lục');
    await page.locator('input[type="file"]').setInputFiles({ name: 'theo-doi.xlsx', mimeType: XLSX, buffer: await annotatedWorkbook() });
    await poll(() => page.locator('.pv-info').textContent()).toContain('theo-doi.xlsx');
    // The layer: G "Hạn hoàn thành", H "Cảnh báo"; task 3 (Quý II) is late on 10/07/2024.
    expect(await gridCell('H4').textContent()).toBe('Cảnh báo');
    await poll(() => gridCell(`H${row('3')}`).textContent()).toBe('Quá hạn');
    expect(await gridCell(`H${row('1')}`).textContent()).toBe('Hoàn thành');
    expect(await gridCell(`H${row('8')}`).textContent()).toBe('Sắp đến hạn');
    // A recurring row's deadline is a formula too, shown as a date.
    expect(await gridCell(`G${row('2')}`).textContent()).toBe('20/07/2024');

    await gridCell(`H${row('3')}`).click();
    expect(await gridCell(`H${row('3')}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.cg-namebox').textContent()).toContain(`H${row('3')}`);
    await poll(() => formulaBar().textContent()).toContain(`=IF(ISNUMBER(MATCH(TRIM(F${row('3')}),TinhTrang_HoanThanh,0)),"Hoàn thành",IF(NOT(ISNUMBER(G${row('3')})),"",`);
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'formulas-01-flags.png'), animations: 'disabled' });
  });

  browserIt(`recomputes the flag after the status is edited in the grid${SKIP_NOTE}`, async () => {
    const status = `F${row('3')}`;
    await gridCell(status).dblclick();
    const editor = page.getByRole('textbox', { name: `Sửa ô ${status}` });
    await editor.fill('Hoàn thành');
    await editor.press('Enter');
    await poll(() => gridCell(`H${row('3')}`).textContent()).toBe('Hoàn thành');
  });

  browserIt(`shows the summary sheet's counts and its date${SKIP_NOTE}`, async () => {
    await page.getByRole('tab', { name: 'Tổng hợp tiến độ' }).click();
    await poll(() => page.getByTestId('sheet-name').textContent()).toBe('Tổng hợp tiến độ');
    expect(await gridCell('C2').textContent()).toBe('10/07/2024');
    // The whole plan: 10 tasks; done 1, 6, 9 and now 3; in progress 2, 7, 10; late 4 (30/6) and 5 (April);
    // due soon 2 (20/7) and 8 (15/7) — what the core judges (test/preview-formulas.test.ts compares them all).
    const total = await page.getByRole('grid').locator('[data-cell^="B"]', { hasText: 'Toàn kế hoạch' }).getAttribute('data-cell');
    const r = Number(total!.slice(1));
    const figures = await Promise.all(['C', 'D', 'E', 'F', 'G'].map((c) => gridCell(`${c}${r}`).textContent()));
    expect(figures.map(Number)).toEqual([10, 4, 3, 2, 2]);
    await gridCell(`D${r}`).click();
    await poll(() => formulaBar().textContent()).toContain(`=SUMPRODUCT(('Phụ lục'!$I$5:$I$15<>"")*('Phụ lục'!$H$5:$H$15="Hoàn thành"))`);
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'formulas-02-summary.png'), animations: 'disabled' });
    expect(pageErrors).toEqual([]);
  });
});
