/**
 * What a user could see of a workbook in memory, for tests that compare it before and after an operation
 * and its undo: non-empty cells (value, formula, number format), their look (fonts, sizes, merges, heights,
 * widths, page setup), dropdowns, conditional formats, names.
 */
import type { RawValue } from '../../src/core/snapshot';
import type { MemoryWorkbook } from '../../src/hosts/memory/workbook';

/** A cell's value and formula, by A1 address (columns A–Z). */
export function memoryCell(workbook: MemoryWorkbook, sheet: string, address: string): { v: RawValue; f: string | null } {
  const s = workbook.sheet(sheet)!.snapshot;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const [r, c] = [Number(m[2]) - s.top, m[1]!.charCodeAt(0) - 64 - s.left];
  return { v: s.values[r]?.[c] ?? null, f: s.formulas?.[r]?.[c] ?? null };
}

export function visibleState(workbook: MemoryWorkbook) {
  const sheets = workbook.sheets.map((s) => {
    const snap = s.snapshot;
    const cells: Record<string, unknown> = {};
    snap.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = snap.formulas?.[r]?.[c] ?? null;
        const fmt = snap.numFmt?.[r]?.[c];
        if ((v !== null && v !== undefined && v !== '') || f || (fmt && fmt !== 'General')) cells[`${snap.top + r}:${snap.left + c}`] = { v, f, fmt };
      }),
    );
    // The look of the add-in's own sheets too (fonts, sizes, merges, heights, page): an undo gives it back.
    const sorted = <K, V>(m: Map<K, V>) => [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const look = { fonts: sorted(s.fonts), bold: [...s.bold].sort(), looks: sorted(s.looks), rowHeights: sorted(s.rowHeights), widths: sorted(s.columnWidths), merges: snap.merges, page: s.page ?? null };
    return { name: snap.name, cells, validations: s.validations, rules: s.rules, look };
  });
  // Names are a set: an undo may give them back in another order.
  const names = workbook.names.map((n) => ({ key: n.key, target: n.target })).sort((a, b) => a.key.name.localeCompare(b.key.name));
  return structuredClone({ sheets, names });
}
