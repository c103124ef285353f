/**
 * Minimal text-level XML helpers for patching OOXML parts in place.
 *
 * Nothing here builds a DOM: we only locate tags (with their byte offsets in the string) so callers can
 * splice new text into the original document and leave every other character untouched.
 */
import { XlsxPatchError } from './errors';

/**
 * One markup construct starting at "<": a start/end/empty-element tag (groups 1-4), or a comment, CDATA
 * section, processing instruction or DOCTYPE (no groups). Attribute values may contain ">" because they are
 * matched as quoted strings.
 */
const MARKUP_RE =
  /<(?:(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|![A-Za-z][^>]*>)/g;

/**
 * Where an element stands in the text: its start tag, and — once its end tag has been read — where that
 * starts and ends. Until then (and for a self-closing element) closeStart and end are the start tag's end.
 */
export interface ElementSpan {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  prefix: string;
}

/** The span of the scanner's current start tag. */
export function openSpan(sc: TagScanner): ElementSpan {
  return { start: sc.start, openEnd: sc.end, closeStart: sc.end, end: sc.end, selfClosing: sc.selfClosing, prefix: sc.prefix };
}

/** Record the scanner's current end tag as the end of `span`. */
export function closeSpan(span: ElementSpan, sc: TagScanner): void {
  span.closeStart = sc.start;
  span.end = sc.end;
}

/**
 * Walks the tags of an XML string from left to right. Mutable fields describe the current tag; comments,
 * CDATA sections, processing instructions and DOCTYPE are skipped. Throws on a stray "<".
 */
export class TagScanner {
  private readonly re = new RegExp(MARKUP_RE.source, 'g');
  private textFrom: number;
  /** Offset of "<" of the current tag. */
  start = 0;
  /** Offset just after ">" of the current tag. */
  end = 0;
  /** True for an end tag (`</x>`). */
  closing = false;
  /** True for an empty-element tag (`<x/>`). */
  selfClosing = false;
  /** Qualified name, e.g. "x:c". */
  qname = '';
  /** Raw attribute text (leading whitespace included). */
  attrs = '';

  constructor(
    private readonly xml: string,
    from = 0,
    private readonly what = 'XML part',
  ) {
    this.re.lastIndex = from;
    this.textFrom = from;
  }

  /** Local name of the current tag (prefix removed). */
  get local(): string {
    const i = this.qname.indexOf(':');
    return i < 0 ? this.qname : this.qname.slice(i + 1);
  }

  /** Prefix of the current tag including the colon ("x:"), or "". */
  get prefix(): string {
    const i = this.qname.indexOf(':');
    return i < 0 ? '' : this.qname.slice(0, i + 1);
  }

  /** Continues scanning at `pos` (which must be outside any markup). */
  seek(pos: number): void {
    this.re.lastIndex = pos;
    this.textFrom = pos;
  }

  /** Advances to the next tag; false at the end of the document. */
  next(): boolean {
    const { xml, re } = this;
    for (;;) {
      const m = re.exec(xml);
      const lt = xml.indexOf('<', this.textFrom);
      if (m === null) {
        if (lt >= 0) throw malformed(this.what, lt);
        return false;
      }
      if (lt !== m.index) throw malformed(this.what, lt);
      this.textFrom = re.lastIndex;
      if (m[2] === undefined) continue; // comment, CDATA, PI, DOCTYPE
      this.start = m.index;
      this.end = re.lastIndex;
      this.closing = m[1] === '/';
      this.selfClosing = m[4] === '/';
      this.qname = m[2];
      this.attrs = m[3] ?? '';
      if (this.closing && (this.selfClosing || this.attrs !== '')) throw malformed(this.what, m.index);
      return true;
    }
  }
}

function malformed(what: string, at: number): XlsxPatchError {
  return new XlsxPatchError(`The ${what} is not well-formed XML (near character ${at}).`, 'malformed-xml');
}

export interface XmlAttr {
  /** Qualified attribute name as written. */
  name: string;
  /** Raw (still entity-encoded) value. */
  raw: string;
  /** The whole `name="value"` text as written. */
  text: string;
}

const ATTR_RE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Splits raw attribute text into attributes, in document order. */
export function parseAttrs(attrs: string): XmlAttr[] {
  const out: XmlAttr[] = [];
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(attrs); m !== null; m = ATTR_RE.exec(attrs)) {
    out.push({ name: m[1]!, raw: m[2] ?? m[3] ?? '', text: m[0] });
  }
  return out;
}

/** Decoded value of the attribute `name` (exact qualified name), or undefined. */
export function getAttr(attrs: string | XmlAttr[], name: string): string | undefined {
  const list = typeof attrs === 'string' ? parseAttrs(attrs) : attrs;
  for (const a of list) if (a.name === name) return decodeXml(a.raw);
  return undefined;
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the predefined entities and character references. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY_RE, (_m, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/** Characters not allowed in XML 1.0 documents (lone surrogates included). */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that cannot appear in an XML 1.0 document. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, '');
}

/**
 * Escapes text for element content. Also protects literal `_xHHHH_` sequences, which Excel would otherwise
 * decode as escaped characters (ST_Xstring), and writes CR as a character reference so it survives
 * end-of-line normalisation.
 */
export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s)
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"'\r]/g, escapeChar);
}

/** Escapes text for a double-quoted attribute value (whitespace controls kept via character references). */
export function escapeXmlAttr(s: string): string {
  return stripInvalidXmlChars(s).replace(/[&<>"'\r\n\t]/g, escapeChar);
}

function escapeChar(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    case '\r':
      return '&#13;';
    case '\n':
      return '&#10;';
    default:
      return '&#9;';
  }
}

/** One replacement of `xml.slice(start, end)` by `text` (start === end inserts). */
export interface Splice {
  start: number;
  end: number;
  text: string;
  /** Tie-breaker for several insertions at the same offset (ascending). */
  order?: number;
}

/** Applies non-overlapping edits to a string in one pass. */
export function applySplices(xml: string, edits: Splice[]): string {
  if (edits.length === 0) return xml;
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || (a.e.order ?? 0) - (b.e.order ?? 0) || a.i - b.i)
    .map((x) => x.e);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new XlsxPatchError('Internal error: overlapping XML edits.', 'unsupported');
    parts.push(xml.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(xml.slice(pos));
  return parts.join('');
}

/**
 * Sets attribute `name` (plain text value, escaped here) inside the text of one start or empty-element tag,
 * in place when it exists, otherwise appended after the other attributes. Everything else stays verbatim.
 */
export function setAttrInTag(tag: string, name: string, value: string): string {
  const m = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)(\s*\/?>)$/.exec(tag);
  if (m === null) throw new XlsxPatchError(`Internal error: not a tag: ${tag.slice(0, 40)}`, 'unsupported');
  const attrsText = m[2]!;
  const head = `<${m[1]!}`;
  const escaped = escapeXmlAttr(value);
  ATTR_RE.lastIndex = 0;
  for (let a = ATTR_RE.exec(attrsText); a !== null; a = ATTR_RE.exec(attrsText)) {
    if (a[1] === name) {
      const before = attrsText.slice(0, a.index);
      const after = attrsText.slice(a.index + a[0].length);
      return `${head}${before}${name}="${escaped}"${after}${m[3]!}`;
    }
  }
  return `${head}${attrsText} ${name}="${escaped}"${m[3]!}`;
}

/** Removes attribute `name` from the text of one start or empty-element tag (unchanged when absent). */
export function removeAttrInTag(tag: string, name: string): string {
  const m = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)(\s*\/?>)$/.exec(tag);
  if (m === null) throw new XlsxPatchError(`Internal error: not a tag: ${tag.slice(0, 40)}`, 'unsupported');
  const attrs = m[2]!.replace(/(\s+)([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')/g, (all, _ws: string, n: string) => (n === name ? '' : all));
  return `<${m[1]!}${attrs}${m[3]!}`;
}

/** A direct child of an element (or the element itself): its spans, name and raw attribute text. */
export interface XmlChild extends ElementSpan {
  local: string;
  qname: string;
  /** The start tag's raw attribute text. */
  attrs: string;
}

export interface XmlLayout {
  root: XmlChild;
  children: XmlChild[];
}

export interface LayoutOptions {
  /** A self-closing root is fine (a style element `<xf .../>`); a part's root must have content. */
  emptyRoot?: boolean;
  /** Where a just-opened child's end tag starts when it can be found without scanning its content, else -1. */
  jumpOver?: (child: XmlChild) => number;
}

/** The root element of `xml` and its direct children, located on the text. */
export function rootAndChildren(xml: string, what: string, options: LayoutOptions = {}): XmlLayout {
  const sc = new TagScanner(xml, 0, what);
  const child = (): XmlChild => ({ ...openSpan(sc), local: sc.local, qname: sc.qname, attrs: sc.attrs });
  let root: XmlChild | undefined;
  const children: XmlChild[] = [];
  let depth = 0;
  let open: XmlChild | null = null;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && open !== null) {
        closeSpan(open, sc);
        open = null;
      } else if (depth === 0 && root !== undefined) closeSpan(root, sc);
      continue;
    }
    if (depth === 0) {
      if (root !== undefined) throw new XlsxPatchError(`The ${what} has more than one root element.`, 'malformed-xml');
      root = child();
      if (sc.selfClosing) {
        if (!options.emptyRoot) throw new XlsxPatchError(`The ${what} is empty.`, 'malformed-xml');
        continue;
      }
    } else if (depth === 1) {
      const c = child();
      children.push(c);
      if (!sc.selfClosing) {
        open = c;
        const close = options.jumpOver?.(c) ?? -1;
        if (close >= 0) {
          c.closeStart = close;
          c.end = xml.indexOf('>', close) + 1;
          open = null;
          sc.seek(c.end);
          continue; // depth unchanged: the child was opened and closed
        }
      }
    }
    if (!sc.selfClosing) depth++;
  }
  if (root === undefined || depth !== 0) throw new XlsxPatchError(`The ${what} is not well-formed XML (truncated).`, 'malformed-xml');
  return { root, children };
}
