/**
 * The text a careful reader sees in a cell: legacy encodings decoded, leftover markup and a stray
 * leading apostrophe dropped. Parsers read this, so a TCVN3 "Th¸ng 6" is one finding (the encoding),
 * not also an unreadable time.
 */
import { mayBeLegacy, detectLegacyEncoding, decodeLegacy } from './legacy';

const MARKUP = /<\/?[a-z][^>]*>|\*\*|__/i;

export function readableText(text: string): string {
  let t = text;
  if (mayBeLegacy(t)) {
    const enc = detectLegacyEncoding(t);
    if (enc) t = decodeLegacy(t, enc);
  }
  if (MARKUP.test(t)) t = t.replace(/<\/?[a-z][^>]*>/gi, '').replace(/\*\*|__/g, '');
  const c = t.charCodeAt(0);
  if (c === 39 || c === 0x2018 || c === 0x2019) t = t.replace(/^['‘’]+/, '');
  return t;
}
