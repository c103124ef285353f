/**
 * Writing a file so that it is either wholly there or not changed at all: the bytes go to a temporary
 * file in the target's own folder (so the rename cannot cross file systems), are synced to disk, and
 * only then renamed over the target. On any failure the temporary file is removed and the target keeps
 * its old content (or stays absent). The file-system calls come in through {@link WriteFs} so tests can
 * make a write fail half-way.
 *
 * Node ignores SIGXFSZ, so a write past `ulimit -f` fails with EFBIG instead of killing the process:
 * the cleanup below runs in that case too.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The part of a node:fs/promises FileHandle the writer uses. */
export interface WriteHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls the writer makes. */
export interface WriteFs {
  open(path: string, flags: string, mode?: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const NODE_FS: WriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
};

/** Written per call, so a short write (allowed by POSIX) is continued rather than taken as done. */
const CHUNK = 1 << 20;

export interface AtomicWriteOptions {
  fs?: WriteFs;
  /** Permission bits for the new file (e.g. those of the file it replaces); default 0o666 less umask. */
  mode?: number;
}

export async function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? NODE_FS;
  const dir = dirname(target);
  // Hidden and unique; 'wx' below never opens someone else's file.
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: WriteHandle | null = null;
  let created = false;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
    created = true;
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await handle.write(data, offset, Math.min(CHUNK, data.length - offset));
      if (bytesWritten <= 0) throw Object.assign(new Error('write returned no progress'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
    const h = handle;
    handle = null;
    await h.close();
    await fs.rename(temp, target);
    created = false;
  } catch (e) {
    if (handle !== null) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(fs, dir);
}

/** Makes the rename itself durable; best effort (not every platform can open a folder). */
async function syncFolder(fs: WriteFs, dir: string): Promise<void> {
  let h: WriteHandle | null = null;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // The file is complete and in place; only its survival of a power cut is less certain.
  } finally {
    await h?.close().catch(() => undefined);
  }
}
