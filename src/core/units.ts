/**
 * The workbook's own unit list: a sheet such as "Danh mục" with unit names in one column and their
 * abbreviations in the next ("Văn phòng Sở | VP"). Read here so every host uses the same rules.
 */
import type { UnitEntry } from './rules/types';
import type { SheetSnapshot } from './snapshot';
import { fold } from './text/normalize';

export function isUnitListSheetName(name: string): boolean {
  return /^(danh muc|dm)( don vi)?\b|^don vi$/.test(fold(name));
}

const HEADER = /^(stt|tt|ten don vi|don vi|ten|viet tat|ten viet tat|ky hieu)$/;

export function unitsFromSnapshot(snapshot: SheetSnapshot): UnitEntry[] {
  const out: UnitEntry[] = [];
  const seen = new Set<string>();
  for (const row of snapshot.values) {
    const texts = row.map((v) => (typeof v === 'string' ? v.trim() : ''));
    // Skip an ordinal column: the name is the first text cell that is not a number or header word.
    const i = texts.findIndex((t) => t && !/^\d+[.)]?$/.test(t));
    if (i < 0) continue;
    const name = texts[i]!;
    if (HEADER.test(fold(name))) continue;
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const aliases = (texts[i + 1] ?? '')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push(aliases.length ? { name, aliases } : { name });
  }
  return out;
}
