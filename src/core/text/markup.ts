/**
 * Leftover markup in cell text, and the only way the add-in removes it.
 *
 * A mark counts only when it is well-formed: a known tag name, then attributes that all have values
 * (`<span style="…">`, `<font face=Arial>`), so "a<b và c>d" or "x < 3 và y > 2" are text, not tags.
 * Of the tags, only those that Word and HTML conversion leave around text (formatting, line breaks,
 * paragraphs) may be removed; a link, an image, a script or a table cell carries meaning of its own, so
 * a cell holding one is reported but never changed. Removal never leaves a cell empty.
 */

/** Tags removed by the fix: they only format the text around them. `o:p` is Word's empty paragraph. */
const REMOVABLE = ['i', 'b', 'u', 'em', 'strong', 'br', 'p', 'span', 'font', 'div', 'sup', 'sub', 's', 'strike', 'mark', 'o:p'];
/** Tags reported but left alone: removing them would lose a link target, a picture or structure. */
const KEPT = ['a', 'img', 'script', 'iframe', 'table', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'h[1-6]'];

const ATTR = String.raw`\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=\x60]+)`;
const tagPattern = (names: readonly string[], flags: string) =>
  new RegExp(String.raw`<\/?(?:${names.join('|')})(?:${ATTR})*\s*\/?>`, flags);

const ANY_TAG = tagPattern([...REMOVABLE, ...KEPT], 'i');
const ANY_TAGS = tagPattern([...REMOVABLE, ...KEPT], 'gi');
const REMOVABLE_TAGS = tagPattern(REMOVABLE, 'gi');
const KEPT_TAG = tagPattern(KEPT, 'i');
const LINE_BREAK_TAG = /^<(?:br\b|\/p\s*>|\/div\s*>)/i;

const BOLD_MD = /\*\*([^*\n]+)\*\*|__([^_\n]+)__/;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#\d{2,5});/;
const ENTITIES_G = /&(nbsp|amp|lt|gt|quot|#\d{2,5});/g;
const ENTITY_TEXT: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"' };
/** One scan for the characters every mark needs. */
const MAY_HAVE_MARKUP = /[<&]|\*\*|__/;
const ITALIC_WRAP = /^\s*<(i|em)>([\s\S]*)<\/\1>\s*$/i;

export interface MarkupFound {
  /** The first mark, as it stands in the text. */
  mark: string;
  /** The text holds a tag that is reported but never removed (link, image, script, table…). */
  kept: boolean;
  /** The whole text is wrapped in <i>…</i> (the fix keeps that as italic formatting). */
  italic: boolean;
}

/** The leftover marks of a text, or null when it has none. */
export function findMarkup(text: string): MarkupFound | null {
  if (!MAY_HAVE_MARKUP.test(text)) return null;
  const tag = ANY_TAG.exec(text);
  const md = tag ? null : BOLD_MD.exec(text);
  const ent = tag || md ? null : ENTITY.exec(text);
  const mark = tag?.[0] ?? (md ? (md[0].startsWith('**') ? '**' : '__') : ent?.[0]);
  if (!mark) return null;
  return { mark, kept: tag !== null && KEPT_TAG.test(text), italic: ITALIC_WRAP.test(text) };
}

/**
 * The text without its removable marks: formatting tags dropped (<br>, </p> and </div> become line
 * breaks), ** and __ unwrapped, entities decoded. Returns the text unchanged when it holds a tag that
 * must be kept, or when nothing but white space would be left.
 */
export function stripMarkup(text: string): string {
  if (!MAY_HAVE_MARKUP.test(text) || KEPT_TAG.test(text)) return text;
  const out = text
    .replace(REMOVABLE_TAGS, (tag) => (LINE_BREAK_TAG.test(tag) ? '\n' : ''))
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(ENTITIES_G, decodeEntity)
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  return out === '' ? text : out;
}

/** A named entity, or a numeric one that names a printable character (never a control or a lone surrogate). */
function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITY_TEXT[name]!;
  const cp = Number(name.slice(1));
  return cp >= 32 && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : entity;
}

/** The text with every well-formed tag dropped, for reading and for short excerpts (never written back). */
export function withoutTags(text: string): string {
  return text.indexOf('<') < 0 ? text : text.replace(ANY_TAGS, '');
}
