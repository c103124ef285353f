/**
 * How the grid draws a sheet: column widths, row heights, bold, alignment and wrapping, read from the
 * file with exceljs (display only: the data lives in the memory workbook), or made for a sheet the pane
 * created from its column widths and bold cells.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../core/address';
import type { MemorySheet } from '../hosts/memory/workbook';

/** Excel's default column width (8.43 characters) in pixels, and the row height (15 pt). */
export const DEFAULT_COL_WIDTH = 64;
export const DEFAULT_ROW_HEIGHT = 20;

export interface CellLook {
  bold?: boolean;
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
  /** Bold, alignment and wrapping, by row − 1 and column − 1. */
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

/** The view of a sheet a plan created: its column widths and bold cells. */
export function viewOfCreated(s: MemorySheet): SheetView {
  const colWidths: number[] = [];
  for (const [col, width] of s.columnWidths) colWidths[col - 1] = widthPx(width);
  const looks: (CellLook | undefined)[][] = [];
  for (const cell of s.bold) {
    const at = parseA1(cell);
    if (at) (looks[at.row - 1] ??= [])[at.col - 1] = { bold: true };
  }
  return { colWidths, defaultColWidth: DEFAULT_COL_WIDTH, rowHeights: [], hidden: false, looks };
}

function cellLook(cell: ExcelJS.Cell): CellLook | undefined {
  const font = cell.font as { bold?: boolean } | undefined;
  const al = cell.alignment as { horizontal?: string; vertical?: string; wrapText?: boolean } | undefined;
  if (!font?.bold && !al) return undefined;
  const look: CellLook = {};
  if (font?.bold) look.bold = true;
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
