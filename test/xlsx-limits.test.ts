/**
 * The size guard: a small .xlsx that inflates to hundreds of megabytes (a "zip bomb", or just a huge
 * export) is refused from the sizes its zip central directory declares, before anything is inflated —
 * by the reader (the CLI and the preview) and by the patcher alike, with one Vietnamese line.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, WorkbookReadError } from '../src/hosts/xlsx/read';
import { patchXlsx, XlsxPatchError } from '../src/hosts/xlsx/patch';
import { parseRawZip } from '../src/hosts/xlsx/patch/zip-raw';
import { buildFixable, bundleCli, expectOneVietnameseLine, listing, run, spawnCli, tempDir } from './cli-helpers';

const MB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';
let dir: string;
let valid: Uint8Array;

beforeAll(async () => {
  dir = tempDir('cchc-limits-');
  valid = new Uint8Array(readFileSync(await buildFixable(dir, 'hop-le.xlsx')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of `zip` whose central directory and local header claim that `name` inflates to `size` bytes. */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const e = parseRawZip(out)!.byName.get(name)!;
  const view = new DataView(out.buffer);
  view.setUint32(e.cdStart + 24, size, true);
  view.setUint32(e.localOffset + 22, size, true);
  return out;
}

/** The same, the zip64 way: 0xffffffff in the central record and the real size in a zip64 extra field. */
function declareZip64(zip: Uint8Array, name: string, size: number): Uint8Array {
  const e = parseRawZip(zip)!.byName.get(name)!;
  const rec = Buffer.from(zip.subarray(e.cdStart, e.cdEnd));
  const at = 46 + rec.readUInt16LE(28) + rec.readUInt16LE(30);
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  rec.writeUInt32LE(0xffffffff, 24);
  rec.writeUInt16LE(rec.readUInt16LE(30) + extra.length, 30);
  const out = Buffer.concat([zip.subarray(0, e.cdStart), rec.subarray(0, at), extra, rec.subarray(at), zip.subarray(e.cdEnd)]);
  out.writeUInt32LE(out.readUInt32LE(out.length - 10) + extra.length, out.length - 10); // the directory's size in the end record
  return new Uint8Array(out);
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('declared sizes past the limits', () => {
  it('a worksheet declaring 480 MB: the reader refuses with the sizes, in Vietnamese', async () => {
    const err = await loadWorkbook(declare(valid, SHEET, 480 * MB)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).reason).toBe('too-large');
    expect((err as Error).message).toMatch(/quá lớn.*480 MB.*200 MB/);
  });

  it('the patcher refuses the same file before inflating it (code too-large)', async () => {
    const err = await patchXlsx(declare(valid, SHEET, 480 * MB), 'Phụ lục', [{ cell: 'A6', value: '1.1' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxPatchError);
    expect((err as XlsxPatchError).code).toBe('too-large');
  });

  it('shared strings count with the worksheets: 150 + 60 MB is past 200 MB', async () => {
    const zip = await JSZip.loadAsync(valid);
    zip.file('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const big = declare(declare(bytes, SHEET, 150 * MB), 'xl/sharedStrings.xml', 60 * MB);
    await expect(loadWorkbook(big)).rejects.toThrow(/210 MB.*200 MB/);
    // Just under the limit is read as usual (and then found damaged, since the sizes are false).
    const under = declare(declare(bytes, SHEET, 150 * MB), 'xl/sharedStrings.xml', 40 * MB);
    await expect(loadWorkbook(under)).rejects.toMatchObject({ reason: 'corrupt' });
  });

  it('a size declared the zip64 way (5 GB) is read from its extra field', async () => {
    await expect(loadWorkbook(declareZip64(valid, SHEET, 5 * 1024 * MB))).rejects.toThrow(/5120 MB.*200 MB/);
    const err = await patchXlsx(declareZip64(valid, SHEET, 5 * 1024 * MB), 'Phụ lục', []).catch((e: unknown) => e);
    expect((err as XlsxPatchError).code).toBe('too-large');
  });

  it('other parts count towards a cap on the whole package (400 MB)', async () => {
    const err = await loadWorkbook(declare(valid, 'xl/styles.xml', 450 * MB)).catch((e: unknown) => e);
    expect((err as WorkbookReadError).reason).toBe('too-large');
    expect((err as Error).message).toMatch(/450 MB.*400 MB/);
  });

  for (const command of ['check', 'fix']) {
    it(`cchc ${command}: exit 2, one Vietnamese line, nothing written`, async () => {
      const path = save(`bom-${command}.xlsx`, declare(valid, SHEET, 480 * MB));
      const out = join(dir, `bom-${command}-ra.xlsx`);
      const r = await run(command === 'fix' ? ['fix', path, '--out', out] : ['check', path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneVietnameseLine(r.stderr);
      expect(r.stderr).toMatch(/quá lớn.*480 MB.*200 MB/);
      expect(existsSync(out)).toBe(false);
    });
  }
});

/** A zip of `entries` where `bomb` is `size` spaces inside a worksheet, deflated as a stream. */
async function zipWithBomb(entries: Map<string, Uint8Array>, bomb: string, size: number): Promise<Uint8Array> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>');
  const tail = Buffer.from('</worksheet>');
  const chunk = Buffer.alloc(MB, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  let crc = crc32(head);
  deflate.write(head);
  for (let left = size - head.length - tail.length; left > 0; left -= chunk.length) {
    const c = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(c, crc);
    if (!deflate.write(c)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await ended;
  const files = [...entries].map(([name, data]) => ({ name, data, crc: crc32(data), size: data.length, method: 0 }));
  files.find((f) => f.name === bomb)!.data = Buffer.concat(parts);
  Object.assign(files.find((f) => f.name === bomb)!, { crc, size, method: 8 });
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(f.method, 8);
    h.writeUInt32LE(f.crc >>> 0, 14);
    h.writeUInt32LE(f.data.length, 18);
    h.writeUInt32LE(f.size, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    h.copy(c, 10, 8, 26); // method, time, date, crc, sizes
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    local.push(h, name, Buffer.from(f.data));
    central.push(c, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, eocd]));
}

describe('a real bomb: a 0.5 MB .xlsx whose worksheet inflates to 480 MB', () => {
  it('the spawned CLI refuses it at once, without the memory inflating it would take', async () => {
    const zip = await JSZip.loadAsync(valid);
    const entries = new Map<string, Uint8Array>();
    for (const f of Object.values(zip.files)) if (!f.dir) entries.set(f.name, await f.async('uint8array'));
    const bytes = await zipWithBomb(entries, SHEET, 480 * MB);
    expect(bytes.length).toBeLessThan(MB);
    const path = save('bom-that.xlsx', bytes);
    // The child reports its peak memory through a file, so its stderr stays the user's one line.
    const rssFile = join(dir, 'maxrss.txt');
    const preload = save('maxrss.cjs', new TextEncoder().encode(`process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`));
    const bundle = await bundleCli(dir);
    const before = listing(dir);
    const started = Date.now();
    const r = spawnCli(bundle, ['fix', path, '--out', join(dir, 'bom-ra.xlsx')], { nodeArgs: ['--require', preload] });
    const seconds = (Date.now() - started) / 1000;
    expect(r.code, r.stderr).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toMatch(/quá lớn.*480 MB.*200 MB/);
    const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
    expect(peakMb, `peak RSS ${peakMb.toFixed(0)} MB`).toBeLessThan(250);
    expect(seconds).toBeLessThan(20);
    expect(listing(dir)).toEqual([...before, 'maxrss.txt'].sort());
  });
});
