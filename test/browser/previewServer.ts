/**
 * What the browser tests of the preview share: the preview build (made once when dist-preview/ is missing
 * or older than its sources; a lock keeps two test files from building into it at once), the server
 * (scripts/preview.mjs on a free port), Chromium, and a describe block's whole setup (`previewSession`).
 */
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'dist-preview');
const LOCK = join(ROOT, 'test-results', '.preview-build.lock');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The preview build is missing or older than anything that goes into it. */
function buildIsStale(): boolean {
  const html = join(OUT, 'preview.html');
  if (!existsSync(html)) return true;
  const built = statSync(html).mtimeMs;
  const inputs = [join(ROOT, 'src'), join(ROOT, 'webpack.config.js'), join(ROOT, 'samples', 'phu-luc-mau.xlsx'), join(ROOT, 'package-lock.json')];
  return inputs.some((p) => existsSync(p) && newestMtime(p) > built);
}

/** Build the preview unless it is current; one test file at a time (the others wait, then find it current). */
export async function ensurePreviewBuild(): Promise<void> {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run is taken over after the longest a build takes.
      if (Date.now() - started > 180_000) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!buildIsStale()) return;
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'preview.mjs'), '--build-only'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`preview build failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function startPreviewServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'preview.mjs'), '--no-build'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`preview server did not start:\n${out}`)), 15_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}):\n${out}`));
    });
  });
}

/** Debian's Chromium, driven through playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Headless Chromium as every browser test runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The page's uncaught errors and console errors, for a test to assert there are none. */
export function collectPageErrors(page: Page, pageErrors: string[], consoleErrors: string[] = pageErrors): void {
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
}

/** The tests' shared words: a skipped test says why in its name; polls wait up to 10 s. */
export const SKIP_NOTE = HAS_CHROMIUM ? '' : ' [skipped: /usr/bin/chromium is missing]';
export const browserIt = it.skipIf(!HAS_CHROMIUM);
export const poll = <T>(fn: () => T | Promise<T>, timeout = 10_000) => expect.poll(fn, { timeout, interval: 50 });
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** The first five elements, by their selectors. */
  nodes: string[];
}

/**
 * What axe-core finds on the page, or in the part of it a selector picks. Evaluated through the DevTools
 * protocol: the preview's Content-Security-Policy (script-src 'self') rightly refuses an injected inline <script>.
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(scope ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, selector ?? null);
}

/** The serious and critical violations, as "impact: id". */
export const seriousOrCritical = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id}`);

/** One describe block's preview: served, with Chromium and one page (its errors collected). */
export interface PreviewSession {
  readonly browser: Browser;
  readonly page: Page;
  readonly context: BrowserContext;
  /** The server's address ("http://127.0.0.1:…/"). */
  readonly url: string;
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
}

/**
 * The beforeAll / afterAll every browser test of the preview needs, registered in the calling describe
 * block: the preview built when stale, served, Chromium launched with one context (vi-VN unless told) and
 * one page. `prepare` sees the context before the page opens (to listen to its requests, say).
 */
export function previewSession(options: BrowserContextOptions = {}, prepare?: (context: BrowserContext) => void): PreviewSession {
  let server: { child: ChildProcess; url: string } | null = null;
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    await ensurePreviewBuild();
    mkdirSync(SHOTS, { recursive: true });
    server = await startPreviewServer();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 900 }, ...options });
    prepare?.(context);
    page = await context.newPage();
    collectPageErrors(page, pageErrors, consoleErrors);
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill();
  });
  return {
    get browser() {
      return browser!;
    },
    get page() {
      return page!;
    },
    get context() {
      return context!;
    },
    get url() {
      return server!.url;
    },
    pageErrors,
    consoleErrors,
  };
}
