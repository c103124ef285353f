/**
 * The values of a memory workbook's formula cells, as the preview shows them: computed on demand, each
 * once until the workbook changes (`invalidate`), a formula reading another formula cell computing that
 * one first; references across sheets and the workbook's defined names are followed.
 *
 * The engine: formulas are parsed by @borgar/fx (MIT) and evaluated by ./evaluate.ts. The MIT engines on
 * npm were tried first and compute the tracking layer's summary wrongly: fast-formula-parser 1.0.19 has
 * no MATCH nor MIN and applies no operator over a range (SUMPRODUCT(--(I6:I62<>"")) counts 1);
 * hot-formula-parser 4 fails on quoted sheet names; @fortune-sheet/formula-parser and IronCalc 0.8 (a 2 MB
 * WebAssembly) both give 0 for the SUMPRODUCT counts; xlsx-calc lacks FIND, DATE and NOT. HyperFormula is
 * GPL-3.0, which an MIT project cannot ship.
 *
 * The computed values are kept here, not written into the snapshot: the snapshot is what the pane reads
 * as the workbook, and the memory host (like the .xlsx file) holds a formula's value as unknown (null)
 * until a spreadsheet computes it; the net plan, the undo records and "Tải về" stay exactly as they were.
 */
import type { AstExpression } from '@borgar/fx';
import { isoToday, isoToSerial } from '../../core/dates';
import type { ErrorValue, RawValue } from '../../core/snapshot';
import type { MemorySheet, MemoryWorkbook } from '../../hosts/memory/workbook';
import { evaluateCell, parseFormula } from './evaluate';
import { Area, err, Unsupported, type EvalContext, type Matrix, type Scalar } from './values';

const lower = (s: string) => s.toLocaleLowerCase('vi');

/** A formula cell to compute; `held` is the value the file had for it (null: none). */
interface Job {
  /** Its position in its sheet (`at`). */
  key: number;
  formula: string;
  sheet: MemorySheet;
  row: number;
  col: number;
  held: Scalar;
}

/** A cell's position as one number (Excel has 16,384 columns): the key of its value in its sheet's map. */
const at = (row: number, col: number) => row * 16_384 + col;

export class FormulaValues {
  /** Computed values by sheet and position; the sheets and names formulas reached, by what they wrote. */
  private readonly values = new Map<MemorySheet, Map<number, Scalar>>();
  private readonly computing = new Map<MemorySheet, Set<number>>();
  private readonly sheets = new Map<string, MemorySheet | undefined>();
  private readonly names = new Map<string, Area | ErrorValue>();
  /** The innermost formula cell when the stack overflowed. */
  private deepest: Job | null = null;
  /** Parsed formulas by text (null: not valid syntax); kept across changes, a text parses the same. */
  private readonly parsed = new Map<string, AstExpression | null>();
  private todaySerial: number;
  /** Formula cells being computed (the outermost first). */
  private depth = 0;

  /** `today`: TODAY()'s date (ISO), fixed for tests and the preview's ?today=; else the computer's date. */
  constructor(
    private readonly workbook: MemoryWorkbook,
    private readonly today?: string,
  ) {
    this.todaySerial = this.readToday();
  }

  /** Forget every computed value (after any change to the workbook). */
  invalidate(): void {
    this.values.clear();
    this.sheets.clear();
    this.names.clear();
    this.todaySerial = this.readToday();
  }

  /** What the cell shows: its formula's value, or the value it holds. */
  valueAt(sheetName: string, row: number, col: number): RawValue {
    const s = this.sheet(sheetName);
    return s ? this.cell(s, row, col) : null;
  }

  /** The sheet of that name (names compare case-insensitively), looked up once until the next change. */
  private sheet(name: string): MemorySheet | undefined {
    if (!this.sheets.has(name)) this.sheets.set(name, this.workbook.sheet(name));
    return this.sheets.get(name);
  }

  private readToday(): number {
    return isoToSerial(this.today ?? isoToday());
  }

  private cell(s: MemorySheet, row: number, col: number): Scalar {
    const snap = s.snapshot;
    const r = row - snap.top;
    const c = col - snap.left;
    const formula = snap.formulas?.[r]?.[c];
    const held = snap.values[r]?.[c];
    const value = held === undefined || held === '' ? null : held;
    if (formula == null) return value;
    const key = at(row, col);
    const values = this.values.get(s) ?? this.values.set(s, new Map()).get(s)!;
    const known = values.get(key);
    if (known !== undefined) return known;
    const computing = this.computing.get(s) ?? this.computing.set(s, new Set()).get(s)!;
    // A circular reference reads 0, as Excel shows it.
    if (computing.has(key)) return 0;
    const job: Job = { key, formula, sheet: s, row, col, held: value };
    if (this.depth > 0) return this.computeOnce(job);
    // The outermost cell. A long chain of formulas can overflow the stack: then the deepest cell reached
    // is computed first, on a fresh stack, and the cells above it are tried again.
    const pending = [job];
    while (pending.length > 0) {
      const next = pending[pending.length - 1]!;
      this.deepest = null;
      try {
        this.computeOnce(next);
        pending.pop();
      } catch {
        const deeper = this.deepest as Job | null;
        if (deeper && (deeper.sheet !== next.sheet || deeper.key !== next.key) && pending.length < 1000) pending.push(deeper);
        else {
          // Not the stack (a string too long …) or far too deep: this cell gives up.
          this.values.get(next.sheet)!.set(next.key, next.held ?? err('#NUM!'));
          pending.pop();
        }
      }
    }
    return values.get(key)!;
  }

  /** Compute a formula cell and keep its value; only a RangeError (the stack) escapes. */
  private computeOnce(job: Job): Scalar {
    const computing = this.computing.get(job.sheet)!;
    computing.add(job.key);
    this.depth++;
    let out: Scalar;
    try {
      out = this.compute(job.formula, job.sheet, job.row, job.col);
    } catch (e) {
      if (e instanceof RangeError) {
        this.deepest ??= job;
        throw e;
      }
      // What this engine cannot compute keeps the value the file had (Excel's own), else #NAME?.
      if (!(e instanceof Unsupported)) console.warn(`Formula ${job.formula}:`, e);
      out = job.held ?? err('#NAME?');
    } finally {
      this.depth--;
      computing.delete(job.key);
    }
    this.values.get(job.sheet)!.set(job.key, out);
    return out;
  }

  private compute(formula: string, s: MemorySheet, row: number, col: number): Scalar {
    let ast = this.parsed.get(formula);
    if (ast === undefined) {
      try {
        ast = parseFormula(formula);
      } catch (e) {
        if (e instanceof RangeError) throw e; // the stack, not the formula
        ast = null;
      }
      this.parsed.set(formula, ast);
    }
    if (ast === null) throw new Unsupported(`syntax: ${formula}`);
    return evaluateCell(ast, this.context(s, row, col));
  }

  /** A defined name's area: one scoped to `scope` first, then (`orWorkbook`) the workbook's. */
  private nameArea(name: string, scope: string, orWorkbook: boolean): Area | ErrorValue {
    const found =
      this.workbook.names.find((n) => lower(n.key.name) === lower(name) && n.key.scope !== null && lower(n.key.scope) === lower(scope)) ??
      (orWorkbook ? this.workbook.names.find((n) => lower(n.key.name) === lower(name) && n.key.scope === null) : undefined);
    const t = found?.target;
    if (!t) return err(found ? '#REF!' : '#NAME?');
    const target = this.sheet(t.sheet);
    if (!target) return err('#REF!');
    return new Area(target.snapshot.name, t.range.top, t.range.left, t.range.bottom, t.range.right);
  }

  private context(s: MemorySheet, row: number, col: number): EvalContext {
    return {
      sheet: s.snapshot.name,
      row,
      col,
      today: this.todaySerial,
      area: (sheet, top, left, bottom, right) => {
        const target = this.sheet(sheet);
        if (!target) return err('#REF!');
        const snap = target.snapshot;
        if (top !== null && left !== null && bottom !== null && right !== null) return new Area(snap.name, top, left, bottom, right);
        // A whole column or row ends at the sheet's last used cell: beyond it every cell is blank.
        const lastRow = Math.max(snap.top, snap.top + snap.values.length - 1);
        const lastCol = Math.max(snap.left, snap.left + snap.values.reduce((n, v) => Math.max(n, v.length), 0) - 1);
        return new Area(snap.name, top ?? 1, left ?? 1, bottom ?? lastRow, right ?? lastCol);
      },
      name: (name, sheet) => {
        const scope = sheet ?? s.snapshot.name;
        const key = `${sheet === null ? '' : '!'}${scope}|${name}`;
        if (!this.names.has(key)) this.names.set(key, this.nameArea(name, scope, sheet === null));
        return this.names.get(key)!;
      },
      cells: (area) => {
        const target = this.sheet(area.sheet);
        const out: Matrix = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row: Scalar[] = [];
          for (let c = area.left; c <= area.right; c++) row.push(target ? this.cell(target, r, c) : err('#REF!'));
          out.push(row);
        }
        return out;
      },
    };
  }
}
