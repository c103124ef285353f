/**
 * The score columns in the pane ("Điểm": "Chèn cột điểm và tổng hợp", "Cập nhật cột điểm", "Gỡ cột điểm"),
 * through the controller against the in-memory workbook: what the columns write beside the Lạng Sơn 2023
 * table, the notice, one undo step that takes them away exactly, update in place, remove and its undo,
 * the pane's knowledge of whether the workbook has them, and a refusal shown as an error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/report';
import { SCORE_SUMMARY_SHEET } from '../src/core/score-layer/summary';
import { snapshotFromRows, type RawValue, type SheetSnapshot } from '../src/core/snapshot';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memoryCell, visibleState } from './helpers/memory-state';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import { langSon2023 } from './fixtures/score-tables';

const TODAY = '2024-07-10';

class Host extends MemoryAdapter {
  constructor(sheets: SheetSnapshot[], lang: Lang = 'vi') {
    super(new MemoryWorkbook(sheets.map((s) => memorySheet(s))), lang);
  }
  get table(): string {
    return this.workbook.sheets[0]!.snapshot.name;
  }
  cell(address: string, sheet = this.table): { v: RawValue; f: string | null } {
    return memoryCell(this.workbook, sheet, address);
  }
  /** Everything a user could see of the workbook (test/helpers/memory-state.ts). */
  state() {
    return visibleState(this.workbook);
  }
  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.snapshot.name);
  }
}

const panes: PaneController[] = [];
async function setup(opts: { lang?: Lang; sheets?: SheetSnapshot[] } = {}) {
  const host = new Host(opts.sheets ?? [langSon2023('comma').snapshot], opts.lang ?? 'vi');
  const pane = new PaneController(host, { today: TODAY, debounceMs: 5 });
  panes.push(pane);
  await pane.check();
  return { host, pane, t: pane.t.score };
}
afterEach(() => {
  for (const p of panes.splice(0)) p.dispose();
});

const notice = (pane: PaneController) => pane.getState().notice?.lines.join(' ');
const labels = (pane: PaneController) => pane.getState().history.map((h) => h.label);

describe('the score columns in the pane', () => {
  it('knows after a check that the workbook has no score columns yet', async () => {
    const { pane } = await setup();
    expect(pane.scoreCard()).not.toBeNull();
    expect(pane.getState().scoreLayer).toBeNull();
    expect(pane.scores.onCheckedSheet()).toBe(false);
  });

  it('"Chèn cột điểm và tổng hợp": writes the columns beside the table and the summary sheet, says so, one undo step', async () => {
    const { host, pane, t } = await setup();
    const before = host.state();
    expect(await pane.scores.insert()).toBe(true);
    expect(pane.getState().error).toBeNull();
    // The table types "Điểm bị trừ" (F): only the other two columns are added.
    expect(host.cell('F3').v).toBe('Điểm bị trừ');
    expect(host.cell('G3').v).toBe('Chênh lệch tự chấm');
    expect(host.cell('H3').v).toBe('Tỷ lệ đạt');
    expect(host.cell('G16').f).toMatch(/^=/); // the total row: the only one with a self-assessed score
    expect(host.cell('H4').f).toMatch(/^=/);
    expect(host.sheetNames()).toContain(SCORE_SUMMARY_SHEET);
    expect(pane.getState().notice?.title).toBe('Cột điểm');
    expect(notice(pane)).toBe('Đã chèn cột “Chênh lệch tự chấm”, “Tỷ lệ đạt” bên phải bảng và trang “Tổng hợp điểm”.');
    expect(labels(pane)).toEqual([t.insertedLabel]);
    expect(pane.getState().scoreLayer).toEqual({ sheet: host.table, summarySheet: SCORE_SUMMARY_SHEET });
    expect(pane.scores.onCheckedSheet()).toBe(true);
    expect(pane.getState().busy).toBeNull();

    expect(await pane.undo()).toBe(true);
    expect(host.state()).toEqual(before);
    expect(notice(pane)).toBe('Đã hoàn tác: Chèn cột điểm và tổng hợp.');
    expect(pane.getState().history).toEqual([]);
    expect(pane.getState().scoreLayer).toBeNull();
  });

  it('"Cập nhật cột điểm": rewrites the columns in place (same cells), one undo step back to the first insert', async () => {
    const { host, pane, t } = await setup();
    await pane.scores.insert();
    const inserted = host.state();
    expect(await pane.scores.insert()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(host.state()).toEqual(inserted);
    expect(pane.getState().scoreLayer).toEqual({ sheet: host.table, summarySheet: SCORE_SUMMARY_SHEET });
    expect(notice(pane)).toBe('Đã cập nhật cột “Chênh lệch tự chấm”, “Tỷ lệ đạt” và trang “Tổng hợp điểm”.');
    expect(labels(pane)).toEqual([t.insertedLabel, t.updatedLabel]);
    expect(pane.getState().history[1]!.earlier).toHaveLength(1);

    // Undone: the new columns go, the old ones come back (the summary sheet in its plain look).
    await pane.undo();
    expect(host.state()).toEqual(inserted);
    expect(labels(pane)).toEqual([t.insertedLabel]);
    expect(pane.getState().scoreLayer).not.toBeNull();
  });

  it('"Gỡ cột điểm": takes the columns and the summary sheet away exactly; its undo puts them back', async () => {
    const { host, pane, t } = await setup();
    const before = host.state();
    await pane.scores.insert();
    const inserted = host.state();
    expect(await pane.scores.remove()).toBe(true);
    expect(pane.getState().error).toBeNull();
    expect(host.state()).toEqual(before);
    expect(notice(pane)).toBe('Đã gỡ cột điểm và trang “Tổng hợp điểm”.');
    expect(labels(pane)).toEqual([t.insertedLabel, t.removedLabel]);
    expect(pane.getState().scoreLayer).toBeNull();

    await pane.undo();
    expect(host.state()).toEqual(inserted);
    expect(host.cell('G3').v).toBe('Chênh lệch tự chấm');
    expect(pane.getState().scoreLayer).toEqual({ sheet: host.table, summarySheet: SCORE_SUMMARY_SHEET });
  });

  it('in English: the notice, undo labels and busy labels', async () => {
    const { pane, t } = await setup({ lang: 'en' });
    const busy: (string | null)[] = [];
    pane.subscribe(() => busy.push(pane.getState().busy));
    await pane.scores.insert();
    expect(busy).toContain('scoreLayer');
    expect(pane.t.busy.scoreLayer).toBe('Writing score columns…');
    expect(notice(pane)).toBe('Added the columns “Chênh lệch tự chấm”, “Tỷ lệ đạt” right of the table, and the sheet “Tổng hợp điểm”.');
    await pane.scores.remove();
    expect(notice(pane)).toBe('The score columns and the sheet “Tổng hợp điểm” were removed.');
    expect(labels(pane)).toEqual([t.insertedLabel, t.removedLabel]);
  });

  it('a refusal is an error with its title and the core’s words; nothing written, nothing to undo', async () => {
    const plain = snapshotFromRows('Ghi chú', [['Trang ghi chú']]);
    const { host, pane } = await setup({ sheets: [plain] });
    const before = host.state();
    expect(await pane.scores.insert()).toBe(false);
    expect(pane.getState().error?.title).toBe('Không chèn được cột điểm');
    expect(pane.getState().error?.message).toBeTruthy();
    expect(host.state()).toEqual(before);
    expect(pane.getState().history).toEqual([]);

    expect(await pane.scores.remove()).toBe(false);
    expect(pane.getState().error).toMatchObject({ title: 'Không gỡ được cột điểm', message: 'Bảng tính chưa có cột điểm của CCHC Phụ lục, nên không có gì để gỡ.' });
  });
});
