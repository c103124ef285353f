/**
 * End-to-end tests of the browser preview (src/preview) with the real task pane, driven like a user:
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core against scripts/preview.mjs.
 *
 * The preview is built once (webpack --env preview) when dist-preview/ is missing or older than the
 * sources (./previewServer.ts). Screenshots of the key steps go to test-results/screenshots/ (artefacts, gitignored).
 * Skipped, with a message, only when /usr/bin/chromium is missing.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { axeViolations, browserIt, collectPageErrors, HAS_CHROMIUM, poll, previewSession, ROOT, seriousOrCritical, SHOTS, SKIP_NOTE } from './previewServer';

if (!HAS_CHROMIUM) console.warn('Browser tests of the preview are skipped: /usr/bin/chromium is missing.');

const SAMPLE = join(ROOT, 'samples', 'phu-luc-mau.xlsx');
const XSS = '<img src=x onerror=window.__xss=1>';
const TODAY = '2022-06-15';

/** expect.poll with room for a loaded machine (npm test runs other files in parallel). */

// ---------------------------------------------------------------------------------------------------------
// The server (build and start: ./previewServer.ts)

/** A raw GET (no URL normalisation, unlike fetch), for the path traversal checks. */
function rawGet(url: string, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------------------
// Workbooks made for the tests

async function planWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.columns = [{ width: 6 }, { width: 46 }, { width: 22 }, { width: 16 }, { width: 16 }];
  ws.getCell('A1').value = 'PHỤ LỤC KẾ HOẠCH KHẮC PHỤC NĂM 2024';
  ws.mergeCells('A1:E1');
  ws.getCell('A2').value = '(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2024)';
  ws.mergeCells('A2:E2');
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian']);
  ws.addRow([1, 'Công tác chỉ đạo, điều hành', 'Văn phòng', 'Kế hoạch', 'Tháng 6']);
  ws.addRow([1.1, 'Ban hành kế hoạch CCHC', 'Văn phòng', 'Kế hoạch', 'Quý II']);
  ws.addRow([1.2, XSS, 'Thanh tra', 'Báo cáo', 'Tháng 9']);
  ws.addRow([2, 'Tuyên truyền CCHC', 'Văn phòng', 'Báo cáo', 'Tháng 11']);
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'Trang ghi chú';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plan of 15/01/2024: as of 10/07/2024 task 1 (Tháng 3/2024) is late and task 3 (the 20th, monthly) due soon. */
async function trackingWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getCell('A1').value = 'PHỤ LỤC';
  ws.getCell('A2').value = '(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)';
  ws.getRow(4).values = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'];
  ws.getRow(5).values = ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 3/2024'];
  ws.getRow(6).values = ['2', 'Kiểm tra CCHC', 'Thanh tra, Văn phòng', 'Báo cáo', 'Quý III/2024'];
  ws.getRow(7).values = ['3', 'Báo cáo CCHC', 'Văn phòng', 'Báo cáo', 'trước ngày 20 hàng tháng'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function bigWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lớn');
  ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian']);
  for (let i = 1; i < rows; i++) ws.addRow([i, `Nhiệm vụ số ${i}`, 'Văn phòng', 'Báo cáo', 'Tháng 6']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------

describe('browser preview (scripts/preview.mjs + Chromium)', () => {
  const foreignRequests: string[] = [];
  const session = previewSession({ acceptDownloads: true }, (context) =>
    context.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('blob:') || url.startsWith('data:')) return;
      if (new URL(url).hostname !== '127.0.0.1') foreignRequests.push(url);
    }),
  );
  const { pageErrors, consoleErrors } = session;
  let context: BrowserContext;
  let page: Page;
  beforeAll(() => {
    context = session.context;
    page = session.page;
  });

  // animations: 'disabled' finishes Fluent's short colour transitions (else a button just enabled looks disabled).
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
  const pane = () => page.locator('aside');
  const grid = () => page.getByRole('grid');
  const gridCell = (addr: string) => grid().locator(`[data-cell="${addr}"]`);
  const finding = (code: string, cell?: string) =>
    pane().locator(cell ? `[data-code="${code}"][data-cell="${cell}"]` : `[data-code="${code}"]`);

  /** Select a finding the way a user does: click the finding itself (not its "Sửa" button). */
  async function clickFinding(item: Locator): Promise<void> {
    const target = item.locator('button, [role="button"]').filter({ hasNotText: /^(Sửa|Fix)$/ });
    const isButton = await item.evaluate((el) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || el.getAttribute('role') === 'option');
    if (isButton) await item.click();
    else if ((await target.count()) > 0) await target.first().click();
    else await item.click({ position: { x: 6, y: 6 } });
  }

  /** The "Sửa tất cả (n)" button of the group the code's findings are in. */
  function fixAllOf(code: string): Locator {
    return pane()
      .locator(
        `xpath=(.//*[@data-code="${code}"])[1]/ancestor::*[.//button[starts-with(normalize-space(.), "Sửa tất cả")]][1]` +
          `//button[starts-with(normalize-space(.), "Sửa tất cả")]`,
      )
      .first();
  }

  browserIt(`opens the bundled sample in the grid${SKIP_NOTE}`, async () => {
    await page.goto(`${session.url}?today=${TODAY}`);
    await poll(() => gridCell('A8').textContent()).toBe('1,1');
    expect(await page.title()).toBe('CCHC Phụ lục — xem thử');
    expect(await page.getByRole('banner').getByRole('heading', { level: 1 }).textContent()).toBe('CCHC Phụ lục — xem thử');
    expect(await page.getByTestId('sheet-name').textContent()).toBe('Phụ lục');
    // Merged title A1:E1 is one cell.
    expect(await gridCell('A1').getAttribute('aria-colspan')).toBe('5');
    expect(await gridCell('B1').count()).toBe(0);
    expect(await grid().locator('[role="columnheader"]', { hasText: /^C$/ }).count()).toBe(1);
    await shot('01-sample-opened');
  });

  browserIt(`checks the table and lists findings${SKIP_NOTE}`, async () => {
    await pane().getByRole('button', { name: 'Kiểm tra bảng' }).click();
    await poll(() => finding('stt-number-coerced', 'A8').count()).toBeGreaterThan(0);
    expect(await pane().locator('[data-code][data-cell]').count()).toBeGreaterThan(20);
    expect(await finding('text-markup').count()).toBe(5);
    await shot('02-checked');
  });

  browserIt(`selects the finding's cell in the grid${SKIP_NOTE}`, async () => {
    await clickFinding(finding('stt-number-coerced', 'A8').first());
    await poll(() => gridCell('A8').getAttribute('aria-selected')).toBe('true');
    expect(await grid().locator('[aria-selected="true"]').count()).toBe(1);
    // In view: inside the grid's scrolled area.
    const cell = (await gridCell('A8').boundingBox())!;
    const view = (await grid().boundingBox())!;
    expect(cell.y).toBeGreaterThanOrEqual(view.y);
    expect(cell.y + cell.height).toBeLessThanOrEqual(view.y + view.height);
    // Scrolled away, the same finding brings the cell back into view.
    await grid().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await poll(() => gridCell('A8').count().then((n) => n === 0 || gridCell('A8').isHidden()));
    await clickFinding(finding('stt-number-coerced', 'A8').first());
    await poll(async () => {
      const box = await gridCell('A8').boundingBox();
      return box !== null && box.y >= view.y && box.y + box.height <= view.y + view.height;
    }).toBe(true);
  });

  browserIt(`fixes one finding and undoes it${SKIP_NOTE}`, async () => {
    await finding('stt-number-coerced', 'A8').first().getByRole('button', { name: 'Sửa', exact: true }).click();
    await poll(() => finding('stt-number-coerced', 'A8').count()).toBe(0);
    await poll(() => gridCell('A8').textContent()).toBe('1.1');
    await shot('03-fixed-a8');
    await pane().getByRole('button', { name: 'Hoàn tác' }).first().click();
    await poll(() => finding('stt-number-coerced', 'A8').count()).toBeGreaterThan(0);
    await poll(() => gridCell('A8').textContent()).toBe('1,1');
    // Fix it again for the download below.
    await finding('stt-number-coerced', 'A8').first().getByRole('button', { name: 'Sửa', exact: true }).click();
    await poll(() => gridCell('A8').textContent()).toBe('1.1');
  });

  browserIt(`fixes a whole group with "Sửa tất cả (n)"${SKIP_NOTE}`, async () => {
    const button = fixAllOf('text-markup');
    expect(await button.textContent()).toMatch(/^\s*Sửa tất cả \(5\)\s*$/);
    await button.click();
    await poll(() => finding('text-markup').count()).toBe(0);
    expect(await gridCell('B22').textContent()).toBe('Kết quả đánh giá việc giải quyết TTHC');
    await shot('04-fixed-markup-group');
  });

  browserIt(`marks the findings on the grid and clears them${SKIP_NOTE}`, async () => {
    await pane().getByRole('button', { name: 'Đánh dấu trên bảng' }).click();
    await poll(() => grid().locator('.cg-mark').count()).toBeGreaterThan(5);
    expect(await gridCell('C9').getAttribute('class')).toContain('cg-mark-error');
    expect(await gridCell('C9').getAttribute('title')).toMatch(/lỗi/);
    await shot('05-marked');
    await pane().getByRole('button', { name: 'Bỏ đánh dấu' }).click();
    await poll(() => grid().locator('.cg-mark').count()).toBe(0);
  });

  browserIt(`re-checks by itself after an edit in the grid when the live switch is on${SKIP_NOTE}`, async () => {
    expect(await finding('owner-missing', 'C9').count()).toBeGreaterThan(0);
    await pane().getByRole('switch', { name: 'Tự kiểm tra khi sửa bảng' }).check();
    await gridCell('C9').dblclick();
    const editor = page.getByRole('textbox', { name: 'Sửa ô C9' });
    await editor.fill('Văn phòng Sở');
    await editor.press('Enter');
    await poll(() => gridCell('C9').textContent()).toBe('Văn phòng Sở');
    await poll(() => finding('owner-missing', 'C9').count()).toBe(0);
    expect(await finding('owner-missing', 'C46').count()).toBeGreaterThan(0);
    // Enter moved the selection down, as in Excel; Esc cancels an edit.
    expect(await gridCell('C10').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('F2');
    await page.keyboard.type('xyz');
    await page.keyboard.press('Escape');
    expect(await gridCell('C10').textContent()).toBe('Văn phòng');
    // Arrow keys move the selection; Tab leaves the grid (no keyboard trap).
    await page.keyboard.press('ArrowRight');
    expect(await gridCell('D10').getAttribute('aria-selected')).toBe('true');
    expect(await grid().getAttribute('aria-activedescendant')).toBe(await gridCell('D10').getAttribute('id'));
    await shot('06-live-check-after-edit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('grid');
  });

  browserIt(`exports the findings with "Xuất báo cáo"${SKIP_NOTE}`, async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), pane().getByRole('button', { name: 'Xuất báo cáo' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('stt-number-coerced');
  });

  browserIt(`downloads the edited workbook, everything else byte for byte${SKIP_NOTE}`, async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const bytes = readFileSync(path!);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Phụ lục')!;
    expect(ws.getCell('A8').value).toBe('1.1');
    expect(ws.getCell('A8').numFmt).toBe('@');
    expect(ws.getCell('A9').value).toBe(1.2);
    expect(ws.getCell('B22').value).toBe('Kết quả đánh giá việc giải quyết TTHC');
    expect(ws.getCell('B22').font?.italic).toBe(true);
    expect(ws.getCell('C9').value).toBe('Văn phòng Sở');
    expect(ws.getCell('B8').value).toBe('Ban hành Kế hoạch CCHC');
    // patchXlsx: only the sheet (and styles, for the new formats) changed.
    const before = await JSZip.loadAsync(readFileSync(SAMPLE));
    const after = await JSZip.loadAsync(bytes);
    const names = (z: JSZip) => Object.values(z.files).filter((f) => !f.dir).map((f) => f.name).sort();
    expect(names(after)).toEqual(names(before));
    const changed: string[] = [];
    for (const name of names(before)) {
      const a = await before.file(name)!.async('uint8array');
      const b = await after.file(name)!.async('uint8array');
      if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) changed.push(name);
    }
    expect(changed.sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
  });

  browserIt(`has no serious or critical accessibility violations (axe-core)${SKIP_NOTE}`, async () => {
    await pane().getByRole('button', { name: 'Đánh dấu trên bảng' }).click();
    const result = await axeViolations(page);
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (result.length) console.log('axe violations (all impacts):', JSON.stringify(result, null, 1));
    expect(bad).toEqual([]);
  });

  browserIt(`opens a workbook through the file input and shows cell text as text${SKIP_NOTE}`, async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'ke-hoach.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await planWorkbook() });
    await poll(() => page.getByTestId('sheet-name').textContent()).toBe('Kế hoạch');
    expect(await page.getByRole('tab').count()).toBe(2);
    expect(await page.getByRole('tab', { name: 'Kế hoạch' }).getAttribute('aria-selected')).toBe('true');
    await pane().getByRole('button', { name: 'Kiểm tra bảng' }).click();
    await poll(() => finding('stt-number-coerced', 'A6').count()).toBeGreaterThan(0);
    // The script-looking cell is text: no element made from it, nothing ran.
    expect(await gridCell('B7').textContent()).toBe(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await grid().locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shot('07-opened-file');
    await page.getByRole('tab', { name: 'Ghi chú' }).click();
    await poll(() => page.getByTestId('sheet-name').textContent()).toBe('Ghi chú');
    expect(await gridCell('A1').textContent()).toBe('Trang ghi chú');
    await page.getByRole('tab', { name: 'Kế hoạch' }).click();
    await poll(() => page.getByTestId('sheet-name').textContent()).toBe('Kế hoạch');
  });

  browserIt(`says in Vietnamese why a file cannot be opened${SKIP_NOTE}`, async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('đây không phải bảng tính') });
    const alert = page.getByRole('alert').filter({ hasText: 'hong.xlsx' });
    await poll(() => alert.textContent()).toContain('Không mở được tệp “hong.xlsx”: tệp không phải là bảng tính .xlsx.');
    const text = (await alert.textContent()) ?? '';
    expect(text).not.toMatch(/Error|at \w+ \(|\.js:\d+/);
    // The workbook that was open stays open.
    expect(await page.getByTestId('sheet-name').textContent()).toBe('Kế hoạch');
    await shot('08-bad-file');
    await alert.getByRole('button', { name: 'Đóng' }).click();
  });

  browserIt(`keeps a 10,000-row sheet responsive${SKIP_NOTE}`, async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'lon.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await bigWorkbook(10_000) });
    await poll(() => page.getByTestId('sheet-name').textContent(), 20_000).toBe('Lớn');
    expect(await grid().getAttribute('aria-rowcount')).toMatch(/^\d+$/);
    expect(Number(await grid().getAttribute('aria-rowcount'))).toBeGreaterThan(10_000);
    expect(await grid().locator('[role="gridcell"]').count()).toBeLessThan(1_500);
    const started = Date.now();
    await grid().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await poll(() => gridCell('B10000').textContent()).toBe('Nhiệm vụ số 9999');
    await gridCell('B10000').click();
    await page.keyboard.press('ArrowUp');
    await poll(() => gridCell('B9999').getAttribute('aria-selected')).toBe('true');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await grid().locator('[role="gridcell"]').count()).toBeLessThan(1_500);
    await shot('09-ten-thousand-rows');
  });

  browserIt(`follows ?lang=en${SKIP_NOTE}`, async () => {
    const en = await context.newPage();
    collectPageErrors(en, pageErrors, consoleErrors);
    await en.goto(`${session.url}?lang=en`);
    await poll(() => en.getByRole('button', { name: 'Open Excel file' }).count()).toBe(1);
    await poll(() => en.locator('[data-cell="A8"]').first().textContent()).toBe('1.1');
    expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');
    await en.close();
  });

  browserIt(`opens in Vietnamese in an English browser, and the switch to English is remembered${SKIP_NOTE}`, async () => {
    const english = await session.browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    const p = await english.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    await p.goto(session.url);
    await poll(() => p.getByRole('button', { name: 'Mở tệp Excel' }).count()).toBe(1);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('vi');
    await poll(() => p.getByRole('button', { name: 'English' }).count()).toBe(1);
    await poll(() => p.locator('[data-cell="A8"]').first().textContent()).toBe('1,1');
    await p.screenshot({ path: join(SHOTS, 'language-en-browser-vi.png') });
    await p.getByRole('button', { name: 'English' }).click();
    await poll(() => p.getByRole('button', { name: 'Open Excel file' }).count()).toBe(1);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    await poll(() => p.getByRole('button', { name: 'Tiếng Việt' }).count()).toBe(1);
    await p.screenshot({ path: join(SHOTS, 'language-switched-en.png') });
    // Remembered: the page opened again is English, until the user switches back.
    await p.goto(session.url);
    await poll(() => p.getByRole('button', { name: 'Open Excel file' }).count()).toBe(1);
    await p.getByRole('button', { name: 'Tiếng Việt' }).click();
    await poll(() => p.getByRole('button', { name: 'Mở tệp Excel' }).count()).toBe(1);
    await english.close();
  });

  browserIt(`"Chèn cột theo dõi hạn" lists the late task under its unit; it selects its row, and undo takes the columns away${SKIP_NOTE}`, async () => {
    const p = await context.newPage();
    collectPageErrors(p, pageErrors, consoleErrors);
    await p.goto(`${session.url}?today=2024-07-10`);
    await p.locator('input[type="file"]').setInputFiles({ name: 'theo-doi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await trackingWorkbook() });
    await poll(() => p.getByTestId('sheet-name').textContent()).toBe('Kế hoạch');
    const side = p.locator('aside');
    const tracking = side.getByTestId('tracking');
    const cell = (addr: string) => p.getByRole('grid').locator(`[data-cell="${addr}"]`);
    await side.getByRole('button', { name: 'Kiểm tra bảng' }).click();
    await poll(() => tracking.getByRole('button', { name: 'Chèn cột theo dõi hạn' }).getAttribute('aria-disabled')).not.toBe('true');
    await tracking.getByRole('button', { name: 'Chèn cột theo dõi hạn' }).click();
    const late = tracking.locator('[data-unit="Văn phòng"] li[data-flag="overdue"]');
    await poll(() => late.count()).toBe(1);
    expect(await late.textContent()).toMatch(/^Quá hạn\s*Dòng 5\s*1\. Tuyên truyền CCHC$/);
    expect(await tracking.locator('li[data-flag="dueSoon"]').count()).toBe(1);
    expect(await tracking.getByTestId('tracking-as-of').textContent()).toBe('Tính đến 10/07/2024: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn.');
    expect(await tracking.getByRole('button', { name: 'Gỡ cột theo dõi' }).count()).toBe(1);
    // The layer's headers are text (its formula cells are not asserted: the grid does not compute formulas).
    await poll(() => cell('H4').textContent()).toBe('Cảnh báo');
    await p.setViewportSize({ width: 1400, height: 2000 });
    await tracking.screenshot({ path: join(SHOTS, '10-tracking-inserted.png'), animations: 'disabled' });
    // The section with its list, table and settings has no serious or critical accessibility violation.
    expect(seriousOrCritical(await axeViolations(p, '[data-testid="tracking"]'))).toEqual([]);
    await late.getByRole('button').click();
    await poll(() => cell('H5').getAttribute('aria-selected')).toBe('true');
    await side.getByRole('button', { name: 'Hoàn tác' }).first().click();
    await poll(() => tracking.getByRole('button', { name: 'Chèn cột theo dõi hạn' }).count()).toBe(1);
    expect(await tracking.locator('li[data-row]').count()).toBe(0);
    await poll(() => cell('H4').count().then(async (n) => (n === 0 ? '' : await cell('H4').textContent()))).toBe('');
    await p.close();
  });

  browserIt(`made no page errors, console errors or requests off 127.0.0.1${SKIP_NOTE}`, async () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  browserIt(`links the pane to the help page, which the preview serves (issue 8 #11)${SKIP_NOTE}`, async () => {
    const link = page.getByRole('link', { name: 'Hướng dẫn' });
    await poll(() => link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('help.html');
    const help = await rawGet(session.url, '/help.html');
    expect(help.status).toBe(200);
    expect(help.type).toBe('text/html; charset=utf-8');
    expect(Buffer.from(help.body, 'latin1').toString('utf8')).toContain('stt-number-coerced');
  });

  browserIt(`serves files only from dist-preview, with the right content types${SKIP_NOTE}`, async () => {
    const url = session.url;
    const home = await rawGet(url, '/');
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html; charset=utf-8');
    expect(home.body).not.toContain('appsforoffice');
    const sample = await rawGet(url, '/phu-luc-mau.xlsx');
    expect(sample.status).toBe(200);
    expect(sample.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const script = /src="([^"]+\.js)"/.exec(home.body)![1]!;
    expect((await rawGet(url, `/${script}`)).type).toBe('text/javascript; charset=utf-8');
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..\\package.json', '/%5c..%5cpackage.json', '/nope.html', '/%00']) {
      const r = await rawGet(url, path);
      expect([400, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('"name": "cchc-phu-luc"');
    }
    expect((await rawGet(url, '/assets/')).status).toBe(404); // no directory listing
    expect((await rawGet(url, '/', 'POST')).status).toBe(405);
  });
});
