/**
 * Shared by the test/cli-*.test.ts files: running `cchc` in-process or as a real process, a small
 * fixable workbook that needs nothing outside the checkout, and what a message for a user must look like.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { type Io, main } from '../src/cli/main';

export const ROOT = join(__dirname, '..');

export function tempDir(prefix = 'cchc-cli-x-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], more: Partial<Io> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...more });
  return { code, stdout, stderr };
}

/**
 * The CLI bundled into the test's own folder: cli.test.ts rebuilds build/cchc.cjs in its own beforeAll,
 * and a spawn here must not read that file while it is being rewritten.
 */
export async function bundleCli(dir: string): Promise<string> {
  const out = join(dir, 'cchc.cjs');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the CLI failed:\n${r.stderr}`);
  return out;
}

/** Runs the bundled CLI through bash (for `ulimit`); exceljs and jszip resolve from the checkout. */
export function spawnCli(bundle: string, argv: string[], opts: { shellPrefix?: string; nodeArgs?: string[]; env?: Record<string, string> } = {}): RunResult {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = [process.execPath, ...(opts.nodeArgs ?? []), bundle, ...argv].map(quote).join(' ');
  const r = spawnSync('bash', ['-c', `${opts.shellPrefix ?? ''} exec ${cmd}`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Words of English that must never reach a user of the Vietnamese CLI (library and errno text). */
const ENGLISH = /\b(the|data|size|error|file|not|found|mismatch|bug|uncompressed|enoent|eisdir|enotdir|efbig|enospc|eacces|directory|cannot|invalid|unexpected|zip|such|no)\b/i;

/** A message for a user: exactly one line, Vietnamese, no stack trace and no English words. */
export function expectOneVietnameseLine(stderr: string): void {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  expect(lines, `stderr: ${JSON.stringify(stderr)}`).toHaveLength(1);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(lines[0]).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  // File names are the user's own words, and finding codes ("score-mismatch") are the contract's
  // identifiers: leave them out before looking for English.
  const words = lines[0]!.replace(/“[^”]*”/g, '').replace(/\S*[/\\]\S*/g, '').replace(/\S+\.(xlsx|ods|xls)\b/gi, '').replace(/\b[a-z]+(?:-[a-z]+)+\b/g, '');
  expect(words, `English in: ${lines[0]}`).not.toMatch(ENGLISH);
}

/** The names in a folder, sorted (to show that nothing was left behind). */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * A one-sheet appendix with one safe fix (STT 1.1 stored as a number → text "1.1") and nothing else
 * wrong; `protect` locks the sheet (Protect Sheet).
 */
export async function buildFixable(dir: string, name = 'phu-luc.xlsx', opts: { protect?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 2, 15));
  const ws = wb.addWorksheet('Phụ lục');
  ws.addRow(['PHỤ LỤC']);
  ws.addRow(['(Kèm theo Kế hoạch số 19/KH-SCT ngày 31/3/2024 của Sở Công Thương)']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian']);
  ws.addRow([1, 'Thực hiện kế hoạch cải cách hành chính', 'Văn phòng', 'Kế hoạch', 'Tháng 4']);
  ws.addRow([1.1, 'Ban hành kế hoạch tuyên truyền cải cách hành chính', 'Văn phòng', 'Kế hoạch', 'Tháng 5']);
  ws.addRow([2, 'Rà soát thủ tục hành chính', 'Văn phòng', 'Báo cáo', 'Tháng 11']);
  if (opts.protect) await ws.protect('cchc', { selectLockedCells: true, selectUnlockedCells: true });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}
