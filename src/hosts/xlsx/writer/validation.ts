/**
 * In-cell lists (`<dataValidation type="list">`) on a worksheet's text. Cells that already validate — in
 * `<dataValidations>` or in the x14 validations Excel keeps in `<extLst>` (lists from other sheets) — are
 * never overwritten: adding there is refused so that the caller can report the range as skipped.
 */
import type { ListSource, ValidationAlert } from '../../../core/workbook/plan';
import { parseSqref } from '../patch/address';
import { overlaps, rangeAddress } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { XlsxPatchError } from '../patch/errors';
import { type Splice, TagScanner, applySplices, decodeXml, escapeXmlAttr, getAttr, parseAttrs, setAttrInTag } from '../patch/xml';
import { escapeFormula } from './formula';
import { type Child, type Layout, WORKSHEET_ORDER, insertionPoint, layoutOf, prefixOf } from './children';

/** Excel's limits: the text of a fixed list, an alert's title and its message. */
const MAX_LIST = 255;
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

/** The `formula1` of a list: a defined name, or a quoted comma list ("a,b,c"). */
export function listFormula(list: ListSource): string {
  if (list !== null && typeof list === 'object' && 'name' in list && typeof list.name === 'string' && list.name !== '') return list.name;
  if (list === null || typeof list !== 'object' || !('values' in list) || !Array.isArray(list.values) || list.values.length === 0) {
    throw new XlsxPatchError('A list needs a defined name or at least one value.', 'bad-patch');
  }
  for (const v of list.values) {
    if (typeof v !== 'string' || v === '' || v.includes(',')) {
      throw new XlsxPatchError(`List values must be non-empty texts without commas (got ${JSON.stringify(v)}).`, 'bad-patch');
    }
  }
  const text = list.values.join(',');
  if (text.length > MAX_LIST) throw new XlsxPatchError(`A fixed list is limited to ${MAX_LIST} characters by Excel; this one has ${text.length}. Put the values on a sheet and use a name.`, 'bad-patch');
  return `"${text.replace(/"/g, '""')}"`;
}

export function checkAlert(alert: ValidationAlert): void {
  if (alert === null || typeof alert !== 'object' || !['information', 'warning', 'stop'].includes(alert.style)) {
    throw new XlsxPatchError('A validation alert needs a style: information, warning or stop.', 'bad-patch');
  }
  if (typeof alert.title !== 'string' || alert.title.length > MAX_TITLE) throw new XlsxPatchError(`An alert title is text of at most ${MAX_TITLE} characters.`, 'bad-patch');
  if (typeof alert.message !== 'string' || alert.message.length > MAX_MESSAGE) throw new XlsxPatchError(`An alert message is text of at most ${MAX_MESSAGE} characters.`, 'bad-patch');
}

interface Validation {
  start: number;
  end: number;
  openEnd: number;
  sqref: string;
  type: string;
  formula1: string;
}

/** The `<dataValidation>` elements of the container. */
function validationsIn(xml: string, container: Child): Validation[] {
  const out: Validation[] = [];
  if (container.selfClosing) return out;
  const sc = new TagScanner(xml.slice(0, container.closeStart), container.openEnd, 'worksheet part');
  let depth = 0;
  let current: Validation | null = null;
  let formulaFrom = -1;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && current !== null && formulaFrom >= 0) {
        current.formula1 = decodeXml(xml.slice(formulaFrom, sc.start)).trim();
        formulaFrom = -1;
      }
      if (depth === 0 && current !== null) {
        current.end = sc.end;
        current = null;
      }
      continue;
    }
    if (depth === 0 && sc.local === 'dataValidation') {
      const attrs = parseAttrs(sc.attrs);
      const v: Validation = { start: sc.start, end: sc.end, openEnd: sc.end, sqref: getAttr(attrs, 'sqref') ?? '', type: getAttr(attrs, 'type') ?? 'none', formula1: '' };
      out.push(v);
      if (!sc.selfClosing) current = v;
    } else if (depth === 1 && current !== null && sc.local === 'formula1') formulaFrom = sc.end;
    if (!sc.selfClosing) depth++;
  }
  return out;
}

/** The sqref texts of the x14 validations inside `<extLst>` (`<x14:dataValidation>…<xm:sqref>`). */
function extValidationRefs(xml: string, extLst: Child | undefined): string[] {
  if (extLst === undefined || extLst.selfClosing) return [];
  const refs: string[] = [];
  const sc = new TagScanner(xml.slice(0, extLst.closeStart), extLst.openEnd, 'worksheet part');
  const stack: string[] = [];
  let textFrom = -1;
  while (sc.next()) {
    if (sc.closing) {
      const top = stack.pop();
      if (top === 'sqref' && textFrom >= 0 && stack[stack.length - 1] === 'dataValidation') refs.push(decodeXml(xml.slice(textFrom, sc.start)));
      textFrom = -1;
      continue;
    }
    if (!sc.selfClosing) {
      stack.push(sc.local);
      textFrom = sc.local === 'sqref' ? sc.end : -1;
    }
  }
  return refs;
}

/** Whether a sqref touches the box (an unreadable sqref counts as touching: never risk an overwrite). */
function touches(sqref: string, box: CellRange): boolean {
  const areas = parseSqref(sqref);
  return areas === null || areas.some((a) => overlaps(a, box));
}

function containerOf(layout: Layout): Child | undefined {
  return layout.children.find((c) => c.local === 'dataValidations');
}

/** Adds a list validation over `box`; refused ('already-validated') when any of its cells validates. */
export function addListValidation(xml: string, box: CellRange, formula1: string, alert: ValidationAlert): string {
  const layout = layoutOf(xml, 'worksheet part', 'sheetData');
  const container = containerOf(layout);
  const existing = container === undefined ? [] : validationsIn(xml, container).map((v) => v.sqref);
  existing.push(...extValidationRefs(xml, layout.children.find((c) => c.local === 'extLst')));
  const hit = existing.find((sqref) => touches(sqref, box));
  if (hit !== undefined) {
    throw new XlsxPatchError(`Cells of ${rangeAddress(box)} already have data validation (${hit}); it is not overwritten.`, 'already-validated');
  }
  const p = prefixOf(container ?? layout.root);
  const text =
    `<${p}dataValidation type="list" errorStyle="${alert.style}" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
    ` errorTitle="${escapeXmlAttr(alert.title)}" error="${escapeXmlAttr(alert.message)}" sqref="${rangeAddress(box)}">` +
    `<${p}formula1>${escapeFormula(formula1)}</${p}formula1></${p}dataValidation>`;
  if (container === undefined) {
    const at = insertionPoint(layout, WORKSHEET_ORDER, 'dataValidations');
    return applySplices(xml, [{ start: at, end: at, text: `<${p}dataValidations count="1">${text}</${p}dataValidations>` }]);
  }
  const count = validationsIn(xml, container).length + 1;
  let open = xml.slice(container.start, container.openEnd);
  if (getAttr(container.attrs, 'count') !== undefined || container.selfClosing) open = setAttrInTag(open, 'count', String(count));
  if (container.selfClosing) {
    return applySplices(xml, [{ start: container.start, end: container.end, text: `${open.replace(/\s*\/>$/, '>')}${text}</${container.qname}>` }]);
  }
  return applySplices(xml, [
    { start: container.start, end: container.openEnd, text: open },
    { start: container.closeStart, end: container.closeStart, text },
  ]);
}

/**
 * Removes the list validation of `box` whose formula is `formula1` (only that area, when its sqref lists
 * others); the container goes when it empties. Nothing to remove is not an error: the user may have
 * removed it already.
 */
export function removeListValidation(xml: string, box: CellRange, formula1: string): string {
  const layout = layoutOf(xml, 'worksheet part', 'sheetData');
  const container = containerOf(layout);
  if (container === undefined) return xml;
  const all = validationsIn(xml, container);
  const ref = rangeAddress(box);
  const edits: Splice[] = [];
  let removed = 0;
  for (const v of all) {
    if (v.type !== 'list' || v.formula1 !== formula1) continue;
    const areas = v.sqref.trim().split(/\s+/);
    const kept = areas.filter((a) => a.replace(/\$/g, '').toUpperCase() !== ref);
    if (kept.length === areas.length) continue;
    if (kept.length === 0) {
      edits.push({ start: v.start, end: v.end, text: '' });
      removed++;
    } else edits.push({ start: v.start, end: v.openEnd, text: setAttrInTag(xml.slice(v.start, v.openEnd), 'sqref', kept.join(' ')) });
  }
  if (edits.length === 0) return xml;
  if (removed === all.length) return applySplices(xml, [{ start: container.start, end: container.end, text: '' }]);
  if (removed > 0 && getAttr(container.attrs, 'count') !== undefined) {
    edits.push({ start: container.start, end: container.openEnd, text: setAttrInTag(xml.slice(container.start, container.openEnd), 'count', String(all.length - removed)) });
  }
  return applySplices(xml, edits);
}
