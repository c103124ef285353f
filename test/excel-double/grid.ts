/** Reading and writing rectangles of the model the way Range properties do. */
import type { CellRange, RawValue } from '../../src/core/snapshot';
import { a1 } from '../../src/core/address';
import { OfficeError } from './errors';
import { enterValue } from './input';
import { cellAt, cellForWrite, cellsOf, type Cell, type SheetModel } from './model';

/** Excel on every platform: "a range is limited to 5,000,000 cells for read operations". */
export const MAX_READ_CELLS = 5_000_000;

export function localAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** "Sheet1!A1:B2", quoting names the way Excel does when they are not plain words. */
export function sheetAddress(sheet: SheetModel, r: CellRange): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${localAddress(r)}`;
}

export function readGrid<T>(sheet: SheetModel, r: CellRange, pick: (cell: Cell) => T): T[][] {
  if (cellsOf(r) > MAX_READ_CELLS) throw new OfficeError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = new Array(r.right - r.left + 1);
    for (let col = r.left; col <= r.right; col++) line[col - r.left] = pick(cellAt(sheet, row, col));
    out.push(line);
  }
  return out;
}

/** Range.values as Office returns it: "" for empty, the error text for errors. */
export function officeValue(v: RawValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

export function valueType(v: RawValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) throw new OfficeError('AccessDenied', `The sheet '${sheet.name}' is protected. You cannot perform the requested operation.`);
}

/** A 2-D input for a property set: a scalar applies to every cell; otherwise the shape must match. */
function shaped(r: CellRange, input: unknown, what: string): unknown[][] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (!Array.isArray(input)) return Array.from({ length: rows }, () => new Array(cols).fill(input));
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new OfficeError('InvalidArgument', `The number of rows or columns in the ${what} array doesn't match the size of the range.`);
  }
  return input as unknown[][];
}

/** Range.values = …: each element entered like typed input; null leaves the cell alone. */
export function writeValues(sheet: SheetModel, r: CellRange, input: unknown): void {
  // A protected sheet still takes values in its unlocked cells; formats stay refused (no allowFormatCells here).
  if (sheet.protected) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) if (cellAt(sheet, row, col).locked !== false) assertWritable(sheet);
    }
  }
  shaped(r, input, 'values').forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== null && v !== undefined) enterValue(cellForWrite(sheet, r.top + i, r.left + j), v);
    }),
  );
}

export function writeNumberFormats(sheet: SheetModel, r: CellRange, input: unknown): void {
  assertWritable(sheet);
  shaped(r, input, 'numberFormat').forEach((line, i) =>
    line.forEach((f, j) => {
      if (f === null || f === undefined) return;
      if (typeof f !== 'string') throw new OfficeError('InvalidArgument', 'A number format must be a string.');
      cellForWrite(sheet, r.top + i, r.left + j).numFmt = f === '' ? 'General' : f;
    }),
  );
}

export function writeFormat(sheet: SheetModel, r: CellRange, apply: (cell: Cell) => void): void {
  assertWritable(sheet);
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) apply(cellForWrite(sheet, row, col));
}

/** A format property of a multi-cell range: the common value, or null when the cells differ. */
export function commonValue<T>(sheet: SheetModel, r: CellRange, pick: (cell: Cell) => T): T | null {
  let first: { v: T } | null = null;
  const storedRows = Math.min(r.bottom, sheet.rows.length);
  for (let row = r.top; row <= storedRows; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const v = pick(cellAt(sheet, row, col));
      if (!first) first = { v };
      else if (first.v !== v) return null;
    }
  }
  if (r.bottom > storedRows) {
    const blank = pick(cellAt(sheet, r.bottom, r.left));
    if (first && first.v !== blank) return null;
    first ??= { v: blank };
  }
  return first ? first.v : null;
}
