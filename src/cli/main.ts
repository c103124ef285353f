/**
 * `cchc check`, `cchc fix`, `cchc annotate` and `cchc sections` over .xlsx files. Returns the exit code: 0 no error findings,
 * 1 error findings, 2 the input cannot be used or the output cannot be written (then one Vietnamese line
 * on stderr, no stack trace, and no file written).
 */
import { readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isoToday } from '../core/dates';
import { RULES, SAFE_FIX_CODES } from '../core/rules';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { type WriteFs, writeFileAtomic } from './atomicWrite';
import { formatReport } from './format';
import { InputError, OutputError, errorLine } from './messages';
import { backupPathFor, resolveOutput, writeFailure, type OutputTarget } from './output';
import { analyzeWorkbook, fixWorkbook, openWorkbook } from './session';
import { annotateJson, annotateText, annotateWorkbook } from './annotate';
import { sectionsJson, sectionsText, sectionsWorkbook } from './sections';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stdout is a terminal (JSON is then indented). */
  isTTY?: boolean;
  /** File-system calls for writing (tests make them fail); node:fs by default. */
  writeFs?: WriteFs;
  /** Also print the stack of an unexpected error (CCHC_DEBUG=1). */
  debug?: boolean;
}

const VERSION = '0.1.0';

export async function main(argv: string[], io: Io): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cchc: ${e.message}; xem: cchc --help\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  try {
    if (args.command === 'sections') return await runSections(args, io);
    return args.command === 'check' ? await runCheck(args, io) : args.command === 'fix' ? await runFix(args, io) : await runAnnotate(args, io);
  } catch (e) {
    io.stderr(`cchc: ${errorLine(e, args.file!)}\n`);
    if (io.debug && e instanceof Error) io.stderr(`${e.stack}\n`);
    return 2;
  }
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('không tìm thấy tệp');
    if (code === 'EISDIR') throw new InputError('đây là thư mục, không phải tệp');
    if (code === 'EACCES') throw new InputError('không có quyền đọc tệp');
    throw new InputError(`không đọc được tệp (${code ?? 'lỗi'})`);
  }
}

async function runCheck(args: CliArgs, io: Io): Promise<number> {
  const results = analyzeWorkbook(await openWorkbook(await readInput(args.file!)), args);
  const reports = results.map((r) => r.report);
  // Indented for a person at a terminal; compact when piped to another tool (a 20,000-row report is megabytes).
  if (args.json) io.stdout(JSON.stringify({ file: args.file, sheets: reports }, null, io.isTTY ? 2 : undefined) + '\n');
  else io.stdout(formatReport(args.file!, reports, args.lang, args.asOf ?? isoToday()));
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function runFix(args: CliArgs, io: Io): Promise<number> {
  const codes = args.only ?? [...SAFE_FIX_CODES];
  const fixable = new Set(RULES.filter((r) => r.fixLabel).map((r) => r.id));
  const bad = codes.filter((c) => !fixable.has(c));
  if (bad.length) throw new InputError(`không có cách sửa tự động cho mã: ${bad.join(', ')} (sửa được: ${[...fixable].join(', ')})`);
  const original = await readInput(args.file!);
  const target = await outputFor(args);
  const outcome = await fixWorkbook(original, await openWorkbook(original), args, codes);
  const summary = outcome.sheets.map(({ name, plan }) => ({ sheet: name, edits: plan.edits, applied: plan.applied.length, skipped: plan.skipped.length }));
  const remaining = outcome.after.reduce((n, r) => n + r.report.findings.filter((f) => f.severity === 'error').length, 0);
  const total = summary.reduce((n, s) => n + s.edits.length, 0);
  const { backup, where } = await writeOutput(args, target, original, outcome.bytes, total > 0, io);
  if (args.json) {
    io.stdout(JSON.stringify({ file: args.file, out: args.out, ...(backup ? { backup } : {}), codes, sheets: summary }, null, 2) + '\n');
  } else {
    const lines: string[] = [];
    for (const s of summary) {
      for (const e of s.edits) lines.push(`${s.sheet}!${e.cell}: ${show(e.before)} → ${show(e.value)}${e.numFmt === '@' ? ' (định dạng chữ)' : ''}${e.italic ? ' (in nghiêng)' : ''}`);
      if (s.skipped) lines.push(`Trang “${s.sheet}”: ${s.skipped} chỗ sửa bị bỏ qua vì trùng ô với chỗ sửa khác.`);
    }
    lines.push(`Đã sửa ${total} ô; ${where}.${total > 0 ? ` Kiểm tra lại: còn ${remaining} lỗi.` : ''}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return 0;
}

async function runAnnotate(args: CliArgs, io: Io): Promise<number> {
  const original = await readInput(args.file!);
  const target = await outputFor(args);
  const outcome = await annotateWorkbook(original, args);
  const { backup, where } = await writeOutput(args, target, original, outcome.bytes, outcome.bytes !== original, io);
  if (args.json) io.stdout(JSON.stringify({ ...(annotateJson(args.file!, args.out!, outcome) as object), ...(backup ? { backup } : {}) }, null, io.isTTY ? 2 : undefined) + '\n');
  else io.stdout(annotateText(outcome, where));
  return outcome.report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function runSections(args: CliArgs, io: Io): Promise<number> {
  const original = await readInput(args.file!);
  const target = await outputFor(args);
  const docxTarget = args.docx ? await resolveOutput(args.file!, args.docx) : null;
  const outcome = await sectionsWorkbook(original, args);
  const { backup, where } = await writeOutput(args, target, original, outcome.bytes, outcome.bytes !== original, io);
  let docxWhere: string | null = null;
  if (docxTarget && outcome.docx) {
    try {
      await writeFileAtomic(docxTarget.path, outcome.docx, { fs: io.writeFs, mode: docxTarget.mode });
    } catch (e) {
      throw new OutputError(args.docx!, `không ghi được: ${writeFailure(e, docxTarget.path)}; ${docxTarget.mode !== undefined ? 'tệp cũ ở đó giữ nguyên' : 'không tạo tệp nào'}`);
    }
    docxWhere = `ghi ra ${args.docx}`;
  }
  if (args.json) io.stdout(JSON.stringify({ ...(sectionsJson(args.file!, outcome, args.out!, args.docx ?? null) as object), ...(backup ? { backup } : {}) }, null, io.isTTY ? 2 : undefined) + '\n');
  else io.stdout(sectionsText(outcome, where, docxWhere));
  return 0;
}

/** --out, refused when it names the input unless --overwrite is given. */
async function outputFor(args: CliArgs): Promise<OutputTarget> {
  const target = await resolveOutput(args.file!, args.out!);
  if (target.isInput && !args.overwrite) {
    throw new OutputError(
      args.out!,
      'đây chính là tệp đầu vào; để không mất bản gốc, hãy ghi ra tệp khác, hoặc thêm --overwrite để ghi đè (bản gốc được giữ lại thành TÊN.bak.xlsx)',
    );
  }
  return target;
}

/**
 * Writes the result (and, over the input, a backup first). In place with nothing changed, the file stays
 * as it is and no backup is needed. Returns the backup's path and where the result went, in words.
 */
async function writeOutput(args: CliArgs, target: OutputTarget, original: Uint8Array, data: Uint8Array, changed: boolean, io: Io): Promise<{ backup: string | null; where: string }> {
  const backup = target.isInput && changed ? await backupPathFor(target.path) : null;
  if (!target.isInput || changed) await save(target, data, backup ? { path: backup, data: original } : null, args.out!, io.writeFs);
  const shown = backup && shownBeside(args.out!, backup);
  const where = target.isInput && !changed ? `${args.out} giữ nguyên` : `ghi ra ${args.out}${shown ? `; bản gốc giữ ở ${shown}` : ''}`;
  return { backup, where };
}

/**
 * Writes the backup (when overwriting the input) and then the result, each atomically. If the result
 * cannot be written the backup is removed again: the original is untouched, so the folder is as before.
 */
async function save(target: OutputTarget, data: Uint8Array, backup: { path: string; data: Uint8Array } | null, out: string, fs?: WriteFs): Promise<void> {
  const options = { fs, mode: target.mode };
  try {
    if (backup) await writeFileAtomic(backup.path, backup.data, options);
  } catch (e) {
    throw new OutputError(out, `không ghi được bản sao lưu ${backup!.path}: ${writeFailure(e, backup!.path)}; tệp gốc giữ nguyên, chưa sửa gì`);
  }
  try {
    await writeFileAtomic(target.path, data, options);
  } catch (e) {
    if (backup) await (fs?.unlink ?? unlink)(backup.path).catch(() => undefined);
    const kept = target.isInput ? 'tệp gốc giữ nguyên' : target.mode !== undefined ? 'tệp cũ ở đó giữ nguyên' : 'không tạo tệp nào';
    throw new OutputError(out, `không ghi được: ${writeFailure(e, target.path)}; ${kept}`);
  }
}

/** `file` as the user would write it: beside --out when it is in the same folder, else its full path. */
function shownBeside(out: string, file: string): string {
  return resolve(dirname(out)) === dirname(file) ? join(dirname(out), basename(file)) : file;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(trống)';
  if (typeof v === 'object') return JSON.stringify(v);
  const s = typeof v === 'string' ? v.replace(/\n/g, '⏎') : String(v);
  return typeof v === 'string' ? `“${s.length > 60 ? s.slice(0, 59) + '…' : s}”` : s;
}
