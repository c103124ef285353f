/**
 * The zip's central directory, read without inflating anything: entry names, methods, declared sizes and
 * offsets, zip64 included. The splicer (zip-raw.ts) builds on it, and so do the size guard and the
 * reader's sniffing of what kind of file this is.
 */

export interface RawEntry {
  /** File name decoded as UTF-8 (as JSZip does by default). */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Byte range of the central-directory record. */
  cdStart: number;
  cdEnd: number;
}

const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

export function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

export function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** Little-endian 64-bit value as a number (exact below 2^53, far beyond any real file). */
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;
}

/** One central-directory record: what the zip says about an entry, before anything is inflated. */
export interface CentralEntry extends RawEntry {
  /** Sizes or offset came from a zip64 extra field. */
  zip64: boolean;
}

export interface CentralDirectory {
  entries: CentralEntry[];
  cdStart: number;
  cdEnd: number;
  eocdStart: number;
  /** The end record ends the file (no trailing bytes) and the archive is a single, non-zip64 disk. */
  plain: boolean;
}

/**
 * Reads the central directory as any unzipper would, zip64 included: the names and declared sizes of
 * all entries, without inflating anything. Null when there is no readable directory.
 */
export function readCentralDirectory(bytes: Uint8Array): CentralDirectory | null {
  const n = bytes.length;
  // The end record whose comment reaches exactly the end of the file; else the last one that fits.
  let eocd = -1;
  let loose = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (u32(bytes, i) !== SIG_EOCD) continue;
    const end = i + 22 + u16(bytes, i + 20);
    if (end === n) {
      eocd = i;
      break;
    }
    if (loose < 0 && end < n) loose = i;
  }
  const exact = eocd >= 0;
  if (!exact) eocd = loose;
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdStart = u32(bytes, eocd + 16);
  let plain = exact && u16(bytes, eocd + 4) === 0 && u16(bytes, eocd + 6) === 0 && u16(bytes, eocd + 8) === count;
  if (eocd >= 20 && u32(bytes, eocd - 20) === SIG_ZIP64_LOCATOR) {
    plain = false;
    const z = u64(bytes, eocd - 20 + 8);
    if (z + 56 > eocd || u32(bytes, z) !== SIG_ZIP64_EOCD) return null;
    count = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdStart = u64(bytes, z + 48);
  }
  const cdEnd = cdStart + cdSize;
  if (cdEnd > eocd) return null;

  const entries: CentralEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdStart;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cdEnd || u32(bytes, p) !== SIG_CENTRAL) return null;
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const end = p + 46 + nameLen + u16(bytes, p + 32) + extraLen;
    if (end > cdEnd) return null;
    const e: CentralEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      cdStart: p,
      cdEnd: end,
      zip64: false,
    };
    if (u16(bytes, p + 34) !== 0) plain = false;
    readZip64Extra(bytes, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p = end;
  }
  if (p !== cdEnd) plain = false;
  return { entries, cdStart, cdEnd, eocdStart: eocd, plain };
}

/** Replaces the 0xffffffff fields of `e` with their 64-bit values from the zip64 extra field (id 1). */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, e: CentralEntry): void {
  const fields = (['uncompressedSize', 'compressedSize', 'localOffset'] as const).filter((f) => e[f] === 0xffffffff);
  if (fields.length === 0) return;
  for (let q = start; q + 4 <= start + length; q += 4 + u16(bytes, q + 2)) {
    if (u16(bytes, q) !== 0x0001) continue;
    let o = q + 4;
    for (const f of fields) {
      if (o + 8 > q + 4 + u16(bytes, q + 2)) break;
      e[f] = u64(bytes, o);
      o += 8;
    }
    e.zip64 = true;
    return;
  }
}
