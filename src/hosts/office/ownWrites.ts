/**
 * The host's own writes, remembered so that the change events they cause are not reported as user
 * edits. Excel raises onChanged for add-in writes too, and before ExcelApi 1.14 (triggerSource) an event
 * does not say who made the change: an event whose cells all lie in a recent own write is taken as ours.
 * A user edit of those very cells within the grace period is missed; the pane's next check sees it.
 */
import type { CellRange } from '../../core/snapshot';
import { parseA1Address } from '../../core/address';

/** Events can arrive a little after context.sync() resolves (Excel on the web especially). */
export const OWN_WRITE_GRACE_MS = 2000;

interface Entry {
  sheet: string;
  ranges: readonly CellRange[];
  /** While the write is in flight, Infinity; then the end of the grace period. */
  until: number;
}

export class OwnWrites {
  private entries: Entry[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    private readonly graceMs = OWN_WRITE_GRACE_MS,
  ) {}

  /** Call before the sync that writes; returns what `end` takes. */
  begin(sheet: string, ranges: readonly CellRange[]): Entry {
    const entry: Entry = { sheet, ranges, until: Number.POSITIVE_INFINITY };
    this.entries.push(entry);
    return entry;
  }

  /** Call after that sync, whether it succeeded or not. */
  end(entry: Entry): void {
    entry.until = this.now() + this.graceMs;
  }

  /** Whether every cell of `address` on `sheet` was written by the host within the window. */
  covers(sheet: string, address: string): boolean {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.until >= t);
    const range = parseA1Address(address)?.range;
    if (!range) return false;
    const mine = this.entries.filter((e) => sameSheet(e.sheet, sheet)).flatMap((e) => e.ranges);
    return mine.length > 0 && coveredBy(range, mine);
  }
}

/** Excel sheet names compare case-insensitively. */
function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function coveredBy(range: CellRange, parts: readonly CellRange[]): boolean {
  // Events name small ranges (the cells of one write); check cell by cell, bounded for safety.
  const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (cells > 100_000) return false;
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      if (!parts.some((p) => r >= p.top && r <= p.bottom && c >= p.left && c <= p.right)) return false;
    }
  }
  return true;
}
