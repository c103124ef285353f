/**
 * The root element of an XML part and its direct children, located on the text, so that a writer can insert
 * a new child where the schema wants it (OOXML parts are sequences: Excel refuses a `<dataValidations>` after
 * `<hyperlinks>`) and replace or remove one child without touching the others.
 */
import { XlsxPatchError } from '../patch/errors';
import { canSkipRows, findEndTag } from '../patch/sheet-index';
import { type ElementSpan, TagScanner, closeSpan, openSpan } from '../patch/xml';

export interface Child extends ElementSpan {
  local: string;
  qname: string;
  /** The start tag's raw attribute text. */
  attrs: string;
}

export interface Layout {
  root: Child;
  children: Child[];
}

function child(sc: TagScanner): Child {
  return { ...openSpan(sc), local: sc.local, qname: sc.qname, attrs: sc.attrs };
}

/**
 * The root and its direct children. The content of a child named `skip` (a worksheet's `<sheetData>`,
 * megabytes of rows) is jumped over with a plain search for its end tag when nothing can hide one.
 */
export function layoutOf(xml: string, what: string, skip?: string): Layout {
  const sc = new TagScanner(xml, 0, what);
  const canJump = skip !== undefined && canSkipRows(xml);
  let root: Child | undefined;
  const children: Child[] = [];
  let depth = 0;
  let open: Child | null = null;
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
      root = child(sc);
      if (sc.selfClosing) throw new XlsxPatchError(`The ${what} is empty.`, 'malformed-xml');
    } else if (depth === 1) {
      const c = child(sc);
      children.push(c);
      if (!sc.selfClosing) {
        open = c;
        const close = canJump && sc.local === skip ? findEndTag(xml, sc.qname, sc.end) : -1;
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

/**
 * Where a new child `local` goes: before the first child that `order` (the schema's sequence) puts after it,
 * else before the root's end tag. Children the list does not know are not moved past.
 */
export function insertionPoint(layout: Layout, order: readonly string[], local: string): number {
  const rank = order.indexOf(local);
  if (rank < 0) throw new XlsxPatchError(`Internal error: ${local} is not in the schema order.`, 'unsupported');
  for (const c of layout.children) {
    const r = order.indexOf(c.local);
    if (r > rank) return c.start;
  }
  return layout.root.closeStart;
}

/** The children of <worksheet> in schema order (CT_Worksheet). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

/** The children of <workbook> in schema order (CT_Workbook). */
export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

/** The namespace prefix of an element ("x:" or ""), for children written into it. */
export function prefixOf(c: Child): string {
  const i = c.qname.indexOf(':');
  return i < 0 ? '' : c.qname.slice(0, i + 1);
}
