/**
 * Writes an edit plan in two round trips: read what the target cells hold now (and whether the sheet is
 * protected), then write the edits if every target cell still holds what the check saw. If any cell
 * changed since, nothing is written and the changed cells are returned as conflicts. Each applied edit carries `before` (and the number
 * format and italics) as really found, so an undo restores the cell exactly.
 *
 * Requirement sets: Range.values/valueTypes/numberFormat, RangeFont.italic and .name 1.1; WorksheetProtection 1.2.
 */
import { HostError, type ApplyResult, type EditConflict } from '../host';
import { parseRange } from '../../core/address';
import type { CellEdit, Lang } from '../../core/report';
import type { CellRange, RawValue } from '../../core/snapshot';
import { sameRawValue } from '../../core/snapshot';
import { cellInput, convertNumberFormats, convertValue, jsonBytes } from './convert';
import { MESSAGES } from './messages';
import type { OwnWrites } from './ownWrites';
import { chunksBySize } from './chunks';
import { toHostError, type ExcelRunner } from './runner';

/** Estimated request bytes of one cell read or write besides its value (object path, property names). */
const OP_OVERHEAD_BYTES = 400;

/** A write that stopped part-way (a later chunk failed): what was written, so the pane can still undo it. */
export class ApplyInterruptedError extends HostError {
  constructor(
    cause: HostError,
    readonly applied: CellEdit[],
  ) {
    super(cause.reason, cause.message);
  }
}

interface Found {
  value: RawValue;
  numFmt: string;
  italic: boolean;
  fontName: string;
}

export async function applyEditsWith(
  excel: ExcelRunner,
  sheetName: string,
  edits: readonly CellEdit[],
  lang: Lang,
  ownWrites: OwnWrites,
): Promise<ApplyResult> {
  if (edits.length === 0) return { applied: [], conflicts: [] };
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const found = await readTargets(context, sheet, sheetName, edits, lang);
    const applied: CellEdit[] = [];
    const conflicts: EditConflict[] = [];
    edits.forEach((edit, i) => {
      const now = found[i]!;
      if (!sameRawValue(now.value, edit.before)) {
        conflicts.push({ cell: edit.cell, expected: edit.before, found: now.value });
        return;
      }
      const done: CellEdit = { ...edit, before: now.value };
      if (edit.numFmt !== undefined) done.beforeNumFmt = now.numFmt;
      if (edit.italic !== undefined) done.beforeItalic = now.italic;
      if (edit.fontName !== undefined) done.beforeFontName = now.fontName;
      applied.push(done);
    });
    // All or nothing: a plan's edits belong together (a continuation merged up writes two cells).
    if (conflicts.length > 0) return { applied: [], conflicts };
    await writeEdits(context, sheet, sheetName, applied, found, edits, lang, ownWrites);
    return { applied, conflicts };
  });
}

/** Sync 1: the protection flag and each target cell's value, number format, italics and font name. */
async function readTargets(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  edits: readonly CellEdit[],
  lang: Lang,
): Promise<Found[]> {
  sheet.protection.load('protected');
  const found: Found[] = [];
  for (const batch of chunksBySize(edits, () => OP_OVERHEAD_BYTES)) {
    const cells = batch.map((edit) => {
      const range = sheet.getRange(edit.cell);
      range.load('values,valueTypes,numberFormat');
      range.format.font.load('italic,name');
      return range;
    });
    await context.sync();
    if (sheet.protection.protected) throw new HostError('protected', MESSAGES[lang].protected(sheetName));
    for (const range of cells) {
      found.push({
        value: convertValue(range.values[0]?.[0], range.valueTypes[0]?.[0]),
        numFmt: convertNumberFormats(range.numberFormat, 1, 1)[0]![0]!,
        italic: range.format.font.italic === true,
        fontName: range.format.font.name ?? '',
      });
    }
  }
  return found;
}

/** Sync 2: number format first (so "@" holds before "1.1" is written), then the value, then italics and font. */
async function writeEdits(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  applied: readonly CellEdit[],
  found: readonly Found[],
  edits: readonly CellEdit[],
  lang: Lang,
  ownWrites: OwnWrites,
): Promise<void> {
  const formatOf = new Map(edits.map((e, i) => [e.cell, found[i]!.numFmt]));
  const written: CellEdit[] = [];
  for (const batch of chunksBySize(applied, (e) => OP_OVERHEAD_BYTES + jsonBytes(e.value))) {
    const ranges: CellRange[] = [];
    for (const edit of batch) {
      const range = sheet.getRange(edit.cell);
      if (edit.numFmt !== undefined) range.numberFormat = [[edit.numFmt]];
      range.values = [[cellInput(edit.value, edit.numFmt ?? formatOf.get(edit.cell))]];
      if (edit.italic !== undefined) range.format.font.italic = edit.italic;
      if (edit.fontName !== undefined) range.format.font.name = edit.fontName;
      const cell = parseRange(edit.cell);
      if (cell) ranges.push(cell);
    }
    const mine = ownWrites.begin(sheetName, ranges);
    try {
      await context.sync();
    } catch (e) {
      // Nothing written yet: the caller may retry the whole plan (edit mode) or report the error.
      if (written.length === 0) throw e;
      throw new ApplyInterruptedError(toHostError(e, lang, sheetName), [...written]);
    } finally {
      ownWrites.end(mine);
    }
    written.push(...batch);
  }
}
