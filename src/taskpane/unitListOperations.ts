/**
 * What the "Danh mục đơn vị" buttons do: create the unit list from the units the table names, and add
 * dropdowns (units, document types) to the owner and product columns; each is one undo step and ends
 * with a notice. What to propose comes from units.ts; the controller runs these one at a time and hands
 * them its state (`PaneController.units`).
 */
import { rangeAddress } from '../core/address';
import type { UnitEntry } from '../core/rules/types';
import type { CellRange } from '../core/snapshot';
import type { DropdownTarget } from '../core/workbook/catalog';
import type { OperationContext, SectionContext } from './paneState';
import { dropdownTargets, unitsFromAnalysis } from './units';
import { pushUndo } from './undoStack';

export class UnitListPane {
  constructor(private readonly pane: SectionContext) {}

  /** Units the pane would put in a new list, from the last check. */
  proposedUnits(): UnitEntry[] {
    const checked = this.pane.getState().checked;
    return checked ? unitsFromAnalysis(checked.analysis) : [];
  }

  /** "Tạo danh mục từ bảng". */
  create(): Promise<boolean> {
    return this.pane.run('units', () => createUnitList(this.pane, this.proposedUnits()));
  }

  /** The owner and product columns of the checked table that can take a dropdown. */
  dropdownTargets(): DropdownTarget[] {
    return dropdownTargets(this.pane.getState().checked?.analysis.report.table ?? null);
  }

  /** "Thêm danh sách chọn". */
  addDropdowns(): Promise<boolean> {
    return this.pane.run('dropdowns', () => addDropdowns(this.pane, this.dropdownTargets()));
  }
}

/** "Tạo danh mục từ bảng" with the proposed `units`, then re-check (owners are now checked against it). */
async function createUnitList(pane: OperationContext, units: UnitEntry[]): Promise<void> {
  const { t } = pane;
  if (!units.length) {
    pane.set({ notice: { intent: 'warning', title: t.unitsTitle, lines: [t.unitsNoneInTable] } });
    return;
  }
  const result = await pane.service.createUnitList(units);
  const label = t.unitsCreated(units.length);
  const s = pane.getState();
  pane.set({
    history: pushUndo(s.history, { label, sheet: s.checked?.analysis.report.sheet ?? '', applied: result.applied }),
    notice: { intent: 'success', title: t.unitsTitle, lines: [label] },
  });
  await pane.readAndAnalyze();
}

/** "Thêm danh sách chọn" on `targets` of the checked sheet; the notice says which ranges got one and which were skipped. */
async function addDropdowns(pane: OperationContext, targets: DropdownTarget[]): Promise<void> {
  const { t } = pane;
  const checked = pane.getState().checked;
  if (!checked) return;
  if (!targets.length) {
    pane.set({ notice: { intent: 'warning', title: t.dropdownsTitle, lines: [t.dropdownsNoColumns] } });
    return;
  }
  const sheet = checked.analysis.report.sheet;
  const result = await pane.service.addDropdowns(sheet, targets);
  const describe = (range: CellRange) => {
    const target = targets.find((x) => rangeAddress(x.range) === rangeAddress(range));
    const address = rangeAddress(range);
    return target ? t.dropdownTarget(target.source === 'units' ? t.roleOwner : t.roleProduct, address) : address;
  };
  const added = result.applied.steps.flatMap((s) => (s.kind === 'addValidation' ? [s.range] : []));
  const lines: string[] = [];
  if (added.length) lines.push(t.dropdownsAdded(added.map(describe).join('; ')));
  if (result.skipped.length) lines.push(t.dropdownsSkipped(result.skipped.map((s) => describe(s.range)).join('; ')));
  if (!lines.length) lines.push(t.dropdownsNothing);
  if (result.applied.steps.length) pane.set({ history: pushUndo(pane.getState().history, { label: t.dropdownsTitle, sheet, applied: result.applied }) });
  pane.set({
    notice: { intent: added.length ? 'success' : 'info', title: t.dropdownsTitle, lines },
  });
}
