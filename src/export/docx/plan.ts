/**
 * The plan's blocks as Word content: the header and the signature as borderless two-column tables (ND30's
 * layout: agency left, national title right; recipients left, signer right), the title centred, headings
 * and body justified with a first-line indent.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type FileChild, type ITableBordersOptions } from 'docx';
import type { Line, PlanBlock, PlanDocument } from '../../core/plan-doc';
import { textWidth } from './page';
import { BODY_SPACING, TIGHT_SPACING, lineWidth, paragraphOf, pt, rule } from './text';

/**
 * Agency and recipients take the narrower left column; the national title (≈ 96 mm at 13 pt bold) needs the
 * wider right one: 62 % of 165 mm leaves it 6 mm to spare, so it never wraps.
 */
const LEFT_SHARE = 0.38;

/**
 * ND30: the rule under the issuing agency is 1/3–1/2 as long as the name; the rule under the motto is as
 * long as the motto. The header's left column holds the agency, its right column the motto.
 */
const RULE_SHARE = { left: 0.4, right: 1 } as const;
/** The rule under the subject line: a third of its (longest printed) line. */
const SUBJECT_RULE_SHARE = 1 / 3;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Space between the header and "KẾ HOẠCH", and under the subject line. */
const TITLE_BEFORE_PT = 18;
const TITLE_AFTER_PT = 12;
/** Room to sign and stamp between the signer's title and name (ND30 leaves it to the layout; ≈ 25 mm). */
const SIGNING_ROOM_PT = 72;

export function planChildren(plan: PlanDocument): FileChild[] {
  const width = textWidth(plan.page);
  const out: FileChild[] = [];
  for (const block of plan.blocks) out.push(...blockChildren(block, width));
  return out;
}

function blockChildren(b: PlanBlock, width: number): FileChild[] {
  switch (b.kind) {
    case 'header':
      return [headerTable(b.left, b.right, width)];
    case 'title':
      // ND30: a short rule under the subject line (trích yếu), 1/3–1/2 as long as the line; the space after
      // the title then goes under the rule.
      return b.lines.flatMap((l, i) => {
        const last = i === b.lines.length - 1;
        const p = paragraphOf(l, {
          spacing: { ...TIGHT_SPACING, before: i === 0 ? pt(TITLE_BEFORE_PT) : 0, after: last && !l.style.ruleBelow ? pt(TITLE_AFTER_PT) : 0 },
          keepNext: true,
        });
        return l.style.ruleBelow ? [p, rule(Math.min(width, lineWidth(l)) * SUBJECT_RULE_SHARE, width, last ? pt(TITLE_AFTER_PT) : 0)] : [p];
      });
    case 'heading':
      // A heading stays on the page of the text it introduces.
      return [paragraphOf(b.line, { spacing: BODY_SPACING, keepNext: true, keepLines: true })];
    case 'paragraph':
    case 'bullet':
      // A bullet's marker ("- ") is already the first run of its line.
      return [paragraphOf(b.line, { spacing: BODY_SPACING })];
    case 'signature':
      return [signatureTable(b.recipients, [...b.signer], b.name, width)];
  }
}

/** The two column widths (twips) of a borderless two-column table spanning the text width. */
function columns(width: number): [number, number] {
  const left = Math.round(width * LEFT_SHARE);
  return [left, width - left];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP });
}

function twoColumns(rows: [Paragraph[], Paragraph[]][], width: number, keep: boolean): Table {
  const [l, r] = columns(width);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [l, r],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // No cell padding: the columns' text spans the whole text width, as the model's centring assumes.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(([a, b]) => new TableRow({ children: [cell(a, l), cell(b, r)], cantSplit: keep })),
  });
}

/** A column's lines as paragraphs, each line that carries ND30's rule followed by it. */
function columnParagraphs(lines: Line[], span: number, share: number, firstBefore = 0): Paragraph[] {
  return lines.flatMap((l, i) => {
    const p = paragraphOf(l, { spacing: { ...TIGHT_SPACING, before: i === 0 ? firstBefore : 0 } });
    // A name that wraps is as long as the column: the rule takes its share of the longest printed line.
    return l.style.ruleBelow ? [p, rule(Math.min(span, lineWidth(l)) * share, span)] : [p];
  });
}

/**
 * The header in two rows: agencies | national title and motto, then "Số: …" | place and date, so that the
 * number and the date start on the same line whatever the agency names' lengths (ND30's layout). Each
 * column is split after its last ruled line; a column without a rule stays in the first row.
 */
function headerTable(left: Line[], right: Line[], width: number): Table {
  const [l, r] = columns(width);
  const split = (lines: Line[]): [Line[], Line[]] => {
    const at = lines.map((x) => !!x.style.ruleBelow).lastIndexOf(true) + 1;
    return at > 0 ? [lines.slice(0, at), lines.slice(at)] : [lines, []];
  };
  const [lTop, lBottom] = split(left);
  const [rTop, rBottom] = split(right);
  const rows: [Paragraph[], Paragraph[]][] = [[columnParagraphs(lTop, l, RULE_SHARE.left), columnParagraphs(rTop, r, RULE_SHARE.right)]];
  if (lBottom.length || rBottom.length) rows.push([orEmpty(columnParagraphs(lBottom, l, RULE_SHARE.left, pt(6))), orEmpty(columnParagraphs(rBottom, r, RULE_SHARE.right, pt(6)))]);
  return twoColumns(rows, width, true);
}

/** A table cell must hold a paragraph. */
const orEmpty = (ps: Paragraph[]): Paragraph[] => (ps.length ? ps : [new Paragraph({ children: [] })]);

/** "Nơi nhận:" and its list left; the signer's title, room to sign, the name right. Kept on one page. */
function signatureTable(recipients: Line[], signer: Line[], name: Line, width: number): Table {
  const before = pt(12);
  const left = recipients.map((l, i) => paragraphOf(l, { spacing: { ...TIGHT_SPACING, before: i === 0 ? before : 0 }, keepNext: true }));
  const right = [
    ...signer.map((l, i) => paragraphOf(l, { spacing: { ...TIGHT_SPACING, before: i === 0 ? before : 0 }, keepNext: true })),
    paragraphOf(name, { spacing: { ...TIGHT_SPACING, before: pt(SIGNING_ROOM_PT) } }),
  ];
  return twoColumns([[orEmpty(left), right]], width, true);
}
