/**
 * manifest.xml: schema validation (offline, xmllint + ../shared/schemas/office-manifest/) and the
 * things the add-in relies on. Needs xmllint (CI installs libxml2-utils); fails when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..');
const MANIFEST = join(REPO, 'manifest.xml');
const VALIDATOR = join(REPO, 'scripts', 'validate-manifest.mjs');
const DEV_ASSETS = 'https://localhost:3000/assets/';

const manifestText = readFileSync(MANIFEST, 'utf8');

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
const count = (expr: string) => Number(xpath(`count(${expr})`));
const str = (expr: string) => xpath(`string(${expr})`);

const tmp = mkdtempSync(join(tmpdir(), 'cchc-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('manifest.xml', () => {
  it('validates against the offline OfficeApp 1.1 schemas', () => {
    const { status, output } = validate(MANIFEST);
    expect(output).toMatch(/valid/);
    expect(status, output).toBe(0);
  });

  it('has a GUID Id, version 1.0.0.0 and vi-VN as default locale', () => {
    expect(str(`/${el('OfficeApp')}/${el('Id')}`)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(str(`/${el('OfficeApp')}/${el('Version')}`)).toBe('1.0.0.0');
    expect(str(`/${el('OfficeApp')}/${el('DefaultLocale')}`)).toBe('vi-VN');
    expect(str(`/${el('OfficeApp')}/${el('DisplayName')}/@DefaultValue`)).toBe('CCHC Phụ lục');
  });

  it('is a task pane add-in for Excel with ReadWriteDocument', () => {
    expect(str(`/${el('OfficeApp')}/@*[local-name()='type']`)).toBe('TaskPaneApp');
    expect(count(`/${el('OfficeApp')}/${el('Hosts')}/${el('Host')}[@Name='Workbook']`)).toBe(1);
    expect(str(`/${el('OfficeApp')}/${el('Permissions')}`)).toBe('ReadWriteDocument');
    expect(str(`/${el('OfficeApp')}/${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue`)).toBe(
      'https://localhost:3000/taskpane.html',
    );
  });

  it('requires ExcelApi 1.13 (Range.getMergedAreasOrNullObject)', () => {
    expect(str(`/${el('OfficeApp')}/${el('Requirements')}//${el('Set')}[@Name='ExcelApi']/@MinVersion`)).toBe('1.13');
  });

  it('has en-US overrides for the display name, description and every ribbon string', () => {
    expect(count(`/${el('OfficeApp')}/${el('DisplayName')}/${el('Override')}[@Locale='en-US']`)).toBe(1);
    expect(count(`/${el('OfficeApp')}/${el('Description')}/${el('Override')}[@Locale='en-US']`)).toBe(1);
    const strings = `//${el('Resources')}/*[local-name()='ShortStrings' or local-name()='LongStrings']/${el('String')}`;
    expect(count(strings)).toBeGreaterThan(0);
    expect(count(`${strings}[not(${el('Override')}[@Locale='en-US'])]`)).toBe(0);
  });

  it('points every icon URL at a file in assets/', () => {
    const urls = [...new Set(manifestText.match(/https:\/\/localhost:3000\/assets\/[^"'<\s]+/g) ?? [])];
    // IconUrl, HighResolutionIconUrl and the 16/32/80 ribbon images
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      const file = join(REPO, 'assets', decodeURIComponent(url.slice(DEV_ASSETS.length)));
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
    for (const icon of ['IconUrl', 'HighResolutionIconUrl']) {
      expect(str(`/${el('OfficeApp')}/${el(icon)}/@DefaultValue`).startsWith(DEV_ASSETS), icon).toBe(true);
    }
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
