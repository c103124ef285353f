/**
 * The add-in's conditional formats on a worksheet's text. A rule is an expression `<cfRule>` whose formula
 * carries the plan's tag (`N("tag")`), so that removing "our" rules finds exactly those and never a user's.
 *
 * Priorities: new rules get the numbers after the sheet's highest one (1 is the highest precedence), i.e. they
 * rank below every existing rule. The user's rules keep both their numbers and their precedence; where
 * formats conflict theirs win. Among one step's rules the first wins, as the plan says.
 */
import { hasTag } from '../../../core/workbook/plan';
import { rangeAddress } from '../../../core/address';
import type { CellRange } from '../../../core/snapshot';
import { type Splice, TagScanner, applySplices, decodeXml, getAttr } from '../patch/xml';
import { escapeFormula } from './formula';
import { type Child, WORKSHEET_ORDER, insertionPoint, layoutOf, prefixOf } from './children';

interface Rule {
  start: number;
  end: number;
  formulas: string[];
}

/** The `<cfRule>` children of one element (a `<conditionalFormatting>`), with their formulas. */
function rulesIn(xml: string, container: Child): Rule[] {
  const rules: Rule[] = [];
  if (container.selfClosing) return rules;
  const sc = new TagScanner(xml.slice(0, container.closeStart), container.openEnd, 'worksheet part');
  let depth = 0;
  let rule: Rule | null = null;
  let formulaFrom = -1;
  while (sc.next()) {
    if (sc.closing) {
      depth--;
      if (depth === 1 && rule !== null && formulaFrom >= 0) {
        rule.formulas.push(decodeXml(xml.slice(formulaFrom, sc.start)));
        formulaFrom = -1;
      }
      if (depth === 0 && rule !== null) {
        rule.end = sc.end;
        rule = null;
      }
      continue;
    }
    if (depth === 0 && sc.local === 'cfRule') {
      const r: Rule = { start: sc.start, end: sc.end, formulas: [] };
      rules.push(r);
      if (!sc.selfClosing) rule = r;
    } else if (depth === 1 && rule !== null && sc.local === 'formula') formulaFrom = sc.end;
    if (!sc.selfClosing) depth++;
  }
  return rules;
}

/** The highest `priority` of any rule on the sheet, x14 rules in `<extLst>` included. */
function maxPriority(xml: string, holders: Child[]): number {
  let max = 0;
  for (const c of holders) {
    if (c.selfClosing) continue;
    const sc = new TagScanner(xml.slice(0, c.closeStart), c.openEnd, 'worksheet part');
    while (sc.next()) {
      if (sc.closing || sc.local !== 'cfRule') continue;
      const p = Number(getAttr(sc.attrs, 'priority'));
      if (Number.isFinite(p)) max = Math.max(max, p);
    }
  }
  return max;
}

export interface ExpressionRule {
  areas: CellRange[];
  /** As stored: no "=", `_xlfn.` prefixes added. */
  formula: string;
  dxfId: number;
}

/**
 * Adds expression rules, each in its own `<conditionalFormatting>` after the existing ones; the first rule
 * gets the best priority of the new ones (all rank below the sheet's existing rules).
 */
export function addExpressionRules(xml: string, rules: readonly ExpressionRule[]): string {
  if (rules.length === 0) return xml;
  const layout = layoutOf(xml, 'worksheet part', 'sheetData');
  const holders = layout.children.filter((c) => c.local === 'conditionalFormatting' || c.local === 'extLst');
  const first = maxPriority(xml, holders) + 1;
  const p = prefixOf(layout.root);
  const text = rules
    .map(
      (r, i) =>
        `<${p}conditionalFormatting sqref="${r.areas.map(rangeAddress).join(' ')}">` +
        `<${p}cfRule type="expression" dxfId="${r.dxfId}" priority="${first + i}"><${p}formula>${escapeFormula(r.formula)}</${p}formula></${p}cfRule>` +
        `</${p}conditionalFormatting>`,
    )
    .join('');
  const at = insertionPoint(layout, WORKSHEET_ORDER, 'conditionalFormatting');
  return applySplices(xml, [{ start: at, end: at, text }]);
}

/** Removes every rule whose formula carries the tag, and the `<conditionalFormatting>` left empty. */
export function removeTaggedRules(xml: string, tag: string): string {
  const layout = layoutOf(xml, 'worksheet part', 'sheetData');
  const edits: Splice[] = [];
  for (const c of layout.children) {
    if (c.local !== 'conditionalFormatting') continue;
    const rules = rulesIn(xml, c);
    const ours = rules.filter((r) => r.formulas.some((f) => hasTag(f, tag)));
    if (ours.length === 0) continue;
    if (ours.length === rules.length) edits.push({ start: c.start, end: c.end, text: '' });
    else for (const r of ours) edits.push({ start: r.start, end: r.end, text: '' });
  }
  return applySplices(xml, edits);
}
