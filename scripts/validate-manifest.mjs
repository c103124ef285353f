#!/usr/bin/env node
/**
 * Validates manifest.xml against the offline Office add-in manifest schemas (OfficeApp 1.1 with
 * task-pane VersionOverrides 1.0) using xmllint. No network: `office-addin-manifest validate` needs a
 * Microsoft web service.
 *
 *   node scripts/validate-manifest.mjs [path/to/manifest.xml]
 *
 * Schemas: $CCHC_SCHEMAS_DIR, else <repo>/../shared/schemas/office-manifest/.
 * Exit codes: 0 valid, 1 invalid, 2 xmllint or the schemas are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = 'OfficeAppManifestV1_1.xsd';

function schemasDir() {
  return process.env.CCHC_SCHEMAS_DIR
    ? resolve(process.env.CCHC_SCHEMAS_DIR)
    : resolve(REPO, '..', 'shared', 'schemas', 'office-manifest');
}

function fail(code, lines) {
  for (const line of lines) console.error(line);
  process.exit(code);
}

const manifest = resolve(process.argv[2] ?? resolve(REPO, 'manifest.xml'));
const shown = relative(process.cwd(), manifest) || manifest;

if (!existsSync(manifest)) fail(2, [`✗ ${shown}: file not found.`]);

const dir = schemasDir();
const schema = resolve(dir, SCHEMA_FILE);
if (!existsSync(schema)) {
  fail(2, [
    `✗ Manifest schema not found: ${schema}`,
    '  The offline Office add-in manifest schemas live in ../shared/schemas/office-manifest/ next to the',
    '  repository. Point CCHC_SCHEMAS_DIR at a folder holding OfficeAppManifestV1_1.xsd and the files it',
    '  imports (OfficeAppBasicTypesV1_0.xsd, TaskPaneAppVersionOverridesV1_0.xsd, …) to use another copy.',
  ]);
}

const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
if (probe.error) {
  fail(2, [
    '✗ xmllint was not found on PATH; it is needed to validate manifest.xml offline.',
    '  Install it with:',
    '    Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y libxml2-utils',
    '    Fedora/RHEL:    sudo dnf install libxml2',
    '    Alpine:         apk add libxml2-utils',
    '    macOS:          xmllint ships with the Xcode command line tools (xcode-select --install)',
    '    Windows:        use WSL, or install libxml2 (e.g. choco install xsltproc) and put xmllint on PATH',
  ]);
}

const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifest], { encoding: 'utf8' });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
if (run.status === 0) {
  console.log(`✓ ${shown} is valid against ${SCHEMA_FILE} (${relative(REPO, dir) || dir}).`);
  process.exit(0);
}

const problems = output
  .split('\n')
  .filter((l) => l.trim() && !/ fails to validate$/.test(l) && !/ validates$/.test(l));
fail(1, [
  `✗ ${shown} does NOT validate against ${SCHEMA_FILE}:`,
  ...problems.map((l) => `  ${l}`),
  '  (These schemas predate <Runtimes> and VersionOverrides 1.1; do not use those elements.)',
]);
