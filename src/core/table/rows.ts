/**
 * Row classification: section, group, item, detail, continuation, total, blank; the outline parent
 * of each row; and what each row ends up with (own value, merged down from above, or inherited from
 * its group).
 */
import type { Role, RowKind } from '../report';
import type { RawValue } from '../snapshot';
import { isErrorValue } from '../snapshot';
import { inferCoercedStt, parseStt, type Stt } from '../parse/stt';
import { isPlaceholder } from '../parse/products';
import { fold, isLowerLetter, isUpperLetter } from '../text/normalize';
import { readableText } from '../text/readable';
import type { Grid } from './grid';
import { isBlankRow, type TableLayout } from './detect';
import { mayStartTail, plainText, readCell } from './continuation';

export interface RowModel {
  row: number;
  kind: RowKind;
  stt: Stt;
  /** Outline depth: section 0, "1" 1, "1.1" 2 …; details sit under their parent. */
  depth: number;
  parent: RowModel | null;
  /** True when the row's cell for the role holds a real value (own or merged down). */
  has: Partial<Record<Role, boolean>>;
  /** For a continuation: the row it continues. */
  continues?: RowModel;
}

const TASK_ROLES: Role[] = ['owner', 'product', 'time'];

export class TableRows {
  readonly rows: RowModel[] = [];
  /** Models by row (index row − firstRow). */
  private readonly byRow: RowModel[] = [];
  /** Column of each role, or undefined. */
  private readonly colOf: Partial<Record<Role, number>> = {};

  constructor(
    readonly grid: Grid,
    readonly layout: TableLayout,
  ) {
    for (const [role, col] of layout.columns) this.colOf[role] = col;
    this.classify();
  }

  get(row: number): RowModel | undefined {
    return this.byRow[row - this.layout.firstRow];
  }

  col(role: Role): number | undefined {
    return this.colOf[role];
  }

  /** The value that applies to a row's cell for a role: own (or merged down), else none. */
  cellValue(row: number, role: Role): RawValue {
    const c = this.col(role);
    return c === undefined ? null : this.grid.value(row, c);
  }

  /** The cell's text as a reader sees it (legacy encodings decoded, markup dropped). */
  cellText(row: number, role: Role): string {
    const v = this.cellValue(row, role);
    if (v === null) return '';
    if (isErrorValue(v)) return v.error;
    return typeof v === 'string' ? readableText(v) : String(v);
  }

  /**
   * The row that states the role's value for `model`: itself (own or merged down) or its nearest outline
   * ancestor that does; null when none does or the table has no such column.
   */
  statingRow(model: RowModel, role: Role): RowModel | null {
    if (this.col(role) === undefined) return null;
    for (let m: RowModel | null = model; m; m = m.parent) if (m.has[role]) return m;
    return null;
  }

  /** The text of the row's value for a role, own or inherited ("" when none). */
  effectiveText(model: RowModel, role: Role): string {
    const m = this.statingRow(model, role);
    return m ? this.cellText(m.row, role) : '';
  }

  private hasValue(row: number, role: Role): boolean {
    const v = this.cellValue(row, role);
    if (v === null) return false;
    if (typeof v === 'string') return v.trim() !== '' && !isPlaceholder(v);
    return true;
  }

  private classify(): void {
    const { grid, layout } = this;
    const sttCol = this.col('stt');
    const roles = [...layout.columns.keys()];
    // Pass 1: what each row is by itself.
    let lastNumber: Stt | null = null;
    for (let r = layout.firstRow; r <= layout.lastRow; r++) {
      const has: Partial<Record<Role, boolean>> = {};
      for (const role of roles) if (this.hasValue(r, role)) has[role] = true;
      const raw = sttCol === undefined || grid.mergedFromAbove(r, sttCol) ? null : grid.raw(r, sttCol);
      const stt: Stt = typeof raw === 'number' && !Number.isInteger(raw) ? inferCoercedStt(raw, lastNumber) : parseStt(raw);
      if (stt.kind === 'number') lastNumber = stt;
      const model: RowModel = { row: r, kind: 'detail', stt, depth: 0, parent: null, has };
      if (isBlankRow(grid, r, layout.left, layout.right)) model.kind = 'blank';
      else if (this.isTotal(r, stt)) model.kind = 'total';
      this.rows.push(model);
      this.byRow.push(model);
    }
    // Pass 2: outline parents, sections, continuations.
    const stack: RowModel[] = [];
    let previous: RowModel | null = null;
    const valueChildren = new Set<RowModel>();
    const outlineChildren = new Set<RowModel>();
    for (const m of this.rows) {
      if (m.kind === 'blank') continue;
      if (m.kind === 'total') {
        previous = m;
        continue;
      }
      const s = m.stt;
      if (s.kind === 'roman' || (s.kind === 'letter' && isUpperLetter(s.text)) || (s.kind === 'none' && this.isCapsHeading(m))) {
        m.kind = 'section';
        m.depth = 0;
        stack.length = 0;
        stack.push(m);
      } else if (s.kind === 'number' || s.kind === 'letter') {
        const depth = s.kind === 'number' ? s.segments.length : this.letterDepth(stack);
        while (stack.length && stack[stack.length - 1]!.depth >= depth && stack[stack.length - 1]!.kind !== 'section') stack.pop();
        m.depth = depth;
        m.parent = stack[stack.length - 1] ?? null;
        if (m.parent) outlineChildren.add(m.parent);
        m.kind = 'item';
        stack.push(m);
      } else if (s.kind !== 'bullet' && previous && this.isContinuation(m, previous)) {
        m.kind = 'continuation';
        m.continues = previous;
        m.parent = previous.parent;
        m.depth = previous.depth;
        continue; // the row above stays "previous": a continuation may run over several rows
      } else {
        const parent = stack[stack.length - 1] ?? null;
        m.parent = parent;
        m.depth = (parent?.depth ?? 0) + 0.5;
        // A value merged down from the task above is the task's, not this row's.
        const carries = TASK_ROLES.some((role) => m.has[role] && !grid.mergedFromAbove(m.row, this.col(role)!));
        m.kind = carries ? 'item' : 'detail';
        if (carries && parent) valueChildren.add(parent);
      }
      previous = m;
    }
    // Pass 3: a numbered row with numbered children, or with children that carry their own owner,
    // product or time, is a group — unless it names a product or time itself.
    for (const m of this.rows) {
      if (m.kind !== 'item' || (m.stt.kind !== 'number' && m.stt.kind !== 'letter')) continue;
      if ((outlineChildren.has(m) || valueChildren.has(m)) && !m.has.product && !m.has.time) m.kind = 'group';
    }
  }

  private letterDepth(stack: RowModel[]): number {
    const top = stack[stack.length - 1];
    if (!top) return 1;
    if (top.stt.kind === 'letter') return top.depth;
    return top.depth + 1;
  }

  private isTotal(row: number, stt: Stt): boolean {
    if (stt.kind === 'other' && looksLikeTotal(stt.text)) return true;
    const v = this.cellValue(row, 'criterion');
    return typeof v === 'string' && looksLikeTotal(v);
  }

  private isCapsHeading(m: RowModel): boolean {
    if (TASK_ROLES.some((role) => m.has[role])) return false;
    const raw = this.cellText(m.row, 'criterion');
    if (raw.length < 6 || LOWER_LETTER.test(raw)) return false;
    const t = raw.replace(/<[^>]*>/g, '').trim();
    const letters = t.replace(/[^\p{L}]/gu, '');
    return letters.length >= 6 && t.includes(' ') && letters !== letters.toLowerCase();
  }

  /**
   * A row that only continues the one above (a table split across pages in Word, pasted into Excel): no
   * cell of it starts anew, and its cells read as the tails of the cells above — see continuation.ts for
   * the signals (lower-case text after a dangling "về"/"và"/","; an owner list going on after
   * "Văn phòng, Phòng"; lower case under open text in a column that is otherwise capitalised).
   */
  private isContinuation(m: RowModel, prev: RowModel): boolean {
    if (prev.kind === 'blank' || prev.row !== m.row - 1) return false;
    const { grid, layout } = this;
    const sttCol = this.col('stt');
    const roleAt = this.roleAt();
    // Cheap rejection first: every text of a continuation starts in lower case, or (list columns) with
    // a letter or digit that may go on from an open list above.
    for (let c = layout.left; c <= layout.right; c++) {
      if (c === sttCol) continue;
      const v = grid.raw(m.row, c);
      if (v === null) continue;
      if (typeof v !== 'string') return false;
      if (!mayStartTail(v.trimStart()[0], roleAt[c - layout.left])) return false;
    }
    const lowerCols = this.lowerCaseColumns();
    let strong = 0;
    let weak = 0;
    for (let c = layout.left; c <= layout.right; c++) {
      if (c === sttCol || grid.mergedFromAbove(m.row, c)) continue;
      const v = grid.raw(m.row, c);
      if (v === null) continue;
      const above = grid.raw(prev.row, c);
      const aboveText = typeof above === 'string' ? plainText(above) : '';
      const reading = readCell(plainText(v as string), aboveText, roleAt[c - layout.left], lowerCols[c - layout.left] === true);
      if (reading === 'head') return false;
      if (reading === 'strong') strong++;
      else if (reading === 'weak') weak++;
    }
    return strong >= 1 || weak >= 2;
  }

  private roleAtCache?: (Role | undefined)[];

  /** The role of each column of the table (index col − left). */
  private roleAt(): (Role | undefined)[] {
    if (this.roleAtCache) return this.roleAtCache;
    const out: (Role | undefined)[] = [];
    for (const [role, col] of this.layout.columns) out[col - this.layout.left] = role;
    return (this.roleAtCache = out);
  }

  private lowerColsCache?: boolean[];

  /**
   * Columns written in lower case (index col − left): those where the numbered rows' texts start in
   * lower case at least as often as in upper case. There a lower-case start is no sign of a tail.
   * Computed once, when the first candidate row is looked at (after pass 1 has read every STT).
   */
  private lowerCaseColumns(): boolean[] {
    if (this.lowerColsCache) return this.lowerColsCache;
    const { grid, layout } = this;
    const width = layout.right - layout.left + 1;
    const lower = new Array<number>(width).fill(0);
    const upper = new Array<number>(width).fill(0);
    for (const m of this.rows) {
      if (m.stt.kind !== 'number' && m.stt.kind !== 'letter') continue;
      for (let i = 0; i < width; i++) {
        const v = grid.raw(m.row, layout.left + i);
        if (typeof v !== 'string') continue;
        const ch = plainText(v)[0];
        if (ch === undefined) continue;
        if (isLowerLetter(ch)) lower[i]!++;
        else if (isUpperLetter(ch)) upper[i]!++;
      }
    }
    return (this.lowerColsCache = lower.map((n, i) => n > 0 && n >= upper[i]!));
  }
}

/** "Tổng", "Tổng cộng", "Cộng", "Tổng chỉ số": short, and starting with T or C (checked before folding). */
function looksLikeTotal(raw: string): boolean {
  if (!raw || raw.length > 60) return false;
  const text = readableText(raw).trim();
  const c = text[0];
  return (c === 'T' || c === 't' || c === 'C' || c === 'c') && TOTAL_RE.test(fold(text));
}

const LOWER_LETTER = /\p{Ll}/u;

const TOTAL_RE = /^(tong cong|tong chi so|tong so diem|tong diem|tong so|tong|cong)(\s*(\(.*\)|diem|chi so|cong))?\s*[:.]?$/;
