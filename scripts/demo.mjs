// `npm run demo`: check the bundled sample with `cchc` and print the report. The sample holds the
// real mistakes of a 2022 appendix, so cchc exits 1 ("errors found"); the demo itself succeeds.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, [join(root, 'bin/cchc.js'), 'check', join('samples', 'phu-luc-mau.xlsx'), ...args], { cwd: root, stdio: 'inherit' });
if (r.status === 2) process.exit(2);
console.log(`\n(cchc exit code ${r.status}: 0 = no errors, 1 = errors found, 2 = unusable input)`);
