/**
 * Worksheet XML patching on the text: one scan indexes rows (and the cells of the rows being patched),
 * then every change is expressed as a splice, so all other characters of the part stay byte-identical.
 */
import { XlsxPatchError } from './errors';
import {
  type RangeBox,
  type CellAddress,
  boxContains,
  boxToRef,
  colToLetters,
  lettersToCol,
  tryParseA1,
  tryParseRange,
} from './address';
import { type Edit, type XmlAttr, TagScanner, applyEdits, escapeXmlText, getAttr, parseAttrs, setAttrInTag, type ElementSpan, closeSpan, openSpan } from './xml';

/** Format changes of one cell: each absent field keeps what the cell's style has. */
export interface CellFormat {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** The font's name; size, bold, italics and colour stay. */
  fontName?: string;
  /** Solid fill colour as RGB hex ("FFC7CE"); null removes the fill. */
  fill?: string | null;
  horizontal?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

/** One normalised change of one cell. */
export interface CellEdit extends CellFormat {
  addr: CellAddress;
  value: string | number | null;
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
    f.wrap !== undefined
  );
}

export interface SheetPatchResult {
  xml: string;
  /** Cells whose formula was removed (their calculation-chain entries must go). */
  removedFormulas: CellAddress[];
}

interface FormulaInfo {
  t: string;
  si?: string;
  ref?: string;
}

interface CellInfo extends ElementSpan {
  col: number;
  explicitR: boolean;
  attrs: string;
  formula?: FormulaInfo;
}

interface RowInfo extends ElementSpan {
  r: number;
  explicitR: boolean;
  attrs: string;
  /** Only collected for rows that are patched. */
  cells?: CellInfo[];
}

interface ColStyle {
  min: number;
  max: number;
  style: number;
}

interface SheetIndex {
  prefix: string;
  sheetData: ElementSpan;
  rows: RowInfo[];
  rowsSorted: boolean;
  byR: Map<number, RowInfo>;
  dimension?: { start: number; end: number; attrs: string };
  cols: ColStyle[];
  /** si → addresses (A1, or "" when unknown) of all cells using that shared formula. */
  sharedMembers: Map<string, string[]>;
  /** Multi-cell array / data-table formula ranges and their anchor cell. */
  arrayRanges: Array<{ box: RangeBox; anchor: string }>;
  /** Whether sharedMembers / arrayRanges cover the whole sheet (not only the patched rows). */
  complete: boolean;
}

const R_ATTR_RE = /\sr\s*=\s*["']([^"']*)["']/;
const CELL_REF_RE = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/;

function rAttr(attrs: string): string | undefined {
  const m = R_ATTR_RE.exec(attrs);
  return m === null ? undefined : m[1];
}

/**
 * Whether rows that are not patched can be skipped with a plain search for their end tag: true when the part
 * has no comments, CDATA sections or processing instructions (where "</row>" could hide).
 */
function canSkipRows(xml: string): boolean {
  const prologEnd = /^\uFEFF?<\?xml/.test(xml) ? xml.indexOf('?>') + 2 : 0;
  return xml.indexOf('<!--') < 0 && xml.indexOf('<![CDATA[') < 0 && xml.indexOf('<?', prologEnd) < 0;
}

/** Whether the part may contain array or data-table formulas (whose ranges must be known). */
function mayHaveArrayFormulas(xml: string): boolean {
  return /\st\s*=\s*["'](?:array|dataTable)["']/.test(xml);
}

/**
 * Indexes the worksheet. With `skipRows`, rows that are not patched are jumped over, so `sharedMembers` and
 * `arrayRanges` only cover the patched rows (`complete` is false).
 */
function indexSheet(xml: string, targetRows: ReadonlySet<number>, skipRows: boolean): SheetIndex {
  const sc = new TagScanner(xml, 0, 'worksheet part');
  const stack: string[] = [];
  let prefix = '';
  let sheetData: SheetIndex['sheetData'] | undefined;
  let inSheetData = false;
  const rows: RowInfo[] = [];
  const byR = new Map<number, RowInfo>();
  let rowsSorted = true;
  let row: RowInfo | null = null;
  let cell: CellInfo | null = null;
  let prevCol = 0;
  let cellAttrs = '';
  let cellRefCache: string | null = null;
  let dimension: SheetIndex['dimension'];
  const cols: ColStyle[] = [];
  const sharedMembers = new Map<string, string[]>();
  const arrayRanges: SheetIndex['arrayRanges'] = [];
  let lastR = 0;

  const currentCellRef = (): string => {
    if (cellRefCache === null) {
      const a = tryParseA1(rAttr(cellAttrs) ?? '');
      cellRefCache = cell !== null ? colToLetters(cell.col) + (row?.r ?? 0) : (a?.ref ?? '');
    }
    return cellRefCache;
  };

  while (sc.next()) {
    if (sc.closing) {
      const top = stack.pop();
      if (top !== sc.qname) {
        throw new XlsxPatchError(`The worksheet part is not well-formed XML (unexpected </${sc.qname}>).`, 'malformed-xml');
      }
      if (inSheetData) {
        const d = stack.length;
        if (d === 3) {
          if (cell !== null) closeSpan(cell, sc);
          cell = null;
        } else if (d === 2) {
          if (row !== null) closeSpan(row, sc);
          row = null;
        } else if (d === 1 && sheetData !== undefined) {
          closeSpan(sheetData, sc);
          inSheetData = false;
        }
      }
      continue;
    }

    const d = stack.length;
    if (inSheetData) {
      if (d === 2) {
        const local = sc.local;
        if (local === 'row') {
          const rText = rAttr(sc.attrs);
          const explicitR = rText !== undefined;
          const r = explicitR ? Number(rText) : lastR + 1;
          if (!Number.isInteger(r) || r < 1) {
            throw new XlsxPatchError(`The worksheet has a row with an invalid number (r="${rText}").`, 'malformed-xml');
          }
          if (r <= lastR) rowsSorted = false;
          lastR = r;
          // A self-closing row's closeStart is its start: cells inserted into it go before "<row …/>" is rewritten.
          const info: RowInfo = { ...openSpan(sc), closeStart: sc.start, r, explicitR, attrs: sc.attrs };
          if (targetRows.has(r) && !byR.has(r)) info.cells = [];
          rows.push(info);
          if (!byR.has(r)) byR.set(r, info);
          prevCol = 0;
          row = null;
          if (!sc.selfClosing) {
            const close = skipRows && info.cells === undefined ? findEndTag(xml, sc.qname, sc.end) : -1;
            if (close >= 0) {
              info.closeStart = close;
              info.end = xml.indexOf('>', close) + 1;
              sc.seek(info.end);
              continue; // the row was never pushed on the stack
            }
            row = info;
          }
        }
      } else if (d === 3) {
        if (sc.local === 'c') {
          cellAttrs = sc.attrs;
          cellRefCache = null;
          cell = null;
          if (row?.cells !== undefined) {
            const rText = rAttr(sc.attrs);
            let col: number;
            if (rText === undefined) col = prevCol + 1;
            else {
              const m = CELL_REF_RE.exec(rText);
              col = m === null ? NaN : lettersToCol(m[1]!);
              if (m === null || Number(m[2]) !== row.r) {
                throw new XlsxPatchError(
                  `The worksheet has a cell "${rText}" that does not belong to row ${row.r}.`,
                  'malformed-xml',
                );
              }
            }
            prevCol = col;
            const info: CellInfo = { ...openSpan(sc), col, explicitR: rText !== undefined, attrs: sc.attrs };
            row.cells.push(info);
            if (!sc.selfClosing) cell = info;
          }
        }
      } else if (d === 4 && sc.local === 'f') {
        const attrs = parseAttrs(sc.attrs);
        const t = getAttr(attrs, 't') ?? 'normal';
        const si = getAttr(attrs, 'si');
        const ref = getAttr(attrs, 'ref');
        if (cell !== null) cell.formula = { t, si, ref };
        if (t === 'shared' && si !== undefined) {
          let list = sharedMembers.get(si);
          if (list === undefined) sharedMembers.set(si, (list = []));
          list.push(currentCellRef());
        } else if ((t === 'array' || t === 'dataTable') && ref !== undefined) {
          const box = tryParseRange(ref);
          if (box !== null && (box.r1 !== box.r2 || box.c1 !== box.c2)) arrayRanges.push({ box, anchor: currentCellRef() });
        }
      }
    } else if (d === 1) {
      const local = sc.local;
      if (local === 'sheetData' && sheetData === undefined) {
        prefix = sc.prefix; // for new rows
        sheetData = openSpan(sc);
        inSheetData = !sc.selfClosing;
      } else if (local === 'dimension' && dimension === undefined) {
        dimension = { start: sc.start, end: sc.end, attrs: sc.attrs };
      }
    } else if (d === 2 && sc.local === 'col' && localOf(stack[1]!) === 'cols') {
      const attrs = parseAttrs(sc.attrs);
      const min = Number(getAttr(attrs, 'min'));
      const max = Number(getAttr(attrs, 'max'));
      const style = Number(getAttr(attrs, 'style') ?? '0');
      if (Number.isInteger(min) && Number.isInteger(max) && Number.isInteger(style) && style > 0) cols.push({ min, max, style });
    }
    if (!sc.selfClosing) stack.push(sc.qname);
  }
  if (stack.length !== 0) throw new XlsxPatchError('The worksheet part is not well-formed XML (truncated).', 'malformed-xml');
  if (sheetData === undefined) throw new XlsxPatchError('The worksheet part has no <sheetData> element.', 'malformed-xml');
  return { prefix, sheetData, rows, rowsSorted, byR, dimension, cols, sharedMembers, arrayRanges, complete: !skipRows };
}

/** Index with complete formula information, scanning every row only when it is needed. */
function indexSheetFor(xml: string, edits: readonly CellEdit[]): SheetIndex {
  const targetRows = new Set(edits.map((e) => e.addr.row));
  if (!canSkipRows(xml) || mayHaveArrayFormulas(xml)) return indexSheet(xml, targetRows, false);
  const ix = indexSheet(xml, targetRows, true);
  // Replacing the master of a shared formula needs to know every cell that uses it.
  const touchesSharedMaster = edits.some((e) => {
    const cell = ix.byR.get(e.addr.row)?.cells?.find((c) => c.col === e.addr.col);
    return cell?.formula?.t === 'shared' && cell.formula.ref !== undefined;
  });
  return touchesSharedMaster ? indexSheet(xml, targetRows, false) : ix;
}

/** Offset of the end tag `</qname>` after `from`, or -1. */
function findEndTag(xml: string, qname: string, from: number): number {
  const needle = `</${qname}`;
  for (let i = xml.indexOf(needle, from); i >= 0; i = xml.indexOf(needle, i + 1)) {
    const c = xml.charCodeAt(i + needle.length);
    if (c === 62 /* > */ || c === 32 || c === 9 || c === 10 || c === 13) return i;
  }
  return -1;
}

function localOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Shortest decimal text that parses back to exactly the same double. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new XlsxPatchError(`Cannot write the number ${n} to a cell.`, 'bad-patch');
  return String(n).replace('e', 'E');
}

function valueXml(p: string, value: string | number | null): { t: string | undefined; inner: string } {
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

export function patchSheetXml(xml: string, edits: CellEdit[], resolveStyle: StyleResolver | null): SheetPatchResult {
  const ix = indexSheetFor(xml, edits);
  const out: Edit[] = [];
  const removedFormulas: CellAddress[] = [];
  const patchedRefs = new Set(edits.map((e) => e.addr.ref));
  const wantsStyle = changesFormat;
  const newStyle = (old: number, e: CellEdit): number => (wantsStyle(e) && resolveStyle !== null ? resolveStyle(old, e) : old);

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
      if (a.anchor !== e.addr.ref && boxContains(a.box, e.addr.row, e.addr.col)) {
        throw new XlsxPatchError(
          `Cell ${e.addr.ref} is part of the array formula anchored at ${a.anchor}; it cannot be changed on its own.`,
          'unsupported',
        );
      }
    }
  }

  // Group by row, columns ascending.
  const byRow = new Map<number, CellEdit[]>();
  for (const e of edits) {
    let list = byRow.get(e.addr.row);
    if (list === undefined) byRow.set(e.addr.row, (list = []));
    list.push(e);
  }
  const newRows: Array<{ r: number; text: string }> = [];
  const bounds: RangeBox[] = [];

  for (const [r, rowEdits] of byRow) {
    rowEdits.sort((a, b) => a.addr.col - b.addr.col);
    const row = ix.byR.get(r);
    if (row === undefined) {
      let cells = '';
      for (const e of rowEdits) {
        if (e.value === null && !wantsStyle(e)) continue; // clearing a cell that does not exist
        cells += newCellXml(ix.prefix, e, newStyle(inheritedStyle(undefined, e.addr.col), e));
        bounds.push({ r1: r, c1: e.addr.col, r2: r, c2: e.addr.col });
      }
      if (cells !== '') newRows.push({ r, text: `<${ix.prefix}row r="${r}">${cells}</${ix.prefix}row>` });
      continue;
    }
    const cells = row.cells ?? [];
    const inserts: Array<{ at: number; col: number; text: string }> = [];
    for (const e of rowEdits) {
      const cell = cells.find((c) => c.col === e.addr.col);
      if (cell !== undefined) {
        out.push({ start: cell.start, end: cell.end, text: rewriteCell(xml, cell, e, ix, patchedRefs, newStyle, removedFormulas) });
        continue;
      }
      if (e.value === null && !wantsStyle(e)) continue;
      const next = cells.find((c) => c.col > e.addr.col);
      if (next !== undefined && !next.explicitR) {
        throw new XlsxPatchError(
          `Cannot insert cell ${e.addr.ref}: the following cells of row ${r} have no address attribute.`,
          'unsupported',
        );
      }
      const text = newCellXml(row.prefix, e, newStyle(inheritedStyle(row, e.addr.col), e));
      inserts.push({ at: next !== undefined ? next.start : row.closeStart, col: e.addr.col, text });
      bounds.push({ r1: r, c1: e.addr.col, r2: r, c2: e.addr.col });
    }
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
        grown.r1 = Math.min(grown.r1, b.r1);
        grown.c1 = Math.min(grown.c1, b.c1);
        grown.r2 = Math.max(grown.r2, b.r2);
        grown.c2 = Math.max(grown.c2, b.c2);
      }
      const empty = ref === 'A1' && ix.rows.length === 0;
      const next = empty ? bounds.reduce(unionBox) : grown;
      if (boxToRef(next) !== boxToRef(box)) {
        const tag = xml.slice(ix.dimension.start, ix.dimension.end);
        out.push({ start: ix.dimension.start, end: ix.dimension.end, text: setAttrInTag(tag, 'ref', boxToRef(next)) });
      }
    }
  }

  return { xml: applyEdits(xml, out), removedFormulas };
}

function unionBox(a: RangeBox, b: RangeBox): RangeBox {
  return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
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

function newCellXml(p: string, e: CellEdit, s: number): string {
  const { t, inner } = valueXml(p, e.value);
  const attrs = `r="${e.addr.ref}"${s !== 0 ? ` s="${s}"` : ''}${t !== undefined ? ` t="${t}"` : ''}`;
  return inner === '' ? `<${p}c ${attrs}/>` : `<${p}c ${attrs}>${inner}</${p}c>`;
}

function rewriteCell(
  xml: string,
  cell: CellInfo,
  e: CellEdit,
  ix: SheetIndex,
  patchedRefs: ReadonlySet<string>,
  newStyle: (old: number, e: CellEdit) => number,
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
      if (box !== null && (box.r1 !== box.r2 || box.c1 !== box.c2)) {
        throw new XlsxPatchError(`Cell ${e.addr.ref} anchors a multi-cell array formula; it cannot be replaced.`, 'unsupported');
      }
    }
    removedFormulas.push(e.addr);
  }

  const p = cell.prefix;
  const attrs = parseAttrs(cell.attrs);
  const oldS = parseStyle(attrs);
  const s = newStyle(oldS, e);
  const { t, inner } = valueXml(p, e.value);
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
        if (s !== oldS) {
          head += ` s="${s}"`;
          continue;
        }
        break;
    }
    head += ` ${a.text}`;
  }
  if (!hasS && s !== oldS) head += ` s="${s}"`;
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
