/**
 * Reads the active worksheet into a SheetSnapshot in a fixed number of round trips, whatever its size —
 * the two steps of the core's read (src/core/workbook/read.ts):
 *
 *   readActiveCellsWith
 *   1. survey   sheet name and id, the used range's position and size, tables, the decimal separator;
 *   2. cells    values, the cells holding errors and formulas (getSpecialCells, so formulas are not
 *               loaded for every cell), merged areas, hidden rows, table ranges, one italic probe per
 *               column;
 *   readFormatsWith
 *   3. formats  what the core asks for once it has found the table: number formats of some columns and
 *               the italics of those whose italics the probe found mixed, over the table's rows only.
 *
 * Steps 2 and 3 are split into row chunks only when a request would pass Excel on the web's 5 MB payload
 * limit (10,000 rows × 6–8 columns of a typical appendix take about 2 MB in one request). An empty sheet takes one
 * round trip, a sheet without a recognisable table two.
 *
 * Requirement sets: Range.values/numberFormat/format.font, Table.getRange 1.1; getUsedRangeOrNullObject
 * 1.4; getRangeByIndexes 1.7; getSpecialCellsOrNullObject, RangeAreas.areas, getCellProperties and
 * getRowProperties 1.9; Application.cultureInfo/decimalSeparator/useSystemSeparators 1.11;
 * getMergedAreasOrNullObject 1.13 (the manifest asks for ExcelApi 1.13).
 */
import type { CellRange, SheetSnapshot } from '../../core/snapshot';
import { parseRange, parseRanges } from '../../core/address';
import type { FormatNeeds, SheetFormats } from '../../core/workbook/read';
import { buildSnapshot, convertItalic, convertNumberFormats, emptySnapshot, formulasFromAreas, gridFromColumns, hiddenRowsOf, jsonBytes, valueTypesFromErrors, type AreaData, type ColumnFormat } from './convert';
import { REQUEST_BUDGET_BYTES } from './chunks';
import { isRefusedForSize, type ExcelRunner } from './runner';

/** Cells in the first request of step 2: 10,000 rows × 8–10 columns in one go. */
const FIRST_CHUNK_CELLS = 100_000;
/**
 * getMergedAreasOrNullObject fails above 512 areas. A row can start at most one merged area per column,
 * so asking for 512 / columns rows at a time can never pass the limit (issue 8: 128 rows with a few
 * merges per row could).
 */
const MAX_MERGED_AREAS = 512;
/** Columns probed for uniform italics; wider sheets read italics per cell in the table's columns. */
const MAX_PROBED_COLUMNS = 256;
/** Estimated response bytes per cell: a number format code, a getCellProperties italic entry. */
const NUMBER_FORMAT_BYTES = 16;
const ITALIC_PROPERTY_BYTES = 40;

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** Worksheet.id, for naming the sheet in change events (which carry only the id). */
  sheetId: string;
  /** What step 2 needs to know of step 1 (null for an empty sheet). */
  cells: CellsRead | null;
}

/** The used range step 1 read, and its per-column italic probe (uniform columns need no per-cell read). */
export interface CellsRead {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  italicProbe: ReadonlyMap<number, boolean | null>;
}

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Survey {
  sheet: Excel.Worksheet;
  name: string;
  id: string;
  used: UsedRange | null;
  tables: Excel.Table[];
  selection: CellRange | undefined;
  decimalSeparator: string;
}

/** Read the active sheet through `excel` (Excel itself, or the test double). */
export async function readActiveCellsWith(excel: ExcelRunner): Promise<SheetRead> {
  return excel.run(async (context) => {
    const survey = await surveyActiveSheet(context, true).catch((e: unknown) => {
      // A chart or shape selected, or several areas: the selection cannot be read as a range. Read without it.
      if (isSelectionError(e)) return surveyActiveSheet(context, false);
      throw e;
    });
    const { used } = survey;
    if (!used) {
      return { snapshot: { ...emptySnapshot(survey.name), decimalSeparator: survey.decimalSeparator }, sheetId: survey.id, cells: null };
    }
    const cells = await readCells(context, survey, used);
    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    const snapshot = buildSnapshot({
      name: survey.name,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: cells.values,
      valueTypes: valueTypesFromErrors(cells.values, top, left, parseRanges(cells.errorAreas)),
      mergedAreas: cells.mergedAreas,
      tables: cells.tables,
      hiddenRows: cells.hiddenRows,
      decimalSeparator: survey.decimalSeparator,
    });
    snapshot.formulas = formulasFromAreas(cells.formulaAreas, top, left, used.rowCount, used.columnCount);
    if (survey.selection) snapshot.selection = survey.selection;
    const cellsRead: CellsRead = { sheet: survey.name, top, left, rows: used.rowCount, cols: used.columnCount, italicProbe: cells.italicProbe };
    return { snapshot, sheetId: survey.id, cells: cellsRead };
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Survey
// ---------------------------------------------------------------------------------------------

function isSelectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'InvalidSelection' || code === 'InvalidArgument' || code === 'InvalidOperation';
}

async function surveyActiveSheet(context: Excel.RequestContext, withSelection: boolean): Promise<Survey> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name,id');
  // valuesOnly = false: formatted cells count too, so merged title lines and bordered empty rows stay in.
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const tables = sheet.tables;
  tables.load('items/name,items/showHeaders');
  // Of several Excel Tables on the sheet, the one the selection is in is the one to check (ExcelApi 1.1).
  const selected = withSelection ? context.workbook.getSelectedRange().load('address') : null;
  const application = context.workbook.application;
  application.load('decimalSeparator,useSystemSeparators');
  const culture = application.cultureInfo.numberFormat;
  culture.load('numberDecimalSeparator');
  await context.sync();
  return {
    sheet,
    name: sheet.name,
    id: sheet.id,
    used: used.isNullObject
      ? null
      : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount },
    tables: tables.items,
    selection: (selected && parseRange(selected.address)) ?? undefined,
    // What the user sees: Excel's own separator when it overrides the system's, else the culture's.
    decimalSeparator: application.useSystemSeparators ? culture.numberDecimalSeparator : application.decimalSeparator,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Cells
// ---------------------------------------------------------------------------------------------

interface Cells {
  values: unknown[][];
  errorAreas: string[];
  formulaAreas: AreaData[];
  mergedAreas: string[];
  hiddenRows: number[];
  tables: { name: string; address: string; showHeaders: boolean }[];
  /** Per 1-based column: its italics when the same in every used cell, null when mixed. */
  italicProbe: Map<number, boolean | null>;
}

async function readCells(context: Excel.RequestContext, survey: Survey, used: UsedRange): Promise<Cells> {
  const cells: Cells = {
    values: [],
    errorAreas: [],
    formulaAreas: [],
    mergedAreas: [],
    hiddenRows: [],
    tables: [],
    italicProbe: new Map(),
  };
  let start = 0;
  let rows = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / used.columnCount));
  while (start < used.rowCount) {
    const count = Math.min(rows, used.rowCount - start);
    let bytes: number;
    try {
      bytes = await readCellChunk(context, survey, used, start, count, cells);
    } catch (e) {
      if (!isRefusedForSize(e) || count === 1) throw e;
      rows = Math.ceil(count / 2);
      continue;
    }
    start += count;
    rows = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / Math.max(1, bytes / count)));
  }
  return cells;
}

/** One row chunk of step 2 in one sync; appends to `into` and returns the response size it estimates. */
async function readCellChunk(
  context: Excel.RequestContext,
  survey: Survey,
  used: UsedRange,
  start: number,
  count: number,
  into: Cells,
): Promise<number> {
  const { sheet } = survey;
  const firstRowIndex = used.rowIndex + start;
  const block = sheet.getRangeByIndexes(firstRowIndex, used.columnIndex, count, used.columnCount);
  block.load('values');
  const formulas = block.getSpecialCellsOrNullObject('Formulas');
  formulas.load('areas/items/address,areas/items/formulas');
  const errorParts = [block.getSpecialCellsOrNullObject('Constants', 'Errors'), block.getSpecialCellsOrNullObject('Formulas', 'Errors')];
  for (const part of errorParts) part.load('areas/items/address');
  const rowProps = block.getRowProperties({ rowHidden: true });
  // getMergedAreasOrNullObject returns the merged areas whose top-left cell lies in the range
  // (office-js issue #3611), so row chunks partition the merges exactly.
  const merged: Excel.RangeAreas[] = [];
  const mergeRows = Math.max(1, Math.floor(MAX_MERGED_AREAS / used.columnCount));
  for (let m = 0; m < count; m += mergeRows) {
    const part = sheet.getRangeByIndexes(firstRowIndex + m, used.columnIndex, Math.min(mergeRows, count - m), used.columnCount);
    const areas = part.getMergedAreasOrNullObject();
    areas.load('areas/items/address');
    merged.push(areas);
  }
  const first = start === 0;
  const tableRanges = first ? survey.tables.map((table) => ({ table, range: table.getRange().load('address') })) : [];
  const probes = first ? queueItalicProbes(sheet, used) : [];
  await context.sync();

  const values = block.values as unknown[][];
  into.values.push(...values);
  for (const part of errorParts) if (!part.isNullObject) into.errorAreas.push(...part.areas.items.map((a) => a.address));
  if (!formulas.isNullObject) {
    for (const area of formulas.areas.items) into.formulaAreas.push({ address: area.address, data: area.formulas as unknown[][] });
  }
  for (const m of merged) if (!m.isNullObject) into.mergedAreas.push(...m.areas.items.map((a) => a.address));
  into.hiddenRows.push(...hiddenRowsOf(rowProps.value, firstRowIndex + 1));
  for (const { table, range } of tableRanges) into.tables.push({ name: table.name, address: range.address, showHeaders: table.showHeaders });
  for (const { column, font } of probes) into.italicProbe.set(column, font.italic);
  // Values dominate the response; each row adds its hidden flag.
  return jsonBytes(values) + count * 20;
}

function queueItalicProbes(sheet: Excel.Worksheet, used: UsedRange): { column: number; font: Excel.RangeFont }[] {
  const probes: { column: number; font: Excel.RangeFont }[] = [];
  // A multi-cell range reports a format property as null when its cells differ, else the common value:
  // one small request per column tells which columns need per-cell italics at all.
  for (let c = 0; c < Math.min(used.columnCount, MAX_PROBED_COLUMNS); c++) {
    const font = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex + c, used.rowCount, 1).format.font;
    font.load('italic');
    probes.push({ column: used.columnIndex + c + 1, font });
  }
  return probes;
}

// ---------------------------------------------------------------------------------------------
// 3. Formats
// ---------------------------------------------------------------------------------------------

interface Formats {
  numFmt: Map<number, ColumnFormat<string>>;
  italic: Map<number, ColumnFormat<boolean>>;
}

/** Step 3: the formats `needs` asks for, of the sheet step 1 read, as grids anchored like its snapshot. */
export async function readFormatsWith(excel: ExcelRunner, read: CellsRead, needs: FormatNeeds): Promise<SheetFormats> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(read.sheet);
    const formats = await readFormats(context, sheet, needs, read.italicProbe);
    return {
      numFmt: gridFromColumns(formats.numFmt, read.top, read.left, read.rows, read.cols, 'General'),
      italic: gridFromColumns(formats.italic, read.top, read.left, read.rows, read.cols, false),
    };
  });
}

async function readFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  needs: FormatNeeds,
  italicProbe: ReadonlyMap<number, boolean | null>,
): Promise<Formats> {
  const formats: Formats = { numFmt: new Map(), italic: new Map() };
  const numFmtColumns = needs.numFmtColumns;
  for (const [c, probe] of italicProbe) if (probe !== null) formats.italic.set(c, { uniform: probe });
  const italicColumns = needs.italicColumns.filter((c) => !formats.italic.has(c));
  const bytesPerRow = numFmtColumns.length * NUMBER_FORMAT_BYTES + italicColumns.length * ITALIC_PROPERTY_BYTES;
  if (bytesPerRow === 0) return formats;

  const numFmtCells = new Map<number, string[]>(numFmtColumns.map((c) => [c, []]));
  const italicCells = new Map<number, boolean[]>(italicColumns.map((c) => [c, []]));
  let row = needs.firstRow;
  let rows = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / bytesPerRow));
  while (row <= needs.lastRow) {
    const count = Math.min(rows, needs.lastRow - row + 1);
    const column = (c: number) => sheet.getRangeByIndexes(row - 1, c - 1, count, 1);
    const numFmt = numFmtColumns.map((c) => ({ c, range: column(c).load('numberFormat') }));
    const italic = italicColumns.map((c) => ({ c, props: column(c).getCellProperties({ format: { font: { italic: true } } }) }));
    try {
      await context.sync();
    } catch (e) {
      if (!isRefusedForSize(e) || count === 1) throw e;
      rows = Math.ceil(count / 2);
      continue;
    }
    for (const { c, range } of numFmt) numFmtCells.get(c)!.push(...convertNumberFormats(range.numberFormat, count, 1).map((r) => r[0]!));
    for (const { c, props } of italic) italicCells.get(c)!.push(...convertItalic(props.value, count, 1).map((r) => r[0]!));
    row += count;
  }
  for (const [c, cells] of numFmtCells) formats.numFmt.set(c, { firstRow: needs.firstRow, cells });
  for (const [c, cells] of italicCells) formats.italic.set(c, { firstRow: needs.firstRow, cells });
  return formats;
}
