/**
 * Byte-level zip splicing: replaces, removes or appends a few entries of an existing zip and copies every
 * other entry (local header, compressed data, data descriptor) and central-directory record verbatim.
 *
 * Deflate and inflate come from fflate (pure JavaScript, the same code in Node and in browsers). Splicing
 * is much faster than re-generating the package with JSZip and keeps untouched entries identical even in
 * compressed form. Anything unusual (zip64, encryption, split archives, overlapping entries) makes these
 * functions return null so the caller falls back to JSZip.
 */
import { deflateSync, inflateSync } from 'fflate';
import { type RawEntry, readCentralDirectory, u16, u32 } from './zip-directory';

export type { RawEntry } from './zip-directory';

export interface RawZip {
  bytes: Uint8Array;
  /** In central-directory order. */
  entries: RawEntry[];
  byName: Map<string, RawEntry>;
  cdStart: number;
  cdEnd: number;
  eocdStart: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;

/** A fresh copy (Buffer#slice would return a view, and copies get modified here). */
function copy(b: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(b.subarray(start, end));
}

function put16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

/** Parses the central directory; null when the layout is not one we can splice safely. */
export function parseRawZip(bytes: Uint8Array): RawZip | null {
  const cd = readCentralDirectory(bytes);
  if (cd === null || !cd.plain || cd.entries.length === 0xffff || cd.cdEnd !== cd.eocdStart) return null;
  const { cdStart } = cd;
  const entries: RawEntry[] = [];
  const byName = new Map<string, RawEntry>();
  for (const { zip64, ...e } of cd.entries) {
    if (zip64) return null;
    if ((e.flags & 0x0001) !== 0) return null; // encrypted entry
    if (e.compressedSize === 0xffffffff || e.uncompressedSize === 0xffffffff || e.localOffset === 0xffffffff) return null;
    if (e.localOffset + 30 > cdStart || u32(bytes, e.localOffset) !== SIG_LOCAL) return null;
    entries.push(e);
    if (!byName.has(e.name)) byName.set(e.name, e);
  }
  // Local regions must not overlap and must end before the central directory.
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const next = i + 1 < sorted.length ? sorted[i + 1]!.localOffset : cdStart;
    if (dataStart(bytes, e) + e.compressedSize > next) return null;
  }
  return { bytes, entries, byName, cdStart, cdEnd: cd.cdEnd, eocdStart: cd.eocdStart };
}

function dataStart(bytes: Uint8Array, e: RawEntry): number {
  return e.localOffset + 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28);
}

/** The chunks end to end in one array of `size` bytes. */
function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** The uncompressed content of an entry, or null when it cannot be read here. */
export async function readRawEntry(zip: RawZip, e: RawEntry): Promise<Uint8Array | null> {
  const start = dataStart(zip.bytes, e);
  const data = zip.bytes.subarray(start, start + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) out = new Uint8Array(data);
  else if (e.method === 8) {
    try {
      out = inflateSync(data);
    } catch {
      return null;
    }
  } else return null;
  return out.length === e.uncompressedSize ? out : null;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface Deflated {
  data: Uint8Array;
  crc: number;
  size: number;
}

function deflated(content: Uint8Array): Deflated {
  return { data: deflateSync(content), crc: crc32(content), size: content.length };
}

const UTF8_NAME_FLAG = 0x0800;

/**
 * The local header and central-directory record of an entry the package did not have. Its DOS time and
 * date are the first entry's, so the same edit of the same file gives the same bytes.
 */
function newEntryRecords(zip: RawZip, name: string, d: Deflated, offset: number): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = new TextEncoder().encode(name);
  const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAME_FLAG;
  const first = zip.entries[0];
  const time = first === undefined ? 0 : u16(zip.bytes, first.cdStart + 12);
  const date = first === undefined ? 0x21 : u16(zip.bytes, first.cdStart + 14);
  const local = new Uint8Array(30 + nameBytes.length);
  put32(local, 0, SIG_LOCAL);
  put16(local, 4, 20);
  put16(local, 6, flags);
  put16(local, 8, 8);
  put16(local, 10, time);
  put16(local, 12, date);
  put32(local, 14, d.crc);
  put32(local, 18, d.data.length);
  put32(local, 22, d.size);
  put16(local, 26, nameBytes.length);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  put32(central, 0, SIG_CENTRAL);
  put16(central, 4, 20);
  put16(central, 6, 20);
  put16(central, 8, flags);
  put16(central, 10, 8);
  put16(central, 12, time);
  put16(central, 14, date);
  put32(central, 16, d.crc);
  put32(central, 20, d.data.length);
  put32(central, 24, d.size);
  put16(central, 28, nameBytes.length);
  put32(central, 42, offset);
  central.set(nameBytes, 46);
  return { local, central };
}

/**
 * A new zip where entries named in `changes` get the given content (deflated) or are removed (null), and
 * the entries of `added` (names the zip does not have) follow the existing ones, in the map's order.
 * Returns null when splicing is not possible (caller falls back).
 */
export async function spliceRawZip(
  zip: RawZip,
  changes: ReadonlyMap<string, Uint8Array | null>,
  added: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<Uint8Array | null> {
  const { bytes } = zip;
  const replaced = new Map<RawEntry, Deflated | null>();
  const appended: Array<{ name: string; d: Deflated }> = [];
  try {
    for (const [name, content] of changes) {
      const e = zip.byName.get(name);
      if (e === undefined) return null;
      if (zip.entries.filter((x) => x.name === name).length !== 1) return null;
      replaced.set(e, content === null ? null : deflated(content));
    }
    for (const [name, content] of added) {
      if (zip.byName.has(name)) return null;
      appended.push({ name, d: deflated(content) });
    }
  } catch {
    return null;
  }

  const sorted = [...zip.entries].sort((a, b) => a.localOffset - b.localOffset);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const push = (c: Uint8Array) => {
    chunks.push(c);
    size += c.length;
  };
  push(bytes.subarray(0, sorted[0]?.localOffset ?? zip.cdStart));
  const newOffset = new Map<RawEntry, number>();
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const regionEnd = i + 1 < sorted.length ? sorted[i + 1]!.localOffset : zip.cdStart;
    if (!replaced.has(e)) {
      newOffset.set(e, size);
      push(bytes.subarray(e.localOffset, regionEnd));
      continue;
    }
    const r = replaced.get(e);
    if (r === null || r === undefined) continue; // removed
    newOffset.set(e, size);
    const header = copy(bytes, e.localOffset, dataStart(bytes, e));
    put16(header, 4, Math.max(u16(header, 4), 20));
    put16(header, 6, u16(header, 6) & ~0x000e); // no data descriptor, normal deflate
    put16(header, 8, 8);
    put32(header, 14, r.crc);
    put32(header, 18, r.data.length);
    put32(header, 22, r.size);
    push(header);
    push(r.data);
  }
  const centralOfAdded: Uint8Array[] = [];
  for (const a of appended) {
    const { local, central } = newEntryRecords(zip, a.name, a.d, size);
    push(local);
    push(a.d.data);
    centralOfAdded.push(central);
  }

  const cdStart = size;
  let count = 0;
  for (const e of zip.entries) {
    const off = newOffset.get(e);
    if (off === undefined) continue;
    const rec = copy(bytes, e.cdStart, e.cdEnd);
    put32(rec, 42, off);
    const r = replaced.get(e);
    if (r) {
      put16(rec, 6, Math.max(u16(rec, 6), 20));
      put16(rec, 8, u16(rec, 8) & ~0x000e);
      put16(rec, 10, 8);
      put32(rec, 16, r.crc);
      put32(rec, 20, r.data.length);
      put32(rec, 24, r.size);
    }
    push(rec);
    count++;
  }
  for (const rec of centralOfAdded) {
    push(rec);
    count++;
  }
  if (size > 0xffffffff || count >= 0xffff) return null;
  const eocd = copy(bytes, zip.eocdStart, bytes.length);
  put16(eocd, 8, count);
  put16(eocd, 10, count);
  put32(eocd, 12, size - cdStart);
  put32(eocd, 16, cdStart);
  push(eocd);
  return concatBytes(chunks, size);
}
