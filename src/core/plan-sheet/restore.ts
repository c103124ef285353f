/**
 * The plan sheet's lines read back from its cells' text: how the undo of an update or a removal brings the
 * sheet back with its look. The layout is the add-in's own (./plan-sheet.ts), so the text says which line
 * is which: the rows above "KẾ HOẠCH" are the header block, "Nơi nhận:" starts the signature, and a body
 * line's number says its level ("II." a section, "1." an area, "1.1." a criterion). An unedited sheet
 * comes back exactly as it was written (test/plan-sheet.test.ts); an edited one keeps every text.
 */
import type { CellRange, RawValue } from '../snapshot';
import type { LineStyle } from '../plan-doc/model';
import { STYLES } from '../plan-doc/sections';
import type { CellBlock } from '../workbook/catalog';
import type { NewCell, PlanStep } from '../workbook/plan';
import { PLAN_COLUMNS, SPLIT, sheetOf, type SheetLine, type SheetText } from './plan-sheet';
import { SHEET_FONT } from './grid';

/** A removed sheet's restore: the add-sheet step without its kind. */
export type SheetRestore = Extract<PlanStep, { kind: 'removeSheet' }>['restore'];

const GAP = 9;

const textAt = (block: CellBlock | null, row: number, col: number): string | null => {
  const v: RawValue | undefined = block?.values[row - block.top]?.[col - block.left];
  if (v === null || v === undefined || typeof v === 'object') return null;
  const s = String(v);
  return s.trim() ? s : null;
};

/** A body line's look, from its number. */
function bodyStyle(text: string, afterTitle: number): LineStyle {
  if (afterTitle === 1) return STYLES.subject;
  if (/^[IVXLC]+\.\s/.test(text)) return STYLES.heading1;
  // "1. Mục đích", "2. Cải cách thủ tục hành chính (8/9 điểm)": short, no full stop; "1. Văn phòng … ." is a paragraph.
  if (/^\d+\.\s/.test(text) && !/[.:;]$/.test(text.trim()) && text.length <= 160) return STYLES.heading2;
  return STYLES.body;
}

/** The sheet's lines, from the text of its cells. */
export function linesFromCells(block: CellBlock | null): SheetLine[] {
  if (!block) return [];
  const last = block.top + block.values.length - 1;
  const out: SheetLine[] = [];
  const t = (text: string, style: LineStyle): SheetText => ({ text, style });
  const titleRow = (() => {
    for (let r = 1; r <= last; r++) if (textAt(block, r, 1)?.trim() === 'KẾ HOẠCH') return r;
    return 1;
  })();
  let part: 'header' | 'body' | 'signature' = titleRow > 1 ? 'header' : 'body';
  let headerGap = false;
  let signerDone = false;
  for (let r = 1; r <= last; r++) {
    if (r === titleRow) part = 'body';
    const first = textAt(block, r, 1);
    if (part === 'body' && first?.trim() === 'Nơi nhận:') part = 'signature';
    if (part === 'header') {
      const left = textAt(block, r, 1);
      const right = textAt(block, r, SPLIT.header + 1);
      if (!left && !right) {
        headerGap = true;
        out.push({ kind: 'gap', heightPt: GAP });
        continue;
      }
      const [l, rt] = headerGap ? [STYLES.number, STYLES.placeDate] : out.length === 0 ? [STYLES.parentAgency, STYLES.nationalTitle] : [STYLES.issuingAgency, STYLES.motto];
      out.push({ kind: 'pair', split: 'header', left: left ? t(left, l) : null, right: right ? t(right, rt) : null });
      continue;
    }
    if (part === 'signature') {
      const left = textAt(block, r, 1);
      const right = textAt(block, r, SPLIT.signature + 1);
      if (!right && out.some((l) => l.kind === 'pair' && l.split === 'signature' && l.right)) signerDone = true;
      const rightStyle = signerDone ? STYLES.signerName : STYLES.signerTitle;
      const leftStyle = left?.trim() === 'Nơi nhận:' ? STYLES.recipientsLabel : STYLES.recipients;
      out.push({ kind: 'pair', split: 'signature', left: left ? t(left, leftStyle) : null, right: right ? t(right, rightStyle) : null });
      continue;
    }
    if (!first) {
      out.push({ kind: 'gap', heightPt: GAP });
      continue;
    }
    const style = r === titleRow ? STYLES.docType : bodyStyle(first, r - titleRow);
    out.push({ kind: 'wide', cell: t(first, style) });
  }
  // The gap before "Nơi nhận:" belongs to the body: nothing to move. Trailing empty rows are not the sheet's.
  while (out.length && out[out.length - 1]!.kind === 'gap') out.pop();
  return out;
}

/** The cells the layout does not place (a user's own notes in other columns) come back as plain text. */
export function strayCells(block: CellBlock | null, placed: ReadonlySet<string>): NewCell[] {
  const out: NewCell[] = [];
  block?.values.forEach((line, i) =>
    line.forEach((v, j) => {
      const row = block.top + i;
      const col = block.left + j;
      if (v === null || typeof v === 'object' || placed.has(`${row},${col}`)) return;
      const formula = block.formulas?.[i]?.[j] ?? null;
      out.push({ row, col, ...(formula ? { formula } : { value: v as string | number | boolean }), ...SHEET_FONT });
    }),
  );
  return out;
}

/** What brings the plan sheet back as it was read (its text, merges, heights and page): a removal's restore. */
export function restoredPlanSheet(sheet: string, block: CellBlock | null): SheetRestore {
  const content = sheetOf(linesFromCells(block));
  const placed = new Set(content.cells.map((c) => `${c.row},${c.col}`));
  return { sheet, ...content, cells: [...content.cells, ...strayCells(block, placed)] };
}

/** The range a plan sheet's name covers. */
export function planSheetRange(rows: number): CellRange {
  return { top: 1, left: 1, bottom: Math.max(1, rows), right: PLAN_COLUMNS };
}
