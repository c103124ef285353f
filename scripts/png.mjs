// Small PNGs for the help page's screenshots (scripts/screenshots.mjs), with node:zlib only: decode the
// 8-bit RGB(A) PNG Chromium writes, reduce it to at most 256 colours (exact when the picture has no more;
// otherwise a median cut weighted by pixel count, no dithering: flat UI colours and anti-aliased text stay
// clean), and write an indexed PNG (4 bits a pixel when 16 colours suffice), deflated at level 9 with the
// smaller of two row filterings. Screenshots are opaque: alpha is dropped.
import { deflateSync, inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** { width, height, rgb: Uint8Array (3 bytes a pixel) } of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(buf) {
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
      if (data[8] !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0) {
        throw new Error(`unsupported PNG (bit depth ${data[8]}, colour type ${colorType}, interlace ${data[12]})`);
      }
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const cur = new Uint8Array(stride);
  const prev = new Uint8Array(stride);
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      const x = line[i];
      cur[i] = (filter === 0 ? x : filter === 1 ? x + a : filter === 2 ? x + b : filter === 3 ? x + ((a + b) >> 1) : x + paeth(a, b, c)) & 0xff;
    }
    for (let px = 0; px < width; px++) {
      rgb.set(cur.subarray(px * bpp, px * bpp + 3), (y * width + px) * 3);
    }
    prev.set(cur);
  }
  return { width, height, rgb };
}

/** Up to `max` colours (0xRRGGBB) for the histogram `counts` (colour → pixels): median cut by pixel count. */
function medianCut(counts, max) {
  const colors = [...counts.keys()];
  const channel = (c, ch) => (c >> (16 - 8 * ch)) & 0xff;
  const boxOf = (list) => {
    let best = 0;
    let bestRange = -1;
    for (let ch = 0; ch < 3; ch++) {
      let lo = 255;
      let hi = 0;
      for (const c of list) {
        const v = channel(c, ch);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (hi - lo > bestRange) {
        bestRange = hi - lo;
        best = ch;
      }
    }
    let weight = 0;
    for (const c of list) weight += counts.get(c);
    return { list, ch: best, range: bestRange, weight };
  };
  const boxes = [boxOf(colors)];
  while (boxes.length < max) {
    // Split the box with the most pixels times its spread (a box of one colour cannot split).
    let pick = -1;
    let score = 0;
    boxes.forEach((b, i) => {
      const s = b.range * Math.sqrt(b.weight);
      if (b.list.length > 1 && s > score) {
        score = s;
        pick = i;
      }
    });
    if (pick < 0) break;
    const box = boxes[pick];
    const sorted = [...box.list].sort((p, q) => channel(p, box.ch) - channel(q, box.ch));
    let acc = 0;
    let cut = 1;
    for (; cut < sorted.length - 1; cut++) {
      acc += counts.get(sorted[cut - 1]);
      if (acc >= box.weight / 2) break;
    }
    boxes.splice(pick, 1, boxOf(sorted.slice(0, cut)), boxOf(sorted.slice(cut)));
  }
  // Each box's colour: the pixel-weighted mean.
  return boxes.map(({ list, weight }) => {
    const sum = [0, 0, 0];
    for (const c of list) for (let ch = 0; ch < 3; ch++) sum[ch] += channel(c, ch) * counts.get(c);
    const [r, g, b] = sum.map((s) => Math.round(s / weight));
    return (r << 16) | (g << 8) | b;
  });
}

/** One PNG chunk: length, type, data, CRC (also used by scripts/make-icons.mjs). */
export function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Filter the packed rows: every row with `filter` (0 none, 1 sub, 2 up), one filter byte before each. */
function filterRows(rows, height, stride, filter) {
  const out = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const x = rows[y * stride + i];
      const pred = filter === 1 ? (i > 0 ? rows[y * stride + i - 1] : 0) : filter === 2 ? (y > 0 ? rows[(y - 1) * stride + i] : 0) : 0;
      out[y * (stride + 1) + 1 + i] = (x - pred) & 0xff;
    }
  }
  return out;
}

/** An indexed PNG of the picture, as small as this module makes it. */
export function optimisePng(input) {
  const { width, height, rgb } = decodePng(Buffer.from(input));
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const c = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  // Sorted by value: the same palette (and the same bytes) from run to run.
  const palette = counts.size <= 256 ? [...counts.keys()] : medianCut(counts, 256);
  palette.sort((a, b) => a - b);
  const nearest = new Map();
  const indexOf = (c) => {
    let hit = nearest.get(c);
    if (hit !== undefined) return hit;
    let best = 0;
    let bestD = Infinity;
    const r = c >> 16;
    const g = (c >> 8) & 0xff;
    const b = c & 0xff;
    palette.forEach((p, i) => {
      // Weighted as the eye weighs them (green most).
      const d = 3 * (r - (p >> 16)) ** 2 + 4 * (g - ((p >> 8) & 0xff)) ** 2 + 2 * (b - (p & 0xff)) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    nearest.set(c, best);
    return best;
  };
  const depth = palette.length <= 16 ? 4 : 8;
  const stride = depth === 8 ? width : Math.ceil(width / 2);
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 3;
      const idx = indexOf((rgb[p] << 16) | (rgb[p + 1] << 8) | rgb[p + 2]);
      if (depth === 8) rows[y * stride + x] = idx;
      else rows[y * stride + (x >> 1)] |= x & 1 ? idx : idx << 4;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => {
    plte[i * 3] = c >> 16;
    plte[i * 3 + 1] = (c >> 8) & 0xff;
    plte[i * 3 + 2] = c & 0xff;
  });
  const candidates = [0, 2].map((f) => deflateSync(filterRows(rows, height, stride, f), { level: 9, memLevel: 9 }));
  const idat = candidates.reduce((a, b) => (b.length < a.length ? b : a));
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
