/**
 * Marks on the sheet through Office.js: the core's marks plan (src/core/workbook/marks.ts) written like
 * any plan — the add-in's tagged rules found and deleted, one conditional format per rectangle added —
 * in one batch after the look-up.
 *
 * Requirement sets: ConditionalFormatCollection.add, ConditionalFormat.type/delete, custom rule and fill 1.6.
 */
import type { Mark } from '../../core/workbook/adapter';
import { marksPlan } from '../../core/workbook/marks';
import type { ExcelRunner } from './runner';
import { writePlanWith, type WriteOptions } from './writePlan';

/** Replace the add-in's marks on the sheet with `marks`. */
export async function setMarksWith(excel: ExcelRunner, sheetName: string, marks: readonly Mark[], options: WriteOptions): Promise<void> {
  await writePlanWith(excel, marksPlan(sheetName, marks), options);
}

export async function clearMarksWith(excel: ExcelRunner, sheetName: string, options: WriteOptions): Promise<void> {
  await setMarksWith(excel, sheetName, [], options);
}
