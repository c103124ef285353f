/**
 * OPC package access for the patcher: loading the zip, decoding parts as text without losing a byte,
 * following relationships and locating a worksheet by name.
 */
import JSZip from 'jszip';
import { checkDeclaredSizes, oversizeMessageEn } from '../limits';
import { XlsxPatchError } from './errors';
import { TagScanner, decodeXml, getAttr, parseAttrs } from './xml';
import { type RawZip, parseRawZip, readRawEntry, spliceRawZip } from './zip-raw';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An opened package plus the changes to write. */
export interface Package {
  input: Uint8Array;
  zip: JSZip;
  /** Byte-level view for fast reading and splicing; null when the layout needs JSZip. */
  raw: RawZip | null;
  /** Entry name → new content, or null to delete the entry. */
  changes: Map<string, Uint8Array | null>;
  /** Entries the package did not have, written after the existing ones in this order. */
  added: Map<string, Uint8Array>;
}

/** Loads an .xlsx package, turning every failure into an {@link XlsxPatchError}. */
export async function loadPackage(bytes: Uint8Array): Promise<Package> {
  if (!(bytes instanceof Uint8Array)) {
    throw new XlsxPatchError('Input must be the bytes of an .xlsx file (Uint8Array).', 'not-zip');
  }
  // A plain view (not a Buffer), so slice() always copies; the caller's bytes are never modified.
  const input = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (input.length >= 4 && CFB_SIGNATURE.slice(0, 4).every((b, i) => input[i] === b)) {
    throw new XlsxPatchError(
      'The file is an OLE compound document, not an .xlsx package: it is either password-protected (encrypted) ' +
        'or a legacy .xls workbook. Remove the password or save it as .xlsx first.',
      'encrypted',
    );
  }
  if (input.length < 22 || input[0] !== 0x50 || input[1] !== 0x4b) {
    throw new XlsxPatchError('The file is not an .xlsx workbook (it is not a zip package).', 'not-zip');
  }
  const oversize = checkDeclaredSizes(input);
  if (oversize !== null) throw new XlsxPatchError(oversizeMessageEn(oversize), 'too-large');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input, { createFolders: false, checkCRC32: false });
  } catch (err) {
    throw new XlsxPatchError(
      `The file is not a readable .xlsx workbook (damaged or truncated zip: ${errorText(err)}).`,
      'not-zip',
      { cause: err },
    );
  }
  return { input, zip, raw: parseRawZip(input), changes: new Map(), added: new Map() };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Finds a zip entry for a part name: exact match first, then case-insensitive (OPC names are). */
export function findEntry(pkg: Package, partName: string): JSZip.JSZipObject | null {
  const { zip } = pkg;
  const usable = (f: JSZip.JSZipObject | null | undefined) => f != null && !f.dir && pkg.changes.get(f.name) !== null;
  const exact = zip.file(partName);
  if (usable(exact)) return exact;
  const lower = partName.toLowerCase();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name]!;
    if (usable(f) && name.toLowerCase() === lower) return f;
  }
  return null;
}

export interface TextPart {
  /** Zip entry name as stored. */
  name: string;
  /** Decoded text; a UTF-8 byte order mark is kept as U+FEFF so re-encoding is byte-exact. */
  text: string;
}

async function entryBytes(pkg: Package, entry: JSZip.JSZipObject): Promise<Uint8Array> {
  const changed = pkg.changes.get(entry.name);
  if (changed) return changed;
  const raw = pkg.raw?.byName.get(entry.name);
  if (raw !== undefined && pkg.raw !== null) {
    const bytes = await readRawEntry(pkg.raw, raw);
    if (bytes !== null) return bytes;
  }
  return entry.async('uint8array');
}

/** Reads an XML part as text such that encoding it again reproduces the original bytes exactly. */
export async function readTextPart(pkg: Package, partName: string, what: string): Promise<TextPart | null> {
  const entry = findEntry(pkg, partName);
  if (entry === null) return null;
  let bytes: Uint8Array;
  try {
    bytes = await entryBytes(pkg, entry);
  } catch (err) {
    throw new XlsxPatchError(`The ${what} (${entry.name}) cannot be read from the package: ${errorText(err)}.`, 'bad-package', {
      cause: err,
    });
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new XlsxPatchError(`The ${what} (${entry.name}) is UTF-16 encoded, which is not supported.`, 'unsupported');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    throw new XlsxPatchError(`The ${what} (${entry.name}) is not valid UTF-8.`, 'malformed-xml', { cause: err });
  }
  const decl = /^\uFEFF?<\?xml[^?]*encoding\s*=\s*["']([^"']+)["']/.exec(text);
  if (decl !== null && !/^utf-?8$/i.test(decl[1]!)) {
    throw new XlsxPatchError(`The ${what} (${entry.name}) uses encoding ${decl[1]!}, which is not supported.`, 'unsupported');
  }
  return { name: entry.name, text };
}

/** Records new content for an entry (same name and position in the package). */
export function replaceEntry(pkg: Package, name: string, text: string): void {
  pkg.changes.set(name, new TextEncoder().encode(text));
}

/** Records the removal of an entry. */
export function removeEntry(pkg: Package, name: string): void {
  pkg.changes.set(name, null);
}

/** Records a new entry, written after the existing ones. */
export function addEntry(pkg: Package, name: string, text: string): void {
  pkg.added.set(name, new TextEncoder().encode(text));
}

/** Whether the package has (or will have) an entry of this name, compared case-insensitively as OPC does. */
export function hasEntry(pkg: Package, name: string): boolean {
  const lower = name.toLowerCase();
  for (const n of pkg.added.keys()) if (n.toLowerCase() === lower) return true;
  return Object.keys(pkg.zip.files).some((n) => n.toLowerCase() === lower);
}

/**
 * Writes the package. Entries keep their order and names; added entries follow them. Preferred path: splice
 * the original bytes, so untouched entries are copied verbatim (even compressed). Fallback: JSZip, keeping
 * stored entries stored and copying untouched deflated data without recompression.
 */
export async function writePackage(pkg: Package): Promise<Uint8Array> {
  if (pkg.changes.size === 0 && pkg.added.size === 0) return new Uint8Array(pkg.input);
  if (pkg.raw !== null) {
    const out = await spliceRawZip(pkg.raw, pkg.changes, pkg.added);
    if (out !== null) return out;
  }
  const { zip } = pkg;
  for (const [name, content] of pkg.changes) {
    const entry = zip.file(name);
    if (entry === null) throw new XlsxPatchError(`Internal error: the package has no entry ${name} to change.`, 'unsupported');
    if (content === null) {
      zip.remove(name);
      continue;
    }
    zip.file(name, content, {
      binary: true,
      createFolders: false,
      date: entry.date,
      comment: entry.comment || undefined,
      unixPermissions: entry.unixPermissions ?? undefined,
      dosPermissions: entry.dosPermissions ?? undefined,
    });
  }
  for (const [name, content] of pkg.added) zip.file(name, content, { binary: true, createFolders: false });
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name] as JSZip.JSZipObject & {
      _data?: { compression?: { magic?: string } };
      options?: { compression?: string | null };
    };
    if (f.options && f._data?.compression?.magic === '\x00\x00') f.options.compression = 'STORE';
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ---------------------------------------------------------------------------------------------------------
// Relationships

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash), or the raw target for external relationships. */
  target: string;
  external: boolean;
  /** Offsets of the whole `<Relationship>` element in the .rels text. */
  start: number;
  end: number;
}

/** The .rels part name for a part, e.g. xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURI(t);
  } catch {
    // keep as is
  }
  t = t.replace(/[?#].*$/, '');
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export function parseRels(text: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  const sc = new TagScanner(text, 0, 'relationships part');
  let depth = 0;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      continue;
    }
    if (depth === 1 && sc.local === 'Relationship') {
      const attrs = parseAttrs(sc.attrs);
      const id = getAttr(attrs, 'Id') ?? '';
      const type = getAttr(attrs, 'Type') ?? '';
      const rawTarget = getAttr(attrs, 'Target') ?? '';
      const external = (getAttr(attrs, 'TargetMode') ?? '') === 'External';
      const start = sc.start;
      if (!sc.selfClosing) {
        // <Relationship ...></Relationship>
        while (sc.next() && !(sc.closing && sc.local === 'Relationship'));
      }
      const target = external ? rawTarget : resolveTarget(sourcePart, rawTarget);
      out.push({ id, type, target, external, start, end: sc.end });
      continue;
    }
    if (!sc.selfClosing) depth++;
  }
  return out;
}

function relType(rel: Relationship, suffix: string): boolean {
  return rel.type.endsWith(`/${suffix}`);
}

// ---------------------------------------------------------------------------------------------------------
// Workbook

export interface WorkbookInfo {
  workbookPart: string;
  workbookRels: Relationship[];
  workbookRelsPart: TextPart | null;
  sheets: Array<{ name: string; sheetId: string; rid: string }>;
}

export async function readWorkbook(pkg: Package): Promise<WorkbookInfo> {
  let workbookPart = 'xl/workbook.xml';
  const rootRels = await readTextPart(pkg, '_rels/.rels', 'package relationships part');
  if (rootRels !== null) {
    const doc = parseRels(rootRels.text, '').find((r) => !r.external && relType(r, 'officeDocument'));
    if (doc !== undefined && findEntry(pkg, doc.target) !== null) workbookPart = doc.target;
  }
  const wb = await readTextPart(pkg, workbookPart, 'workbook part');
  if (wb === null) {
    throw new XlsxPatchError('The file is not an .xlsx workbook (the zip has no workbook part).', 'bad-package');
  }
  workbookPart = wb.name;
  const relsPart = await readTextPart(pkg, relsPartFor(workbookPart), 'workbook relationships part');
  const workbookRels = relsPart === null ? [] : parseRels(relsPart.text, workbookPart);

  const sheets: WorkbookInfo['sheets'] = [];
  const sc = new TagScanner(wb.text, 0, 'workbook part');
  const stack: string[] = [];
  while (sc.next()) {
    if (sc.closing) {
      stack.pop();
      continue;
    }
    if (sc.local === 'sheet' && stack.length === 2 && stack[1] === 'sheets') {
      const attrs = parseAttrs(sc.attrs);
      const ridAttr = attrs.find((a) => /^[^:]+:id$/.test(a.name));
      sheets.push({
        name: getAttr(attrs, 'name') ?? '',
        sheetId: getAttr(attrs, 'sheetId') ?? '',
        rid: ridAttr === undefined ? '' : decodeXml(ridAttr.raw),
      });
    }
    if (!sc.selfClosing) stack.push(sc.local);
  }
  return { workbookPart, workbookRels, workbookRelsPart: relsPart, sheets };
}

export interface SheetLocation {
  name: string;
  sheetId: string;
  partName: string;
}

export function locateSheet(wb: WorkbookInfo, sheetName: string): SheetLocation {
  let sheet = wb.sheets.find((s) => s.name === sheetName);
  if (sheet === undefined) {
    // Excel sheet names are unique case-insensitively.
    const lower = sheetName.toLocaleLowerCase();
    sheet = wb.sheets.find((s) => s.name.toLocaleLowerCase() === lower);
  }
  if (sheet === undefined) {
    const names = wb.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new XlsxPatchError(
      `Sheet "${sheetName}" was not found in the workbook${names ? ` (sheets: ${names})` : ''}.`,
      'sheet-not-found',
    );
  }
  const rel = wb.workbookRels.find((r) => r.id === sheet.rid);
  if (rel === undefined || rel.external) {
    throw new XlsxPatchError(`Sheet "${sheet.name}" has no worksheet part in the package.`, 'bad-package');
  }
  if (!relType(rel, 'worksheet')) {
    throw new XlsxPatchError(`Sheet "${sheet.name}" is not a worksheet (it is a chart or dialog sheet).`, 'not-worksheet');
  }
  return { name: sheet.name, sheetId: sheet.sheetId, partName: rel.target };
}

/** Part name of the workbook-level relationship of the given type (e.g. "styles"), if any. */
export function workbookRelTarget(wb: WorkbookInfo, typeSuffix: string): Relationship | undefined {
  return wb.workbookRels.find((r) => !r.external && relType(r, typeSuffix));
}
