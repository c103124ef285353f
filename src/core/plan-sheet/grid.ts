/**
 * The printed page as a grid of columns, and how tall a wrapped line needs its row: Excel sizes a row to
 * its wrapped text only outside merged cells, and every line of the plan sheet is a merged cell, so the
 * core estimates the height once for every host (the same figures in Excel, the .xlsx and the preview).
 *
 * The estimate errs on the tall side (an extra blank line reads fine; a clipped line does not): Times New
 * Roman averages about 0.4 em per character of Vietnamese text (spaces included); 0.45 and 0.62 for capitals
 * leave room for words that do not break evenly.
 */
import type { CellStyle } from '../workbook/plan';

/** Excel's column width unit: characters of the default font's digit (7 px in Calibri 11) plus 5 px padding. */
export function widthForMm(mm: number): number {
  const px = (mm / 25.4) * 96;
  return Math.round(((px - 5) / 7) * 100) / 100;
}

export const POINTS_PER_MM = 72 / 25.4;

/** Lines the text takes at `sizePt` in a box `widthMm` wide, wrapping at spaces (a long word takes its own lines). */
export function lineCount(text: string, sizePt: number, widthMm: number, caps = false): number {
  const perChar = sizePt * (caps ? 0.62 : 0.45);
  // Cell padding (about 2 px each side) comes off the usable width.
  const capacity = Math.max(1, Math.floor((widthMm * POINTS_PER_MM - 4) / perChar));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      if (used === 0) {
        used = len;
      } else if (used + 1 + len <= capacity) {
        used += 1 + len;
      } else {
        lines++;
        used = len;
      }
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return Math.max(1, lines);
}

/** Row height in points for `lines` lines at `sizePt` (Excel's own single-line height for Times New Roman is ~1.34 em). */
export function rowHeight(lines: number, sizePt: number): number {
  return Math.round((lines * sizePt * 1.34 + 2) * 4) / 4;
}

/** The look every cell of the plan's sheets shares. */
export const SHEET_FONT: Pick<CellStyle, 'fontName' | 'wrap' | 'vertical'> = { fontName: 'Times New Roman', wrap: true, vertical: 'top' };
