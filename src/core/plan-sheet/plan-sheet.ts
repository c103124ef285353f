/**
 * The plan document laid out on a sheet ("Kế hoạch"), as the printed document: ten equal columns across
 * A4 portrait between ND30's margins; the header block with the agencies over A:D and the national title
 * over E:J; every other line one merged, wrapped row over A:J; "Nơi nhận:" over A:E beside the signer over
 * F:J. One cell holds one line, so a line's look is its style (a bold label inside a line, such as
 * "- Nguyên nhân:", stays plain in the sheet; the .docx keeps it bold).
 *
 * Lines are laid out as `SheetLine`s first; `sheetOf` turns them into cells. The same lines come back from
 * the cells' text (./restore.ts), which is how an undo brings the sheet back with its look.
 */
import type { CellRange } from '../snapshot';
import type { Line, LineStyle, PlanDocument } from '../plan-doc/model';
import { PLAN_PAGE } from '../plan-doc/model';
import { textOf } from '../plan-doc/write';
import { taggedFormula, type ConditionalRule, type NewCell, type PageSetup, type PlanStep } from '../workbook/plan';
import { SHEET_FONT, lineCount, rowHeight, widthForMm } from './grid';

type AddSheet = Extract<PlanStep, { kind: 'addSheet' }>;

/** A4 portrait (210 mm) less the left and right margins, in ten columns. */
export const PLAN_COLUMNS = 10;
const TEXT_WIDTH_MM = 210 - PLAN_PAGE.marginsMm.left - PLAN_PAGE.marginsMm.right;
const COLUMN_MM = TEXT_WIDTH_MM / PLAN_COLUMNS;

/** Where a two-column row splits: after column 4 in the header (agencies ~40%), after 5 in the signature. */
export const SPLIT = { header: 4, signature: 5 } as const;

/** Text and look of one cell of the sheet. */
export interface SheetText {
  text: string;
  style: LineStyle;
}

export type SheetLine =
  | { kind: 'wide'; cell: SheetText }
  | { kind: 'pair'; split: keyof typeof SPLIT; left: SheetText | null; right: SheetText | null }
  /** An empty row: between blocks, under the ND30 rules, the room to sign. */
  | { kind: 'gap'; heightPt: number };

const GAP = 9;
const SIGNING_ROOM = 4;

function cellText(line: Line): SheetText {
  // A line reads bold when its style is, or when every run is (a heading written as one bold run).
  const allBold = line.runs.length > 0 && line.runs.every((r) => r.bold);
  const allItalic = line.runs.length > 0 && line.runs.every((r) => r.italic);
  const style: LineStyle = { ...line.style, ...(allBold ? { bold: true } : {}), ...(allItalic ? { italic: true } : {}) };
  return { text: textOf(line), style };
}

function pairs(split: keyof typeof SPLIT, left: readonly (SheetText | null)[], right: readonly (SheetText | null)[]): SheetLine[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({ kind: 'pair', split, left: left[i] ?? null, right: right[i] ?? null }));
}

/** The document as sheet lines, top to bottom. */
export function sheetLines(doc: PlanDocument): SheetLine[] {
  const out: SheetLine[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'header': {
        // Agencies and "Số" left, title, motto and date right; the ND30 rules become a short gap row.
        const [parent, issuing, ...restLeft] = b.left.map(cellText);
        const [national, motto, ...restRight] = b.right.map(cellText);
        out.push(...pairs('header', [parent ?? null, issuing ?? null], [national ?? null, motto ?? null]));
        out.push({ kind: 'gap', heightPt: GAP });
        out.push(...pairs('header', restLeft, restRight));
        break;
      }
      case 'title':
        out.push({ kind: 'gap', heightPt: GAP }, ...b.lines.map((l): SheetLine => ({ kind: 'wide', cell: cellText(l) })), { kind: 'gap', heightPt: GAP });
        break;
      case 'signature': {
        const signer = b.signer.map(cellText);
        const room: null[] = Array.from({ length: SIGNING_ROOM }, () => null);
        out.push({ kind: 'gap', heightPt: GAP }, ...pairs('signature', b.recipients.map(cellText), [...signer, ...room, cellText(b.name)]));
        break;
      }
      default:
        out.push({ kind: 'wide', cell: cellText(b.line) });
    }
  }
  return out;
}

const ALIGN = { left: 'left', justify: 'left', center: 'center', right: 'right' } as const;

function textCell(row: number, col: number, t: SheetText): NewCell {
  const s = t.style;
  return {
    row,
    col,
    value: t.text,
    ...SHEET_FONT,
    fontSize: s.sizePt,
    horizontal: ALIGN[s.align],
    ...(s.bold ? { bold: true } : {}),
    ...(s.italic ? { italic: true } : {}),
  };
}

const heightOf = (t: SheetText | null, columns: number): number =>
  t ? rowHeight(lineCount(t.text, t.style.sizePt, columns * COLUMN_MM, t.style.caps === true), t.style.sizePt) : 0;

/** The page setup of the plan sheet: A4 portrait, ND30 margins, one page wide, page numbers from page 2. */
export const PLAN_SHEET_PAGE: PageSetup = { orientation: 'portrait', marginsMm: { ...PLAN_PAGE.marginsMm }, fitToWidth: true, pageNumbersFrom: PLAN_PAGE.pageNumbersFrom };

/** Sheet lines → the content of a new sheet: cells, merges, row heights, column widths and page setup. */
export function sheetOf(lines: readonly SheetLine[]): Omit<AddSheet, 'kind' | 'sheet'> {
  const cells: NewCell[] = [];
  const merges: CellRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  lines.forEach((l, i) => {
    const row = i + 1;
    if (l.kind === 'gap') {
      rowHeights.push({ row, height: l.heightPt });
      return;
    }
    if (l.kind === 'wide') {
      cells.push(textCell(row, 1, l.cell));
      merges.push({ top: row, left: 1, bottom: row, right: PLAN_COLUMNS });
      rowHeights.push({ row, height: heightOf(l.cell, PLAN_COLUMNS) });
      return;
    }
    const at = SPLIT[l.split];
    if (l.left) cells.push(textCell(row, 1, l.left));
    if (l.right) cells.push(textCell(row, at + 1, l.right));
    merges.push({ top: row, left: 1, bottom: row, right: at }, { top: row, left: at + 1, bottom: row, right: PLAN_COLUMNS });
    rowHeights.push({ row, height: Math.max(heightOf(l.left, at), heightOf(l.right, PLAN_COLUMNS - at), rowHeight(1, 13)) });
  });
  const columnWidths = Array.from({ length: PLAN_COLUMNS }, (_, i) => ({ col: i + 1, width: widthForMm(COLUMN_MM) }));
  return { cells, merges, rowHeights, columnWidths, page: PLAN_SHEET_PAGE };
}

/** The plan document as the content of the "Kế hoạch" sheet. */
export function planSheet(doc: PlanDocument): Omit<AddSheet, 'kind' | 'sheet'> {
  return sheetOf(sheetLines(doc));
}

/** The tag of the plan sheet's own conditional format (see `taggedFormula`). */
export const PLACEHOLDER_TAG = 'cchc-ke-hoach-cho-trong';
/** Light yellow, as Word's highlight of the same placeholders in the .docx. */
const PLACEHOLDER_FILL = 'FFF2CC';

/**
 * The lines still holding a placeholder ("…", "[Nguyên nhân: cần bổ sung]") shown in light yellow, live: a
 * line the user completes loses its colour at once, in any spreadsheet, without the add-in. Each cell tests
 * itself (a merged line shows its first cell's look), so one half of the header lights up alone.
 */
export function placeholderRule(rows: number): ConditionalRule {
  const range = { top: 1, left: 1, bottom: Math.max(1, rows), right: PLAN_COLUMNS };
  return { ranges: [range], formula: taggedFormula(PLACEHOLDER_TAG, 'OR(ISNUMBER(SEARCH("cần bổ sung",A1)),ISNUMBER(FIND("…",A1)))'), fill: PLACEHOLDER_FILL };
}
