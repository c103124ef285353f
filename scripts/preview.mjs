#!/usr/bin/env node
// `npm run preview`: build the browser preview (webpack --mode production --env preview → dist-preview/)
// and serve it on http://127.0.0.1:PORT/ (PORT from the environment, default 3000; 0 picks a free port).
//
//   node scripts/preview.mjs               build, then serve
//   node scripts/preview.mjs --no-build    serve what dist-preview/ holds
//   node scripts/preview.mjs --build-only  build, do not serve
//
// The server is deliberately tiny (node:http only): GET/HEAD of files under dist-preview/, fixed content
// types, no directory listings, no path outside the folder (checked after decoding and after resolving
// symlinks), loopback only. Everything works offline.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'dist-preview');
const HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Run the production preview build; returns the exit status. */
export function buildPreview() {
  const webpack = join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'preview'], { cwd: root, stdio: 'inherit' });
  return r.status ?? 1;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(text);
}

/** Map a request path to a file under `dir`, or null when it is not one (never outside `dir`). */
async function resolveFile(dir, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  // The URL parser already removed dot segments; refuse anything odd that is left.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  if (pathname === '/' || pathname === '') pathname = '/preview.html';
  const file = resolve(dir, `.${pathname}`);
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  try {
    const real = await fs.realpath(file);
    const realDir = await fs.realpath(dir);
    if (!real.startsWith(realDir + sep)) return null;
    const stat = await fs.stat(real);
    if (!stat.isFile()) return null; // no directory listings
    return { file: real, size: stat.size };
  } catch {
    return null;
  }
}

/** Start the static server; resolves with the http.Server and the URL once it listens. */
export function startServer({ port = 3000, dir = OUT_DIR } = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const found = await resolveFile(base, req.url ?? '/');
    if (!found) {
      send(res, 404, 'Not found\n');
      return;
    }
    const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Content-Length': found.size,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = CSP;
      headers['X-Frame-Options'] = 'DENY';
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      const address = server.address();
      const url = `http://${HOST}:${address.port}/`;
      resolvePromise({ server, url, port: address.port });
    });
  });
}

async function main(argv) {
  const noBuild = argv.includes('--no-build');
  const buildOnly = argv.includes('--build-only');
  if (!noBuild && buildPreview() !== 0) {
    console.error('Preview build failed.');
    process.exit(1);
  }
  if (buildOnly) return;
  if (!existsSync(join(OUT_DIR, 'preview.html'))) {
    console.error(`No preview build in ${OUT_DIR}; run without --no-build first.`);
    process.exit(1);
  }
  const raw = process.env.PORT || '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (got "${raw}").`);
    process.exit(1);
  }
  let started;
  try {
    started = await startServer({ port });
  } catch (e) {
    const code = e && typeof e === 'object' ? e.code : undefined;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is already in use; set PORT to another port (PORT=0 picks a free one).` : String(e));
    process.exit(1);
  }
  console.log(`CCHC Phụ lục — xem thử: ${started.url}`);
  const stop = () => {
    started.server.close(() => process.exit(0));
    started.server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
