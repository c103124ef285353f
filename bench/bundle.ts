/**
 * taskpane.bundle_kb_gzip: the task pane's production JavaScript, gzipped, as Office downloads it.
 * Builds with webpack when dist/ has no bundle or is older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function bundles(): string[] {
  const dist = join(ROOT, 'dist');
  return existsSync(dist) ? readdirSync(dist).filter((f) => /^taskpane.*\.js$/.test(f)).map((f) => join(dist, f)) : [];
}

export function bundleFigures(log: (s: string) => void): { name: string; rows: number | null; value: number; unit: string }[] {
  let files = bundles();
  const stale = files.length === 0 || Math.min(...files.map((f) => statSync(f).mtimeMs)) < newestMtime(join(ROOT, 'src'));
  if (stale) {
    log('building the add-in (webpack --mode production)…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    files = bundles();
  }
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return [{ name: 'taskpane.bundle_kb_gzip', rows: null, value: Math.round(bytes / 102.4) / 10, unit: 'KB' }];
}
