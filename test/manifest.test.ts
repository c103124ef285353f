/**
 * manifest.xml: schema validation (offline, xmllint + ../shared/schemas/office-manifest/) and the
 * things the add-in relies on, and the deployed manifest a production build with CCHC_PUBLIC_URL emits.
 * The top-level fields are read through office-addin-manifest's reader (readManifestFile); the ribbon
 * (VersionOverrides), which that reader does not cover, through xmllint's XPath.
 * Needs xmllint (CI installs libxml2-utils); fails when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ManifestInfo, OfficeAddinManifest } from 'office-addin-manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules';
import { HELP_FILES, escapeHtml, renderHelpPage } from '../src/help/render';

const REPO = resolve(__dirname, '..');
const MANIFEST = join(REPO, 'manifest.xml');
const VALIDATOR = join(REPO, 'scripts', 'validate-manifest.mjs');
const DEV_ASSETS = 'https://localhost:3000/assets/';
const PUBLIC_URL = 'https://addin.example.gov.vn/cchc/';

const manifestText = readFileSync(MANIFEST, 'utf8');
const readManifest = (file: string): Promise<ManifestInfo> => OfficeAddinManifest.readManifestFile(file);
const webpackConfig = createRequire(__filename)(join(REPO, 'webpack.config.js')) as {
  rewriteManifest: (xml: string, url: string) => string;
};

function validate(file: string) {
  const r = spawnSync(process.execPath, [VALIDATOR, file], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Evaluate an XPath 1.0 expression with xmllint (namespaces matched with local-name()). */
function xpath(expr: string, file = MANIFEST): string {
  const r = spawnSync('xmllint', ['--nonet', '--xpath', expr, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint is required (apt-get install -y libxml2-utils): ${r.error.message}`);
  return r.stdout.trim();
}

const el = (name: string) => `*[local-name()='${name}']`;
const count = (expr: string, file = MANIFEST) => Number(xpath(`count(${expr})`, file));
const str = (expr: string, file = MANIFEST) => xpath(`string(${expr})`, file);

const tmp = mkdtempSync(join(tmpdir(), 'cchc-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('manifest.xml', () => {
  it('validates against the offline OfficeApp 1.1 schemas', () => {
    const { status, output } = validate(MANIFEST);
    expect(output).toMatch(/valid/);
    expect(status, output).toBe(0);
  });

  it('has a GUID Id, version 1.0.0.0 and vi-VN as default locale', async () => {
    const m = await readManifest(MANIFEST);
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(m.version).toBe('1.0.0.0');
    expect(m.defaultLocale).toBe('vi-VN');
    expect(m.displayName).toBe('CCHC Phụ lục');
  });

  it('is a task pane add-in for Excel with ReadWriteDocument', async () => {
    const m = await readManifest(MANIFEST);
    expect(m.officeAppType).toBe('TaskPaneApp');
    expect(m.hosts).toEqual(['Workbook']);
    expect(m.permissions).toBe('ReadWriteDocument');
    expect(m.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
    expect(m.appDomains).toEqual(['https://localhost:3000']);
  });

  it('points SupportUrl and LearnMoreUrl at the help page (help.en.html for en-US)', async () => {
    expect((await readManifest(MANIFEST)).supportUrl).toBe('https://localhost:3000/help.html');
    expect(str(`/${el('OfficeApp')}/${el('SupportUrl')}/${el('Override')}[@Locale='en-US']/@Value`)).toBe(
      'https://localhost:3000/help.en.html',
    );
    const learnId = str(`//${el('GetStarted')}/${el('LearnMoreUrl')}/@resid`);
    const learn = `//${el('Urls')}/${el('Url')}[@id='${learnId}']`;
    expect(str(`${learn}/@DefaultValue`)).toBe('https://localhost:3000/help.html');
    expect(str(`${learn}/${el('Override')}[@Locale='en-US']/@Value`)).toBe('https://localhost:3000/help.en.html');
  });

  it('asks for ExcelApi 1.1 only: the pane checks for 1.13 itself and explains to an older Excel (src/taskpane/startup.ts)', () => {
    expect(str(`/${el('OfficeApp')}/${el('Requirements')}//${el('Set')}[@Name='ExcelApi']/@MinVersion`)).toBe('1.1');
  });

  it('has en-US overrides for the display name, description and every ribbon string', () => {
    expect(count(`/${el('OfficeApp')}/${el('DisplayName')}/${el('Override')}[@Locale='en-US']`)).toBe(1);
    expect(count(`/${el('OfficeApp')}/${el('Description')}/${el('Override')}[@Locale='en-US']`)).toBe(1);
    const strings = `//${el('Resources')}/*[local-name()='ShortStrings' or local-name()='LongStrings']/${el('String')}`;
    expect(count(strings)).toBeGreaterThan(0);
    expect(count(`${strings}[not(${el('Override')}[@Locale='en-US'])]`)).toBe(0);
  });

  it('points every icon URL at a file in assets/', async () => {
    const urls = [...new Set(manifestText.match(/https:\/\/localhost:3000\/assets\/[^"'<\s]+/g) ?? [])];
    // IconUrl, HighResolutionIconUrl and the 16/32/80 ribbon images
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      const file = join(REPO, 'assets', decodeURIComponent(url.slice(DEV_ASSETS.length)));
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
    const m = await readManifest(MANIFEST);
    for (const icon of [m.iconUrl, m.highResolutionIconUrl]) expect(icon?.startsWith(DEV_ASSETS), icon).toBe(true);
    const images = xpath(`//${el('Resources')}/${el('Images')}/${el('Image')}/@DefaultValue`);
    expect(images.match(/DefaultValue="([^"]+)"/g)?.length).toBe(3);
    for (const [, url] of images.matchAll(/DefaultValue="([^"]+)"/g)) expect(url!.startsWith(DEV_ASSETS), url).toBe(true);
  });

  it('puts a "Kiểm tra bảng" button that shows the task pane on the Home tab', () => {
    const button = `//${el('OfficeTab')}[@id='TabHome']/${el('Group')}/${el('Control')}[@*[local-name()='type']='Button']`;
    expect(count(button)).toBe(1);
    const labelId = str(`${button}/${el('Label')}/@resid`);
    expect(str(`//${el('ShortStrings')}/${el('String')}[@id='${labelId}']/@DefaultValue`)).toBe('Kiểm tra bảng');
    const action = `${button}/${el('Action')}`;
    expect(str(`${action}/@*[local-name()='type']`)).toBe('ShowTaskpane');
    expect(str(`${action}/${el('TaskpaneId')}`)).toBe('ButtonId1');
    const urlId = str(`${action}/${el('SourceLocation')}/@resid`);
    expect(str(`//${el('Urls')}/${el('Url')}[@id='${urlId}']/@DefaultValue`)).toBe('https://localhost:3000/taskpane.html');
    const fnId = str(`//${el('DesktopFormFactor')}/${el('FunctionFile')}/@resid`);
    expect(str(`//${el('Urls')}/${el('Url')}[@id='${fnId}']/@DefaultValue`)).toBe('https://localhost:3000/commands.html');
  });

  it('defines every resid it references', () => {
    const refs = [...xpath('//@resid').matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of new Set(refs)) expect(count(`//${el('Resources')}/*/*[@id='${id}']`), id).toBe(1);
  });

  it('uses nothing the offline schemas cannot check (<Runtimes>, VersionOverrides 1.1)', () => {
    const xml = manifestText.replace(/<!--[\s\S]*?-->/g, '');
    expect(xml).not.toMatch(/<Runtimes\b/);
    expect(xml).not.toMatch(/VersionOverridesV1_1|taskpaneappversionoverrides\/1\.1/);
  });
});

describe('manifest validation catches broken manifests', () => {
  it('rejects a manifest without <Id>', () => {
    const broken = manifestText.replace(/<Id>[^<]*<\/Id>\s*/, '');
    expect(broken).not.toBe(manifestText);
    const file = join(tmp, 'no-id.xml');
    writeFileSync(file, broken);
    const { status, output } = validate(file);
    expect(status, output).toBe(1);
    expect(output).toMatch(/does NOT validate/);
  });

  it('rejects an unknown permission', () => {
    const file = join(tmp, 'bad-permission.xml');
    writeFileSync(file, manifestText.replace('<Permissions>ReadWriteDocument<', '<Permissions>Everything<'));
    expect(validate(file).status).toBe(1);
  });

  it('rejects XML that is not well formed', () => {
    const file = join(tmp, 'truncated.xml');
    writeFileSync(file, manifestText.slice(0, Math.floor(manifestText.length / 2)));
    expect(validate(file).status).toBe(1);
  });
});

/** What a deployment gets: `CCHC_PUBLIC_URL=… webpack --mode production`, into a temporary folder. */
describe('production build with CCHC_PUBLIC_URL', () => {
  const out = join(tmp, 'dist');
  const built = join(out, 'manifest.xml');
  let buildLog = '';
  let buildSeconds = 0;

  beforeAll(() => {
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [join(REPO, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production', '--output-path', out],
      // Without the trailing slash: the build adds it (the rewrite test below covers the other form).
      { cwd: REPO, encoding: 'utf8', env: { ...process.env, CCHC_PUBLIC_URL: PUBLIC_URL.slice(0, -1) } },
    );
    buildSeconds = (Date.now() - started) / 1000;
    buildLog = `${r.stdout}${r.stderr}`;
    if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${buildLog.slice(-4000)}`);
  }, 240_000);

  it('emits the pane, the function file, the help pages and the manifest', () => {
    const files = readdirSync(out);
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'help.en.html', 'manifest.xml']) expect(files, f).toContain(f);
    console.log(`production build: ${buildSeconds.toFixed(1)} s`);
  });

  it('emits the help pages rendered from the rules (src/help/render.ts), one per language', () => {
    // The production build minifies HTML, so compare what the page says rather than its bytes.
    const words = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    for (const lang of ['vi', 'en'] as const) {
      const built = readFileSync(join(out, HELP_FILES[lang]), 'utf8');
      expect(built, lang).toMatch(new RegExp(`<html lang="?${lang}"?>`));
      const text = words(built);
      for (const rule of RULES) {
        expect(text, rule.id).toContain(rule.id);
        expect(text, rule.id).toContain(escapeHtml(rule.title[lang]));
      }
      expect(text.length, lang).toBeGreaterThan(words(renderHelpPage(lang)).length * 0.9);
    }
  });

  it('leaves no "localhost" anywhere in the emitted manifest', () => {
    const xml = readFileSync(built, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    expect(xml).toContain(`${PUBLIC_URL}taskpane.html`);
  });

  it('still validates against the offline schemas', () => {
    const { status, output } = validate(built);
    expect(status, output).toBe(0);
  });

  it('has the public origin as AppDomain, and every URL under the public address', async () => {
    const m = await readManifest(built);
    expect(m.appDomains).toEqual(['https://addin.example.gov.vn']);
    expect(m.supportUrl).toBe(`${PUBLIC_URL}help.html`);
    expect(m.defaultSettings?.sourceLocation).toBe(`${PUBLIC_URL}taskpane.html`);
    expect(m.iconUrl).toBe(`${PUBLIC_URL}assets/icon-32.png`);
    expect(m.highResolutionIconUrl).toBe(`${PUBLIC_URL}assets/icon-64.png`);
    // The reader does not cover the ribbon's resources: the LearnMoreUrl and the other bt:Urls by XPath.
    const learnId = str(`//${el('GetStarted')}/${el('LearnMoreUrl')}/@resid`, built);
    expect(str(`//${el('Urls')}/${el('Url')}[@id='${learnId}']/@DefaultValue`, built)).toBe(`${PUBLIC_URL}help.html`);
    const urls = xpath(`//@DefaultValue | //@Value`, built).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(PUBLIC_URL), u).toBe(true);
    // Every file the manifest names was built.
    for (const u of urls) expect(existsSync(join(out, decodeURIComponent(u.slice(PUBLIC_URL.length)))), u).toBe(true);
  });

  it('rewrites the same with or without the trailing slash, and refuses what Office cannot load', () => {
    const withSlash = webpackConfig.rewriteManifest(manifestText, PUBLIC_URL);
    expect(webpackConfig.rewriteManifest(manifestText, PUBLIC_URL.slice(0, -1))).toBe(withSlash);
    expect(readFileSync(built, 'utf8')).toBe(withSlash);
    // A site at the server's root.
    const root = webpackConfig.rewriteManifest(manifestText, 'https://cchc.example.gov.vn');
    expect(root).not.toMatch(/localhost/i);
    expect(root).toContain('<AppDomain>https://cchc.example.gov.vn</AppDomain>');
    expect(root).toContain('"https://cchc.example.gov.vn/help.html"');
    expect(() => webpackConfig.rewriteManifest(manifestText, 'http://addin.example.gov.vn/cchc/')).toThrow(/https/);
    expect(() => webpackConfig.rewriteManifest(manifestText, 'addin.example.gov.vn/cchc')).toThrow(/not a URL/);
  });
});
