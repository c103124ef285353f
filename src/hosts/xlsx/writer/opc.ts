/**
 * The package's bookkeeping for a part that comes or goes: its `<Override>` in [Content_Types].xml and its
 * `<Relationship>` in a .rels part, edited on the text.
 */
import { type Splice, TagScanner, applySplices, escapeXmlAttr, getAttr } from '../patch/xml';
import { layoutOf, prefixOf } from './children';

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Adds `<Override PartName="/…" ContentType="…"/>` at the end of the content types. */
export function addOverride(xml: string, partName: string, contentType: string): string {
  const { root } = layoutOf(xml, 'content types part');
  const p = prefixOf(root);
  const text = `<${p}Override PartName="/${escapeXmlAttr(partName)}" ContentType="${escapeXmlAttr(contentType)}"/>`;
  return applySplices(xml, [{ start: root.closeStart, end: root.closeStart, text }]);
}

/** Removes the `<Override>` of a part (names compare case-insensitively, as OPC part names do). */
export function removeOverride(xml: string, partName: string): string {
  const wanted = `/${partName}`.toLowerCase();
  const edits: Splice[] = [];
  const sc = new TagScanner(xml, 0, 'content types part');
  let depth = 0;
  let openStart = -1;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && openStart >= 0) {
        edits.push({ start: openStart, end: sc.end, text: '' });
        openStart = -1;
      }
      continue;
    }
    if (depth === 1 && sc.local === 'Override' && (getAttr(sc.attrs, 'PartName') ?? '').toLowerCase() === wanted) {
      if (sc.selfClosing) edits.push({ start: sc.start, end: sc.end, text: '' });
      else openStart = sc.start;
    }
    if (!sc.selfClosing) depth++;
  }
  return applySplices(xml, edits);
}

/** Adds `<Relationship Id Type Target/>` at the end of a .rels part. */
export function addRelationship(xml: string, rel: { id: string; type: string; target: string }): string {
  const { root } = layoutOf(xml, 'relationships part');
  const p = prefixOf(root);
  const text = `<${p}Relationship Id="${escapeXmlAttr(rel.id)}" Type="${escapeXmlAttr(rel.type)}" Target="${escapeXmlAttr(rel.target)}"/>`;
  return applySplices(xml, [{ start: root.closeStart, end: root.closeStart, text }]);
}

/** An id no relationship of the part uses: "rId" and the next free number. */
export function freeRelationshipId(ids: readonly string[]): string {
  const used = new Set(ids.map((id) => id.toLowerCase()));
  let n = ids.length + 1;
  for (const id of ids) {
    const m = /^rId(\d+)$/i.exec(id);
    if (m !== null) n = Math.max(n, Number(m[1]) + 1);
  }
  while (used.has(`rid${n}`)) n++;
  return `rId${n}`;
}
