/**
 * The workbook service: the add-in's operations on a workbook, written once over a host's primitives
 * (./adapter.ts). The pane, the CLI and the preview call these; hosts only read and write.
 */
import type { CellEdit, Lang } from '../report';
import type { UnitEntry } from '../rules/types';
import { HostError, type WorkbookAdapter, type WorkbookInfo } from './adapter';
import {
  CATALOG_SHEET,
  PRODUCT_LIST_NAME,
  UNIT_LIST_NAME,
  dropdownSteps,
  locateUnitList,
  productListSteps,
  unitListCells,
  unitListPlan,
  unitsAt,
  workbookName,
  type DropdownTarget,
} from './catalog';
import { WORKBOOK_MESSAGES } from './messages';
import { readSheetInTwoSteps, type SheetRead } from './read';
import type { PlanStep, SheetArea, WorkbookPlan } from './plan';
import { isWritable, settlePlan, type EditConflict } from './settle';
import { invertPlan } from './undo';

export interface PlanResult {
  /** What was written, each step with what it replaced: `invertPlan(applied)` undoes it exactly. */
  applied: WorkbookPlan;
  /** Cells changed since the check: when there are any, nothing at all was written. */
  conflicts: EditConflict[];
  /** Validations left out because their cells already validate. */
  skipped: SheetArea[];
}

export class WorkbookService {
  constructor(readonly host: WorkbookAdapter) {}

  get lang(): Lang {
    return this.host.lang;
  }

  /**
   * Write a plan all or nothing: read what its targets hold, settle it (conflicts, refusals, what each
   * edit replaces), then write. A refusal (protected sheet, existing sheet or name) throws a HostError.
   */
  async applyPlan(plan: WorkbookPlan): Promise<PlanResult> {
    if (plan.steps.length === 0) return { applied: plan, conflicts: [], skipped: [] };
    const settled = settlePlan(plan, await this.host.readTargets(plan));
    if (settled.refusal) {
      const r = settled.refusal.reason;
      const reason = r === 'protected' || r === 'locked' || r === 'structure-protected' ? 'protected' : r === 'sheet-missing' ? 'not-found' : 'exists';
      throw new HostError(reason, WORKBOOK_MESSAGES[this.lang].refusal(settled.refusal));
    }
    if (!isWritable(settled)) return { applied: { steps: [] }, conflicts: settled.conflicts, skipped: settled.skipped };
    const steps = settled.plan.steps.filter((s) => s.kind !== 'cells' || s.edits.length > 0);
    if (steps.length > 0) await this.host.writePlan({ steps });
    return { applied: { steps }, conflicts: [], skipped: settled.skipped };
  }

  /**
   * Apply a plan the add-in worked out from what it has just read (a layer, a plan sheet): a conflict
   * means a cell changed in between, and is said as an error rather than reported for a choice.
   */
  async applyWhole(plan: WorkbookPlan): Promise<PlanResult> {
    const result = await this.applyPlan(plan);
    if (result.conflicts.length) throw new HostError('failed', WORKBOOK_MESSAGES[this.lang].changed(result.conflicts[0]!.cell));
    return result;
  }

  /** The cell edits of a fix plan, on one sheet. */
  applyEdits(sheet: string, edits: CellEdit[]): Promise<PlanResult> {
    return this.applyPlan({ steps: edits.length ? [{ kind: 'cells', sheet, edits }] : [] });
  }

  /** Undo what an earlier plan wrote. */
  undo(applied: WorkbookPlan): Promise<PlanResult> {
    return this.applyPlan(invertPlan(applied));
  }

  /** The active sheet, read in two steps (cells, then only the formats the rules need), and its table. */
  async readActiveSheet(): Promise<SheetRead> {
    const cells = await this.host.readActiveCells();
    return readSheetInTwoSteps(cells, (needs) => this.host.readFormats(cells.name, needs));
  }

  /** The workbook's own unit list, or null when it has none (`info`: the sheets and names, when just read). */
  async readUnitList(known?: WorkbookInfo): Promise<UnitEntry[] | null> {
    const info = known ?? (await this.host.readWorkbookInfo());
    const location = locateUnitList(info.sheets, info.names);
    if (!location) return null;
    const { sheet, range } = unitListCells(location);
    const block = await this.host.readCells(sheet, range);
    return block ? unitsAt(location, block) : [];
  }

  /** Create the unit list sheet and its name, for the user to review (refused when either exists). */
  createUnitList(units: readonly UnitEntry[]): Promise<PlanResult> {
    return this.applyPlan(unitListPlan(units, this.lang));
  }

  /**
   * Dropdowns fed by the unit and product lists; the product list is created when missing. Ranges that
   * already validate are skipped and reported, never overwritten.
   */
  async addDropdowns(sheet: string, targets: readonly DropdownTarget[]): Promise<PlanResult> {
    const info = await this.host.readWorkbookInfo();
    const has = (name: string) => workbookName(info.names, name)?.target != null;
    if (targets.some((t) => t.source === 'units') && !has(UNIT_LIST_NAME)) throw new HostError('not-found', WORKBOOK_MESSAGES[this.lang].unitListMissing);
    const steps: PlanStep[] = [];
    if (targets.some((t) => t.source === 'products') && !has(PRODUCT_LIST_NAME)) {
      const catalogSheet = info.sheets.find((s) => s.toLocaleLowerCase() === CATALOG_SHEET.toLocaleLowerCase());
      const used = catalogSheet ? await this.host.readCells(catalogSheet, null) : null;
      const usedRight = used ? used.left - 1 + used.values.reduce((w, r) => Math.max(w, r.length), 0) : 0;
      steps.push(...productListSteps(this.lang, catalogSheet ? { sheet: catalogSheet, usedRight } : null));
    }
    steps.push(...dropdownSteps(sheet, targets, this.lang));
    return this.applyPlan({ steps });
  }
}
