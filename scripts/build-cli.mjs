// Bundles the `cchc` command into build/cchc.cjs (run by `npm install` through "prepare", and by `npm test`),
// or into the file given as the first argument (the CLI tests bundle their own copy).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src/cli/cchc.ts')],
  outfile: process.argv[2] ?? join(root, 'build/cchc.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs', 'jszip'],
  logLevel: 'warning',
});
