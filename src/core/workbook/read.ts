/**
 * Reading a sheet in two steps, decided once for every host: the host reads the cells (values,
 * formulas, merges, tables), the core finds the table once, then asks the host only for the formats the
 * rules read — number formats of the STT column (the "@" fix and its undo) and of the time column (real
 * dates), and italics over the table (detail rows are italic; the markup fix sets italics).
 */
import type { SheetSnapshot } from '../snapshot';
import { detectTable, type TableLayout } from '../table/detect';
import { Grid } from '../table/grid';

/** The formats the rules need, over the table's data rows. */
export interface FormatNeeds {
  numFmtColumns: number[];
  italicColumns: number[];
  firstRow: number;
  lastRow: number;
}

/** Formats as a host read them, anchored like the snapshot they complete (absent: not read). */
export type SheetFormats = Partial<Pick<SheetSnapshot, 'numFmt' | 'italic'>>;

export function formatNeeds(layout: TableLayout | null): FormatNeeds | null {
  if (!layout || layout.lastRow < layout.firstRow) return null;
  const numFmtColumns = [...new Set([layout.columns.get('stt'), layout.columns.get('time')])].filter((c): c is number => c !== undefined);
  const italicColumns: number[] = [];
  for (let c = layout.left; c <= layout.right; c++) italicColumns.push(c);
  return { numFmtColumns, italicColumns, firstRow: layout.firstRow, lastRow: layout.lastRow };
}

/** The cells a host read, and the table found in them (the checker is given it, not asked to find it again). */
export interface SheetRead {
  snapshot: SheetSnapshot;
  layout: TableLayout | null;
}

/** Step 1's cells, the table found in them, and step 2's formats merged in. */
export async function readSheetInTwoSteps(
  cells: SheetSnapshot,
  readFormats: (needs: FormatNeeds) => Promise<SheetFormats>,
): Promise<SheetRead> {
  const layout = detectTable(new Grid(cells));
  const needs = formatNeeds(layout);
  if (!needs) return { snapshot: cells, layout };
  const formats = await readFormats(needs);
  const snapshot = { ...cells };
  if (formats.numFmt) snapshot.numFmt = formats.numFmt;
  if (formats.italic) snapshot.italic = formats.italic;
  return { snapshot, layout };
}
