/**
 * Variants of single style elements of xl/styles.xml, computed on their text: a `<font>` with bold, italics,
 * underline, size or its name changed, an `<xf>` with its alignment changed, a solid `<fill>`, a thin
 * `<border>` on four sides and a differential format (`<dxf>`) for conditional formatting. Every function returns new text and leaves unchanged children as
 * written.
 */
import { type Splice, type XmlChild, applySplices, escapeXmlAttr, getAttr, rootAndChildren, setAttrInTag } from './xml';

export interface FontChange {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
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
 * which would make Excel show the theme's font instead. (CT_Font is a choice of children in any order;
 * new ones go where Excel writes them: `<b/><i/><u/>` first, `<sz>` in place of the old one.)
 */
export function fontVariant(font: string, change: FontChange): string | null {
  const shape = shapeOf(font);
  const p = shape.prefix;
  const of = (local: string) => shape.children.filter((c) => c.local === local);
  const boldChange = change.bold !== undefined && change.bold !== isOn(of('b'));
  const italicChange = change.italic !== undefined && change.italic !== isOn(of('i'));
  // <u/> is a single underline; <u val="none"/> none.
  const underlined = of('u').some((c) => (c.val ?? 'single').trim() !== 'none');
  const underlineChange = change.underline !== undefined && change.underline !== underlined;
  const sizeChange = change.size !== undefined && Number(of('sz')[0]?.val) !== change.size;
  const nameChange = change.name !== undefined && (change.name !== of('name')[0]?.val || of('scheme').length > 0);
  if (!boldChange && !italicChange && !underlineChange && !sizeChange && !nameChange) return null;
  const edits: Splice[] = [];
  const remove = (c: Child) => edits.push({ start: c.start, end: c.end, text: '' });
  const first: string[] = []; // Excel's own order starts with <b/><i/><u/>
  let name = '';
  let size = '';
  if (boldChange) {
    of('b').forEach(remove);
    if (change.bold) first.push(`<${p}b/>`);
  }
  if (italicChange) {
    of('i').forEach(remove);
    if (change.italic) first.push(`<${p}i/>`);
  }
  if (underlineChange) {
    of('u').forEach(remove);
    if (change.underline) first.push(`<${p}u/>`);
  }
  if (sizeChange) size = `<${p}sz val="${change.size}"/>`;
  if (nameChange) {
    of('name').forEach(remove);
    of('scheme').forEach(remove);
    name = `<${p}name val="${escapeXmlAttr(change.name!)}"/>`;
  }
  if (shape.selfClosing) return `${font.replace(/\s*\/>$/, '>')}${first.join('')}${size}${name}</${p}font>`;
  // New <i/> right after a kept <b/>; a new <b/> first.
  const keptBold = boldChange ? undefined : of('b')[0];
  const at = keptBold?.end ?? shape.openEnd;
  if (first.length > 0) edits.push({ start: at, end: at, text: first.join(''), order: 1 });
  if (size !== '') {
    const old = of('sz');
    if (old.length > 0) {
      edits.push({ start: old[0]!.start, end: old[0]!.end, text: size });
      old.slice(1).forEach(remove);
    } else edits.push({ start: at, end: at, text: size, order: 2 });
  }
  if (name !== '') edits.push({ start: at, end: at, text: name, order: 3 });
  return applySplices(font, edits);
}

export interface AlignmentChange {
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
}

/** The `<xf>` with its `<alignment>` set as requested (created when missing), or null when unchanged. */
export function xfWithAlignment(xf: string, change: AlignmentChange): string | null {
  if (change.horizontal === undefined && change.vertical === undefined && change.wrap === undefined) return null;
  const shape = shapeOf(xf);
  const p = shape.prefix;
  const current = shape.children.find((c) => c.local === 'alignment');
  let tag = current === undefined ? `<${p}alignment/>` : xf.slice(current.start, current.openEnd);
  const original = tag;
  if (change.horizontal !== undefined && getAttr(current?.attrs ?? '', 'horizontal') !== change.horizontal) {
    tag = setAttrInTag(tag, 'horizontal', change.horizontal);
  }
  // Bottom is the default: an absent attribute already is "bottom".
  if (change.vertical !== undefined && (getAttr(current?.attrs ?? '', 'vertical') ?? 'bottom') !== change.vertical) {
    tag = setAttrInTag(tag, 'vertical', change.vertical);
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

/** A thin black line on the four sides of a cell (CT_Border's children in schema order). */
export function thinBorderXml(p: string): string {
  const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
  return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
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
