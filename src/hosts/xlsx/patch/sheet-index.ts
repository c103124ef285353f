/**
 * One scan of a worksheet's XML that indexes its rows (and the cells of the rows being patched), their
 * formulas and the column styles, with the offsets the patcher splices at. Rows that are not patched are
 * jumped over with a plain search for their end tag when nothing can hide one.
 */
import { XlsxPatchError } from './errors';
import { type CellAddress, tryParseA1, tryParseRange } from './address';
import { columnLetters, columnNumber } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { type ElementSpan, TagScanner, closeSpan, getAttr, openSpan, parseAttrs } from './xml';

export interface FormulaInfo {
  t: string;
  si?: string;
  ref?: string;
}

export interface CellInfo extends ElementSpan {
  col: number;
  explicitR: boolean;
  attrs: string;
  formula?: FormulaInfo;
}

export interface RowInfo extends ElementSpan {
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

export interface SheetIndex {
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
  arrayRanges: Array<{ box: CellRange; anchor: string }>;
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
 * Whether rows that are not patched (or a whole <sheetData>) can be skipped with a plain search for their end tag: true when the part
 * has no comments, CDATA sections or processing instructions (where "</row>" could hide).
 */
export function canSkipRows(xml: string): boolean {
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
      cellRefCache = cell !== null ? columnLetters(cell.col) + (row?.r ?? 0) : (a?.ref ?? '');
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
              col = m === null ? NaN : columnNumber(m[1]!);
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
          if (box !== null && (box.top !== box.bottom || box.left !== box.right)) arrayRanges.push({ box, anchor: currentCellRef() });
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
export function indexSheetFor(xml: string, edits: ReadonlyArray<{ addr: CellAddress }>): SheetIndex {
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
export function findEndTag(xml: string, qname: string, from: number): number {
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
