/**
 * Byte-level zip splicing: replaces or removes a few entries of an existing zip and copies every other
 * entry (local header, compressed data, data descriptor) and central-directory record verbatim.
 *
 * Uses native zlib (Node's node:zlib via process.getBuiltinModule, else CompressionStream('deflate-raw') as in
 * current browsers and Node ≥ 20.12). It is much faster than re-generating the package with JSZip and keeps
 * untouched entries identical even in compressed form. Anything unusual (zip64, encryption, split archives,
 * overlapping entries) or a platform without native deflate makes these functions return null so the caller
 * falls back to JSZip.
 */
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

/** The parts of node:zlib used here. */
interface NodeZlib {
  inflateRawSync(b: Uint8Array): Uint8Array;
  deflateRawSync(b: Uint8Array): Uint8Array;
  crc32?: (b: Uint8Array) => number;
}

let nodeZlibCache: NodeZlib | null | undefined;
let preferStreams = false;

/** For tests: use the web-streams codec even on Node. */
export function preferStreamCodec(on: boolean): void {
  preferStreams = on;
}

/**
 * node:zlib when running on Node (≥ 20.16 has process.getBuiltinModule), without a static import so the
 * module still bundles for browsers. Native zlib is the fastest codec and has no start-up cost.
 */
function nodeZlib(): NodeZlib | null {
  if (preferStreams) return null;
  if (nodeZlibCache === undefined) {
    nodeZlibCache = null;
    try {
      const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const z = proc?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
      if (z && typeof z.inflateRawSync === 'function' && typeof z.deflateRawSync === 'function') nodeZlibCache = z;
    } catch {
      // not Node, or too old
    }
  }
  return nodeZlibCache;
}

function hasStreams(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

let streamsSupported: boolean | undefined;

function deflateRawStreams(): boolean {
  if (streamsSupported === undefined) {
    streamsSupported = false;
    if (hasStreams()) {
      try {
        new CompressionStream('deflate-raw' as CompressionFormat);
        new DecompressionStream('deflate-raw' as CompressionFormat);
        streamsSupported = true;
      } catch {
        // older runtime: JSZip (pako) is used instead
      }
    }
  }
  return streamsSupported;
}

/** Whether this platform can deflate/inflate raw data natively. */
export function rawDeflateSupported(): boolean {
  return nodeZlib() !== null || deflateRawStreams();
}

/**
 * Runs bytes through a (de)compression stream. Reads the stream directly rather than through
 * `new Response(...)`, whose first use costs ~100 ms in Node (it loads undici).
 */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const ignore = () => undefined; // failures surface through the reader
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(ignore);
  writer.close().catch(ignore);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks, size);
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

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const z = nodeZlib();
  if (z !== null) return new Uint8Array(z.inflateRawSync(data));
  return pipe(data, new DecompressionStream('deflate-raw' as CompressionFormat));
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const z = nodeZlib();
  if (z !== null) return new Uint8Array(z.deflateRawSync(data));
  return pipe(data, new CompressionStream('deflate-raw' as CompressionFormat));
}

/** The uncompressed content of an entry, or null when it cannot be read here. */
export async function readRawEntry(zip: RawZip, e: RawEntry): Promise<Uint8Array | null> {
  const start = dataStart(zip.bytes, e);
  const data = zip.bytes.subarray(start, start + e.compressedSize);
  let out: Uint8Array;
  if (e.method === 0) out = new Uint8Array(data);
  else if (e.method === 8 && rawDeflateSupported()) {
    try {
      out = await inflateRaw(data);
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
  const native = nodeZlib()?.crc32;
  if (native !== undefined) return native(bytes) >>> 0;
  return crc32Js(bytes);
}

export function crc32Js(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * A new zip where entries named in `changes` get the given content (deflated) or are removed (null).
 * Returns null when splicing is not possible (caller falls back).
 */
export async function spliceRawZip(zip: RawZip, changes: ReadonlyMap<string, Uint8Array | null>): Promise<Uint8Array | null> {
  if (!rawDeflateSupported()) return null;
  const { bytes } = zip;
  const replaced = new Map<RawEntry, { data: Uint8Array; crc: number; size: number } | null>();
  for (const [name, content] of changes) {
    const e = zip.byName.get(name);
    if (e === undefined) return null;
    if (zip.entries.filter((x) => x.name === name).length !== 1) return null;
    if (content === null) replaced.set(e, null);
    else {
      let data: Uint8Array;
      try {
        data = await deflateRaw(content);
      } catch {
        return null;
      }
      replaced.set(e, { data, crc: crc32(content), size: content.length });
    }
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
  const eocd = copy(bytes, zip.eocdStart, bytes.length);
  put16(eocd, 8, count);
  put16(eocd, 10, count);
  put32(eocd, 12, size - cdStart);
  put32(eocd, 16, cdStart);
  push(eocd);
  if (size > 0xffffffff) return null;
  return concatBytes(chunks, size);
}
