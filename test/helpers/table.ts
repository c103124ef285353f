/**
 * Small appendix tables for rule tests: two title lines (plan dated 31/3/2022, as seed 002), the
 * header STT | Nội dung | Đơn vị chủ trì | Sản phẩm | Thời gian on row 3, data from row 4.
 */
import { analyzeSheet, checkSheet, type CheckOptions } from '../../src/core/check';
import type { Finding } from '../../src/core/report';
import type { CellRange, RawValue, SheetSnapshot } from '../../src/core/snapshot';

export const TITLE = ['PHỤ LỤC', '(Kèm theo Kế hoạch số: 19/KH-SCT, ngày 31/3/2022 của Sở Công Thương)'];
export const HEADER = ['STT', 'NỘI DUNG VÀ TIÊU CHÍ', 'Đơn vị chủ trì, thực hiện', 'Sản phẩm', 'Thời gian'];
/** Row number of the first data row with the default title and header. */
export const FIRST = TITLE.length + 2;

export interface TableOptions {
  title?: string[];
  header?: string[] | string[][];
  merges?: CellRange[];
  italic?: boolean[][];
  numFmt?: string[][];
  formulas?: (string | null)[][];
}

export function table(rows: RawValue[][], opts: TableOptions = {}): SheetSnapshot {
  const title = opts.title ?? TITLE;
  const header = opts.header ?? HEADER;
  const headerRows = Array.isArray(header[0]) ? (header as string[][]) : [header as string[]];
  const values: RawValue[][] = [...title.map((t) => [t] as RawValue[]), ...headerRows.map((h) => h.map((x) => (x === '' ? null : x))), ...rows];
  const snap: SheetSnapshot = { name: 'Phụ lục', top: 1, left: 1, values, merges: opts.merges ?? [], tables: [] };
  const pad = <T>(grid: T[][] | undefined, fill: T): T[][] | undefined =>
    grid && [...values.slice(0, title.length + headerRows.length).map(() => [] as T[]), ...grid].map((r) => r ?? [fill]);
  if (opts.italic) snap.italic = pad(opts.italic, false);
  if (opts.numFmt) snap.numFmt = pad(opts.numFmt, 'General');
  if (opts.formulas) snap.formulas = pad(opts.formulas, null);
  return snap;
}

export function check(snapshot: SheetSnapshot, options: CheckOptions = {}) {
  return checkSheet(snapshot, { asOf: '2022-08-01', ...options });
}

export function analyze(snapshot: SheetSnapshot, options: CheckOptions = {}) {
  return analyzeSheet(snapshot, { asOf: '2022-08-01', ...options });
}

/** Findings of one code, as "CELL" strings (or "-" for table-level ones), in order. */
export function cellsOf(snapshot: SheetSnapshot, code: string, options: CheckOptions = {}): string[] {
  return codeFindings(snapshot, code, options).map((f) => f.cell ?? '-');
}

export function codeFindings(snapshot: SheetSnapshot, code: string, options: CheckOptions = {}): Finding[] {
  return check(snapshot, options).findings.filter((f) => f.code === code);
}
