/**
 * Column widths in a worksheet's `<cols>`: one column gets its own `<col>` (a span covering it is split, its
 * other attributes kept), and pieces that end up alike are joined again — so setting a width back to what
 * it was (or back to the default, null) gives back the original elements.
 */
import { MAX_COL } from '../patch/address';
import { XlsxPatchError } from '../patch/errors';
import { formatNumber } from '../patch/sheet';
import { TagScanner, applySplices, getAttr, parseAttrs, removeAttrInTag, setAttrInTag } from '../patch/xml';
import { WORKSHEET_ORDER, insertionPoint, layoutOf, prefixOf } from './children';

interface ColElement {
  min: number;
  max: number;
  text: string;
  start: number;
  end: number;
}

/** Refuses a width Excel would not take (null: the sheet's default width). */
export function checkColumnWidth(col: unknown, width: unknown): void {
  if (!Number.isInteger(col) || (col as number) < 1 || (col as number) > MAX_COL) {
    throw new XlsxPatchError(`Column ${String(col)} is outside the sheet.`, 'bad-patch');
  }
  if (width !== null && (typeof width !== 'number' || !Number.isFinite(width) || width < 0 || width > 255)) {
    throw new XlsxPatchError(`A column width must be a number from 0 to 255 or null (got ${String(width)}).`, 'bad-patch');
  }
}

function colsOf(xml: string, from: number, to: number): ColElement[] {
  const out: ColElement[] = [];
  const sc = new TagScanner(xml.slice(0, to), from, 'worksheet part');
  let depth = 0;
  let open: ColElement | null = null;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 0 && open !== null) {
        open.end = sc.end;
        open.text = xml.slice(open.start, open.end);
        open = null;
      }
      continue;
    }
    if (depth === 0 && sc.local === 'col') {
      const attrs = parseAttrs(sc.attrs);
      const el: ColElement = { min: Number(getAttr(attrs, 'min')), max: Number(getAttr(attrs, 'max')), text: xml.slice(sc.start, sc.end), start: sc.start, end: sc.end };
      if (!Number.isInteger(el.min) || !Number.isInteger(el.max)) throw new XlsxPatchError('The worksheet has a <col> without a valid min/max.', 'malformed-xml');
      out.push(el);
      if (!sc.selfClosing) open = el;
    }
    if (!sc.selfClosing) depth++;
  }
  return out;
}

/** The start tag of a `<col>` element's text, and the rest. */
function split(text: string): [string, string] {
  const sc = new TagScanner(text, 0, 'worksheet part');
  sc.next();
  return [text.slice(0, sc.end), text.slice(sc.end)];
}

function withRange(text: string, min: number, max: number): string {
  const [tag, rest] = split(text);
  return setAttrInTag(setAttrInTag(tag, 'min', String(min)), 'max', String(max)) + rest;
}

/** The attributes other than min/max (and any content), to tell whether neighbours can share one element. */
function lookOf(text: string): string {
  const [tag, rest] = split(text);
  const sc = new TagScanner(tag, 0, 'worksheet part');
  sc.next();
  const attrs = parseAttrs(sc.attrs).filter((a) => a.name !== 'min' && a.name !== 'max');
  return attrs.map((a) => `${a.name}=${a.raw}`).sort().join('\u0000') + '\u0001' + rest;
}

/** Whether a `<col>` says nothing beyond its range (after its width was removed): it can go. */
function saysNothing(text: string): boolean {
  return lookOf(text) === '\u0001';
}

/** Sets the width of column `col` (a custom width), or back to the sheet's default with null. */
export function setColumnWidth(xml: string, col: number, width: number | null): string {
  checkColumnWidth(col, width);
  const layout = layoutOf(xml, 'worksheet part', 'sheetData');
  const container = layout.children.find((c) => c.local === 'cols');
  const p = prefixOf(container ?? layout.root);
  const fresh = width === null ? '' : `<${p}col min="${col}" max="${col}" width="${formatNumber(width)}" customWidth="1"/>`;
  if (container === undefined || container.selfClosing) {
    if (width === null) return xml;
    const at = container?.start ?? insertionPoint(layout, WORKSHEET_ORDER, 'cols');
    return applySplices(xml, [{ start: at, end: container?.end ?? at, text: `<${p}cols>${fresh}</${p}cols>` }]);
  }
  const cols = colsOf(xml, container.openEnd, container.closeStart);
  const k = cols.findIndex((c) => c.min <= col && col <= c.max);
  if (k < 0) {
    if (width === null) return xml;
    const at = cols.find((c) => c.min > col)?.start ?? container.closeStart;
    return applySplices(xml, [{ start: at, end: at, text: fresh }]);
  }
  const covering = cols[k]!;
  const [tag, rest] = split(covering.text);
  const custom = getAttr(tag, 'customWidth');
  const isCustom = custom === '1' || custom === 'true';
  if (width !== null && Number(getAttr(tag, 'width')) === width && isCustom) return xml;
  if (width === null && getAttr(tag, 'width') === undefined && custom === undefined) return xml;

  let own = setAttrInTag(setAttrInTag(tag, 'min', String(col)), 'max', String(col));
  own = width === null ? removeAttrInTag(removeAttrInTag(own, 'width'), 'customWidth') : setAttrInTag(setAttrInTag(own, 'width', formatNumber(width)), 'customWidth', '1');
  own += rest;
  const pieces: string[] = [];
  if (covering.min < col) pieces.push(withRange(covering.text, covering.min, col - 1));
  if (!saysNothing(own)) pieces.push(own);
  if (col < covering.max) pieces.push(withRange(covering.text, col + 1, covering.max));

  // Join with the neighbouring elements when they now look the same and touch (an undo gives back one span).
  const prev = cols[k - 1];
  const next = cols[k + 1];
  const region = [...(prev ? [prev.text] : []), ...pieces, ...(next ? [next.text] : [])];
  const rangeOf = (t: string) => {
    const a = parseAttrs(split(t)[0]);
    return [Number(getAttr(a, 'min')), Number(getAttr(a, 'max'))] as const;
  };
  for (let i = region.length - 1; i > 0; i--) {
    const [aMin, aMax] = rangeOf(region[i - 1]!);
    const [bMin, bMax] = rangeOf(region[i]!);
    if (aMax + 1 === bMin && lookOf(region[i - 1]!) === lookOf(region[i]!)) region.splice(i - 1, 2, withRange(region[i - 1]!, aMin, bMax));
  }
  // Neighbours left as they were keep their text and the characters around them.
  let start = prev?.start ?? covering.start;
  let end = next?.end ?? covering.end;
  if (prev !== undefined && region[0] === prev.text) {
    region.shift();
    start = covering.start;
  }
  if (next !== undefined && region[region.length - 1] === next.text) {
    region.pop();
    end = covering.end;
  }
  const remaining = cols.length - 1 - (start < covering.start ? 1 : 0) - (end > covering.end ? 1 : 0) + region.length;
  if (remaining === 0) return applySplices(xml, [{ start: container.start, end: container.end, text: '' }]); // <cols> may not be empty
  return applySplices(xml, [{ start, end, text: region.join('') }]);
}
