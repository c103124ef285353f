/**
 * How the grid draws a sheet: column widths, row heights, bold, underline, font size, alignment, wrapping
 * and borders, read from the file with exceljs (display only: the data lives in the memory workbook), or
 * made for a sheet the pane created from what its plan set (the memory sheet keeps it).
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../core/address';
import type { MemorySheet } from '../hosts/memory/workbook';

/** Excel's default column width (8.43 characters) in pixels, and the row height (15 pt). */
export const DEFAULT_COL_WIDTH = 64;
export const DEFAULT_ROW_HEIGHT = 20;

export interface CellLook {
  bold?: boolean;
  underline?: boolean;
  /** Font size in points, when not Excel's default 11. */
  sizePt?: number;
  /** A line on every side. */
  border?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
}

export interface SheetView {
  /** Column widths in px by column index − 1 (holes: the sheet default). */
  colWidths: number[];
  defaultColWidth: number;
  /** Row heights in px stored in the file, by row − 1 (holes: fitted to the text). */
  rowHeights: number[];
  /** Hidden sheets are kept (a hidden "Danh mục" still counts) but get no tab. */
  hidden: boolean;
  /** Bold, underline, size, alignment, wrapping and borders, by row − 1 and column − 1. */
  looks: (CellLook | undefined)[][];
}

/** Excel column width (characters) → pixels, as Excel does at 100 % zoom with Calibri 11. */
export function widthPx(chars: number): number {
  return Math.max(16, Math.min(800, Math.round(chars * 7 + 5)));
}

export function sheetView(ws: ExcelJS.Worksheet): SheetView {
  const props = ws.properties as { defaultColWidth?: number } | undefined;
  const defaultColWidth = props?.defaultColWidth ? widthPx(props.defaultColWidth) : DEFAULT_COL_WIDTH;
  const colWidths: number[] = [];
  const cols = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })._columns ?? [];
  cols.forEach((c, i) => {
    if (!c) return;
    if (c.hidden) colWidths[i] = 0;
    else if (c.width) colWidths[i] = widthPx(c.width);
  });
  const rowHeights: number[] = [];
  const looks: (CellLook | undefined)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) rowHeights[r - 1] = Math.round((row.height * 4) / 3);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const look = cellLook(cell);
      if (look) (looks[r - 1] ??= [])[c - 1] = look;
    });
  });
  const state = (ws as unknown as { state?: string }).state;
  return { colWidths, defaultColWidth, rowHeights, hidden: state === 'hidden' || state === 'veryHidden', looks };
}

/** Points → pixels at 100 % (row heights). */
const px = (pt: number) => Math.round((pt * 4) / 3);

/** The view of a sheet a plan created: its column widths, row heights and the look of its cells. */
export function viewOfCreated(s: MemorySheet): SheetView {
  const colWidths: number[] = [];
  for (const [col, width] of s.columnWidths) colWidths[col - 1] = widthPx(width);
  const rowHeights: number[] = [];
  for (const [row, height] of s.rowHeights) rowHeights[row - 1] = px(height);
  const looks: (CellLook | undefined)[][] = [];
  const lookAt = (cell: string): CellLook | null => {
    const at = parseA1(cell);
    return at ? ((looks[at.row - 1] ??= [])[at.col - 1] ??= {}) : null;
  };
  for (const cell of s.bold) {
    const look = lookAt(cell);
    if (look) look.bold = true;
  }
  for (const [cell, m] of s.looks) {
    const look = lookAt(cell);
    if (!look) continue;
    if (m.horizontal) look.align = m.horizontal;
    if (m.vertical === 'top' || m.vertical === 'bottom') look.valign = m.vertical;
    else if (m.vertical === 'center') look.valign = 'middle';
    if (m.wrap) look.wrap = true;
    if (m.underline) look.underline = true;
    if (m.border) look.border = true;
    if (m.fontSize !== undefined && m.fontSize !== 11) look.sizePt = m.fontSize;
  }
  return { colWidths, defaultColWidth: DEFAULT_COL_WIDTH, rowHeights, hidden: false, looks };
}

function cellLook(cell: ExcelJS.Cell): CellLook | undefined {
  const font = cell.font as { bold?: boolean; size?: number; underline?: boolean | string } | undefined;
  const al = cell.alignment as { horizontal?: string; vertical?: string; wrapText?: boolean } | undefined;
  const b = cell.border as Partial<Record<'top' | 'bottom' | 'left' | 'right', { style?: string }>> | undefined;
  const border = !!b && (['top', 'bottom', 'left', 'right'] as const).every((side) => !!b[side]?.style);
  const underline = !!font?.underline && font.underline !== 'none';
  const sized = typeof font?.size === 'number' && font.size !== 11;
  if (!font?.bold && !al && !border && !underline && !sized) return undefined;
  const look: CellLook = {};
  if (font?.bold) look.bold = true;
  if (underline) look.underline = true;
  if (sized) look.sizePt = font!.size;
  if (border) look.border = true;
  const h = al?.horizontal;
  if (h === 'center' || h === 'centerContinuous') look.align = 'center';
  else if (h === 'right') look.align = 'right';
  else if (h === 'left') look.align = 'left';
  const v = al?.vertical;
  if (v === 'top' || v === 'bottom') look.valign = v;
  else if (v === 'middle' || v === 'distributed' || v === 'justify') look.valign = 'middle';
  if (al?.wrapText) look.wrap = true;
  return look;
}
