/**
 * Read access to a snapshot by absolute 1-based row/column, with merged areas resolved:
 * a value merged over several cells belongs to every cell of the merge (Excel keeps it only
 * in the top-left cell).
 */
import type { CellRange, RawValue, SheetSnapshot } from '../snapshot';
import { isErrorValue } from '../snapshot';


export class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Merged areas by row (index row − top): most rows have none, and an array index is cheap. */
  private readonly mergesByRow: (CellRange[] | undefined)[] = [];
  private readonly hidden: ReadonlySet<number>;

  constructor(readonly snapshot: SheetSnapshot) {
    this.top = snapshot.top;
    this.left = snapshot.left;
    this.bottom = snapshot.top + snapshot.values.length - 1;
    let width = 0;
    for (const row of snapshot.values) if (row.length > width) width = row.length;
    this.right = snapshot.left + width - 1;
    this.hidden = new Set(snapshot.hiddenRows ?? []);
    for (const m of snapshot.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      for (let r = Math.max(m.top, this.top); r <= m.bottom; r++) (this.mergesByRow[r - this.top] ??= []).push(m);
    }
  }

  get name(): string {
    return this.snapshot.name;
  }

  /** The cell's own value (no merge spreading). */
  raw(row: number, col: number): RawValue {
    const r = this.snapshot.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined || v === '' ? null : v;
  }

  /** The own values of a range, as a host's `readCells` gives them: what was read need not be read again. */
  cells(r: CellRange): { top: number; left: number; values: RawValue[][] } {
    const values: RawValue[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: RawValue[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(this.raw(row, col));
      values.push(line);
    }
    return { top: r.top, left: r.left, values };
  }

  /** The merged area a cell belongs to, if any. */
  merge(row: number, col: number): CellRange | undefined {
    const list = this.mergesByRow[row - this.top];
    if (list === undefined) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /**
   * The value that applies to the cell: its own, or — for a cell under the top-left of a merge — the
   * merge's value (a value merged down belongs to every row). A merge across columns leaves the other
   * columns empty: "Tổng" merged over A:E is not also the owner.
   */
  value(row: number, col: number): RawValue {
    const m = this.merge(row, col);
    if (!m) return this.raw(row, col);
    return m.left === col ? this.raw(m.top, m.left) : null;
  }

  /** True when the cell's value comes from a merge that starts above this row (in the same column). */
  mergedFromAbove(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return m !== undefined && m.top < row && m.left === col;
  }

  /** Displayed text if the host gave it, else the value's string form. */
  text(row: number, col: number): string {
    const m = this.merge(row, col);
    const r0 = m ? m.top : row;
    const c0 = m ? m.left : col;
    const t = this.snapshot.text?.[r0 - this.top]?.[c0 - this.left];
    if (t !== undefined && t !== null) return t;
    const v = this.raw(r0, c0);
    if (v === null) return '';
    if (isErrorValue(v)) return v.error;
    return String(v);
  }

  numFmt(row: number, col: number): string {
    return this.snapshot.numFmt?.[row - this.top]?.[col - this.left] ?? 'General';
  }

  formula(row: number, col: number): string | null {
    return this.snapshot.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }

  italic(row: number, col: number): boolean {
    return this.snapshot.italic?.[row - this.top]?.[col - this.left] ?? false;
  }

  /** Hidden by the user or a filter: still checked (it is still in the table), but not visible when jumped to. */
  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }
}

/** A number format's codes: its quoted text, brackets ([Red], [$-42A]) and escaped characters left out. */
export const formatCodes = (fmt: string) => fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');

/** A number format that displays a date (d/m/y tokens outside quotes and brackets). */
export function isDateFormat(fmt: string): boolean {
  if (!fmt || fmt === 'General' || fmt === '@') return false;
  const bare = formatCodes(fmt);
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}
