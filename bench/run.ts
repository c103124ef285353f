/**
 * The benchmark: `npm run bench` (full, under ~2 minutes on 2 cores) or `npm run bench -- --quick` (CI smoke).
 *
 * stdout: one JSON object per line, {"name", "rows", "value", "unit"}, and nothing else; progress on stderr.
 *   synthetic.generate.ms   time to generate the synthetic snapshot (bench/synthetic.ts)
 *   core.check.ms           checkSheet(snapshot, { asOf }) — best of 3 after one warm-up
 *   core.check.rows_per_s   rows / that time
 *   core.check.findings     findings on the largest table
 *   xlsx.read.ms            read the .xlsx from disk and load it with exceljs — median of 3
 *   cli.check_json.ms       `cchc check FILE --json --as-of …` in-process (main() from src/cli/main.ts) — median of 3
 *   cli.check_json.ratio    check --json time / read time, median over 5 pairs of runs: what the checker costs on top of merely reading the file
 *   cli.annotate.ms         `cchc annotate FILE --out OUT --as-of …` in-process (the tracking layer) — median of 3
 *   cli.sections.ms         `cchc sections FILE --out OUT --docx OUT.docx` in-process (every task in the plan) — median of 3
 *   excel.check.syncs       context.sync() calls to read a sheet through the Office host (in-memory Excel double)
 *   excel.fix.syncs         the same to apply the safe fixes' edit plan
 *   excel.check.payload_kb  the largest request + response of one sync at 10,000 rows
 *   taskpane.bundle_kb_gzip the task pane's production JavaScript, gzipped
 * Full: 1,000 / 10,000 / 100,000 rows for the core, 20,000 rows for the ratio; --quick: 1,000 / 10,000 and 2,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { checkSheet } from '../src/core/check';
import { main } from '../src/cli/main';
import { snapshotOfTable, syntheticRows, workbookOfTable } from './synthetic';
import { officeFigures } from './office';
import { bundleFigures } from './bundle';

const AS_OF = '2024-08-01';
const SEED = 2024;

const quick = process.argv.includes('--quick');
const CORE_SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const CLI_ROWS = quick ? 2_000 : 20_000;
const RUNS = 3;
/** Read/check pairs for the CLI ratio. */
const CLI_PAIRS = 5;

function emit(name: string, rows: number | null, value: number, unit: string): void {
  process.stdout.write(JSON.stringify({ name, rows, value, unit }) + '\n');
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

function timeSync<T>(fn: () => T): { ms: number; result: T } {
  gc?.();
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  gc?.();
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

function benchCore(): void {
  const largest = CORE_SIZES[CORE_SIZES.length - 1]!;
  for (const n of CORE_SIZES) {
    const gen = timeSync(() => snapshotOfTable(syntheticRows(n, SEED)));
    emit('synthetic.generate.ms', n, round(gen.ms, 1), 'ms');
    const snapshot = gen.result;
    log(`core: ${n} rows generated in ${gen.ms.toFixed(0)} ms; warm-up…`);
    const warm = timeSync(() => checkSheet(snapshot, { asOf: AS_OF }));
    const times: number[] = [];
    let findings = warm.result.findings.length;
    for (let i = 0; i < RUNS; i++) {
      const run = timeSync(() => checkSheet(snapshot, { asOf: AS_OF }));
      times.push(run.ms);
      findings = run.result.findings.length;
    }
    const best = Math.min(...times);
    log(`core: ${n} rows: warm-up ${warm.ms.toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(' / ')} ms, ${findings} findings`);
    emit('core.check.ms', n, round(best, 2), 'ms');
    emit('core.check.rows_per_s', n, Math.round(n / (best / 1000)), 'rows/s');
    if (n === largest) emit('core.check.findings', n, findings, 'count');
  }
}

async function benchCli(): Promise<void> {
  const n = CLI_ROWS;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const file = join(dir, `phu-luc-${n}.xlsx`);
  try {
    const t0 = performance.now();
    await workbookOfTable(syntheticRows(n, SEED)).xlsx.writeFile(file);
    log(`cli: wrote ${file} (${n} rows) in ${(performance.now() - t0).toFixed(0)} ms`);

    // (a) merely reading the file: from disk, then exceljs load.
    const readOnly = async () => {
      const buffer = await readFile(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
      return wb.worksheets.length;
    };
    // (b) what `cchc check FILE --json` does, in-process, output collected.
    const cli = async () => {
      let out = '';
      let err = '';
      const code = await main(['check', file, '--json', '--as-of', AS_OF], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
      if (code === 2) throw new Error(`cchc check failed: ${err.trim()}`);
      return { code, out };
    };

    log('cli: warm-up…');
    await timeAsync(readOnly);
    const warm = await timeAsync(cli);
    const parsed = JSON.parse(warm.result.out) as { sheets: { findings: unknown[]; rows: unknown[] }[] };
    const sheet = parsed.sheets[0]!;
    log(`cli: exit ${warm.result.code}, ${sheet.rows.length} rows and ${sheet.findings.length} findings in ${(warm.result.out.length / 1e6).toFixed(1)} MB of JSON`);

    // Pairs of runs (read, then check), so a slow phase of the machine or of the heap weighs on both;
    // the ratio is the median of the pairs' ratios.
    const reads: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < CLI_PAIRS; i++) {
      reads.push((await timeAsync(readOnly)).ms);
      checks.push((await timeAsync(cli)).ms);
    }
    const ratios = checks.map((c, i) => c / reads[i]!);
    log(`cli: read ${reads.map((t) => t.toFixed(0)).join(' / ')} ms; check --json ${checks.map((t) => t.toFixed(0)).join(' / ')} ms`);
    log(`cli: ratios ${ratios.map((r) => r.toFixed(2)).join(' / ')}`);
    emit('cli.check_json.ms', n, round(median(checks), 1), 'ms');
    emit('xlsx.read.ms', n, round(median(reads), 1), 'ms');
    emit('cli.check_json.ratio', n, round(median(ratios), 3), 'x');

    // (c) `cchc annotate FILE --out OUT`: the tracking layer written into the package (exit 1: findings).
    await benchCommand('cli.annotate.ms', n, ['annotate', file, '--out', join(dir, 'annotated.xlsx'), '--as-of', AS_OF], (code) => code !== 2);
    // (d) `cchc sections FILE --out OUT --docx OUT.docx`: the plan sheet (every task of the table) and the Word file.
    await benchCommand('cli.sections.ms', n, ['sections', file, '--out', join(dir, 'plan.xlsx'), '--docx', join(dir, 'plan.docx')], (code) => code === 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `cchc ARGS` in-process, RUNS times (output dropped; an exit code `ok` refuses fails the bench): the median as `name`. */
async function benchCommand(name: string, rows: number, args: string[], ok: (code: number) => boolean): Promise<void> {
  const once = async () => {
    let err = '';
    const code = await main(args, { stdout: () => {}, stderr: (s) => (err += s) });
    if (!ok(code)) throw new Error(`cchc ${args[0]} failed: ${err.trim()}`);
  };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timeAsync(once)).ms);
  log(`cli: ${args[0]} ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  emit(name, rows, round(median(times), 1), 'ms');
}

async function run(): Promise<void> {
  const t0 = performance.now();
  log(`${quick ? 'quick' : 'full'} run; node ${process.version}${gc ? ', gc between runs' : ''}`);
  benchCore();
  await benchCli();
  for (const f of await officeFigures()) emit(f.name, f.rows, f.value, f.unit);
  for (const f of bundleFigures(log)) emit(f.name, f.rows, f.value, f.unit);
  log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

run().catch((e: unknown) => {
  process.stderr.write(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
