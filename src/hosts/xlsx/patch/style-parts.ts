/**
 * Variants of single style elements of xl/styles.xml, computed on their text: a `<font>` with bold, italics
 * or its name changed, an `<xf>` with its alignment changed, a solid `<fill>` and a differential format
 * (`<dxf>`) for conditional formatting. Every function returns new text and leaves unchanged children as
 * written.
 */
import { type Splice, type XmlChild, applySplices, escapeXmlAttr, getAttr, rootAndChildren, setAttrInTag } from './xml';

export interface FontChange {
  bold?: boolean;
  italic?: boolean;
  name?: string;
}

interface Child extends XmlChild {
  val: string | undefined;
}

interface Shape {
  children: Child[];
  openEnd: number;
  selfClosing: boolean;
  prefix: string;
}

/** The direct children of one element (`<b/>`, `<sz/>` of a font; `<alignment/>` of an xf …). */
function shapeOf(element: string): Shape {
  const { root, children } = rootAndChildren(element, 'styles part', { emptyRoot: true });
  return {
    children: children.map((c) => ({ ...c, val: getAttr(c.attrs, 'val') })),
    openEnd: root.openEnd,
    selfClosing: root.selfClosing,
    prefix: root.prefix,
  };
}

/** Whether a boolean font child (`<b/>`, `<i val="0"/>`) is on. */
function isOn(children: Child[]): boolean {
  return children.some((c) => !['0', 'false'].includes((c.val ?? 'true').trim()));
}

/**
 * The font with the requested changes, or null when it already looks so. A new name also drops `<scheme>`,
 * which would make Excel show the theme's font instead.
 */
export function fontVariant(font: string, change: FontChange): string | null {
  const shape = shapeOf(font);
  const p = shape.prefix;
  const of = (local: string) => shape.children.filter((c) => c.local === local);
  const boldChange = change.bold !== undefined && change.bold !== isOn(of('b'));
  const italicChange = change.italic !== undefined && change.italic !== isOn(of('i'));
  const nameChange = change.name !== undefined && (change.name !== of('name')[0]?.val || of('scheme').length > 0);
  if (!boldChange && !italicChange && !nameChange) return null;
  const edits: Splice[] = [];
  const remove = (c: Child) => edits.push({ start: c.start, end: c.end, text: '' });
  const first: string[] = []; // Excel's own order starts with <b/><i/>
  let name = '';
  if (boldChange) {
    of('b').forEach(remove);
    if (change.bold) first.push(`<${p}b/>`);
  }
  if (italicChange) {
    of('i').forEach(remove);
    if (change.italic) first.push(`<${p}i/>`);
  }
  if (nameChange) {
    of('name').forEach(remove);
    of('scheme').forEach(remove);
    name = `<${p}name val="${escapeXmlAttr(change.name!)}"/>`;
  }
  if (shape.selfClosing) return `${font.replace(/\s*\/>$/, '>')}${first.join('')}${name}</${p}font>`;
  // New <i/> right after a kept <b/>; a new <b/> first.
  const keptBold = boldChange ? undefined : of('b')[0];
  if (keptBold !== undefined) {
    if (first.length > 0) edits.push({ start: keptBold.end, end: keptBold.end, text: first.join(''), order: 1 });
  } else if (first.length > 0) edits.push({ start: shape.openEnd, end: shape.openEnd, text: first.join(''), order: 1 });
  if (name !== '') {
    const at = keptBold?.end ?? shape.openEnd;
    edits.push({ start: at, end: at, text: name, order: 2 });
  }
  return applySplices(font, edits);
}

export interface AlignmentChange {
  horizontal?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

/** The `<xf>` with its `<alignment>` set as requested (created when missing), or null when unchanged. */
export function xfWithAlignment(xf: string, change: AlignmentChange): string | null {
  if (change.horizontal === undefined && change.wrap === undefined) return null;
  const shape = shapeOf(xf);
  const p = shape.prefix;
  const current = shape.children.find((c) => c.local === 'alignment');
  let tag = current === undefined ? `<${p}alignment/>` : xf.slice(current.start, current.openEnd);
  const original = tag;
  if (change.horizontal !== undefined && getAttr(current?.attrs ?? '', 'horizontal') !== change.horizontal) {
    tag = setAttrInTag(tag, 'horizontal', change.horizontal);
  }
  if (change.wrap !== undefined) {
    const now = ['1', 'true'].includes((getAttr(current?.attrs ?? '', 'wrapText') ?? '').trim());
    if (now !== change.wrap) tag = setAttrInTag(tag, 'wrapText', change.wrap ? '1' : '0');
  }
  if (tag === original) return null;
  const head = setAttrInTag(xf.slice(0, shape.openEnd), 'applyAlignment', '1');
  if (current !== undefined) return head + applySplices(xf, [{ start: current.start, end: current.openEnd, text: tag }]).slice(shape.openEnd);
  if (shape.selfClosing) return `${head.replace(/\s*\/>$/, '>')}${tag}</${p}xf>`;
  return head + tag + xf.slice(shape.openEnd); // <alignment> is the first child of an xf
}

/** "FFC7CE" → "FFFFC7CE" (opaque ARGB, as styles.xml writes colours). */
export function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

/** A solid fill of one colour (`fgColor` is the colour of a solid pattern). */
export function solidFillXml(p: string, rgb: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(rgb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

export interface DxfLook {
  fill: string;
  fontColor?: string;
  bold?: boolean;
}

/** A differential format for a conditional rule: in a dxf the fill colour is `bgColor` of the pattern. */
export function dxfXml(p: string, look: DxfLook): string {
  let font = '';
  if (look.bold !== undefined || look.fontColor !== undefined) {
    const b = look.bold === undefined ? '' : look.bold ? `<${p}b/>` : `<${p}b val="0"/>`;
    const color = look.fontColor === undefined ? '' : `<${p}color rgb="${argb(look.fontColor)}"/>`;
    font = `<${p}font>${b}${color}</${p}font>`;
  }
  return `<${p}dxf>${font}<${p}fill><${p}patternFill><${p}bgColor rgb="${argb(look.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;
}
