/**
 * Every way `cchc` can be handed something it cannot use ends the same: exit 2, nothing on stdout, no
 * file written, and exactly one line on stderr in Vietnamese that says what is wrong and what to do —
 * never a library's or the system's English. The preview says the same things on its page.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbookReadError } from '../src/hosts/xlsx/read';
import { parseRawZip } from '../src/hosts/xlsx/patch/zip-raw';
import { PreviewHost } from '../src/preview/previewHost';
import { previewStrings } from '../src/preview/strings';
import { buildFixable, expectOneVietnameseLine, listing, run, tempDir } from './cli-helpers';

const MB = 1024 * 1024;
let dir: string;
let valid: string;
const files: Record<string, string> = {};

async function rezip(path: string, edit: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  await edit(zip);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

function save(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A copy of a zip whose directory and local header state another uncompressed size for `name`. */
function misdeclare(bytes: Uint8Array, name: string, size: (actual: number) => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const e = parseRawZip(out)!.byName.get(name)!;
  const view = new DataView(out.buffer);
  view.setUint32(e.cdStart + 24, size(e.uncompressedSize), true);
  view.setUint32(e.localOffset + 22, size(e.uncompressedSize), true);
  return out;
}

/** An OpenDocument spreadsheet as LibreOffice writes one: a stored "mimetype" entry first. */
async function odsBytes(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
  zip.file('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** An .xlsx whose workbook lists no sheets at all. */
async function noSheetsBytes(): Promise<Uint8Array> {
  return rezip(valid, (zip) => {
    const wb = 'xl/workbook.xml';
    return zip.file(wb)!.async('string').then((xml) => {
      zip.file(wb, xml.replace(/<sheets>.*<\/sheets>/s, '<sheets/>'));
    });
  });
}

beforeAll(async () => {
  dir = tempDir('cchc-bad-');
  valid = await buildFixable(dir, 'hop-le.xlsx');
  files.corrupt = save('hong.xlsx', misdeclare(readFileSync(valid), 'xl/worksheets/sheet1.xml', (n) => n - 1));
  files.ods = save('bang-tinh.ods', await odsBytes());
  files.odsAsXlsx = save('ods-doi-ten.xlsx', await odsBytes());
  files.noSheets = save('khong-trang.xlsx', await noSheetsBytes());
  files.latin1 = save('latin1.xlsx', await rezip(valid, async (zip) => {
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', xml.replace(/encoding="UTF-8"/i, 'encoding="ISO-8859-1"'));
  }));
  files.bomb = save('bom.xlsx', misdeclare(readFileSync(valid), 'xl/worksheets/sheet1.xml', () => 480 * MB));
  files.protected = await buildFixable(dir, 'khoa.xlsx', { protect: true });
  files.text = save('van-ban.xlsx', 'STT\tNội dung\n1\tTuyên truyền\n');
  files.truncated = save('cut.xlsx', readFileSync(valid).subarray(0, 3000));
  files.emptyZip = save('zip-rong.xlsx', await new JSZip().generateAsync({ type: 'uint8array' }));
  files.cfb = save('cu.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(4088).fill(0)]));
  mkdirSync(join(dir, 'thu-muc.xlsx'));
  mkdirSync(join(dir, 'ra'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what is wrong, said in one Vietnamese line', () => {
  it('--out in a folder that does not exist: names --out and the folder, not the input', async () => {
    const out = join(dir, 'khong-co', 'ra.xlsx');
    const r = await run(['fix', valid, '--out', out]);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toContain(`cchc: ${out}: `);
    expect(r.stderr).toMatch(/thư mục “[^”]*khong-co” không tồn tại/);
    expect(r.stderr).not.toMatch(/không mong đợi/);
  });

  it('--out onto a folder: says it is a folder and how to name a file', async () => {
    const out = join(dir, 'ra');
    const r = await run(['fix', valid, '--out', out]);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toContain(`cchc: ${out}: `);
    expect(r.stderr).toMatch(/là một thư mục/);
    expect(listing(out)).toEqual([]);
  });

  it('a damaged zip: "bị hỏng hoặc không đầy đủ; hãy mở bằng Excel và lưu lại", nothing of the library', async () => {
    const r = await run(['check', files.corrupt!]);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toBe(`cchc: ${files.corrupt}: tệp .xlsx bị hỏng hoặc không đầy đủ; hãy mở bằng Excel và lưu lại\n`);
  });

  it('an .ods file (by its mimetype entry, whatever its name): open it in LibreOffice/Excel and save as .xlsx', async () => {
    for (const path of [files.ods!, files.odsAsXlsx!]) {
      const r = await run(['check', path]);
      expect(r.code).toBe(2);
      expectOneVietnameseLine(r.stderr);
      expect(r.stderr).toMatch(/\.ods.*LibreOffice.*\.xlsx/);
    }
  });

  it('an empty zip is not a workbook (not "a workbook without sheets")', async () => {
    const r = await run(['check', files.emptyZip!]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cchc: ${files.emptyZip}: tệp không phải là bảng tính .xlsx\n`);
  });

  it('a workbook with no worksheets says so (and is not called damaged)', async () => {
    const r = await run(['check', files.noSheets!]);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toMatch(/không có trang tính nào/);
  });

  it('a part the patcher cannot edit (sheet XML in ISO-8859-1): Vietnamese, what to do, nothing written', async () => {
    const out = join(dir, 'latin1-ra.xlsx');
    const r = await run(['fix', files.latin1!, '--out', out]);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toMatch(/lưu lại/);
    expect(existsSync(out)).toBe(false);
  });

  it('a bad argument: one line, pointing at --help', async () => {
    const r = await run(['check', valid, '--frobnicate']);
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toContain('cchc --help');
  });
});

describe('no English leaks, over every bad input (check and fix)', () => {
  const inputs: [string, () => string][] = [
    ['a missing file', () => join(dir, 'khong-co.xlsx')],
    ['a folder named .xlsx', () => join(dir, 'thu-muc.xlsx')],
    ['a text file', () => files.text!],
    ['a truncated .xlsx', () => files.truncated!],
    ['an empty zip', () => files.emptyZip!],
    ['a CFB file', () => files.cfb!],
    ['a damaged zip', () => files.corrupt!],
    ['an .ods', () => files.ods!],
    ['no worksheets', () => files.noSheets!],
    ['a bomb', () => files.bomb!],
  ];
  for (const [what, path] of inputs) {
    it(what, async () => {
      for (const argv of [['check', path()], ['check', path(), '--json'], ['fix', path(), '--out', join(dir, 'ra-bad.xlsx')]]) {
        const r = await run(argv);
        expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        expectOneVietnameseLine(r.stderr);
        expect(existsSync(join(dir, 'ra-bad.xlsx'))).toBe(false);
      }
    });
  }

  const fixCases: [string, () => string[]][] = [
    ['a protected sheet', () => ['fix', files.protected!, '--out', join(dir, 'ra-bad.xlsx')]],
    ['--out onto the input', () => ['fix', valid, '--out', valid]],
    ['--out in a missing folder', () => ['fix', valid, '--out', join(dir, 'khong-co', 'ra.xlsx')]],
    ['--out onto a folder', () => ['fix', valid, '--out', join(dir, 'ra')]],
    ['an unknown --only code', () => ['fix', valid, '--out', join(dir, 'ra-bad.xlsx'), '--only', 'ma-khong-co']],
    ['a sheet XML the patcher refuses', () => ['fix', files.latin1!, '--out', join(dir, 'ra-bad.xlsx')]],
    ['--sheet naming no sheet', () => ['check', valid, '--sheet', 'Not found']],
    ['a bad date', () => ['check', valid, '--as-of', '2024-02-30']],
    ['fix without --out', () => ['fix', valid]],
  ];
  for (const [what, argv] of fixCases) {
    it(what, async () => {
      const r = await run(argv());
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expectOneVietnameseLine(r.stderr);
      expect(existsSync(join(dir, 'ra-bad.xlsx'))).toBe(false);
    });
  }
});

describe('the preview, opening the user’s bytes', () => {
  const open = (path: string) => PreviewHost.fromBytes(new Uint8Array(readFileSync(path)), 'x.xlsx', 'vi');
  const shown = (e: unknown, lang: 'vi' | 'en' = 'vi') => previewStrings(lang).readError[(e as WorkbookReadError).reason];

  it('a workbook with no worksheets is refused with what the page shows, not opened as an empty "Sheet1"', async () => {
    const err = await open(files.noSheets!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(shown(err)).toMatch(/không có trang tính nào/);
    expect(shown(err, 'en')).toMatch(/no worksheets/);
  });

  it('an .ods, a bomb and a damaged zip each get their own words on the page', async () => {
    expect(shown(await open(files.ods!).catch((e: unknown) => e))).toMatch(/\.ods.*LibreOffice/);
    expect(shown(await open(files.bomb!).catch((e: unknown) => e))).toMatch(/quá lớn/);
    expect(shown(await open(files.corrupt!).catch((e: unknown) => e))).toMatch(/bị hỏng.*lưu lại/);
  });
});
