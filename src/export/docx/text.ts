/**
 * The model's lines as Word paragraphs and runs: units, the font on every run, sizes, emphasis, placeholders
 * highlighted, and ND30's short rule under a line. Shared by the plan and the appendix renderers.
 */
import { AlignmentType, BorderStyle, HighlightColor, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { PLAN_FONT, type Align, type Line, type Run } from '../../core/plan-doc';

/** Twips (1/20 pt) per millimetre: 1440 per inch / 25.4. */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);
export const pt = (v: number): number => Math.round(v * 20);

/** A4 in twips, portrait (Word's own figures for 210 × 297 mm). */
export const A4 = { width: 11906, height: 16838 } as const;

/**
 * Every run names the font for all four scripts: Word picks the East Asian or complex-script slot for some
 * characters (and for Vietnamese under some language settings), and an unnamed slot falls back to the theme font.
 */
export const FONT = { ascii: PLAN_FONT, hAnsi: PLAN_FONT, eastAsia: PLAN_FONT, cs: PLAN_FONT };

/** ND30: first-line indent 1–1,27 cm; 1,27 cm is Word's own default tab. */
export const FIRST_LINE_INDENT = mm(12.7);

/** Body paragraphs: single line spacing (ND30's minimum), 6 pt after (ND30's minimum between paragraphs). */
export const BODY_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: pt(6) } as const;
/** Lines of the header, title, signature and table cells sit close together. */
export const TIGHT_SPACING = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
}

/**
 * A run with the line's emphasis (a run may add emphasis, never remove it). Placeholders keep their text and
 * are highlighted so that the clerk finds every "…" and "[…: cần bổ sung]" before signing; they are not set
 * to all caps, so that "cần bổ sung" reads as a note even in a capitalised line.
 */
export function textRun(run: Run, style: RunStyle): TextRun {
  return new TextRun({
    text: run.text,
    font: FONT,
    size: style.sizePt * 2,
    bold: style.bold || run.bold || undefined,
    italics: style.italic || run.italic || undefined,
    allCaps: style.caps && !run.placeholder ? true : undefined,
    highlight: run.placeholder ? HighlightColor.YELLOW : undefined,
  });
}

export function runsOf(line: Line): TextRun[] {
  return line.runs.map((r) => textRun(r, line.style));
}

/** A model line as a paragraph; `extra` adds spacing, indents or keep-with-next for its place in the document. */
export function paragraphOf(line: Line, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[line.style.align],
    spacing: TIGHT_SPACING,
    indent: line.style.firstLineIndent ? { firstLine: FIRST_LINE_INDENT } : undefined,
    ...extra,
    children: runsOf(line),
  });
}

/** An empty paragraph of the given size (a blank line keeps the size of the text around it). */
export function blank(sizePt: number, extra: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ spacing: TIGHT_SPACING, ...extra, run: { font: FONT, size: sizePt * 2 }, children: [] });
}

/**
 * ND30's short rule under a line, centred under it: an empty paragraph whose top border is the rule, narrowed
 * by equal left and right indents (a paragraph border runs between the indents, in Word and in LibreOffice).
 * The border is drawn below the paragraph's space before, so 3 pt before keeps the rule clear of the
 * descenders above (a border at the very top touched "p" in "Hạnh phúc"); the paragraph itself is 3 pt high.
 * `widthTw` is the rule's length, `spanTw` the width it is centred in (the table cell's text width), `afterTw`
 * the space under it.
 */
export function rule(widthTw: number, spanTw: number, afterTw = 0): Paragraph {
  const side = Math.max(0, Math.round((spanTw - widthTw) / 2));
  return new Paragraph({
    spacing: { line: pt(3), lineRule: LineRuleType.EXACT, before: pt(3), after: afterTw },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { font: FONT, size: 2 },
    children: [],
  });
}

/*
 * Advance widths of Times New Roman (identical in its metric-compatible Liberation Serif), in 1/1000 em, for
 * the printable ASCII characters 32–126: enough to size a rule to its line. Vietnamese letters take the width
 * of their base letter (the accents sit above or below it), except that the horn widens ơ, ư and Ư.
 */
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541]; // prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520]; // prettier-ignore
/** What the horn (U+031B) adds to o, u and U (Ơ keeps O's width). */
const HORN: Record<string, [regular: number, bold: number]> = { o: [29, 54], u: [42, 44], U: [54, 74] };

/** The printed width of a line, in twips, as Times New Roman sets it. */
export function lineWidth(line: Line): number {
  let em = 0;
  for (const run of line.runs) {
    const bold = !!(line.style.bold || run.bold);
    const table = bold ? BOLD : REGULAR;
    const text = line.style.caps && !run.placeholder ? run.text.toLocaleUpperCase('vi') : run.text;
    let last = '';
    for (const ch of text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD')) {
      const c = ch.charCodeAt(0);
      if (c === 0x31b) em += (HORN[last]?.[bold ? 1 : 0] ?? 0) / 1000;
      if (c >= 0x300 && c <= 0x36f) continue;
      em += (c >= 32 && c < 127 ? table[c - 32]! : 500) / 1000;
      last = ch;
    }
  }
  return Math.round(em * line.style.sizePt * 20);
}
