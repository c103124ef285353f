/**
 * Reads the active worksheet through Office.js (ExcelApi 1.13, declared in manifest.xml) into a
 * SheetSnapshot. Everything is queued in one batch and fetched with a single context.sync(); the
 * conversion itself lives in ./convert.ts.
 */
import type { SheetSnapshot } from '../../core/snapshot';
import { buildSnapshot, emptySnapshot, localAddress, type ItalicCellProperties, type RawSheet } from './convert';

const RANGE_PROPERTIES = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'valueTypes',
  'text',
  'numberFormat',
  'formulas',
];

/** Rows per getMergedAreasOrNullObject call in the fallback read (the method fails above 512 areas). */
const MERGE_CHUNK_ROWS = 100;

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables: Excel.TableCollection;
  merged: Excel.RangeAreas[];
  italic: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  culture: Excel.NumberFormatInfo;
}

/** Queue every load for the used range; merged areas for the whole range or in row chunks. */
function queue(context: Excel.RequestContext, used: Excel.Range, sheet: Excel.Worksheet, rowCount: number | null): Pending {
  used.load(RANGE_PROPERTIES);
  const tables = sheet.tables;
  tables.load('items/name,items/showHeaders');
  const merged: Excel.RangeAreas[] = [];
  const mergedParts =
    rowCount === null
      ? [used]
      : Array.from({ length: Math.ceil(rowCount / MERGE_CHUNK_ROWS) }, (_, i) =>
          used.getRow(i * MERGE_CHUNK_ROWS).getResizedRange(Math.min(MERGE_CHUNK_ROWS, rowCount - i * MERGE_CHUNK_ROWS) - 1, 0),
        );
  for (const part of mergedParts) {
    // getMergedAreasOrNullObject returns the areas whose top-left cell is in the range, so row chunks
    // partition the merges exactly.
    const areas = part.getMergedAreasOrNullObject();
    areas.load('address');
    areas.areas.load('items/address');
    merged.push(areas);
  }
  const italic = used.getCellProperties({ format: { font: { italic: true } } });
  const rowProps = used.getRowProperties({ rowIndex: true, rowHidden: true });
  const culture = context.application.cultureInfo.numberFormat;
  culture.load('numberDecimalSeparator');
  return { sheet, used, tables, merged, italic, rowProps, culture };
}

async function collect(context: Excel.RequestContext, p: Pending): Promise<SheetSnapshot> {
  const { used } = p;
  const mergedAreas: string[] = [];
  for (const m of p.merged) {
    if (m.isNullObject) continue;
    const items = m.areas.items.map((a) => a.address);
    if (items.length > 0) mergedAreas.push(...items);
    else if (m.address) mergedAreas.push(m.address);
  }

  // A table's range needs Table.getRange(), which can only be queued once the tables are known:
  // a second round trip, only when the sheet has tables.
  let tables: RawSheet['tables'] = [];
  if (p.tables.items.length > 0) {
    const ranges = p.tables.items.map((t) => {
      const r = t.getRange();
      r.load('address');
      return { table: t, range: r };
    });
    await context.sync();
    tables = ranges.map(({ table, range }) => ({
      name: table.name,
      address: range.address,
      showHeaders: table.showHeaders,
    }));
  }

  const hiddenRows = (p.rowProps.value ?? [])
    .filter((r) => r.rowHidden === true && typeof r.rowIndex === 'number')
    .map((r) => (r.rowIndex as number) + 1);

  return buildSnapshot({
    name: p.sheet.name,
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    valueTypes: used.valueTypes,
    text: used.text,
    numberFormat: used.numberFormat,
    formulas: used.formulas,
    italic: p.italic.value as ItalicCellProperties[][],
    mergedAreas,
    tables,
    hiddenRows,
    decimalSeparator: p.culture.numberDecimalSeparator,
  });
}

/** The single-batch read. */
async function readInOneBatch(context: Excel.RequestContext): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  // valuesOnly = false: formatted cells count too, so merged title lines and bordered empty rows
  // stay inside the snapshot.
  const used = sheet.getUsedRangeOrNullObject(false);
  const pending = queue(context, used, sheet, null);
  await context.sync();
  if (used.isNullObject) return emptySnapshot(sheet.name);
  return collect(context, pending);
}

/**
 * The fallback read: first the used range's size (and whether there is one at all), then the same
 * loads with merged areas read in row chunks.
 */
async function readInChunks(context: Excel.RequestContext): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(false);
  used.load('rowCount');
  await context.sync();
  if (used.isNullObject) return emptySnapshot(sheet.name);
  const pending = queue(context, used, sheet, used.rowCount);
  await context.sync();
  return collect(context, pending);
}

/**
 * The active worksheet as a SheetSnapshot. An empty sheet (no used range) gives an empty snapshot.
 * If the single batch fails (a range with more than 512 merged areas makes getMergedAreasOrNullObject
 * fail; some hosts reject calls on a null used range), it is read again in chunks; if that fails too,
 * the first error is thrown.
 */
export async function readActiveSheet(): Promise<SheetSnapshot> {
  try {
    return await Excel.run(readInOneBatch);
  } catch (first) {
    try {
      return await Excel.run(readInChunks);
    } catch {
      throw first;
    }
  }
}

export interface SheetSummary {
  name: string;
  /** The used range without the sheet name ("A1:N42"), or null for an empty sheet. */
  address: string | null;
  rowCount: number;
  columnCount: number;
}

/** A cheap look at the active sheet for the task pane's header. */
export async function readSheetSummary(): Promise<SheetSummary> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load('address,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { name: sheet.name, address: null, rowCount: 0, columnCount: 0 };
    return {
      name: sheet.name,
      address: localAddress(used.address),
      rowCount: used.rowCount,
      columnCount: used.columnCount,
    };
  });
}

/**
 * Calls `onChange` whenever another worksheet is activated. Returns a function that removes the
 * handler.
 */
export async function onActiveSheetChanged(onChange: () => void): Promise<() => Promise<void>> {
  const handler = await Excel.run(async (context) => {
    const h = context.workbook.worksheets.onActivated.add(async () => {
      onChange();
    });
    await context.sync();
    return h;
  });
  return async () => {
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
  };
}
