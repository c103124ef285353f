/**
 * The text a careful reader sees in a cell: legacy encodings decoded, leftover markup and a stray
 * leading apostrophe dropped. Parsers read this, so a TCVN3 "Th¸ng 6" is one finding (the encoding),
 * not also an unreadable time.
 */
import { memoize } from '../memo';
import { decodeLegacy, detectLegacyCached } from './legacy';
import { withoutTags } from './markup';


/** Memoised: parsers ask for the same cell's text several times per check. */
export const readableText: (text: string) => string = memoize(readableUncached, 50_000);

function readableUncached(text: string): string {
  let t = text;
  const enc = detectLegacyCached(t);
  if (enc) t = decodeLegacy(t, enc);
  t = withoutTags(t);
  if (t.indexOf('**') >= 0 || t.indexOf('__') >= 0) t = t.replace(/\*\*|__/g, '');
  const c = t.charCodeAt(0);
  if (c === 39 || c === 0x2018 || c === 0x2019) t = t.replace(/^['‘’]+/, '');
  return t;
}
