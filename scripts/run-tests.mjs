// `npm test`: build the CLI, type-check, run vitest, then print one plain closing line
// ("N passed, N failed, N skipped") that any CI log reader understands.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

// The seeds and the manifest schemas live in the project's shared/ folder beside the checkout (CI lays it
// out there); say so up front rather than let the tests that read it fail with a bare ENOENT.
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'seeds')) || !existsSync(join(shared, 'schemas', 'office-manifest'))) {
  console.error(`Thiếu ${shared} (seeds, schemas/office-manifest): các bài kiểm thử dùng tới nó sẽ thất bại. Hãy đặt thư mục shared/ của dự án cạnh bản checkout.`);
}

if (run(process.execPath, [join(root, 'scripts/build-cli.mjs')]) !== 0) process.exit(1);
if (run(bin('tsc'), ['--noEmit']) !== 0) {
  console.error('Type check failed.');
  process.exit(1);
}
mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (r.numTotalTests === 0) process.exit(1);
} catch {
  console.log('\n0 passed, 1 failed');
  process.exit(status || 1);
}
process.exit(status);
