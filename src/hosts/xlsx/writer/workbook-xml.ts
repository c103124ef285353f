/**
 * Edits of xl/workbook.xml on its text: sheets, defined names, the views' active and first tab, and the
 * recalculation flag. Sheet-scoped names and the views refer to sheets by position (`localSheetId`,
 * `activeTab`, `firstSheet` are indexes into <sheets>), so inserting or removing a sheet shifts them.
 */
import { XlsxPatchError } from '../patch/errors';
import { type Splice, TagScanner, applySplices, decodeXml, escapeXmlAttr, getAttr, parseAttrs, setAttrInTag } from '../patch/xml';
import { escapeFormula } from './formula';
import { WORKBOOK_ORDER, insertionPoint, layoutOf, prefixOf } from './children';

export interface SheetElement {
  name: string;
  sheetId: number;
  /** The relationship id, and the attribute that holds it (e.g. "r:id"). */
  rid: string;
  ridAttr: string;
  hidden: boolean;
  start: number;
  end: number;
}

export interface NameElement {
  name: string;
  localSheetId: number | null;
  formula: string;
  start: number;
  end: number;
}

interface IndexAttr {
  /** Offsets of the start tag holding the attribute. */
  start: number;
  end: number;
  value: number;
}

export interface WorkbookXml {
  sheets: SheetElement[];
  /** Offset just after the <sheets> start tag, and of its end tag. */
  sheetsOpenEnd: number;
  sheetsCloseStart: number;
  sheetPrefix: string;
  names: NameElement[];
  namesSpan: { start: number; closeStart: number; end: number; prefix: string } | null;
  /** `localSheetId` of each name, `activeTab` / `firstSheet` of each view. */
  indexAttrs: Array<IndexAttr & { attr: 'localSheetId' | 'activeTab' | 'firstSheet' }>;
}

const WHAT = 'workbook part';

export function scanWorkbook(xml: string): WorkbookXml {
  const out: WorkbookXml = { sheets: [], sheetsOpenEnd: -1, sheetsCloseStart: -1, sheetPrefix: '', names: [], namesSpan: null, indexAttrs: [] };
  const sc = new TagScanner(xml, 0, WHAT);
  const stack: string[] = [];
  let name: { el: NameElement; textFrom: number } | null = null;
  let openSheet: SheetElement | null = null;
  while (sc.next()) {
    if (sc.closing) {
      const top = stack.pop();
      if (stack.length === 2 && top === 'sheet' && openSheet !== null) {
        openSheet.end = sc.end;
        openSheet = null;
      }
      if (stack.length === 1 && top === 'sheets') out.sheetsCloseStart = sc.start;
      if (stack.length === 1 && top === 'definedNames' && out.namesSpan !== null) {
        out.namesSpan.closeStart = sc.start;
        out.namesSpan.end = sc.end;
      }
      if (stack.length === 2 && top === 'definedName' && name !== null) {
        name.el.formula = decodeXml(xml.slice(name.textFrom, sc.start));
        name.el.end = sc.end;
        name = null;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const local = sc.local;
    if (stack.length === 1 && local === 'sheets') {
      out.sheetsOpenEnd = sc.end;
      out.sheetsCloseStart = sc.selfClosing ? -1 : sc.end;
    } else if (stack.length === 1 && local === 'definedNames') {
      out.namesSpan = { start: sc.start, closeStart: sc.selfClosing ? sc.start : sc.end, end: sc.end, prefix: sc.prefix };
    } else if (stack.length === 2 && parent === 'sheets' && local === 'sheet') {
      const attrs = parseAttrs(sc.attrs);
      const rid = attrs.find((a) => /^[^:]+:id$/.test(a.name));
      const state = getAttr(attrs, 'state') ?? 'visible';
      out.sheetPrefix = sc.prefix;
      const el: SheetElement = {
        name: getAttr(attrs, 'name') ?? '',
        sheetId: Number(getAttr(attrs, 'sheetId') ?? '0'),
        rid: rid === undefined ? '' : decodeXml(rid.raw),
        ridAttr: rid?.name ?? 'r:id',
        hidden: state === 'hidden' || state === 'veryHidden',
        start: sc.start,
        end: sc.end,
      };
      out.sheets.push(el);
      if (!sc.selfClosing) openSheet = el;
    } else if (stack.length === 2 && parent === 'definedNames' && local === 'definedName') {
      const attrs = parseAttrs(sc.attrs);
      const scope = getAttr(attrs, 'localSheetId');
      const el: NameElement = { name: getAttr(attrs, 'name') ?? '', localSheetId: scope === undefined ? null : Number(scope), formula: '', start: sc.start, end: sc.end };
      out.names.push(el);
      if (scope !== undefined) out.indexAttrs.push({ attr: 'localSheetId', start: sc.start, end: sc.end, value: Number(scope) });
      if (!sc.selfClosing) name = { el, textFrom: sc.end };
    } else if (stack.length === 2 && parent === 'bookViews' && local === 'workbookView') {
      for (const attr of ['activeTab', 'firstSheet'] as const) {
        const v = getAttr(sc.attrs, attr);
        if (v !== undefined) out.indexAttrs.push({ attr, start: sc.start, end: sc.end, value: Number(v) });
      }
    }
    if (!sc.selfClosing) stack.push(local);
  }
  if (out.sheetsOpenEnd < 0) throw new XlsxPatchError('The workbook part has no <sheets> list.', 'malformed-xml');
  return out;
}

/** Edits that set index attributes (several may sit in one tag: activeTab and firstSheet of a view). */
function indexEdits(xml: string, wb: WorkbookXml, next: (a: WorkbookXml['indexAttrs'][number]) => number | null): Splice[] {
  const byTag = new Map<number, { end: number; tag: string }>();
  for (const a of wb.indexAttrs) {
    const v = next(a);
    if (v === null || v === a.value) continue;
    const cur = byTag.get(a.start) ?? { end: a.end, tag: xml.slice(a.start, a.end) };
    cur.tag = setAttrInTag(cur.tag, a.attr, String(v));
    byTag.set(a.start, cur);
  }
  return [...byTag].map(([start, { end, tag }]) => ({ start, end, text: tag }));
}

/** Inserts `<sheet>` at position `index` of <sheets>; names and views at or after it move up by one. */
export function insertSheet(xml: string, index: number, sheet: { name: string; sheetId: number; rid: string }): string {
  const wb = scanWorkbook(xml);
  const template = wb.sheets[0];
  const ridAttr = template?.ridAttr ?? 'r:id';
  const p = wb.sheetPrefix;
  const text = `<${p}sheet name="${escapeXmlAttr(sheet.name)}" sheetId="${sheet.sheetId}" ${ridAttr}="${escapeXmlAttr(sheet.rid)}"/>`;
  const edits = indexEdits(xml, wb, (a) => (a.value >= index ? a.value + 1 : null));
  const before = wb.sheets[index - 1];
  if (before !== undefined) edits.push({ start: before.end, end: before.end, text });
  else if (wb.sheetsCloseStart >= 0) edits.push({ start: wb.sheetsOpenEnd, end: wb.sheetsOpenEnd, text });
  else throw new XlsxPatchError('The workbook part has an empty <sheets/> list.', 'malformed-xml');
  return applySplices(xml, edits);
}

/**
 * Removes the `<sheet>` at `index` with the names scoped to it; names scoped to later sheets and the views'
 * tabs move down by one. A view whose active tab was that sheet shows the nearest visible sheet.
 */
export function removeSheetAt(xml: string, index: number): string {
  const wb = scanWorkbook(xml);
  const sheet = wb.sheets[index];
  if (sheet === undefined) throw new XlsxPatchError(`Internal error: no sheet at position ${index}.`, 'unsupported');
  const remaining = wb.sheets.filter((_, i) => i !== index);
  const visibleNear = (i: number): number => {
    for (let d = 0; d < remaining.length; d++) {
      for (const j of [i + d, i - d - 1]) if (remaining[j] !== undefined && !remaining[j]!.hidden) return j;
    }
    return 0;
  };
  const edits: Splice[] = [{ start: sheet.start, end: sheet.end, text: '' }];
  const scoped = wb.names.filter((n) => n.localSheetId === index);
  const gone = new Set(scoped.map((n) => n.start));
  if (scoped.length > 0 && scoped.length === wb.names.length && wb.namesSpan !== null) {
    edits.push({ start: wb.namesSpan.start, end: wb.namesSpan.end, text: '' }); // the list would be empty
  } else for (const n of scoped) edits.push({ start: n.start, end: n.end, text: '' });
  edits.push(
    ...indexEdits(xml, wb, (a) => {
      if (gone.has(a.start)) return null;
      if (a.value > index) return a.value - 1;
      if (a.attr === 'activeTab' && a.value === index) return visibleNear(index);
      if (a.attr === 'firstSheet' && a.value >= remaining.length) return Math.max(0, remaining.length - 1);
      return null;
    }),
  );
  return applySplices(xml, edits);
}

/** Adds `<definedName>` at the end of <definedNames>, creating the list where the schema wants it. */
export function addDefinedName(xml: string, name: { name: string; localSheetId: number | null; comment?: string; formula: string }): string {
  const wb = scanWorkbook(xml);
  const p = wb.namesSpan?.prefix ?? wb.sheetPrefix;
  const scope = name.localSheetId === null ? '' : ` localSheetId="${name.localSheetId}"`;
  const comment = name.comment === undefined ? '' : ` comment="${escapeXmlAttr(name.comment)}"`;
  const text = `<${p}definedName name="${escapeXmlAttr(name.name)}"${comment}${scope}>${escapeFormula(name.formula)}</${p}definedName>`;
  const span = wb.namesSpan;
  if (span === null) {
    const at = insertionPoint(layoutOf(xml, WHAT), WORKBOOK_ORDER, 'definedNames');
    return applySplices(xml, [{ start: at, end: at, text: `<${p}definedNames>${text}</${p}definedNames>` }]);
  }
  if (span.closeStart === span.start) {
    const open = xml.slice(span.start, span.end).replace(/\s*\/>$/, '>');
    return applySplices(xml, [{ start: span.start, end: span.end, text: `${open}${text}</${p}definedNames>` }]);
  }
  return applySplices(xml, [{ start: span.closeStart, end: span.closeStart, text }]);
}

/** Removes a `<definedName>` (and the list when it empties). */
export function removeDefinedName(xml: string, el: NameElement): string {
  const wb = scanWorkbook(xml);
  if (wb.names.length === 1 && wb.namesSpan !== null) return applySplices(xml, [{ start: wb.namesSpan.start, end: wb.namesSpan.end, text: '' }]);
  return applySplices(xml, [{ start: el.start, end: el.end, text: '' }]);
}

/** Makes Excel recalculate every formula on open: `<calcPr fullCalcOnLoad="1">`, created when missing. */
export function requestFullCalc(xml: string): string {
  const layout = layoutOf(xml, WHAT);
  const calcPr = layout.children.find((c) => c.local === 'calcPr');
  if (calcPr !== undefined) {
    const tag = xml.slice(calcPr.start, calcPr.openEnd);
    const now = getAttr(calcPr.attrs, 'fullCalcOnLoad');
    if (now === '1' || now === 'true') return xml;
    return applySplices(xml, [{ start: calcPr.start, end: calcPr.openEnd, text: setAttrInTag(tag, 'fullCalcOnLoad', '1') }]);
  }
  const at = insertionPoint(layout, WORKBOOK_ORDER, 'calcPr');
  const p = prefixOf(layout.root);
  return applySplices(xml, [{ start: at, end: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` }]);
}
