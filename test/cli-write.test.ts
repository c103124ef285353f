/**
 * "Nothing lost, ever": every file `cchc fix` writes goes to a temporary file in the target folder and is
 * renamed over the target only when complete; writing onto the input is refused unless --overwrite, which
 * first keeps a backup. A write cut short (full disk, file-size limit) leaves the target as it was and no
 * stray file behind.
 */
import { open, readFile } from 'node:fs/promises';
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FS, type WriteFs, writeFileAtomic } from '../src/cli/atomicWrite';
import { buildFixable, bundleCli, expectOneVietnameseLine, listing, run, spawnCli, tempDir } from './cli-helpers';

const dirs: string[] = [];
function freshDir(): string {
  const d = tempDir('cchc-write-');
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except that writing stops with `code` once `limit` bytes have gone to disk. */
function failingAfter(limit: number, code = 'ENOSPC', failOnOpen = 1): WriteFs & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    rename: NODE_FS.rename,
    unlink: NODE_FS.unlink,
    async open(path, flags, mode) {
      const handle = await open(path, flags, mode);
      if (flags === 'r') return handle; // the folder, synced after the rename
      opened.push(path);
      if (opened.length !== failOnOpen) return handle;
      let written = 0;
      return {
        sync: () => handle.sync(),
        close: () => handle.close(),
        async write(buf, offset, length) {
          if (written >= limit) throw errno(code);
          const r = await handle.write(buf, offset, Math.min(length, limit - written));
          written += r.bytesWritten;
          return r;
        },
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it('a write that fails half-way leaves the existing target byte-identical and no temporary file', async () => {
    const dir = freshDir();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'the user’s only copy');
    const fs = failingAfter(1000);
    await expect(writeFileAtomic(target, new Uint8Array(5000).fill(65), { fs })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('the user’s only copy');
    expect(listing(dir)).toEqual(['out.xlsx']);
    // It did write half-way, into a temporary file beside the target.
    expect(fs.opened).toHaveLength(1);
    expect(fs.opened[0]!.startsWith(dir + '/')).toBe(true);
    expect(fs.opened[0]).not.toBe(target);
  });

  it('a write that fails half-way creates no target when there was none', async () => {
    const dir = freshDir();
    await expect(writeFileAtomic(join(dir, 'new.xlsx'), new Uint8Array(5000), { fs: failingAfter(10, 'EFBIG') })).rejects.toMatchObject({ code: 'EFBIG' });
    expect(listing(dir)).toEqual([]);
  });

  it('a failing rename or fsync leaves the folder as it was', async () => {
    const dir = freshDir();
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'before');
    const renameFails: WriteFs = { ...NODE_FS, rename: async () => Promise.reject(errno('EXDEV')) };
    await expect(writeFileAtomic(target, new Uint8Array(10), { fs: renameFails })).rejects.toMatchObject({ code: 'EXDEV' });
    const syncFails: WriteFs = {
      ...NODE_FS,
      async open(path, flags, mode) {
        const h = await NODE_FS.open(path, flags, mode);
        return flags === 'r' ? h : { write: (b, o, l) => h.write(b, o, l), close: () => h.close(), sync: async () => Promise.reject(errno('EIO')) };
      },
    };
    await expect(writeFileAtomic(target, new Uint8Array(10), { fs: syncFails })).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(target, 'utf8')).toBe('before');
    expect(listing(dir)).toEqual(['out.xlsx']);
  });

  it('writes, syncs, closes, then renames the complete file into place', async () => {
    const dir = freshDir();
    const target = join(dir, 'out.xlsx');
    const calls: string[] = [];
    const fs: WriteFs = {
      async open(path, flags, mode) {
        const h = await NODE_FS.open(path, flags, mode);
        calls.push(`open ${path === dir ? 'dir' : 'file'}`);
        return {
          write: async (b, o, l) => (calls.push('write'), h.write(b, o, l)),
          sync: async () => (calls.push('sync'), h.sync()),
          close: async () => (calls.push('close'), h.close()),
        };
      },
      rename: async (a, b) => (calls.push('rename'), NODE_FS.rename(a, b)),
      unlink: NODE_FS.unlink,
    };
    await writeFileAtomic(target, new TextEncoder().encode('hello'), { fs });
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(calls.slice(0, 5)).toEqual(['open file', 'write', 'sync', 'close', 'rename']);
    expect(listing(dir)).toEqual(['out.xlsx']);
  });
});

describe('fix --out onto its input', () => {
  let input: string;
  let dir: string;
  let original: Buffer;
  beforeAll(async () => {
    dir = freshDir();
    input = await buildFixable(dir);
    original = readFileSync(input);
  });

  for (const [what, out] of [
    ['the same path', () => input],
    ['the same file spelt differently', () => join(dir, '.', '..', dir.split('/').pop()!, 'phu-luc.xlsx')],
    ['a symbolic link to the input', () => {
      const link = join(dir, 'lien-ket.xlsx');
      if (!existsSync(link)) symlinkSync(input, link);
      return link;
    }],
  ] as [string, () => string][]) {
    it(`${what}: refused without --overwrite, exit 2, one Vietnamese line, nothing written`, async () => {
      const target = out();
      const before = listing(dir);
      const r = await run(['fix', input, '--out', target]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneVietnameseLine(r.stderr);
      expect(r.stderr).toContain('--overwrite');
      expect(readFileSync(input).equals(original)).toBe(true);
      expect(listing(dir)).toEqual(before);
    });
  }

  it('--overwrite keeps the original as NAME.bak.xlsx first, writes the fix in place and names the backup', async () => {
    const d = freshDir();
    const file = await buildFixable(d, 'ke-hoach.xlsx');
    const bytes = readFileSync(file);
    const r = await run(['fix', file, '--out', file, '--overwrite']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const backup = join(d, 'ke-hoach.bak.xlsx');
    expect(readFileSync(backup).equals(bytes)).toBe(true);
    expect(readFileSync(file).equals(bytes)).toBe(false);
    expect(r.stdout).toContain('ke-hoach.bak.xlsx');
    expect((await run(['check', file, '--json'])).stdout).not.toContain('stt-number-coerced');
    // A second run keeps the first backup (the true original) and picks a new name.
    const again = await buildFixable(d, 'ke-hoach.xlsx');
    const r2 = await run(['fix', again, '--out', again, '--overwrite']);
    expect(r2.code).toBe(0);
    expect(readFileSync(backup).equals(bytes)).toBe(true);
    expect(r2.stdout).toContain('ke-hoach.bak-2.xlsx');
    expect(listing(d)).toEqual(['ke-hoach.bak-2.xlsx', 'ke-hoach.bak.xlsx', 'ke-hoach.xlsx']);
  });
});

describe('fix: a write cut short', () => {
  it('(injected) the disk fills half-way through OUT: exit 2, one Vietnamese line, no OUT, no temporary file', async () => {
    const dir = freshDir();
    const input = await buildFixable(dir);
    const r = await run(['fix', input, '--out', join(dir, 'da-sua.xlsx')], { writeFs: failingAfter(2000, 'ENOSPC') });
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(r.stderr).toMatch(/đầy/);
    expect(listing(dir)).toEqual(['phu-luc.xlsx']);
  });

  it('(injected) with --overwrite, the disk fills while writing the fixed file: the original and the folder are as before', async () => {
    const dir = freshDir();
    const input = await buildFixable(dir);
    const bytes = readFileSync(input);
    // The first file opened is the backup (written whole), the second the fixed file (cut short).
    const r = await run(['fix', input, '--out', input, '--overwrite'], { writeFs: failingAfter(2000, 'ENOSPC', 2) });
    expect(r.code).toBe(2);
    expectOneVietnameseLine(r.stderr);
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(listing(dir)).toEqual(['phu-luc.xlsx']);
  });

  describe('(real) under `ulimit -f`, the spawned command', () => {
    let bundle: string;
    beforeAll(async () => {
      bundle = await bundleCli(freshDir());
    });

    it('OUT bigger than the limit: exit 2, one Vietnamese line, no OUT and no partial file', async () => {
      const dir = freshDir();
      const input = await buildFixable(dir);
      const r = spawnCli(bundle, ['fix', input, '--out', join(dir, 'da-sua.xlsx')], { shellPrefix: 'ulimit -f 2;' });
      expect(r.code, r.stderr).toBe(2);
      expectOneVietnameseLine(r.stderr);
      expect(listing(dir)).toEqual(['phu-luc.xlsx']);
    });

    it('--overwrite past the limit: the input stays byte-identical and nothing else is left in the folder', async () => {
      const dir = freshDir();
      const input = await buildFixable(dir);
      const bytes = await readFile(input);
      const r = spawnCli(bundle, ['fix', input, '--out', input, '--overwrite'], { shellPrefix: 'ulimit -f 2;' });
      expect(r.code, r.stderr).toBe(2);
      expectOneVietnameseLine(r.stderr);
      expect((await readFile(input)).equals(bytes)).toBe(true);
      expect(listing(dir)).toEqual(['phu-luc.xlsx']);
    });
  });
});
