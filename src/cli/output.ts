/**
 * Where `cchc fix` may write: checked before any work so that a wrong --out is reported at once and in
 * the user's terms, and so that the input is never overwritten by accident.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { OutputError } from './messages';

export interface OutputTarget {
  /** The path to rename the finished file onto: --out itself, or the real file a link points to. */
  path: string;
  /** Permission bits of the file being replaced, kept for the new one. */
  mode?: number;
  /** --out names the input file itself (same path, a link to it, or another name of it). */
  isInput: boolean;
}

export async function resolveOutput(input: string, out: string): Promise<OutputTarget> {
  const folder = dirname(resolve(out));
  const folderStat = await statOrNull(folder);
  if (folderStat === null) throw new OutputError(out, `thư mục “${folder}” không tồn tại; hãy tạo thư mục đó hoặc chọn nơi ghi khác`);
  if (!folderStat.isDirectory()) throw new OutputError(out, `“${folder}” không phải là thư mục; hãy chọn nơi ghi khác`);
  const existing = await statOrNull(out);
  if (existing === null) {
    // A link to nowhere would be replaced by the file, which is what a user who names it expects.
    return { path: out, isInput: false };
  }
  if (existing.isDirectory()) {
    throw new OutputError(out, `đây là một thư mục; hãy ghi tên tệp, ví dụ ${join(out, basename(input))}`);
  }
  const inputStat = await statOrNull(input);
  const isInput = inputStat !== null && inputStat.dev === existing.dev && inputStat.ino === existing.ino;
  // Replace the file a link points to, not the link (the link and its other readers keep working).
  return { path: await realpath(out), mode: existing.mode & 0o777, isInput };
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** NAME.bak.xlsx beside the file, or NAME.bak-2.xlsx… when that exists: an earlier backup is never replaced. */
export async function backupPathFor(file: string): Promise<string> {
  const dir = dirname(file);
  const name = basename(file);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '.xlsx';
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${stem}.bak${n === 1 ? '' : `-${n}`}${ext}`);
    try {
      await lstat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Why a write failed, from its errno code, in Vietnamese. */
export function writeFailure(e: unknown, path: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(resolve(path));
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ổ đĩa đã đầy';
    case 'EFBIG':
      return 'tệp vượt quá kích thước được phép ghi';
    case 'EACCES':
    case 'EPERM':
      return `không có quyền ghi vào thư mục “${folder}”`;
    case 'EROFS':
      return 'ổ đĩa chỉ cho đọc';
    case 'ENOENT':
      return `thư mục “${folder}” không tồn tại`;
    case 'EISDIR':
      return 'đây là một thư mục';
    default:
      return `lỗi hệ thống${code ? ` (mã ${code})` : ''}`;
  }
}
