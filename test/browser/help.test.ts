/**
 * The help page ("Hướng dẫn", src/help/render.ts → dist/help.html and dist/help.en.html, the manifest's
 * SupportUrl and LearnMoreUrl), opened from disk in Debian's Chromium (/usr/bin/chromium) through
 * playwright-core: every rule listed with its code and title, axe-core finds nothing, headings in order,
 * landmarks, offline (no request leaves the page), ?lang=en shows the English page, the pane's screenshots
 * (src/help/screenshots/, inlined as data: URIs) are there and load, with alt text in the page's language.
 * test/manifest.test.ts checks that the production build emits exactly these pages.
 * Skipped, with a message, only when /usr/bin/chromium is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { HELP_FILES, renderHelpPage, ruleAnchor } from '../../src/help/render';
import { SCREENSHOTS, pngSize, screenshotFile } from '../../src/help/screenshots';
import { STRINGS } from '../../src/taskpane/i18n';
import { axeViolations, browserIt, HAS_CHROMIUM, launchChromium, SKIP_NOTE } from './previewServer';

if (!HAS_CHROMIUM) console.warn('Browser tests of the help page are skipped: /usr/bin/chromium is missing.');

const dir = mkdtempSync(join(tmpdir(), 'cchc-help-'));
const pages = { vi: renderHelpPage('vi'), en: renderHelpPage('en') };
for (const lang of ['vi', 'en'] as const) writeFileSync(join(dir, HELP_FILES[lang]), pages[lang]);
const url = (lang: 'vi' | 'en', query = '') => `${pathToFileURL(join(dir, HELP_FILES[lang])).href}${query}`;

let browser: Browser | undefined;
let page: Page;
/** Every request the page made that is not one of its own files. */
const outside: string[] = [];

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1000, height: 800 } });
  page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) outside.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The heading levels in document order. */
const headingLevels = () => page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));

describe('help page (Hướng dẫn)', () => {
  it('is small, static and names no server; its only images are the inlined screenshots', () => {
    for (const lang of ['vi', 'en'] as const) {
      const html = pages[lang];
      const withoutImages = html.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, 'data:');
      expect(Buffer.byteLength(withoutImages)).toBeLessThan(40_000);
      expect(Buffer.byteLength(html)).toBeLessThan(300_000);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<(?:link|iframe|object|embed)\b/i);
      const imgs = [...html.matchAll(/<img\b[^>]*>/gi)].map((m) => m[0]);
      expect(imgs.length, lang).toBe(SCREENSHOTS.length);
      for (const img of imgs) expect(img, lang).toMatch(/ src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    }
  });

  it('has small screenshots, one per language, in src/help/screenshots/ (npm run screenshots)', () => {
    let total = 0;
    for (const shot of SCREENSHOTS) {
      for (const lang of ['vi', 'en'] as const) {
        const file = screenshotFile(shot, lang);
        expect(existsSync(file), file).toBe(true);
        const { width, height } = pngSize(readFileSync(file));
        expect(width, file).toBeGreaterThanOrEqual(300);
        expect(width, file).toBeLessThanOrEqual(800);
        expect(height, file).toBeGreaterThan(200);
        expect(shot.alt[lang].length, file).toBeGreaterThan(40);
        total += statSync(file).size;
      }
    }
    expect(total).toBeLessThan(400 * 1024);
  });

  browserIt(`lists every rule code with its Vietnamese title, severity label and help${SKIP_NOTE}`, async () => {
    await page.goto(url('vi'));
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('Hướng dẫn — CCHC Phụ lục');
    const t = STRINGS.vi;
    for (const rule of RULES) {
      const section = page.locator(`#${ruleAnchor(rule.id)}`);
      expect(await section.count(), rule.id).toBe(1);
      expect(await section.getByRole('heading', { level: 4 }).textContent(), rule.id).toBe(rule.title.vi);
      const text = (await section.textContent())!;
      expect(text, rule.id).toContain(rule.id);
      expect(text, rule.id).toContain(t.severityOne[rule.severity]);
      expect(text, rule.id).toContain(rule.help.vi);
      if (rule.fixLabel) expect(text, rule.id).toContain(rule.fixLabel.vi);
      // Listed under its severity's heading.
      expect(await page.locator(`section:has(> #sev-${rule.severity}-h) #${ruleAnchor(rule.id)}`).count(), rule.id).toBe(1);
    }
    expect(await page.locator('section.rule').count()).toBe(RULES.length);
  });

  browserIt(`covers installation, deployment and the pane's features${SKIP_NOTE}`, async () => {
    await page.goto(url('vi'));
    const main = (await page.getByRole('main').textContent())!;
    for (const words of ['Upload my add-in', 'Integrated apps', 'Trusted Add-in Catalogs', 'HTTPS', 'dist/', 'CCHC_PUBLIC_URL']) {
      expect(main, words).toContain(words);
    }
    const t = STRINGS.vi;
    for (const words of [t.check, t.undo, t.mark, t.unitsTitle, t.dropdownsAdd, 'Chuyển tới ô']) expect(main, words).toContain(words);
  });

  browserIt(`has no accessibility violations (axe-core), headings in order and landmarks${SKIP_NOTE}`, async () => {
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(url(lang));
      const violations = await axeViolations(page);
      if (violations.length) console.log(`axe violations (${lang}):`, JSON.stringify(violations, null, 1));
      expect(violations, lang).toEqual([]);
      const levels = await headingLevels();
      expect(levels[0], lang).toBe(1);
      expect(levels.filter((l) => l === 1).length, lang).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${lang} heading ${i}`).toBeLessThanOrEqual(1);
      for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
        expect(await page.getByRole(role).count(), `${lang} ${role}`).toBe(1);
      }
      // Every in-page link leads somewhere.
      for (const href of await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
    }
    expect(outside).toEqual([]);
  });

  browserIt(`shows the pane's screenshots, loaded, with alt text and a caption in each language${SKIP_NOTE}`, async () => {
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(url(lang));
      const images = page.locator('#features figure img');
      expect(await images.count(), lang).toBe(SCREENSHOTS.length);
      const loaded = await images.evaluateAll((imgs) =>
        Promise.all(
          (imgs as HTMLImageElement[]).map(async (img) => {
            await img.decode();
            return { complete: img.complete, natural: img.naturalWidth, width: img.width, alt: img.alt, caption: img.closest('figure')?.querySelector('figcaption')?.textContent ?? '' };
          }),
        ),
      );
      loaded.forEach((img, i) => {
        const shot = SCREENSHOTS[i]!;
        expect(img.complete, `${lang} ${shot.name}`).toBe(true);
        expect(img.natural, `${lang} ${shot.name}`).toBeGreaterThan(0);
        expect(img.width, `${lang} ${shot.name}`).toBeGreaterThan(0);
        expect(img.alt, `${lang} ${shot.name}`).toBe(shot.alt[lang]);
        expect(img.caption, `${lang} ${shot.name}`).toBe(shot.caption[lang]);
      });
      // Each page shows its own language's pictures (the English alt text is not on the Vietnamese page).
      const other = lang === 'vi' ? 'en' : 'vi';
      expect(loaded.map((img) => img.alt)).not.toContain(SCREENSHOTS[0]!.alt[other]);
    }
    expect(outside).toEqual([]);
  });

  browserIt(`shows the English page for ?lang=en, and each page links to the other${SKIP_NOTE}`, async () => {
    await page.goto(url('vi', '?lang=en#findings'));
    await page.waitForURL(/help\.en\.html#findings$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    for (const rule of RULES) {
      expect(await page.locator(`#${ruleAnchor(rule.id)} h4`).textContent(), rule.id).toBe(rule.title.en);
    }
    expect(await page.locator('#sev-error-h').textContent()).toMatch(/^Errors/);
    await page.getByRole('link', { name: 'Đọc bằng tiếng Việt' }).click();
    await page.waitForURL(/help\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    // Other queries do not switch.
    await page.goto(url('vi', '?lang=vi'));
    expect(page.url()).toMatch(/help\.html\?lang=vi$/);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(/help\.en\.html$/);
    expect(outside).toEqual([]);
  });
});
