/**
 * Worksheet XML patching on the text: one scan indexes rows (and the cells of the rows being patched, see
 * sheet-index.ts), then every change is expressed as a splice, so all other characters of the part stay
 * byte-identical.
 */
import type { CellStyle } from '../../../core/workbook/plan';
import { escapeFormula } from '../writer/formula';
import { XlsxPatchError } from './errors';
import { type CellAddress, tryParseRange } from './address';
import { containsCell, rangeAddress } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { type CellInfo, type RowInfo, type SheetIndex, indexSheetFor } from './sheet-index';
import { type Splice, type XmlAttr, TagScanner, applySplices, escapeXmlText, getAttr, parseAttrs, setAttrInTag } from './xml';

/** Format changes of one cell: each absent field keeps what the cell's style has. */
export type CellFormat = CellStyle;

/** One normalised change of one cell. */
export interface CellChange extends CellFormat {
  addr: CellAddress;
  value: string | number | null;
  /** A formula as the file stores it (no "=", `_xlfn.` prefixes added), written without a cached value. */
  formula?: string;
  /** Start from a blank cell in the default style: with nothing else to write, the cell element goes. */
  clear?: boolean;
}

/** Maps a cell style index to the style index carrying the requested format changes. */
export type StyleResolver = (oldStyle: number, format: CellFormat) => number;

export function changesFormat(f: CellFormat): boolean {
  return (
    f.numFmt !== undefined ||
    f.bold !== undefined ||
    f.italic !== undefined ||
    f.fontName !== undefined ||
    f.fill !== undefined ||
    f.horizontal !== undefined ||
    f.vertical !== undefined ||
    f.wrap !== undefined ||
    f.fontSize !== undefined ||
    f.underline !== undefined ||
    f.border !== undefined
  );
}

export interface SheetPatchResult {
  xml: string;
  /** Cells whose formula was removed (their calculation-chain entries must go). */
  removedFormulas: CellAddress[];
}

/** Shortest decimal text that parses back to exactly the same double. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new XlsxPatchError(`Cannot write the number ${n} to a cell.`, 'bad-patch');
  return String(n).replace('e', 'E');
}

function valueXml(p: string, value: string | number | null, formula?: string): { t: string | undefined; inner: string } {
  if (formula !== undefined) return { t: undefined, inner: `<${p}f>${escapeFormula(formula)}</${p}f>` };
  if (value === null) return { t: undefined, inner: '' };
  if (typeof value === 'number') return { t: undefined, inner: `<${p}v>${formatNumber(value)}</${p}v>` };
  return { t: 'inlineStr', inner: `<${p}is><${p}t xml:space="preserve">${escapeXmlText(value)}</${p}t></${p}is>` };
}

/** Children of an existing cell other than its formula and value (normally just an extLst), verbatim. */
function keptChildren(xml: string, cell: CellInfo): string {
  if (cell.selfClosing) return '';
  const inner = xml.slice(cell.openEnd, cell.closeStart);
  if (inner.indexOf('<') < 0) return '';
  const sc = new TagScanner(inner, 0, 'worksheet part');
  let depth = 0;
  let keepFrom = -1;
  let out = '';
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 0 && keepFrom >= 0) {
        out += inner.slice(keepFrom, sc.end);
        keepFrom = -1;
      }
      continue;
    }
    if (depth === 0) {
      const local = sc.local;
      if (local !== 'f' && local !== 'v' && local !== 'is') {
        if (sc.selfClosing) out += inner.slice(sc.start, sc.end);
        else keepFrom = sc.start;
      }
    }
    if (!sc.selfClosing) depth++;
  }
  return out;
}

function parseStyle(attrs: XmlAttr[] | string): number {
  const s = getAttr(attrs, 's');
  if (s === undefined || s.trim() === '') return 0;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new XlsxPatchError(`The worksheet has a cell with an invalid style index s="${s}".`, 'malformed-xml');
  return n;
}

export function patchSheetXml(xml: string, edits: CellChange[], resolveStyle: StyleResolver | null): SheetPatchResult {
  const ix = indexSheetFor(xml, edits);
  const out: Splice[] = [];
  const removedFormulas: CellAddress[] = [];
  const patchedRefs = new Set(edits.map((e) => e.addr.ref));
  const wantsStyle = changesFormat;
  const newStyle = (old: number, e: CellChange): number => (wantsStyle(e) && resolveStyle !== null ? resolveStyle(old, e) : old);

  // Style a brand-new cell gets: the row's style when the row is formatted, else the column's.
  const inheritedStyle = (row: RowInfo | undefined, col: number): number => {
    if (row !== undefined) {
      const attrs = parseAttrs(row.attrs);
      const cf = getAttr(attrs, 'customFormat');
      if (cf === '1' || cf === 'true') return parseStyle(attrs);
    }
    for (const c of ix.cols) if (col >= c.min && col <= c.max) return c.style;
    return 0;
  };

  for (const e of edits) {
    for (const a of ix.arrayRanges) {
      if (a.anchor !== e.addr.ref && containsCell(a.box, e.addr.row, e.addr.col)) {
        throw new XlsxPatchError(
          `Cell ${e.addr.ref} is part of the array formula anchored at ${a.anchor}; it cannot be changed on its own.`,
          'unsupported',
        );
      }
    }
  }

  // Group by row, columns ascending.
  const byRow = new Map<number, CellChange[]>();
  for (const e of edits) {
    let list = byRow.get(e.addr.row);
    if (list === undefined) byRow.set(e.addr.row, (list = []));
    list.push(e);
  }
  const newRows: Array<{ r: number; text: string }> = [];
  const bounds: CellRange[] = [];

  for (const [r, rowEdits] of byRow) {
    rowEdits.sort((a, b) => a.addr.col - b.addr.col);
    const row = ix.byR.get(r);
    if (row === undefined) {
      let cells = '';
      for (const e of rowEdits) {
        if (e.value === null && e.formula === undefined && !wantsStyle(e)) continue; // clearing a cell that does not exist
        cells += newCellXml(ix.prefix, e, newStyle(inheritedStyle(undefined, e.addr.col), e));
        bounds.push({ top: r, left: e.addr.col, bottom: r, right: e.addr.col });
      }
      if (cells !== '') newRows.push({ r, text: `<${ix.prefix}row r="${r}">${cells}</${ix.prefix}row>` });
      continue;
    }
    const cells = row.cells ?? [];
    const inserts: Array<{ at: number; col: number; text: string }> = [];
    const rewritten: Splice[] = [];
    for (const e of rowEdits) {
      const cell = cells.find((c) => c.col === e.addr.col);
      if (cell !== undefined) {
        rewritten.push({ start: cell.start, end: cell.end, text: rewriteCell(xml, cell, e, ix, patchedRefs, newStyle, removedFormulas) });
        continue;
      }
      if (e.value === null && e.formula === undefined && !wantsStyle(e)) continue;
      const next = cells.find((c) => c.col > e.addr.col);
      if (next !== undefined && !next.explicitR) {
        throw new XlsxPatchError(
          `Cannot insert cell ${e.addr.ref}: the following cells of row ${r} have no address attribute.`,
          'unsupported',
        );
      }
      const text = newCellXml(row.prefix, e, newStyle(inheritedStyle(row, e.addr.col), e));
      inserts.push({ at: next !== undefined ? next.start : row.closeStart, col: e.addr.col, text });
      bounds.push({ top: r, left: e.addr.col, bottom: r, right: e.addr.col });
    }
    // A row left without cells that says nothing of its own (height, style, hiding…) goes too.
    if (inserts.length === 0 && cells.length > 0 && rewritten.length === cells.length && rewritten.every((w) => w.text === '') && isPlainRow(row.attrs)) {
      out.push({ start: row.start, end: row.end, text: '' });
      continue;
    }
    out.push(...rewritten);
    if (inserts.length === 0) continue;

    // Keep the row's optional "spans" hint truthful.
    let openTag = xml.slice(row.start, row.openEnd);
    const spans = getAttr(row.attrs, 'spans');
    if (spans !== undefined) {
      const ranges = spans
        .trim()
        .split(/\s+/)
        .map((s) => s.split(':').map(Number) as [number, number]);
      const covered = (col: number) => ranges.some(([a, b]) => col >= a && col <= b);
      if (ranges.every(([a, b]) => Number.isInteger(a) && Number.isInteger(b)) && !inserts.every((i) => covered(i.col))) {
        const lo = Math.min(...ranges.map(([a]) => a), ...inserts.map((i) => i.col));
        const hi = Math.max(...ranges.map(([, b]) => b), ...inserts.map((i) => i.col));
        openTag = setAttrInTag(openTag, 'spans', `${lo}:${hi}`);
      }
    }
    if (row.selfClosing) {
      const body = inserts.map((i) => i.text).join('');
      out.push({ start: row.start, end: row.end, text: `${openTag.replace(/\s*\/>$/, '>')}${body}</${row.prefix}row>` });
    } else {
      if (openTag !== xml.slice(row.start, row.openEnd)) out.push({ start: row.start, end: row.openEnd, text: openTag });
      for (const i of inserts) out.push({ start: i.at, end: i.at, text: i.text, order: i.col });
    }
  }

  if (newRows.length > 0) {
    const sd = ix.sheetData;
    if (sd.selfClosing) {
      newRows.sort((a, b) => a.r - b.r);
      const open = xml.slice(sd.start, sd.end).replace(/\s*\/>$/, '>');
      out.push({ start: sd.start, end: sd.end, text: `${open}${newRows.map((n) => n.text).join('')}</${ix.prefix}sheetData>` });
    } else {
      for (const n of newRows) {
        const next = firstRowAfter(ix, n.r);
        if (next !== undefined && !next.explicitR) {
          throw new XlsxPatchError(`Cannot insert row ${n.r}: the following rows have no row number attribute.`, 'unsupported');
        }
        const at = next !== undefined ? next.start : sd.closeStart;
        out.push({ start: at, end: at, text: n.text, order: n.r });
      }
    }
  }

  // Keep the optional <dimension> hint covering the cells we added.
  if (ix.dimension !== undefined && bounds.length > 0) {
    const ref = getAttr(ix.dimension.attrs, 'ref');
    const box = ref === undefined ? null : tryParseRange(ref);
    if (box !== null) {
      const grown = { ...box };
      for (const b of bounds) {
        grown.top = Math.min(grown.top, b.top);
        grown.left = Math.min(grown.left, b.left);
        grown.bottom = Math.max(grown.bottom, b.bottom);
        grown.right = Math.max(grown.right, b.right);
      }
      const empty = ref === 'A1' && ix.rows.length === 0;
      const next = empty ? bounds.reduce(unionBox) : grown;
      if (rangeAddress(next) !== rangeAddress(box)) {
        const tag = xml.slice(ix.dimension.start, ix.dimension.end);
        out.push({ start: ix.dimension.start, end: ix.dimension.end, text: setAttrInTag(tag, 'ref', rangeAddress(next)) });
      }
    }
  }

  return { xml: applySplices(xml, out), removedFormulas };
}

/** Row attributes that are only hints or its number: such a row without cells can go. */
const PLAIN_ROW_ATTRS = new Set(['r', 'spans', 'x14ac:dyDescent']);
const isPlainRow = (attrs: string) => parseAttrs(attrs).every((a) => PLAIN_ROW_ATTRS.has(a.name));

function unionBox(a: CellRange, b: CellRange): CellRange {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function firstRowAfter(ix: SheetIndex, r: number): RowInfo | undefined {
  const rows = ix.rows;
  if (!ix.rowsSorted) return rows.find((x) => x.r > r);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.r > r) hi = mid;
    else lo = mid + 1;
  }
  return rows[lo];
}

function newCellXml(p: string, e: CellChange, s: number): string {
  const { t, inner } = valueXml(p, e.value, e.formula);
  const attrs = `r="${e.addr.ref}"${s !== 0 ? ` s="${s}"` : ''}${t !== undefined ? ` t="${t}"` : ''}`;
  return inner === '' ? `<${p}c ${attrs}/>` : `<${p}c ${attrs}>${inner}</${p}c>`;
}

function rewriteCell(
  xml: string,
  cell: CellInfo,
  e: CellChange,
  ix: SheetIndex,
  patchedRefs: ReadonlySet<string>,
  newStyle: (old: number, e: CellChange) => number,
  removedFormulas: CellAddress[],
): string {
  const f = cell.formula;
  if (f !== undefined) {
    if (f.t === 'shared' && f.ref !== undefined && f.si !== undefined) {
      if (!ix.complete) throw new XlsxPatchError('Internal error: incomplete shared formula index.', 'unsupported');
      const others = (ix.sharedMembers.get(f.si) ?? []).filter((ref) => ref !== e.addr.ref && !patchedRefs.has(ref));
      if (others.length > 0) {
        throw new XlsxPatchError(
          `Cell ${e.addr.ref} holds a shared formula that ${others.length} other cell(s) depend on; it cannot be replaced.`,
          'unsupported',
        );
      }
    }
    if ((f.t === 'array' || f.t === 'dataTable') && f.ref !== undefined) {
      const box = tryParseRange(f.ref);
      if (box !== null && (box.top !== box.bottom || box.left !== box.right)) {
        throw new XlsxPatchError(`Cell ${e.addr.ref} anchors a multi-cell array formula; it cannot be replaced.`, 'unsupported');
      }
    }
    removedFormulas.push(e.addr);
  }

  const p = cell.prefix;
  // Gone entirely, as if never written; a cell without an address keeps its place for the cells after it.
  if (e.clear && e.value === null && e.formula === undefined && !changesFormat(e)) return cell.explicitR ? '' : `<${p}c/>`;
  const attrs = parseAttrs(cell.attrs);
  const oldS = e.clear ? 0 : parseStyle(attrs);
  const s = newStyle(oldS, e);
  const { t, inner } = valueXml(p, e.value, e.formula);
  let head = cell.explicitR ? '' : ` r="${e.addr.ref}"`;
  let hasS = false;
  for (const a of attrs) {
    switch (a.name) {
      case 't':
      case 'vm': // value metadata belongs to the old value
        continue;
      case 'cm': // cell metadata (dynamic arrays) belongs to the old formula
        if (f !== undefined) continue;
        break;
      case 's':
        hasS = true;
        if (s !== oldS || e.clear) {
          if (s === 0 && e.clear) continue;
          head += ` s="${s}"`;
          continue;
        }
        break;
    }
    head += ` ${a.text}`;
  }
  if (!hasS && s !== oldS && s !== 0) head += ` s="${s}"`;
  if (t !== undefined) head += ` t="${t}"`;
  const body = inner + keptChildren(xml, cell);
  return body === '' ? `<${cell.prefix}c${head}/>` : `<${cell.prefix}c${head}>${body}</${cell.prefix}c>`;
}

/** Whether the worksheet XML carries an enforced `<sheetProtection sheet="1">`. */
export function sheetXmlIsProtected(xml: string): boolean {
  const re = /<((?:[A-Za-z_][\w.-]*:)?)sheetProtection((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const v = (getAttr(m[2] ?? '', 'sheet') ?? '').trim();
    if (v === '1' || v === 'true') return true;
  }
  return false;
}
