#!/usr/bin/env node
/**
 * Draws the add-in icons into assets/ with nothing but Node's zlib: a deep green (#0F6E3F) rounded
 * square with white table lines and a white check mark, anti-aliased by supersampling.
 *
 *   node scripts/make-icons.mjs
 */
import { deflateSync } from 'node:zlib';
import { chunk, PNG_SIGNATURE } from './png.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, 'assets');
const SIZES = [16, 32, 64, 80, 128];

const GREEN = [0x0f, 0x6e, 0x3f];
const WHITE = [0xff, 0xff, 0xff];

// ---- PNG encoder (RGBA, 8 bits per channel, no interlace; chunks written by ./png.mjs) -----------

/** rgba: Uint8Array of width*height*4. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Geometry (unit square, y down) -------------------------------------------------------------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function distToPolyline(x, y, pts) {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, distToSegment(x, y, pts[i - 1], pts[i]));
  return d;
}

/** The design; small sizes get fewer, thicker lines so they stay readable. */
function design(size) {
  const small = size <= 16;
  return {
    margin: small ? 0 : 0.03,
    radius: small ? 0.16 : 0.2,
    // table rows (white, slightly transparent), left part of the icon
    lines: small
      ? // aligned to the 16-px grid: rows 4–5 and 8–9
        [{ y: 5 / 16, x0: 3 / 16, x1: 13 / 16, h: 2 / 16 }, { y: 9 / 16, x0: 3 / 16, x1: 7 / 16, h: 2 / 16 }]
      : [
          { y: 0.25, x0: 0.2, x1: 0.8, h: 0.075 },
          { y: 0.42, x0: 0.2, x1: 0.8, h: 0.055 },
          { y: 0.57, x0: 0.2, x1: 0.5, h: 0.055 },
          { y: 0.72, x0: 0.2, x1: 0.42, h: 0.055 },
        ],
    lineAlpha: 0.7,
    check: small
      ? [[0.4, 0.7], [0.55, 0.84], [0.86, 0.48]]
      : [[0.5, 0.7], [0.62, 0.81], [0.84, 0.53]],
    checkWidth: small ? 0.07 : 0.055,
    checkOutline: small ? 0.05 : 0.045,
  };
}

/** RGBA (non-premultiplied, 0..1 alpha) of one sample point. */
function sample(d, x, y) {
  const m = d.margin;
  if (!inRoundedRect(x, y, m, m, 1 - m, 1 - m, d.radius)) return null;
  let c = GREEN;
  for (const l of d.lines) {
    if (x >= l.x0 && x <= l.x1 && Math.abs(y - l.y) <= l.h / 2) {
      c = c.map((v, i) => v + (WHITE[i] - v) * d.lineAlpha);
    }
  }
  const dist = distToPolyline(x, y, d.check);
  if (dist <= d.checkWidth) c = WHITE;
  else if (dist <= d.checkWidth + d.checkOutline) c = GREEN; // keeps the check apart from the lines
  return c;
}

export function drawIcon(size, ss = 6) {
  const d = design(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample(d, (px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = resolve(OUT, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
