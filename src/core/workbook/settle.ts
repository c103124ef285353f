/**
 * How a plan is applied, decided once for every host: a host reads what the plan's targets hold now (in
 * one batch), the core settles the plan against it, and the host writes the settled plan (in one batch)
 * or nothing at all.
 *
 * - A cell edit whose cell no longer holds what the check saw (its value, or the formula it replaces) is a
 *   conflict: nothing is written, nothing a user typed is overwritten without asking. A clear (the add-in
 *   taking its own cells away) takes whatever they hold, and records it.
 * - A sheet or name that exists already refuses the plan, and so does a protected sheet the plan would
 *   change — except for cell edits of unlocked cells (a template's input cells), which Excel allows — and
 *   a sheet to add or remove in a workbook whose structure is protected.
 * - A validation over cells that already validate is skipped and reported (a user's rule is never
 *   overwritten); the rest of the plan goes on.
 * - Each written edit records what it really replaced (value, number format, italics, font), so the
 *   inverse of the settled plan restores the workbook exactly.
 */
import type { CellEdit } from '../report';
import { overlaps } from '../address';
import { sameRawValue, type RawValue } from '../snapshot';
import { EDIT_FORMATS, withBefore, type FoundCell } from './edits';
import { sheetChangedBy, type NameKey, type SheetArea, type WorkbookPlan } from './plan';

export type { FoundCell } from './edits';

/** What a host found in the workbook for the targets of a plan. */
export interface PlanTargets {
  /** For each `cells` step, by its index in the plan: each edit's cell, in the step's order. */
  cells: ReadonlyMap<number, readonly FoundCell[]>;
  sheets: readonly string[];
  names: readonly NameKey[];
  /** For each `addValidation` step, by its index: whether a cell of its range already validates. */
  validated: ReadonlyMap<number, boolean>;
  protectedSheets: readonly string[];
  /** The workbook's structure is protected (Review › Protect Workbook): no sheet can be added or removed. */
  structureProtected?: boolean;
}

/** A cell that no longer held what the edit expected: someone changed it since the check. */
export interface EditConflict {
  cell: string;
  expected: RawValue;
  found: RawValue;
}

export type PlanRefusal =
  | { reason: 'protected'; sheet: string }
  /** The plan adds or removes a sheet of a workbook whose structure is protected. */
  | { reason: 'structure-protected'; sheet: string }
  /** A cell the plan edits is locked on a protected sheet. */
  | { reason: 'locked'; sheet: string; cell: string }
  | { reason: 'sheet-exists'; sheet: string }
  | { reason: 'sheet-missing'; sheet: string }
  | { reason: 'name-exists'; name: string };

export interface SettledPlan {
  /** What to write: edits with what they replace as found; validations over validated cells left out. */
  plan: WorkbookPlan;
  conflicts: EditConflict[];
  /** Validations left out because their cells already validate. */
  skipped: SheetArea[];
  refusal: PlanRefusal | null;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');
const sameName = (a: NameKey, b: NameKey) => lower(a.name) === lower(b.name) && (a.scope === null ? b.scope === null : b.scope !== null && lower(a.scope) === lower(b.scope));

export function settlePlan(plan: WorkbookPlan, found: PlanTargets): SettledPlan {
  const out: SettledPlan = { plan: { steps: [] }, conflicts: [], skipped: [], refusal: null };
  const sheets = new Set(found.sheets.map(lower));
  const names = [...found.names];
  const isProtected = new Set(found.protectedSheets.map(lower));
  const refuse = (r: PlanRefusal) => (out.refusal ??= r);
  /** Validations this plan adds: a later one over the same cells is skipped like an existing one. */
  const adding: SheetArea[] = [];

  plan.steps.forEach((step, i) => {
    const target = sheetChangedBy(step);
    if (target !== null && !sheets.has(lower(target))) return refuse({ reason: 'sheet-missing', sheet: target });
    // On a protected sheet only unlocked cells can be written (checked per edit below); nothing else can.
    if (target !== null && isProtected.has(lower(target)) && step.kind !== 'cells') return refuse({ reason: 'protected', sheet: target });
    switch (step.kind) {
      case 'cells': {
        const cells = found.cells.get(i) ?? [];
        const edits: CellEdit[] = [];
        const locked = isProtected.has(lower(step.sheet));
        step.edits.forEach((edit, j) => {
          const now = cells[j];
          if (locked && now?.locked !== false) return refuse({ reason: 'locked', sheet: step.sheet, cell: edit.cell });
          // An unlocked cell takes a value; its formats stay protected (Excel's default protection).
          if (locked && (edit.clear || EDIT_FORMATS.some(([field]) => edit[field] !== undefined))) return refuse({ reason: 'protected', sheet: step.sheet });
          // A clear takes away the add-in's own cells, whatever they hold now; what they held is recorded.
          if (now && edit.clear) {
            edits.push(withBefore(edit, now));
            return;
          }
          if (!now || !stillHolds(now, edit)) {
            out.conflicts.push({ cell: edit.cell, expected: edit.before, found: now?.value ?? null });
            return;
          }
          edits.push(withBefore(edit, now));
        });
        out.plan.steps.push({ ...step, edits });
        return;
      }
      case 'addSheet':
        if (found.structureProtected) return refuse({ reason: 'structure-protected', sheet: step.sheet });
        if (sheets.has(lower(step.sheet))) return refuse({ reason: 'sheet-exists', sheet: step.sheet });
        sheets.add(lower(step.sheet));
        break;
      case 'removeSheet':
        if (found.structureProtected) return refuse({ reason: 'structure-protected', sheet: step.sheet });
        if (!sheets.has(lower(step.sheet))) return refuse({ reason: 'sheet-missing', sheet: step.sheet });
        sheets.delete(lower(step.sheet));
        break;
      case 'defineName':
        if (names.some((n) => sameName(n, step.key))) return refuse({ reason: 'name-exists', name: step.key.name });
        names.push(step.key);
        break;
      case 'removeName': {
        // A name removed earlier in the plan can be defined again (an update that replaces the add-in's sheet).
        const i = names.findIndex((n) => sameName(n, step.key));
        if (i >= 0) names.splice(i, 1);
        break;
      }
      case 'addValidation': {
        const area = { sheet: step.sheet, range: step.range };
        if (found.validated.get(i) || adding.some((a) => lower(a.sheet) === lower(area.sheet) && overlaps(a.range, area.range))) {
          out.skipped.push(area);
          return;
        }
        adding.push(area);
        break;
      }
      default:
        break;
    }
    out.plan.steps.push(step);
  });
  return out;
}

/**
 * The cell still holds what the edit expects to replace: its formula when the edit replaces a formula
 * (the add-in's own, on undo: its computed value is whatever the spreadsheet made of it), else its value.
 */
function stillHolds(now: FoundCell, edit: CellEdit): boolean {
  if (typeof edit.beforeFormula === 'string') return now.formula === edit.beforeFormula;
  return sameRawValue(now.value, edit.before);
}

/** The plan can be written as settled: no conflict and no refusal. */
export function isWritable(s: SettledPlan): boolean {
  return s.refusal === null && s.conflicts.length === 0;
}
