#!/usr/bin/env node
// Launcher for the bundled CLI; builds it first when a checkout has not been built yet.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const bundle = join(__dirname, '..', 'build', 'cchc.cjs');
if (!existsSync(bundle)) {
  try {
    execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  } catch {
    process.stderr.write('cchc: chưa dựng được công cụ; hãy chạy "npm install" trong thư mục dự án.\n');
    process.exit(2);
  }
}
require(bundle);
