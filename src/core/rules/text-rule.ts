/**
 * The text rules (legacy encoding, markup, apostrophes, spaces) share one shape: look at each text cell
 * of the table, and fix it by a pure function of its text. The factory derives the fix from that
 * function, so the guard that makes a text fix safe lives here once: a fix is offered only when it
 * changes the text and leaves something other than white space in the cell.
 */
import type { MessageData, ProposedEdit, Rule, Texts } from './types';

export interface TextRuleSpec extends Omit<Rule, 'check' | 'transformText' | 'fixLabel' | 'scope'> {
  fixLabel: Texts;
  /** What the rule sees in a cell's text (the message's data), or null when it sees nothing. */
  detect(text: string): MessageData | null;
  /** The fix as a pure function of the text: the identity wherever a change would not be safe. */
  transform(text: string): string;
  /** Formatting set together with the fixed text (italics kept from `<i>`, a Unicode font). */
  format?(text: string): Pick<ProposedEdit, 'italic' | 'fontName'>;
}

/** A text fix may change how a text is written, never turn a cell that says something into an empty one. */
export function isSafeTextFix(before: string, after: string): boolean {
  return after !== before && after.trim() !== '';
}

export function textRule(spec: TextRuleSpec): Rule {
  const { detect, transform, format, ...rule } = spec;
  return {
    ...rule,
    transformText: transform,
    check(ctx) {
      const cells = ctx.textCells;
      for (let i = 0; i < cells.length; i++) {
        const text = cells.texts[i]!;
        const data = detect(text);
        if (!data) continue;
        const row = cells.rows[i]!;
        const col = cells.cols[i]!;
        const fixed = transform(text);
        ctx.report({ row, col, data, fix: isSafeTextFix(text, fixed) ? [{ row, col, value: fixed, ...format?.(text) }] : null });
      }
    },
  };
}
