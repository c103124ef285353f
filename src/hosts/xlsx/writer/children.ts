/**
 * The root element of an XML part and its direct children, located on the text, so that a writer can insert
 * a new child where the schema wants it (OOXML parts are sequences: Excel refuses a `<dataValidations>` after
 * `<hyperlinks>`) and replace or remove one child without touching the others.
 */
import { XlsxPatchError } from '../patch/errors';
import { canSkipRows, findEndTag } from '../patch/sheet-index';
import { type XmlChild, type XmlLayout, rootAndChildren } from '../patch/xml';

export type Child = XmlChild;
export type Layout = XmlLayout;

/**
 * The root and its direct children. The content of a child named `skip` (a worksheet's `<sheetData>`,
 * megabytes of rows) is jumped over with a plain search for its end tag when nothing can hide one.
 */
export function layoutOf(xml: string, what: string, skip?: string): Layout {
  const canJump = skip !== undefined && canSkipRows(xml);
  return rootAndChildren(xml, what, canJump ? { jumpOver: (c) => (c.local === skip ? findEndTag(xml, c.qname, c.openEnd) : -1) } : {});
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
