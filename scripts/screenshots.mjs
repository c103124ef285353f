#!/usr/bin/env node
// `npm run screenshots`: the screenshots of the task pane shown on the help page (src/help/screenshots.ts
// embeds them into help.html / help.en.html). Builds the browser preview (scripts/preview.mjs), serves it
// on a free loopback port, drives the pane in Debian's Chromium (/usr/bin/chromium, playwright-core) on the
// bundled sample, in Vietnamese and in English, and writes small palette PNGs, cropped to the pane, into
// src/help/screenshots/ (committed). Run it again after a change to the pane's look, then commit the PNGs.
//
//   node scripts/screenshots.mjs             build the preview, then capture
//   node scripts/screenshots.mjs --no-build  capture what dist-preview/ holds
//
// Deterministic input: the bundled sample, ?today=2022-06-15 (as the browser tests), a fixed viewport.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { optimisePng } from './png.mjs';
import { buildPreview, startServer } from './preview.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS_DIR = join(root, 'src', 'help', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const TODAY = '2022-06-15';
/** Height of each picture, in CSS pixels (the pane is 320 wide). */
const HEIGHT = 520;

const WORDS = {
  vi: { check: 'Kiểm tra bảng', fix: 'Sửa' },
  en: { check: 'Check table', fix: 'Fix' },
};

/** Scroll the pane (it scrolls itself, not the page) so that `target` sits `offset` px below its top. */
async function scrollPaneTo(page, target, offset = 8) {
  await target.evaluate((el, off) => {
    const pane = el.closest('aside');
    pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - off;
  }, offset);
}

/** Capture `clip` (default: the pane, without its 1px left border) into src/help/screenshots/`name`. */
async function capture(page, name, clip) {
  if (!clip) {
    const box = await page.locator('aside').boundingBox();
    clip = { x: box.x + 1, y: box.y, width: box.width - 1, height: Math.min(HEIGHT, box.height) };
  }
  const raw = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const png = optimisePng(raw);
  writeFileSync(join(SHOTS_DIR, name), png);
  console.log(`${name}: ${clip.width}×${clip.height}, ${raw.length} → ${png.length} bytes`);
  return png.length;
}

/** The three pictures of one language: the findings after a check, a finding chosen, a fix done (undo offered). */
async function shootLanguage(browser, url, lang) {
  const w = WORDS[lang];
  // vi-VN as the browser tests: the preview's language comes from ?lang=, never from the browser.
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}?today=${TODAY}&lang=${lang}`);
  const pane = page.locator('aside');
  await page.locator('[data-cell="A8"]').first().waitFor();
  await pane.getByRole('button', { name: w.check }).click();
  const item = pane.locator('[data-code="stt-number-coerced"][data-cell="A8"]').first();
  await item.waitFor();
  // Nothing keeps focus or hover from the click.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());

  let total = 0;
  // 1. The findings list: the heading, the counts by severity, the first group with its fixes.
  await scrollPaneTo(page, pane.locator('section[aria-labelledby]').filter({ has: page.locator('[data-findings]') }).first());
  total += await capture(page, `findings.${lang}.png`);

  // 2. A finding chosen (from the keyboard, as Enter does): its cell is selected in the sheet beside the pane.
  //    The only picture wider than the pane: the window is narrowed so that columns A and B fit.
  await page.setViewportSize({ width: 640, height: 800 });
  await scrollPaneTo(page, pane.locator('[data-group="stt-number-coerced"]').first(), 4);
  await item.locator('button').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-cell="A8"][aria-selected="true"]').first().waitFor();
  const main = await page.locator('.pv-main').boundingBox();
  total += await capture(page, `selected.${lang}.png`, { x: main.x, y: main.y, width: main.width, height: 400 });
  await page.setViewportSize({ width: 1200, height: 800 });

  // 3. Fixed: the finding is gone, "Hoàn tác" says what it will undo.
  await item.getByRole('button', { name: w.fix, exact: true }).click();
  await pane.locator('[data-code="stt-number-coerced"][data-cell="A8"]').waitFor({ state: 'detached' });
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
  await scrollPaneTo(page, pane.locator('[role="group"]').first(), 8);
  total += await capture(page, `fixed.${lang}.png`);

  await context.close();
  if (errors.length) throw new Error(`page errors (${lang}): ${errors.join('; ')}`);
  return total;
}

async function main(argv) {
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing (apt-get install chromium).`);
    process.exit(1);
  }
  if (!argv.includes('--no-build') && buildPreview() !== 0) {
    console.error('Preview build failed.');
    process.exit(1);
  }
  mkdirSync(SHOTS_DIR, { recursive: true });
  const { server, url } = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  try {
    let total = 0;
    for (const lang of ['vi', 'en']) total += await shootLanguage(browser, url, lang);
    console.log(`total: ${total} bytes in ${SHOTS_DIR}`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

await main(process.argv.slice(2));
