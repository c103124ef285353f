/**
 * Adds cell formats to xl/styles.xml on the text: an existing `<xf>` of `cellXfs` is cloned with a new
 * number format and/or a cloned font with italics or its name changed, and appended. Existing entries never change,
 * so every other cell keeps its exact look.
 */
import { XlsxPatchError } from './errors';
import type { CellFormat } from './sheet';
import { type Edit, TagScanner, applyEdits, escapeXmlAttr, getAttr, parseAttrs, setAttrInTag, type ElementSpan, closeSpan, openSpan } from './xml';

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

const SECTIONS = { numFmts: 'numFmt', fonts: 'font', cellXfs: 'xf' } as const;
type SectionName = keyof typeof SECTIONS;

export class StylesEditor {
  private readonly sections: Partial<Record<SectionName, Section>> = {};
  private rootPrefix = '';
  private rootOpenEnd = -1;
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
        }
        continue;
      }
      const d = stack.length;
      if (d === 0) {
        this.rootPrefix = sc.prefix;
        this.rootOpenEnd = sc.end;
      } else if (d === 1) {
        const local = sc.local;
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
        const attrs = parseAttrs(this.startTag(it).attrs);
        const id = Number(getAttr(attrs, 'numFmtId'));
        const code = getAttr(attrs, 'formatCode');
        if (Number.isInteger(id) && code !== undefined && !this.numFmtById.has(id)) this.numFmtById.set(id, code);
      }
    }
  }

  get changed(): boolean {
    return (
      this.addedNumFmts.length > 0 ||
      Object.values(this.sections).some((s) => s !== undefined && s.added.length > 0)
    );
  }

  /** Style index for cells that had `oldStyle` and need the given number format / font changes. */
  resolve(oldStyle: number, format: CellFormat): number {
    const { numFmt, italic, fontName } = format;
    const key = `${oldStyle}\u0000${numFmt ?? '\u0001'}\u0000${italic ?? ''}\u0000${fontName ?? ''}`;
    const cached = this.styleCache.get(key);
    if (cached !== undefined) return cached;

    const xfs = this.section('cellXfs');
    const xfSpan = xfs.items[oldStyle];
    if (xfSpan === undefined) {
      throw new XlsxPatchError(`A cell uses style index ${oldStyle}, which the styles part does not define.`, 'malformed-xml');
    }
    const xfText = this.xml.slice(xfSpan.start, xfSpan.end);
    const head = this.startTag(xfSpan);
    const attrs = parseAttrs(head.attrs);
    let tag = xfText.slice(0, head.length);
    const rest = xfText.slice(head.length);
    let changed = false;

    if (numFmt !== undefined) {
      const id = this.numFmtId(numFmt);
      const cur = Number(getAttr(attrs, 'numFmtId') ?? '0');
      const apply = getAttr(attrs, 'applyNumberFormat');
      if (id !== cur || apply === '0' || apply === 'false') {
        tag = setAttrInTag(tag, 'numFmtId', String(id));
        tag = setAttrInTag(tag, 'applyNumberFormat', '1');
        changed = true;
      }
    }
    if (italic !== undefined || fontName !== undefined) {
      const fontId = Number(getAttr(attrs, 'fontId') ?? '0');
      const newFont = this.fontWith(fontId, italic, fontName);
      if (newFont !== fontId) {
        tag = setAttrInTag(tag, 'fontId', String(newFont));
        tag = setAttrInTag(tag, 'applyFont', '1');
        changed = true;
      }
    }

    let result = oldStyle;
    if (changed) {
      xfs.added.push(tag + rest);
      result = xfs.items.length + xfs.added.length - 1;
    }
    this.styleCache.set(key, result);
    return result;
  }

  /** The styles part with the added formats. */
  toString(): string {
    const edits: Edit[] = [];
    if (this.addedNumFmts.length > 0) {
      // No <numFmts> list yet: it is the first child of <styleSheet>.
      const p = this.rootPrefix;
      edits.push({
        start: this.rootOpenEnd,
        end: this.rootOpenEnd,
        text: `<${p}numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join('')}</${p}numFmts>`,
      });
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
    return applyEdits(this.xml, edits);
  }

  private section(name: SectionName): Section {
    const sec = this.sections[name];
    if (sec === undefined) throw new XlsxPatchError(`The styles part has no <${name}> list.`, 'malformed-xml');
    return sec;
  }

  /** Start tag of an item: its attribute text and its length in characters. */
  private startTag(span: Span): { attrs: string; length: number } {
    const sc = new TagScanner(this.xml.slice(span.start, span.end), 0, 'styles part');
    sc.next();
    return { attrs: sc.attrs, length: sc.end };
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

  private fontText(fontId: number): string {
    const fonts = this.section('fonts');
    const idx = fontId - fonts.items.length;
    const span = fonts.items[fontId];
    if (span !== undefined) return this.xml.slice(span.start, span.end);
    const added = idx >= 0 ? fonts.added[idx] : undefined;
    if (added === undefined) {
      throw new XlsxPatchError(`A cell format uses font ${fontId}, which the styles part does not define.`, 'malformed-xml');
    }
    return added;
  }

  /** The direct children of a font element (`<b/>`, `<i/>`, `<sz/>`, `<name/>`, `<scheme/>` …). */
  private fontChildren(font: string): FontShape {
    const sc = new TagScanner(font, 0, 'styles part');
    const shape: FontShape = { children: [], openEnd: 0, selfClosing: false, prefix: '' };
    let depth = 0;
    let open: FontChild | null = null;
    while (sc.next()) {
      if (sc.closing) {
        depth--;
        if (depth === 1 && open !== null) {
          open.end = sc.end;
          open = null;
        }
        continue;
      }
      if (depth === 0) {
        shape.openEnd = sc.end;
        shape.selfClosing = sc.selfClosing;
        shape.prefix = sc.prefix;
      } else if (depth === 1) {
        const child: FontChild = { local: sc.local, val: getAttr(sc.attrs, 'val'), start: sc.start, end: sc.end };
        shape.children.push(child);
        if (!sc.selfClosing) open = child;
      }
      if (!sc.selfClosing) depth++;
    }
    return shape;
  }

  /**
   * The font `fontId` with italics and/or its name changed, appended as a new font (or `fontId` itself when
   * it already looks so). A new name also drops `<scheme>`, which would make Excel show the theme's font.
   */
  private fontWith(fontId: number, italic: boolean | undefined, name: string | undefined): number {
    const key = `${fontId}|${italic ?? ''}|${name ?? ''}`;
    const cached = this.fontCache.get(key);
    if (cached !== undefined) return cached;
    const font = this.fontText(fontId);
    const shape = this.fontChildren(font);
    const p = shape.prefix;
    const of = (local: string) => shape.children.filter((c) => c.local === local);
    const italicNow = of('i').some((c) => !['0', 'false'].includes((c.val ?? 'true').trim()));
    const nameNow = of('name')[0]?.val;
    const schemed = of('scheme').length > 0;
    const italicChange = italic !== undefined && italic !== italicNow;
    const nameChange = name !== undefined && (name !== nameNow || schemed);
    if (!italicChange && !nameChange) {
      this.fontCache.set(key, fontId);
      return fontId;
    }
    const edits: Edit[] = [];
    const remove = (c: FontChild) => edits.push({ start: c.start, end: c.end, text: '' });
    const added: string[] = [];
    if (italicChange) {
      of('i').forEach(remove);
      if (italic) added.push(`<${p}i/>`);
    }
    if (nameChange) {
      of('name').forEach(remove);
      of('scheme').forEach(remove);
      added.push(`<${p}name val="${escapeXmlAttr(name!)}"/>`);
    }
    let text: string;
    if (shape.selfClosing) {
      text = `${font.replace(/\s*\/>$/, '>')}${added.join('')}</${p}font>`;
    } else {
      // Right after <b/> when there is one (Excel's own order), else first.
      const bold = of('b')[0];
      const at = bold ? bold.end : shape.openEnd;
      if (added.length) edits.push({ start: at, end: at, text: added.join(''), order: 1 });
      text = applyEdits(font, edits);
    }
    const fonts = this.section('fonts');
    fonts.added.push(text);
    const id = fonts.items.length + fonts.added.length - 1;
    this.fontCache.set(key, id);
    return id;
  }
}

interface FontChild {
  local: string;
  val: string | undefined;
  start: number;
  end: number;
}

interface FontShape {
  children: FontChild[];
  openEnd: number;
  selfClosing: boolean;
  prefix: string;
}
