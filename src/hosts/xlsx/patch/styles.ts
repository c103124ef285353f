/**
 * Adds cell formats to xl/styles.xml on the text: an existing `<xf>` of `cellXfs` is cloned with a new
 * number format, a cloned font (bold, italics, underline, size, name), a solid fill, a thin border and/or
 * alignment, and appended; conditional
 * rules get appended `<dxf>` entries. Existing entries never change, so every other cell keeps its exact look.
 */
import { XlsxPatchError } from './errors';
import type { CellFormat } from './sheet';
import { type DxfLook, type FontChange, dxfXml, fontVariant, solidFillXml, thinBorderXml, xfWithAlignment } from './style-parts';
import { type Splice, TagScanner, applySplices, escapeXmlAttr, getAttr, parseAttrs, setAttrInTag, type ElementSpan, closeSpan, openSpan } from './xml';

/** Built-in number formats whose code does not depend on the locale. */
const BUILTIN_NUMFMTS: ReadonlyMap<string, number> = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
  ['0%', 9],
  ['0.00%', 10],
  ['0.00E+00', 11],
  ['# ?/?', 12],
  ['# ??/??', 13],
  ['@', 49],
]);

/** First custom number format id. */
const FIRST_CUSTOM_NUMFMT = 164;

interface Span {
  start: number;
  end: number;
}

interface Section extends ElementSpan {
  items: Span[];
  added: string[];
}

const SECTIONS = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' } as const;
type SectionName = keyof typeof SECTIONS;

/** The children of <styleSheet> in schema order (CT_Stylesheet), to place a section the part lacks. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export class StylesEditor {
  private readonly sections: Partial<Record<SectionName, Section>> = {};
  private rootPrefix = '';
  private rootOpenEnd = -1;
  private rootCloseStart = -1;
  /** Start offsets of the top-level sections, by local name. */
  private readonly topLevel = new Map<string, number>();
  /** New dxf elements when the part has no <dxfs> list. */
  private readonly addedDxfs: string[] = [];
  private readonly numFmtById = new Map<number, string>();
  private readonly styleCache = new Map<string, number>();
  private readonly fontCache = new Map<string, number>();
  /** New numFmt elements when the part has no <numFmts> list. */
  private readonly addedNumFmts: string[] = [];

  constructor(private readonly xml: string) {
    const sc = new TagScanner(xml, 0, 'styles part');
    const stack: string[] = [];
    let current: Section | null = null;
    let currentItem: string | null = null;
    let itemStart = -1;
    while (sc.next()) {
      if (sc.closing) {
        stack.pop();
        const d = stack.length;
        if (d === 2 && current !== null && itemStart >= 0) {
          current.items.push({ start: itemStart, end: sc.end });
          itemStart = -1;
        } else if (d === 1 && current !== null) {
          closeSpan(current, sc);
          current = null;
        } else if (d === 0) this.rootCloseStart = sc.start;
        continue;
      }
      const d = stack.length;
      if (d === 0) {
        this.rootPrefix = sc.prefix;
        this.rootOpenEnd = sc.end;
        if (sc.selfClosing) throw new XlsxPatchError('The styles part is empty.', 'malformed-xml');
      } else if (d === 1) {
        const local = sc.local;
        if (!this.topLevel.has(local)) this.topLevel.set(local, sc.start);
        if (local in SECTIONS && this.sections[local as SectionName] === undefined) {
          const sec: Section = { ...openSpan(sc), items: [], added: [] };
          this.sections[local as SectionName] = sec;
          current = sc.selfClosing ? null : sec;
          currentItem = SECTIONS[local as SectionName];
        }
      } else if (d === 2 && current !== null && sc.local === currentItem) {
        if (sc.selfClosing) current.items.push({ start: sc.start, end: sc.end });
        else itemStart = sc.start;
      }
      if (!sc.selfClosing) stack.push(sc.qname);
    }
    if (this.rootOpenEnd < 0) throw new XlsxPatchError('The styles part is empty.', 'malformed-xml');
    const numFmts = this.sections.numFmts;
    if (numFmts !== undefined) {
      for (const it of numFmts.items) {
        const attrs = parseAttrs(startTagOf(this.xml.slice(it.start, it.end)).attrs);
        const id = Number(getAttr(attrs, 'numFmtId'));
        const code = getAttr(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined && !this.numFmtById.has(id)) this.numFmtById.set(id, code);
      }
    }
  }

  get changed(): boolean {
    return (
      this.addedNumFmts.length > 0 ||
      this.addedDxfs.length > 0 ||
      Object.values(this.sections).some((s) => s !== undefined && s.added.length > 0)
    );
  }

  /** Style index for cells that had `oldStyle` and need the given format changes. */
  resolve(oldStyle: number, format: CellFormat): number {
    const { numFmt, bold, italic, underline, fontSize, fontName, fill, horizontal, vertical, wrap, border } = format;
    const key = [oldStyle, numFmt ?? '\u0001', bold, italic, underline, fontSize, fontName, fill === null ? '\u0002' : fill, horizontal, vertical, wrap, border].join('\u0000');
    const cached = this.styleCache.get(key);
    if (cached !== undefined) return cached;

    const xfs = this.section('cellXfs');
    const xfText = this.itemText(xfs, oldStyle, `A cell uses style index ${oldStyle}, which the styles part does not define.`);
    const head = startTagOf(xfText);
    const attrs = parseAttrs(head.attrs);
    let tag = xfText.slice(0, head.length);
    let rest = xfText.slice(head.length);
    let changed = false;
    const set = (name: string, value: string, applyFlag: string) => {
      tag = setAttrInTag(tag, name, value);
      tag = setAttrInTag(tag, applyFlag, '1');
      changed = true;
    };

    if (numFmt !== undefined) {
      const id = this.numFmtId(numFmt);
      const cur = Number(getAttr(attrs, 'numFmtId') ?? '0');
      const apply = getAttr(attrs, 'applyNumberFormat');
      if (id !== cur || apply === '0' || apply === 'false') set('numFmtId', String(id), 'applyNumberFormat');
    }
    if (bold !== undefined || italic !== undefined || underline !== undefined || fontSize !== undefined || fontName !== undefined) {
      const fontId = Number(getAttr(attrs, 'fontId') ?? '0');
      const newFont = this.fontWith(fontId, { bold, italic, underline, size: fontSize, name: fontName });
      if (newFont !== fontId) set('fontId', String(newFont), 'applyFont');
    }
    if (fill !== undefined) {
      const fillId = fill === null ? 0 : this.solidFill(fill);
      if (fillId !== Number(getAttr(attrs, 'fillId') ?? '0')) set('fillId', String(fillId), 'applyFill');
    }
    if (border !== undefined) {
      // On: a thin line on every side; off: border 0, which every styles part defines as none.
      const borderId = border ? this.thinBorder() : 0;
      if (borderId !== Number(getAttr(attrs, 'borderId') ?? '0')) set('borderId', String(borderId), 'applyBorder');
    }
    const aligned = xfWithAlignment(tag + rest, { horizontal, vertical, wrap });
    if (aligned !== null) {
      const h = startTagOf(aligned).length;
      tag = aligned.slice(0, h);
      rest = aligned.slice(h);
      changed = true;
    }

    let result = oldStyle;
    if (changed) {
      xfs.added.push(tag + rest);
      result = xfs.items.length + xfs.added.length - 1;
    }
    this.styleCache.set(key, result);
    return result;
  }

  /**
   * Index of a differential format (`<dxf>`) with this look, for a conditional rule: an identical existing
   * one is reused (so adding and removing a rule again and again does not grow the part), else one is added.
   */
  dxf(look: DxfLook): number {
    const sec = this.sections.dxfs;
    const text = dxfXml(sec?.prefix ?? this.rootPrefix, look);
    if (sec === undefined) {
      const i = this.addedDxfs.indexOf(text);
      if (i >= 0) return i;
      this.addedDxfs.push(text);
      return this.addedDxfs.length - 1;
    }
    return this.findOrAdd(sec, text);
  }

  /** The styles part with the added formats. */
  toString(): string {
    const edits: Splice[] = [];
    if (this.addedNumFmts.length > 0) {
      // No <numFmts> list yet: it is the first child of <styleSheet>.
      const p = this.rootPrefix;
      edits.push({
        start: this.rootOpenEnd,
        end: this.rootOpenEnd,
        text: `<${p}numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join('')}</${p}numFmts>`,
      });
    }
    if (this.addedDxfs.length > 0) {
      const p = this.rootPrefix;
      const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf('dxfs') + 1).map((n) => this.topLevel.get(n));
      const at = Math.min(...later.filter((x): x is number => x !== undefined), this.rootCloseStart);
      edits.push({ start: at, end: at, text: `<${p}dxfs count="${this.addedDxfs.length}">${this.addedDxfs.join('')}</${p}dxfs>` });
    }
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const sec = this.sections[name];
      if (sec === undefined || sec.added.length === 0) continue;
      let open = this.xml.slice(sec.start, sec.openEnd);
      if (/\scount\s*=/.test(open)) open = setAttrInTag(open, 'count', String(sec.items.length + sec.added.length));
      const body = sec.added.join('');
      if (sec.selfClosing) {
        edits.push({ start: sec.start, end: sec.end, text: `${open.replace(/\s*\/>$/, '>')}${body}</${sec.prefix}${name}>` });
      } else {
        edits.push({ start: sec.start, end: sec.openEnd, text: open });
        edits.push({ start: sec.closeStart, end: sec.closeStart, text: body });
      }
    }
    return applySplices(this.xml, edits);
  }

  private section(name: SectionName): Section {
    const sec = this.sections[name];
    if (sec === undefined) throw new XlsxPatchError(`The styles part has no <${name}> list.`, 'malformed-xml');
    return sec;
  }

  /** The text of item `index` of a section, counting the items added by this editor after the original ones. */
  private itemText(sec: Section, index: number, missing: string): string {
    const span = sec.items[index];
    if (span !== undefined) return this.xml.slice(span.start, span.end);
    const added = index >= sec.items.length ? sec.added[index - sec.items.length] : undefined;
    if (added === undefined) throw new XlsxPatchError(missing, 'malformed-xml');
    return added;
  }

  /** Index of an item with exactly this text, appended when the section has none. */
  private findOrAdd(sec: Section, text: string): number {
    const existing = sec.items.findIndex((it) => this.xml.slice(it.start, it.end) === text);
    if (existing >= 0) return existing;
    const added = sec.added.indexOf(text);
    if (added >= 0) return sec.items.length + added;
    sec.added.push(text);
    return sec.items.length + sec.added.length - 1;
  }

  /** Index of a solid fill of this RGB colour. */
  private solidFill(rgb: string): number {
    const sec = this.section('fills');
    return this.findOrAdd(sec, solidFillXml(sec.prefix, rgb));
  }

  /** Index of a thin border on four sides. */
  private thinBorder(): number {
    const sec = this.section('borders');
    return this.findOrAdd(sec, thinBorderXml(sec.prefix));
  }

  private numFmtId(code: string): number {
    if (code === '') throw new XlsxPatchError('An empty number format code is not allowed.', 'bad-patch');
    const builtin = BUILTIN_NUMFMTS.get(code);
    if (builtin !== undefined) {
      const redefined = this.numFmtById.get(builtin);
      if (redefined === undefined || redefined === code) return builtin;
    }
    let max = FIRST_CUSTOM_NUMFMT - 1;
    for (const [id, c] of this.numFmtById) {
      if (c === code) return id;
      max = Math.max(max, id);
    }
    const id = max + 1;
    this.numFmtById.set(id, code);
    const numFmts = this.sections.numFmts;
    const text = `<${numFmts?.prefix ?? this.rootPrefix}numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`;
    if (numFmts !== undefined) numFmts.added.push(text);
    else this.addedNumFmts.push(text);
    return id;
  }

  /** The font `fontId` with the changes, appended as a new font (or `fontId` itself when it already looks so). */
  private fontWith(fontId: number, change: FontChange): number {
    const key = `${fontId}|${change.bold ?? ''}|${change.italic ?? ''}|${change.underline ?? ''}|${change.size ?? ''}|${change.name ?? ''}`;
    const cached = this.fontCache.get(key);
    if (cached !== undefined) return cached;
    const fonts = this.section('fonts');
    const font = this.itemText(fonts, fontId, `A cell format uses font ${fontId}, which the styles part does not define.`);
    const text = fontVariant(font, change);
    let id = fontId;
    if (text !== null) {
      fonts.added.push(text);
      id = fonts.items.length + fonts.added.length - 1;
    }
    this.fontCache.set(key, id);
    return id;
  }
}

/** Start tag of an element's text: its attribute text and its length in characters. */
function startTagOf(element: string): { attrs: string; length: number } {
  const sc = new TagScanner(element, 0, 'styles part');
  sc.next();
  return { attrs: sc.attrs, length: sc.end };
}
