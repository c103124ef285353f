/**
 * A MemoryWorkbook from a workbook exceljs has read (src/hosts/xlsx/read.ts): the sheets as core
 * snapshots, fonts (name, bold), solid fills, sheet protection, list validations and the workbook's defined
 * names. exceljs
 * is only read here; writing goes through the .xlsx writer, which keeps the original package's bytes.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1Address, parseRange } from '../../core/address';
import { worksheetSnapshot, isSheetProtectedModel } from '../xlsx/read';
import { memorySheet, MemoryWorkbook, type MemoryName, type MemorySheet, type MemoryValidation } from './workbook';

export interface ReadOptions {
  /** Also read what only writing needs (fonts, validations); the CLI's check leaves it out. */
  full?: boolean;
}

export function memoryWorkbookFromExcelJs(wb: ExcelJS.Workbook, options: ReadOptions = {}): MemoryWorkbook {
  const sheets = wb.worksheets.map((ws) => sheetFrom(ws, options.full ?? true));
  return new MemoryWorkbook(sheets, definedNames(wb));
}

function sheetFrom(ws: ExcelJS.Worksheet, full: boolean): MemorySheet {
  const s = memorySheet(worksheetSnapshot(ws), { protected: isSheetProtectedModel(ws) });
  // On a protected sheet, which cells stay writable (a template's unlocked input cells).
  if (s.protected) {
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if ((cell.protection as { locked?: boolean } | undefined)?.locked === false) s.unlocked.add(a1(r, c));
      }),
    );
  }
  if (!full) return s;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const key = a1(r, c);
      const font = cell.font as { name?: string; bold?: boolean } | undefined;
      if (font?.name) s.fonts.set(key, font.name);
      if (font?.bold) s.bold.add(key);
      const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
      const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
      if (argb && /^[0-9A-Fa-f]{8}$/.test(argb)) s.fills.set(key, argb.slice(2).toUpperCase());
    });
  });
  s.validations = validations(ws);
  return s;
}

/** exceljs lists list validations cell by cell; any validation counts (a user's rule is never overwritten). */
function validations(ws: ExcelJS.Worksheet): MemoryValidation[] {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] }> } }).dataValidations?.model ?? {};
  const out: MemoryValidation[] = [];
  for (const [address, v] of Object.entries(model)) {
    const range = parseRange(address);
    if (!range || !v) continue;
    const formula = String(v.formulae?.[0] ?? '');
    const list = /^"/.test(formula) ? { values: formula.replace(/^"|"$/g, '').split(',') } : { name: formula.replace(/^=/, '') };
    out.push({ range, list, alert: { style: 'stop', title: '', message: '' } });
  }
  return out;
}

/** Workbook names with one rectangle as their target; others (constants, formulas, several areas) have none. */
function definedNames(wb: ExcelJS.Workbook): MemoryName[] {
  const model = (wb.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  return model.map((n) => {
    const parsed = n.ranges.length === 1 ? parseA1Address(n.ranges[0]!) : null;
    return { key: { name: n.name, scope: null }, target: parsed?.sheet ? { sheet: parsed.sheet, range: parsed.range } : null };
  });
}
