/**
 * The appendix as Word content: its heading lines centred, then the task table with the model's column
 * widths, bordered, its header row repeated on every page, area rows bold, cells in 12 pt.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import { APPENDIX_TABLE_PT, type AppendixColumn, type AppendixDocument, type AppendixField, type AppendixRow } from '../../core/plan-doc';
import { FONT, TIGHT_SPACING, mm, paragraphOf, pt, textRun } from './text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * Short fields are centred, as the seeds' appendices set them; the prose columns are left-aligned (justified
 * text in a 26–58 mm column opens wide gaps between words).
 */
const CENTRED: ReadonlySet<AppendixField> = new Set(['stt', 'owner', 'partners', 'time', 'status']);

/** Blank rows (no prefill) get room to write in. */
const BLANK_ROW_MM = 10;

/** 1 mm of side padding: the 12 mm STT column must still hold "STT" in 12 pt bold (≈ 8 mm) on one line. */
const CELL_MARGINS = { left: mm(1), right: mm(1), top: pt(2), bottom: pt(2) };

export function appendixChildren(appendix: AppendixDocument): FileChild[] {
  const heading = appendix.heading.map((l, i) =>
    paragraphOf(l, { spacing: { ...TIGHT_SPACING, after: i === appendix.heading.length - 1 ? pt(12) : 0 }, keepNext: true }),
  );
  return [...heading, taskTable(appendix)];
}

function taskTable(appendix: AppendixDocument): Table {
  const widths = appendix.columns.map((c) => mm(c.widthMm));
  const header = new TableRow({
    // Word and LibreOffice repeat the table's leading rows marked as header rows on every page.
    tableHeader: true,
    cantSplit: true,
    children: appendix.columns.map((c, i) => textCell(c.title, widths[i]!, AlignmentType.CENTER, true, VerticalAlignTable.CENTER)),
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    // Fixed: the widths are the model's, not the content's (Word's autofit would squeeze the short columns).
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: CELL_MARGINS,
    rows: [header, ...appendix.rows.map((r) => bodyRow(r, appendix.columns, widths))],
  });
}

function bodyRow(row: AppendixRow, columns: readonly AppendixColumn[], widths: number[]): TableRow {
  const empty = Object.values(row.cells).every((v) => !v);
  return new TableRow({
    // A row stays whole (a criterion split over two pages loses its number); an area stays with its first task.
    cantSplit: true,
    keepNext: row.kind === 'area' || undefined,
    height: empty ? { value: mm(BLANK_ROW_MM), rule: HeightRule.ATLEAST } : undefined,
    children: columns.map((c, i) =>
      textCell(row.cells[c.field] ?? '', widths[i]!, CENTRED.has(c.field) ? AlignmentType.CENTER : AlignmentType.LEFT, row.kind === 'area', VerticalAlignTable.TOP),
    ),
  });
}

/** A cell's text; a line break in the text (a list of solutions) starts a paragraph of its own. */
function textCell(
  text: string,
  width: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  bold: boolean,
  verticalAlign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable],
): TableCell {
  const style = { sizePt: APPENDIX_TABLE_PT, bold };
  const children = text.split(/\r?\n/).map(
    (t) => new Paragraph({ alignment, spacing: TIGHT_SPACING, run: { font: FONT, size: APPENDIX_TABLE_PT * 2, bold }, children: t ? [textRun({ text: t }, style)] : [] }),
  );
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign });
}
