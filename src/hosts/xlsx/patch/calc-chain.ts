/**
 * Keeps xl/calcChain.xml consistent when formulas are removed from cells: Excel reports a damaged file
 * when the calculation chain lists a cell without a formula.
 */
import { type Splice, TagScanner, applySplices, getAttr, parseAttrs, setAttrInTag } from './xml';

/** Attributes that, when omitted, take the value of the previous entry: sheet id and child-chain flag. */
const INHERITED = ['i', 's'] as const;

interface Entry {
  start: number;
  end: number;
  r: string;
  /** Explicitly written inherited attributes. */
  explicit: Partial<Record<(typeof INHERITED)[number], string>>;
  /** Effective inherited attributes. */
  effective: Record<(typeof INHERITED)[number], string | undefined>;
  newLevel: boolean;
  removed: boolean;
}

/**
 * Removes the entries of `refs` (upper-case A1) on the sheet with `sheetId`. Returns the new text, or null
 * when no entry is left (the part must then be deleted: an empty calcChain is invalid).
 */
export function removeCalcChainCells(xml: string, sheetId: string, refs: ReadonlySet<string>): string | null {
  return removeCalcChainEntries(xml, (i, r) => i === sheetId && refs.has(r));
}

/**
 * Removes the entries for which `drop(sheetId, ref)` holds (ref upper-case A1 without "$"). Returns the new
 * text, or null when no entry is left.
 */
export function removeCalcChainEntries(xml: string, drop: (sheetId: string, ref: string) => boolean): string | null {
  const sc = new TagScanner(xml, 0, 'calculation chain part');
  const entries: Entry[] = [];
  let depth = 0;
  const current: Entry['effective'] = { i: undefined, s: undefined };
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && entries.length > 0 && sc.local === 'c') entries[entries.length - 1]!.end = sc.end;
      continue;
    }
    if (depth === 1 && sc.local === 'c') {
      const attrs = parseAttrs(sc.attrs);
      const explicit: Entry['explicit'] = {};
      for (const name of INHERITED) {
        const v = getAttr(attrs, name)?.trim();
        if (v !== undefined) current[name] = explicit[name] = v;
      }
      const l = getAttr(attrs, 'l')?.trim();
      const r = (getAttr(attrs, 'r') ?? '').replace(/\$/g, '').toUpperCase();
      entries.push({
        start: sc.start,
        end: sc.end,
        r,
        explicit,
        effective: { ...current },
        newLevel: l === '1' || l === 'true',
        removed: current.i !== undefined && drop(current.i, r),
      });
    }
    if (!sc.selfClosing) depth++;
  }
  if (!entries.some((e) => e.removed)) return xml;
  if (entries.every((e) => e.removed)) return null;

  const edits: Splice[] = [];
  let prevKept: Entry['effective'] = { i: undefined, s: undefined };
  let pendingLevel = false;
  let afterRemoved = false;
  for (const e of entries) {
    if (e.removed) {
      edits.push({ start: e.start, end: e.end, text: '' });
      pendingLevel ||= e.newLevel;
      afterRemoved = true;
      continue;
    }
    if (afterRemoved) {
      let tag = xml.slice(e.start, e.end);
      const selfClosing = /\/>$/.test(tag);
      const openEnd = selfClosing ? e.end : e.start + tag.indexOf('>') + 1;
      tag = xml.slice(e.start, openEnd);
      const original = tag;
      for (const name of INHERITED) {
        const v = e.effective[name];
        if (e.explicit[name] === undefined && v !== undefined && v !== prevKept[name]) tag = setAttrInTag(tag, name, v);
      }
      if (pendingLevel && !e.newLevel) tag = setAttrInTag(tag, 'l', '1');
      if (tag !== original) edits.push({ start: e.start, end: openEnd, text: tag });
    }
    pendingLevel = false;
    afterRemoved = false;
    prevKept = e.effective;
  }
  return applySplices(xml, edits);
}
