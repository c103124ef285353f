/**
 * The plan sheets through the Office host and the Excel double: what Excel would show and print after the
 * write (fonts and sizes, underline, vertical alignment, borders, row heights, merges, A4 and orientation,
 * margins, one page wide, the repeated header row, page numbers from page 2), a validation on a sheet the
 * same plan adds, round trips that do not grow with the table, and undo giving back equal sheets.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { settlePlan } from '../src/core/workbook/settle';
import { invertPlan } from '../src/core/workbook/undo';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { blocks } from '../src/hosts/office/blocks';
import { ExcelDouble } from './excel-double';
import { doubleState } from './helpers/double-state';
import { ANNEX_ROWS, ANNEX_SHEET, FONT, ND30_MARGINS, PLAN_SHEET, STATUSES, planSheetsPlan } from './helpers/plan-sheets';

const SHEET = 'Phụ lục';

function setup() {
  const excel = new ExcelDouble();
  excel.addSheet(SHEET, { values: [['STT', 'Nội dung'], [1, 'Nhiệm vụ']] }, { activate: true });
  const host = createOfficeHost({ excel, displayLanguage: 'vi-VN', isSetSupported: (n, v) => excel.isSetSupported(n, v), sleep: async () => undefined });
  /** Read the targets, settle, write (what the workbook service does); the plan as written. */
  const apply = async (plan: WorkbookPlan): Promise<WorkbookPlan> => {
    const settled = settlePlan(plan, await host.readTargets(plan));
    expect(settled.refusal).toBeNull();
    expect(settled.skipped).toEqual([]);
    await host.writePlan(settled.plan);
    return settled.plan;
  };
  return { excel, host, apply };
}

const mm = (v: number) => (v * 72) / 25.4;

describe('plan sheets in Excel (the double)', () => {
  it('writes the document sheet: Times New Roman 13–14 pt, underline, top-aligned wrapped lines, merges and row heights', async () => {
    const { excel, apply } = setup();
    await apply(planSheetsPlan());
    const cell = (ref: string) => excel.cellAt(PLAN_SHEET, ref);
    expect(cell('A1')).toMatchObject({ value: 'UBND TỈNH AN GIANG', fontName: FONT, fontSize: 13, horizontal: 'Center' });
    expect(cell('A1').underline).toBeUndefined();
    expect(cell('D2')).toMatchObject({ fontName: FONT, fontSize: 14, bold: true, underline: 'Single' });
    expect(cell('A7')).toMatchObject({ fontSize: 14, vertical: 'Top', wrap: true, horizontal: 'Left' });
    const sheet = excel.sheet(PLAN_SHEET);
    expect(sheet.merges).toContainEqual({ top: 7, left: 1, bottom: 7, right: 6 });
    expect(sheet.rowHeights.get(5)).toBe(40);
    expect(sheet.rowHeights.get(3)).toBe(9);
    expect(sheet.rowHeights.get(46)).toBe(58);
    expect(cell('A1').borders).toBeUndefined();
  });

  it('prints the document on A4 portrait with the ND30 margins, numbered from page 2', async () => {
    const { excel, apply } = setup();
    await apply(planSheetsPlan());
    const layout = excel.sheet(PLAN_SHEET).pageLayout;
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', printTitleRows: null, zoom: { scale: 100 } });
    expect(layout.topMargin).toBeCloseTo(mm(ND30_MARGINS.top), 6);
    expect(layout.leftMargin).toBeCloseTo(mm(30), 6);
    expect(layout.rightMargin).toBeCloseTo(mm(15), 6);
    expect(layout.bottomMargin).toBeCloseTo(mm(20), 6);
    expect(layout.headersFooters.state).toBe('FirstAndDefault');
    expect(layout.headersFooters.defaultForAllPages.centerHeader).toBe('&P');
    expect(layout.headersFooters.firstPage.centerHeader).toBe('');
  });

  it('writes the appendix bordered, landscape, one page wide, its header row repeated, its list on the new sheet', async () => {
    const { excel, apply } = setup();
    await apply(planSheetsPlan());
    const all = { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' };
    for (const ref of ['A5', 'F5', 'C30', 'A65', `F${5 + ANNEX_ROWS}`]) expect(excel.cellAt(ANNEX_SHEET, ref).borders).toEqual(all);
    expect(excel.cellAt(ANNEX_SHEET, 'A1').borders).toBeUndefined();
    expect(excel.cellAt(ANNEX_SHEET, 'A66').borders).toBeUndefined();
    expect(excel.cellAt(ANNEX_SHEET, 'B6')).toMatchObject({ value: 'Tiêu chí 1: nội dung bị trừ điểm cần khắc phục', fontSize: 12, vertical: 'Center', wrap: true });
    expect(excel.cellAt(ANNEX_SHEET, 'A6').value).toBe(1);
    const layout = excel.sheet(ANNEX_SHEET).pageLayout;
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$5:$5', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(excel.sheet(ANNEX_SHEET).rowHeights.get(4)).toBe(6);
    expect(excel.validationAt(ANNEX_SHEET, 'F6')).toEqual({ type: 'List', rule: { list: { inCellDropDown: true, source: STATUSES.join(',') } } });
    expect(excel.validationAt(ANNEX_SHEET, `F${5 + ANNEX_ROWS}`)?.type).toBe('List');
  });

  it('takes the same round trips and operations for 60 appendix rows as for 1,200', async () => {
    const cost = async (rows: number) => {
      const { excel, apply } = setup();
      excel.resetLog();
      await apply(planSheetsPlan(rows));
      return { syncs: excel.syncCount, ops: excel.syncLog.reduce((n, s) => n + s.ops, 0), bytes: excel.maxPayloadBytes };
    };
    const small = await cost(60);
    const large = await cost(1200);
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(2); // targets, then the write
    // Rectangles, not cells: as many operations (only the values make the request longer).
    expect(large.ops).toBe(small.ops);
    expect(large.bytes).toBeLessThan(1024 * 1024);
  });

  it('removes both sheets on undo, and the undo of that gives back equal sheets', async () => {
    const { excel, apply } = setup();
    const written = await apply(planSheetsPlan());
    const added = doubleState(excel);
    const removal = await apply(invertPlan(written));
    expect(excel.model.sheets.map((s) => s.name)).toEqual([SHEET]);
    await apply(invertPlan(removal));
    expect(doubleState(excel)).toEqual(added);
  });
});

describe('blocks: cells as rectangles', () => {
  it('joins runs along rows and down columns, by key, a later item at a position winning', () => {
    const at = (row: number, col: number, k: string | null) => ({ row, col, k });
    const items = [at(1, 1, 'a'), at(1, 2, 'a'), at(2, 1, 'a'), at(2, 2, 'a'), at(3, 1, 'a'), at(3, 2, 'b'), at(5, 1, 'a'), at(5, 2, 'a'), at(2, 2, null), at(2, 2, 'a')];
    expect(blocks(items, (i) => i.k).map((b) => [b.key, b.rect, b.items.map((r) => r.length)])).toEqual([
      ['a', { top: 1, left: 1, bottom: 2, right: 2 }, [2, 2]],
      ['a', { top: 3, left: 1, bottom: 3, right: 1 }, [1]],
      ['b', { top: 3, left: 2, bottom: 3, right: 2 }, [1]],
      ['a', { top: 5, left: 1, bottom: 5, right: 2 }, [2]],
    ]);
  });
});
