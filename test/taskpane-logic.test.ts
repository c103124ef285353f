/**
 * The task pane's non-visual logic: grouping, counting, marks, the undo stack, debounce, dates, the unit
 * list, errors, strings, keeping the view in place across a fix — and the controller's behaviour
 * against an in-memory WorkbookAdapter (check, fix, conflicts, undo, marks, live mode, sheet switches,
 * typed dates, unit list and unit-list sheet, dropdowns, export).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { invertEdits } from '../src/core/history';
import { rangeAddress } from '../src/core/address';
import type { CellRange } from '../src/core/snapshot';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import type { CellEdit, Finding, Lang } from '../src/core/report';
import type { UnitEntry } from '../src/core/rules/types';
import type { RawValue, SheetSnapshot } from '../src/core/snapshot';
import { HostError, PartialWriteError, type Mark, type SheetChange, type Unsubscribe } from '../src/core/workbook/adapter';
import { LIVE_DEBOUNCE_MS, PaneController } from '../src/taskpane/controller';
import { formatDmy, isIsoDate, parseDateInput } from '../src/taskpane/dates';
import { debounce } from '../src/taskpane/debounce';
import { reportFileName } from '../src/taskpane/download';
import { describeError } from '../src/taskpane/errors';
import { cellList, countBySeverity, fixableCount, groupFindings, isFixable, marksFor } from '../src/taskpane/findings';
import { STRINGS, stringsFor } from '../src/taskpane/i18n';
import { captureAnchor, restoreAnchor } from '../src/taskpane/scrollAnchor';
import { peekUndo, popUndo, pushUndo, type UndoEntry } from '../src/taskpane/undoStack';
import { collectUnitNames, dropdownTargets, unitsFromAnalysis } from '../src/taskpane/units';
import { table } from './helpers/table';

// ------------------------------------------------------------------------------------------------
// A small appendix table: plan dated 31/3/2022 in the title, header on row 3, data rows 4–8.

const HEADER6 = ['STT', 'NỘI DUNG VÀ TIÊU CHÍ', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Đơn vị phối hợp'];

function sample(name = 'Phụ lục'): SheetSnapshot {
  const snap = table(
    [
      [1, 'Công tác chỉ đạo', 'Văn phòng', 'Kế hoạch', 'Tháng 6', 'Phòng Tư pháp; Thanh tra'],
      [1.1, 'Tuyên truyền <i>CCHC</i>', 'Phòng Tư pháp', 'Báo cáo', 'Quý II', 'Các phòng chuyên môn'],
      ['1.2', "'Kiểm tra nội bộ", 'VP', 'Báo cáo', 'Tháng 7', null],
      [2, 'Việc không có chủ trì', null, 'Báo cáo', 'Tháng 12', null],
      [3, 'Cải cách thủ tục', 'Phòng Nội vụ', 'Sách', 'lúc nào đó', null],
    ],
    { header: HEADER6 },
  );
  return { ...snap, name };
}

function emptySheet(name: string): SheetSnapshot {
  return { name, top: 1, left: 1, values: [['Ghi chú'], ['không có bảng ở đây']], merges: [], tables: [] };
}

const findingsOf = (snap: SheetSnapshot, units?: UnitEntry[]) => analyzeSheet(snap, { asOf: '2022-08-01', units }).report.findings;

// ------------------------------------------------------------------------------------------------
// In-memory host

type Call = { name: string; args: unknown[] };
type Recorded = 'readActiveCells' | 'readWorkbookInfo' | 'readCells' | 'readTargets' | 'writePlan' | 'selectCell' | 'setMarks' | 'clearMarks' | 'onSheetChanged' | 'onActiveSheetChanged';

/**
 * A real in-memory workbook (the memory adapter the preview and the CLI use) that records the pane's
 * calls and can fail the next one; marks are kept as the lists the pane sent.
 */
class FakeHost extends MemoryAdapter {
  calls: Call[] = [];
  marksSent = new Map<string, Mark[]>();
  fail: Partial<Record<Recorded, unknown>> = {};

  constructor(sheets: SheetSnapshot[], lang: Lang = 'vi') {
    super(new MemoryWorkbook(sheets.map((s) => memorySheet(structuredClone(s)))), lang);
  }

  private record(name: Recorded, args: unknown[]) {
    this.calls.push({ name, args: structuredClone(args) });
    const f = this.fail[name];
    if (f) {
      delete this.fail[name];
      throw f;
    }
  }
  count(name: Recorded) {
    return this.calls.filter((c) => c.name === name).length;
  }
  last(name: Recorded) {
    return [...this.calls].reverse().find((c) => c.name === name);
  }
  /** The sheets' snapshots by name (tests change cells behind the pane's back). */
  get sheets(): Map<string, SheetSnapshot> {
    return new Map(this.workbook.sheets.map((s) => [s.snapshot.name, s.snapshot]));
  }
  cell(sheet: string, row: number, col: number): RawValue {
    return this.sheets.get(sheet)!.values[row - 1]?.[col - 1] ?? null;
  }
  /** The workbook's unit list, as a user would type it on a "Danh mục" sheet. */
  set units(units: UnitEntry[]) {
    const rows: RawValue[][] = [['Tên đơn vị', 'Viết tắt'], ...units.map((u) => [u.name, u.aliases?.join(', ') ?? null])];
    const i = this.workbook.sheets.findIndex((s) => s.snapshot.name === 'Danh mục');
    if (i >= 0) this.workbook.sheets.splice(i, 1);
    this.workbook.sheets.push(memorySheet({ name: 'Danh mục', top: 1, left: 1, values: rows, merges: [], tables: [] }));
  }
  get marks(): Map<string, Mark[]> {
    return this.marksSent;
  }
  /** The active sheet's name; setting it switches without an event (as a test's set-up). */
  get active(): string {
    return this.activeSheet.snapshot.name;
  }
  set active(name: string) {
    this.activeIndex = this.workbook.sheets.findIndex((s) => s.snapshot.name === name);
  }
  /** A user edit: changes the cell and tells live-mode subscribers. */
  userEdit(row: number, col: number, value: RawValue) {
    if (!this.userWrite(row, col, value)) this.emitSheetChange({ sheet: this.active, address: `R${row}C${col}` });
  }
  activateSheet(name: string) {
    this.activate(this.workbook.sheets.findIndex((s) => s.snapshot.name === name));
  }

  override async readActiveCells() {
    this.record('readActiveCells', []);
    return super.readActiveCells();
  }
  override async readWorkbookInfo() {
    this.record('readWorkbookInfo', []);
    return super.readWorkbookInfo();
  }
  override async readCells(sheet: string, range: CellRange | null) {
    this.record('readCells', [sheet, range]);
    return super.readCells(sheet, range);
  }
  override async readTargets(plan: WorkbookPlan) {
    this.record('readTargets', [plan]);
    return super.readTargets(plan);
  }
  override async writePlan(plan: WorkbookPlan) {
    this.record('writePlan', [plan]);
    return super.writePlan(plan);
  }
  override async selectCell(sheet: string, cell: string) {
    this.record('selectCell', [sheet, cell]);
  }
  override async setMarks(sheet: string, marks: Mark[]) {
    this.record('setMarks', [sheet, marks]);
    this.marksSent.set(sheet, [...(this.marksSent.get(sheet) ?? []), ...marks]); // additive, like Excel's conditional formats
  }
  override async clearMarks(sheet: string) {
    this.record('clearMarks', [sheet]);
    this.marksSent.delete(sheet);
  }
  override async onSheetChanged(handler: (change: SheetChange) => void): Promise<Unsubscribe> {
    this.record('onSheetChanged', []);
    return super.onSheetChanged(handler);
  }
  override async onActiveSheetChanged(handler: () => void): Promise<Unsubscribe> {
    this.record('onActiveSheetChanged', []);
    return super.onActiveSheetChanged(handler);
  }
}

/** The cell edits of the last plan written. */
function lastEdits(host: FakeHost): { sheet: string; edits: CellEdit[] } {
  const plan = host.last('writePlan')!.args[0] as WorkbookPlan;
  const step = plan.steps.find((s) => s.kind === 'cells') as Extract<WorkbookPlan['steps'][number], { kind: 'cells' }>;
  return { sheet: step.sheet, edits: step.edits };
}

/** Let pending promise callbacks run (host calls are all async). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

// ================================================================================================
// Pure modules

describe('findings: grouping and counting', () => {
  const findings = findingsOf(sample());

  it('counts per severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 4, info: 0 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('groups by severity (error, warning, info; empty left out) then by kind in rule order', () => {
    const sections = groupFindings(findings, 'vi');
    expect(sections.map((s) => [s.severity, s.count])).toEqual([
      ['error', 2],
      ['warning', 4],
    ]);
    expect(sections[0]!.groups.map((g) => g.code)).toEqual(['stt-number-coerced', 'owner-missing']);
    expect(sections[1]!.groups.map((g) => g.code)).toEqual(['text-markup', 'text-stray-apostrophe', 'product-unknown', 'time-unparsed']);
    const stt = sections[0]!.groups[0]!;
    expect(stt.title.length).toBeGreaterThan(3);
    expect(stt.help.length).toBeGreaterThan(10);
    expect(stt.fixLabel).toBeTruthy();
    expect(stt.fixable).toBe(1);
    expect(sections[0]!.groups[1]!.fixable).toBe(0);
  });

  it('uses the English rule titles for en', () => {
    const vi = groupFindings(findings, 'vi')[0]!.groups[1]!.title;
    const en = groupFindings(findings, 'en')[0]!.groups[1]!.title;
    expect(vi).not.toBe(en);
  });

  it('keeps an unknown code as its own group titled by the code', () => {
    const odd: Finding = { code: 'x-new', severity: 'info', cell: 'B2', row: 2, column: null, message: 'm', fix: null };
    const [section] = groupFindings([odd], 'vi');
    expect(section!.groups[0]).toMatchObject({ code: 'x-new', title: 'x-new', help: '', fixable: 0 });
  });

  it('counts fixable findings', () => {
    expect(fixableCount(findings)).toBe(3);
    expect(findings.filter(isFixable).map((f) => f.code)).toEqual(['stt-number-coerced', 'text-markup', 'text-stray-apostrophe']);
  });

  it('marks one cell once, with its most severe finding, and skips table-level findings', () => {
    const f = (severity: Finding['severity'], cell: string | null): Finding => ({ code: 'c', severity, cell, row: null, column: null, message: '', fix: null });
    expect(marksFor([f('info', 'A1'), f('error', 'A1'), f('warning', 'A1'), f('warning', 'B2'), f('error', null)])).toEqual([
      { cell: 'A1', severity: 'error' },
      { cell: 'B2', severity: 'warning' },
    ]);
  });

  it('shortens long cell lists', () => {
    expect(cellList(['A1', 'B2'])).toBe('A1, B2');
    expect(cellList(['A1', 'A2', 'A3', 'A4'], 2)).toBe('A1, A2 … (+2)');
  });
});

describe('undo stack', () => {
  const entry = (label: string): UndoEntry => ({ label, sheet: 'S', applied: { steps: [{ kind: 'cells', sheet: 'S', edits: [{ cell: 'A1', row: 1, col: 1, value: 'x', before: 'y' }] }] } });

  it('is last in, first out', () => {
    let s = pushUndo([], entry('one'));
    s = pushUndo(s, entry('two'));
    expect(peekUndo(s)?.label).toBe('two');
    s = popUndo(s);
    expect(peekUndo(s)?.label).toBe('one');
    s = popUndo(s);
    expect(peekUndo(s)).toBeUndefined();
    expect(popUndo(s)).toEqual([]);
  });

  it('does not record a change that wrote nothing, and keeps at most the limit', () => {
    expect(pushUndo([], { label: 'none', sheet: 'S', applied: { steps: [] } })).toEqual([]);
    let s = pushUndo([], entry('1'), 2);
    s = pushUndo(s, entry('2'), 2);
    s = pushUndo(s, entry('3'), 2);
    expect(s.map((e) => e.label)).toEqual(['2', '3']);
  });

  it('never mutates the stack it was given', () => {
    const s = Object.freeze([entry('a')]);
    expect(() => pushUndo(s, entry('b'))).not.toThrow();
    expect(popUndo(s)).toEqual([]);
    expect(s.length).toBe(1);
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the last call has been quiet for the delay', () => {
    const fn = vi.fn();
    const d = debounce(fn, 600);
    d();
    vi.advanceTimersByTime(400);
    d();
    vi.advanceTimersByTime(599);
    expect(fn).not.toHaveBeenCalled();
    expect(d.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending()).toBe(false);
  });

  it('can be cancelled or flushed', () => {
    const fn = vi.fn();
    const d = debounce(fn, 600);
    d();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('dates and file names', () => {
  it('accepts real ISO dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('0002-01-01')).toBe(false); // a year half typed into <input type="date">
    expect(isIsoDate('31/3/2022')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('reads dates as Vietnamese documents write them: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy', () => {
    const iso = (text: string) => {
      const r = parseDateInput(text);
      return r && r.ok ? r.iso : r;
    };
    expect(iso('31/03/2022')).toBe('2022-03-31');
    expect(iso('1/4/2022')).toBe('2022-04-01');
    expect(iso('01-04-2022')).toBe('2022-04-01');
    expect(iso('01.04.2022')).toBe('2022-04-01');
    expect(iso(' 5 / 6 / 2024 ')).toBe('2024-06-05');
    expect(iso('29/02/2024')).toBe('2024-02-29');
    expect(iso('2023-05-10')).toBe('2023-05-10'); // ISO, as pasted
    expect(iso('')).toBeNull();
    expect(iso('   ')).toBeNull();
  });

  it('refuses what is not a calendar date, and says why', () => {
    const problem = (text: string) => {
      const r = parseDateInput(text);
      return r && !r.ok ? r.problem : r;
    };
    expect(problem('29/02/2023')).toEqual({ kind: 'day', day: 29, month: 2, year: 2023, daysInMonth: 28 });
    expect(problem('31/04/2022')).toEqual({ kind: 'day', day: 31, month: 4, year: 2022, daysInMonth: 30 });
    expect(problem('0/04/2022')).toMatchObject({ kind: 'day', day: 0 });
    expect(problem('12/13/2022')).toEqual({ kind: 'month', month: 13 }); // US order: month 13 does not exist
    expect(problem('31/03/0002')).toEqual({ kind: 'year' });
    for (const bad of ['31/03', '31/03/22', '31/03-2022', '2022/03/31', 'ngày 31', '31032022', '3l/03/2022']) {
      expect(problem(bad), bad).toEqual({ kind: 'format' });
    }
    const vi = stringsFor('vi');
    const en = stringsFor('en');
    expect(vi.dateError({ kind: 'format' })).toBe('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/03/2022.');
    expect(vi.dateError({ kind: 'day', day: 29, month: 2, year: 2023, daysInMonth: 28 })).toBe('Không có ngày 29/2/2023: tháng 2/2023 có 28 ngày.');
    expect(vi.dateError({ kind: 'month', month: 13 })).toContain('tháng phải từ 1 đến 12');
    expect(en.dateError({ kind: 'format' })).toBe('Enter the date as dd/mm/yyyy, for example 31/03/2022.');
    expect(en.dateError({ kind: 'day', day: 31, month: 4, year: 2022, daysInMonth: 30 })).toBe('There is no 31/4/2022: month 4 of 2022 has 30 days.');
    expect(en.dateError({ kind: 'year' })).toContain('1900');
  });

  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDmy('2022-03-31')).toBe('31/03/2022');
    expect(formatDmy('2024-01-05')).toBe('05/01/2024');
    expect(formatDmy('31/03/2022')).toBe('31/03/2022');
  });

  it('names the report after the sheet', () => {
    expect(reportFileName('Phụ lục')).toBe('bao-cao-kiem-tra-Phụ lục.csv');
    expect(reportFileName('Phu\u0323 lu\u0323c')).toBe('bao-cao-kiem-tra-Phụ lục.csv'); // NFC
    expect(reportFileName('a/b:c')).toBe('bao-cao-kiem-tra-a_b_c.csv');
  });
});

describe('unit list and dropdown targets', () => {
  it('collects each unit once (case/diacritics-insensitive), without collective owners, sorted', () => {
    const units = collectUnitNames([
      ['Văn phòng', 'Phòng Tư pháp'],
      ['VĂN PHÒNG', 'Các phòng chuyên môn', 'Phòng Đầu tư XDCB.'],
      ['  Thanh   tra ', ''],
    ]);
    expect(units.map((u) => u.name)).toEqual(['Phòng Đầu tư XDCB', 'Phòng Tư pháp', 'Thanh tra', 'Văn phòng']);
  });

  it('takes units from the owner column (report.rows[].owners) and the coordinator column', () => {
    const a = analyzeSheet(sample(), { asOf: '2022-08-01' });
    expect(unitsFromAnalysis(a).map((u) => u.name)).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp', 'Thanh tra', 'Văn phòng', 'VP']);
  });

  it('targets the owner and product data ranges', () => {
    const a = analyzeSheet(sample(), { asOf: '2022-08-01' });
    expect(dropdownTargets(a.report.table).map((t) => [rangeAddress(t.range), t.source])).toEqual([
      ['C4:C8', 'units'],
      ['D4:D8', 'products'],
    ]);
    expect(dropdownTargets(null)).toEqual([]);
  });
});

describe('errors', () => {
  const t = stringsFor('vi');

  it('shows a HostError with its own message; protected / edit-mode are warnings', () => {
    const e = describeError(new HostError('edit-mode', 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.'), 'fix', t);
    expect(e).toEqual({
      intent: 'warning',
      title: t.errorTitle.fix,
      message: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.',
      reason: 'edit-mode',
    });
    expect(describeError(new HostError('failed', 'Hỏng'), 'check', t).intent).toBe('error');
  });

  it('recognises a HostError from another bundle by its shape', () => {
    const e = describeError({ reason: 'protected', message: 'Trang tính đang được bảo vệ.' }, 'mark', t);
    expect(e.message).toBe('Trang tính đang được bảo vệ.');
    expect(e.intent).toBe('warning');
  });

  it('never shows a stack trace: a generic sentence plus the first line of the message', () => {
    const err = new Error('RichApi.Error: boom\n    at Object.run (office.js:1:2)');
    const e = describeError(err, 'check', t);
    expect(e.message).toContain(t.unexpected);
    expect(e.message).toContain('RichApi.Error: boom');
    expect(e.message).not.toContain('office.js');
    expect(e.message).not.toContain(err.stack!.split('\n')[1]!.trim());
    expect(describeError(42, 'check', t).message).toBe(t.unexpected);
  });
});

describe('strings', () => {
  const flat = (o: unknown, out: string[] = []): string[] => {
    if (typeof o === 'string') out.push(o);
    else if (typeof o === 'function') out.push(String((o as (...a: unknown[]) => unknown)(3, 'A1', 'x')));
    else if (o && typeof o === 'object') for (const v of Object.values(o)) flat(v, out);
    return out;
  };

  it('Vietnamese and English have the same keys', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });

  it('every string is NFC', () => {
    for (const s of [...flat(STRINGS.vi), ...flat(STRINGS.en)]) expect(s, s).toBe(s.normalize('NFC'));
  });

  it('keeps the contract names of the controls', () => {
    const t = STRINGS.vi;
    expect([t.check, t.fix, t.fixAll(3), t.undo, t.mark, t.unmark, t.exportReport, t.live]).toEqual([
      'Kiểm tra bảng',
      'Sửa',
      'Sửa tất cả (3)',
      'Hoàn tác',
      'Đánh dấu trên bảng',
      'Bỏ đánh dấu',
      'Xuất báo cáo',
      'Tự kiểm tra khi sửa bảng',
    ]);
    expect([t.severity.error, t.severity.warning, t.severity.info, t.noProblems, t.unitsTitle, t.unitsCreate, t.dropdownsAdd, t.asOf]).toEqual([
      'Lỗi',
      'Cảnh báo',
      'Gợi ý',
      'Không có vấn đề nào',
      'Danh mục đơn vị',
      'Tạo danh mục từ bảng',
      'Thêm danh sách chọn',
      'Tính đến',
    ]);
    expect(t.sheetAndTable('Phụ lục', 'A5:E62')).toBe('Trang “Phụ lục” · bảng A5:E62');
  });
});

// ================================================================================================
// Controller against the fake host

describe('PaneController', () => {
  const TODAY = '2022-08-01';
  let host: FakeHost;
  let pane: PaneController;

  beforeEach(() => {
    host = new FakeHost([sample(), emptySheet('Ghi chú')]);
    pane = new PaneController(host, { today: TODAY });
  });
  afterEach(() => {
    pane.dispose();
    vi.useRealTimers();
  });

  const codes = () => pane.getState().checked!.analysis.report.findings.map((f) => `${f.code}@${f.cell}`);
  const finding = (code: string) => pane.getState().checked!.analysis.report.findings.find((f) => f.code === code)!;

  it('starts unchecked, as of today', () => {
    const s = pane.getState();
    expect(s).toMatchObject({ lang: 'vi', busy: null, checked: null, asOf: TODAY, marksOn: false, live: false, history: [] });
    expect(s.asOfDraft).toBe('01/08/2022'); // shown dd/mm/yyyy, kept ISO
    expect(s.dateErrorShown).toEqual({ plan: false, asOf: false });
  });

  it('checks the active sheet with the unit list, plan date and as-of date', async () => {
    expect(await pane.check()).toBe(true);
    const s = pane.getState();
    expect(s.busy).toBeNull();
    expect(s.checked!.tableRange).toBe('A3:F8');
    expect(s.checked!.units).toBeNull();
    expect(s.checked!.planDateFromTitle).toBe(true);
    expect(s.checked!.analysis.report.planDate).toBe('2022-03-31');
    expect(s.checked!.analysis.asOf).toBe(TODAY);
    expect(codes()).toEqual(findingsOf(sample()).map((f) => `${f.code}@${f.cell}`));
    expect(host.count('readActiveCells')).toBe(1);
    // Once: the unit list, the tracking layer and the score columns all look at the names read then.
    expect(host.count('readWorkbookInfo')).toBe(1);
  });

  it('reports messages in English when the host is English', async () => {
    const en = new PaneController(new FakeHost([sample()], 'en'), { today: TODAY });
    await en.check();
    expect(en.t.check).toBe('Check table');
    expect(en.getState().checked!.analysis.report.findings[0]!.message).toMatch(/^[\x20-\x7e“”’…]+$/u);
  });

  it('shows a host error with the host message and keeps working afterwards', async () => {
    host.fail.readActiveCells = new HostError('edit-mode', 'Excel đang ở chế độ sửa ô.');
    expect(await pane.check()).toBe(false);
    expect(pane.getState().error).toMatchObject({ intent: 'warning', message: 'Excel đang ở chế độ sửa ô.', reason: 'edit-mode' });
    expect(pane.getState().busy).toBeNull();
    expect(await pane.check()).toBe(true);
    expect(pane.getState().error).toBeNull();
  });

  it('is busy while a host call runs, and runs a re-check asked for meanwhile right after', async () => {
    const busyStates: (string | null)[] = [];
    pane.subscribe(() => busyStates.push(pane.getState().busy));
    const first = pane.check();
    expect(pane.getState().busy).toBe('check');
    expect(await pane.check()).toBe(false); // refused while busy, but queued
    await first;
    await vi.waitFor(() => expect(host.count('readActiveCells')).toBe(2));
    await vi.waitFor(() => expect(pane.getState().busy).toBeNull());
    expect(busyStates).toContain('check');
  });

  it('fixes one finding with its planned edits, records it for undo and re-checks', async () => {
    await pane.check();
    const stt = finding('stt-number-coerced');
    expect(await pane.fix(stt)).toBe(true);
    const { sheet, edits } = lastEdits(host);
    expect(sheet).toBe('Phụ lục');
    expect(edits).toEqual(stt.fix!.edits.map((e) => ({ ...e, beforeNumFmt: 'General' })));
    expect(host.cell('Phụ lục', 5, 1)).toBe('1.1');
    const s = pane.getState();
    expect(s.history).toHaveLength(1);
    expect(s.history[0]!.label).toContain('A5');
    expect(s.history[0]!.sheet).toBe('Phụ lục');
    expect(s.notice).toMatchObject({ intent: 'success' });
    expect(codes()).not.toContain('stt-number-coerced@A5'); // re-checked
    expect(host.count('readActiveCells')).toBe(2);
  });

  it('"Sửa tất cả" applies every fixable finding of the group as one undo step', async () => {
    host = new FakeHost([
      {
        ...table([
          [1.1, 'a', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
          [1.2, 'b', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
          [1.3, 'c', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
        ]),
      },
    ]);
    pane = new PaneController(host, { today: TODAY });
    await pane.check();
    const group = groupFindings(pane.getState().checked!.analysis.report.findings, 'vi')
      .flatMap((s) => s.groups)
      .find((g) => g.code === 'stt-number-coerced')!;
    expect(group.fixable).toBe(3);
    await pane.fixGroup(group);
    expect(host.count('writePlan')).toBe(1);
    expect(lastEdits(host).edits.map((e) => e.cell)).toEqual(['A4', 'A5', 'A6']);
    expect(pane.getState().history).toHaveLength(1);
    expect(pane.getState().history[0]!.label).toContain('3');
    expect(codes().filter((c) => c.startsWith('stt-number-coerced'))).toEqual([]);
  });

  it('reports cells changed since the check as conflicts and never forces them', async () => {
    await pane.check();
    const markup = finding('text-markup');
    host.sheets.get('Phụ lục')!.values[4]![1] = 'Người dùng vừa sửa ô này';
    await pane.fix(markup);
    expect(host.cell('Phụ lục', 5, 2)).toBe('Người dùng vừa sửa ô này');
    expect(host.count('readTargets')).toBe(1);
    expect(host.count('writePlan')).toBe(0);
    const s = pane.getState();
    expect(s.history).toHaveLength(0);
    expect(s.notice!.intent).toBe('warning');
    expect(s.notice!.lines.join(' ')).toContain('B5');
  });

  it('undoes exactly, newest first, several times', async () => {
    await pane.check();
    const original = structuredClone(host.sheets.get('Phụ lục')!.values);
    await pane.fix(finding('stt-number-coerced'));
    await pane.fix(finding('text-markup'));
    await pane.fix(finding('text-stray-apostrophe'));
    expect(pane.getState().history.map((e) => e.label)).toHaveLength(3);
    const newest = pane.getState().history[2]!;

    await pane.undo();
    const newestStep = newest.applied.steps[0] as Extract<WorkbookPlan['steps'][number], { kind: 'cells' }>;
    expect(lastEdits(host)).toEqual({ sheet: 'Phụ lục', edits: invertEdits(newestStep.edits) });
    expect(host.cell('Phụ lục', 6, 2)).toBe("'Kiểm tra nội bộ");
    expect(pane.getState().notice!.lines[0]).toContain(newest.label);
    await pane.undo();
    await pane.undo();
    expect(host.sheets.get('Phụ lục')!.values).toEqual(original);
    expect(pane.getState().history).toEqual([]);
    expect(codes()).toEqual(findingsOf(sample()).map((f) => `${f.code}@${f.cell}`));
    await pane.undo(); // nothing left: no write
    expect(host.count('writePlan')).toBe(6);
  });

  it('keeps what a write cut off part-way did write on the undo stack, and says why it stopped', async () => {
    host = new FakeHost([
      {
        ...table([
          [1.1, 'a', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
          [1.2, 'b', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
        ]),
      },
    ]);
    pane = new PaneController(host, { today: TODAY });
    await pane.check();
    // The host writes the first cell, then Excel refuses the rest (as a chunked write can end).
    const write = host.writePlan.bind(host);
    host.writePlan = async (plan) => {
      const step = plan.steps[0] as Extract<WorkbookPlan['steps'][number], { kind: 'cells' }>;
      const written: WorkbookPlan = { steps: [{ ...step, edits: step.edits.slice(0, 1) }] };
      await write(written);
      throw new PartialWriteError(new HostError('failed', 'Excel báo lỗi giữa chừng.'), written);
    };
    const group = groupFindings(pane.getState().checked!.analysis.report.findings, 'vi')
      .flatMap((s) => s.groups)
      .find((g) => g.code === 'stt-number-coerced')!;
    await pane.fixGroup(group);
    expect(pane.getState().error!.message).toBe('Excel báo lỗi giữa chừng.');
    expect(host.cell('Phụ lục', 4, 1)).toBe('1.1');
    expect(pane.getState().history).toHaveLength(1);
    host.writePlan = write;
    await pane.undo();
    expect(host.cell('Phụ lục', 4, 1)).toBe(1.1);
  });

  it('keeps the undo entry when the host refuses the undo', async () => {
    await pane.check();
    await pane.fix(finding('stt-number-coerced'));
    host.fail.writePlan = new HostError('protected', 'Trang tính đang được bảo vệ.');
    await pane.undo();
    expect(pane.getState().history).toHaveLength(1);
    expect(pane.getState().error!.message).toBe('Trang tính đang được bảo vệ.');
  });

  it('marks the findings, refreshes the marks after each re-check, and removes them', async () => {
    await pane.check();
    await pane.setMarksOn(true);
    expect(pane.getState().marksOn).toBe(true);
    expect(host.marks.get('Phụ lục')).toEqual(marksFor(pane.getState().checked!.analysis.report.findings));
    await pane.fix(finding('stt-number-coerced'));
    // Cleared and set again: the fixed cell is no longer marked (the fake host's setMarks is additive).
    expect(host.marks.get('Phụ lục')!.map((m) => m.cell)).not.toContain('A5');
    expect(host.marks.get('Phụ lục')).toEqual(marksFor(pane.getState().checked!.analysis.report.findings));
    await pane.clearMarks();
    expect(pane.getState().marksOn).toBe(false);
    expect(host.marks.has('Phụ lục')).toBe(false);
    const sets = host.count('setMarks');
    await pane.check();
    expect(host.count('setMarks')).toBe(sets);
  });

  it('turning marks on before any check checks first', async () => {
    await pane.setMarksOn(true);
    expect(host.count('readActiveCells')).toBe(1);
    expect(host.marks.get('Phụ lục')!.length).toBeGreaterThan(0);
  });

  it('a failed marking turns marks off and says why, keeping the results', async () => {
    await pane.check();
    host.fail.setMarks = new HostError('protected', 'Trang tính đang được bảo vệ.');
    await pane.setMarksOn(true);
    expect(pane.getState().marksOn).toBe(false);
    expect(pane.getState().error!.title).toBe(pane.t.errorTitle.mark);
    expect(pane.getState().checked).not.toBeNull();
  });

  it('live mode: re-checks ~600 ms after the last edit of the checked sheet; unsubscribes when off', async () => {
    vi.useFakeTimers();
    await pane.check();
    pane.setLive(true);
    await settle();
    expect(host.subscribers.sheet).toBe(1);
    host.userEdit(7, 3, 'Văn phòng');
    await vi.advanceTimersByTimeAsync(300);
    host.userEdit(7, 4, 'Báo cáo');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 1);
    expect(host.count('readActiveCells')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(host.count('readActiveCells')).toBe(2);
    expect(codes()).not.toContain('owner-missing@C7');

    pane.setLive(false);
    await settle();
    expect(host.subscribers.sheet).toBe(0);
    host.userEdit(7, 3, null);
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.count('readActiveCells')).toBe(2);
  });

  it('live mode ignores edits on other sheets', async () => {
    vi.useFakeTimers();
    await pane.check();
    pane.setLive(true);
    await settle();
    host.active = 'Ghi chú';
    host.userEdit(1, 1, 'x');
    host.active = 'Phụ lục';
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.count('readActiveCells')).toBe(1);
  });

  it('start() checks and follows the active sheet; dispose() unsubscribes everything', async () => {
    pane.setLive(true);
    pane.start();
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Phụ lục'));
    await vi.waitFor(() => expect(host.subscribers).toEqual({ sheet: 1, active: 1 }));
    await pane.setMarksOn(true);

    host.activateSheet('Ghi chú');
    expect(pane.getState().checked).toBeNull(); // old results cleared at once
    expect(pane.getState().switchingSheet).toBe(true);
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Ghi chú'));
    expect(pane.getState().checked!.tableRange).toBeNull();
    expect(pane.getState().checked!.analysis.report.findings.map((f) => f.code)).toEqual(['table-not-found']);
    expect(host.marks.has('Phụ lục')).toBe(false); // the other sheet's marks were removed

    pane.dispose();
    await settle();
    expect(host.subscribers).toEqual({ sheet: 0, active: 0 });
  });

  it('re-checks with a typed plan date (debounced), and back with the title date when cleared', async () => {
    vi.useFakeTimers();
    await pane.check();
    expect(pane.planInputValue()).toBe('31/03/2022'); // the title's date, dd/mm/yyyy
    pane.setPlanDate('10/5/2023');
    expect(pane.planInputValue()).toBe('10/5/2023'); // as typed
    expect(pane.getState().planDate).toBe('2023-05-10'); // kept ISO
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    await settle();
    expect(pane.getState().checked!.analysis.report.planDate).toBe('2023-05-10');
    expect(pane.getState().checked!.planDateFromTitle).toBe(false);

    pane.setPlanDate('10/05/20'); // half-typed: shown, not used
    expect(pane.planInputValue()).toBe('10/05/20');
    expect(pane.getState().planDate).toBe('2023-05-10');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(host.count('readActiveCells')).toBe(2);

    pane.setPlanDate('');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    await settle();
    expect(pane.getState().checked!.analysis.report.planDate).toBe('2022-03-31');
    expect(pane.getState().planDraft).toBeNull();
    expect(pane.planInputValue()).toBe('31/03/2022');
  });

  it('accepts d/m/yyyy, dd-mm-yyyy and dd.mm.yyyy, and shows them as dd/mm/yyyy once the field is left', async () => {
    vi.useFakeTimers();
    await pane.check();
    pane.setPlanDate('1.4.2022');
    expect(pane.getState().planDate).toBe('2022-04-01');
    pane.commitDate('plan'); // blur or Enter: canonical text, and the waiting re-check runs now
    expect(pane.planInputValue()).toBe('01/04/2022');
    await settle();
    expect(host.count('readActiveCells')).toBe(2);
    expect(pane.getState().checked!.analysis.report.planDate).toBe('2022-04-01');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS * 2);
    expect(host.count('readActiveCells')).toBe(2); // not again after the debounce

    pane.setAsOf('15-01-2023');
    expect(pane.getState().asOf).toBe('2023-01-15');
    pane.commitDate('asOf');
    expect(pane.getState().asOfDraft).toBe('15/01/2023');
    await settle();
    expect(pane.getState().checked!.analysis.asOf).toBe('2023-01-15');
    // Typing the same date again does not re-check.
    pane.setAsOf('15/01/2023');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    expect(host.count('readActiveCells')).toBe(3);
  });

  it('explains a refused date once the field is left, and until it is a date again', async () => {
    vi.useFakeTimers();
    await pane.check();
    pane.setPlanDate('31/02/202'); // still typing: no message yet
    expect(pane.dateProblem('plan')).toBeNull();
    pane.setPlanDate('31/02/2023');
    expect(pane.dateProblem('plan')).toBeNull();
    pane.commitDate('plan');
    expect(pane.getState().dateErrorShown.plan).toBe(true);
    expect(pane.dateProblem('plan')).toEqual({ kind: 'day', day: 31, month: 2, year: 2023, daysInMonth: 28 });
    expect(pane.planInputValue()).toBe('31/02/2023'); // kept for the user to correct
    pane.setPlanDate('31/02/20'); // correcting: the message follows the text
    expect(pane.dateProblem('plan')).toEqual({ kind: 'format' });
    pane.setPlanDate('28/02/2023');
    expect(pane.dateProblem('plan')).toBeNull();
    expect(pane.getState().dateErrorShown.plan).toBe(false);
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    await settle();
    expect(pane.getState().checked!.analysis.report.planDate).toBe('2023-02-28');
    expect(host.count('readActiveCells')).toBe(2); // the refused dates never re-checked

    pane.setAsOf('12/31/2022'); // US order
    pane.commitDate('asOf');
    expect(pane.dateProblem('asOf')).toEqual({ kind: 'month', month: 31 });
    expect(pane.getState().asOf).toBe(TODAY);
    pane.setAsOf('');
    expect(pane.dateProblem('asOf')).toBeNull();
  });

  it('re-checks with another as-of date; cleared means today', async () => {
    vi.useFakeTimers();
    await pane.check();
    pane.setAsOf('15/01/2023');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    await settle();
    expect(pane.getState().checked!.analysis.asOf).toBe('2023-01-15');
    pane.setAsOf('');
    expect(pane.getState().asOf).toBe(TODAY);
    expect(pane.getState().asOfDraft).toBe('');
    await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS);
    await settle();
    expect(pane.getState().checked!.analysis.asOf).toBe(TODAY);
  });

  it('on the unit list sheet, says how many units it lists instead of "no table"', async () => {
    const list: SheetSnapshot = {
      name: 'Danh mục',
      top: 1,
      left: 1,
      values: [
        ['Tên đơn vị', 'Viết tắt'],
        ['Văn phòng Sở', 'VP'],
        ['Phòng Tư pháp', null],
        ['Thanh tra', 'TTr'],
      ],
      merges: [],
      tables: [],
    };
    host = new FakeHost([sample(), list, emptySheet('Ghi chú')]);
    pane = new PaneController(host, { today: TODAY });
    pane.start();
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Phụ lục'));
    expect(pane.getState().checked!.unitListSheet).toBeNull();

    host.activateSheet('Danh mục');
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Danh mục'));
    const checked = pane.getState().checked!;
    expect(checked.unitListSheet!.map((u) => u.name)).toEqual(['Văn phòng Sở', 'Phòng Tư pháp', 'Thanh tra']);
    expect(checked.tableRange).toBeNull();

    host.activateSheet('Ghi chú');
    await vi.waitFor(() => expect(pane.getState().checked?.analysis.report.sheet).toBe('Ghi chú'));
    expect(pane.getState().checked!.unitListSheet).toBeNull(); // an ordinary sheet without a table
  });

  it('a plan table on a sheet named like a unit list is checked as a table', async () => {
    host = new FakeHost([sample('Danh mục nhiệm vụ')]);
    pane = new PaneController(host, { today: TODAY });
    await pane.check();
    expect(pane.getState().checked!.tableRange).toBe('A3:F8');
    expect(pane.getState().checked!.unitListSheet).toBeNull();
  });

  it('selects a finding’s cell on the checked sheet', async () => {
    await pane.check();
    await pane.selectCell('C7');
    expect(host.last('selectCell')!.args).toEqual(['Phụ lục', 'C7']);
    host.fail.selectCell = new HostError('not-found', 'Không thấy trang.');
    await pane.selectCell('C7');
    expect(pane.getState().error!.message).toBe('Không thấy trang.');
  });

  it('creates the unit list from the table, then owner-unknown findings come from the core', async () => {
    await pane.check();
    expect(pane.units.proposedUnits().map((u) => u.name)).toEqual(['Phòng Nội vụ', 'Phòng Tư pháp', 'Thanh tra', 'Văn phòng', 'VP']);
    await pane.units.create();
    // The core's list: the sheet "Danh mục" (STT | Tên đơn vị | Viết tắt) and the name DanhMucDonVi over the names.
    expect(host.sheets.get('Danh mục')!.values.slice(0, 2)).toEqual([['STT', 'Tên đơn vị', 'Viết tắt'], [1, 'Phòng Nội vụ']]);
    expect((await host.readWorkbookInfo()).names).toEqual([
      { name: 'DanhMucDonVi', scope: null, target: { sheet: 'Danh mục', range: { top: 2, left: 2, bottom: 6, right: 2 } } },
    ]);
    expect(pane.getState().checked!.units).toHaveLength(5);
    expect(pane.getState().notice!.intent).toBe('success');
    // The user reviews the list: keeps two units, gives Văn phòng its abbreviation.
    host.sheets.get('Danh mục')!.values = [['STT', 'Tên đơn vị', 'Viết tắt'], [1, 'Văn phòng', 'VP'], [2, 'Phòng Tư pháp'], [], [], []];
    await pane.check();
    expect(pane.getState().checked!.units).toHaveLength(2);
    expect(codes().filter((c) => c.startsWith('owner-unknown'))).toEqual(['owner-unknown@F4', 'owner-unknown@C8']);
  });

  it('undoes the creation of the unit list: its sheet and name go', async () => {
    await pane.check();
    await pane.units.create();
    expect(pane.getState().history).toHaveLength(1);
    await pane.undo();
    expect(host.sheets.has('Danh mục')).toBe(false);
    expect((await host.readWorkbookInfo()).names).toEqual([]);
  });

  it('adds dropdowns to the owner and product columns and says what was added or skipped', async () => {
    await pane.check();
    await pane.units.addDropdowns();
    expect(pane.getState().error!.message).toContain('DanhMucDonVi'); // the unit list comes first
    await pane.units.create();
    await pane.units.addDropdowns();
    const plan = host.last('writePlan')!.args[0] as WorkbookPlan;
    expect(plan.steps.flatMap((s) => (s.kind === 'addValidation' ? [[s.sheet, rangeAddress(s.range), 'name' in s.list ? s.list.name : '']] : []))).toEqual([
      ['Phụ lục', 'C4:C8', 'DanhMucDonVi'],
      ['Phụ lục', 'D4:D8', 'DanhMucSanPham'],
    ]);
    // The product list went beside the units, under its own name.
    expect(host.sheets.get('Danh mục')!.values[1]![4]).toBe('Kế hoạch');
    expect(pane.getState().notice!.lines.join(' ')).toContain('C4:C8');
    await pane.units.addDropdowns();
    expect(pane.getState().notice!.lines.join(' ')).toContain(pane.t.dropdownsSkipped('').slice(0, 8));
  });

  it('exports the findings as CSV named after the sheet', async () => {
    const saved: [string, string][] = [];
    pane = new PaneController(host, { today: TODAY, download: (name, text) => saved.push([name, text]) });
    expect(pane.exportReport()).toBeNull();
    await pane.check();
    expect(pane.exportReport()).toBe('bao-cao-kiem-tra-Phụ lục.csv');
    expect(saved[0]![0]).toBe('bao-cao-kiem-tra-Phụ lục.csv');
    expect(saved[0]![1].startsWith('\ufeffTrang,Mức độ,Mã')).toBe(true);
    expect(saved[0]![1]).toContain('stt-number-coerced');
  });
});

// ================================================================================================
// Keeping the view in place across a fix (scrollAnchor.ts), on a tiny fake of the DOM: block layout
// (an element is as tall as its children, a leaf as its `h`) inside one scrolling container.

class FakeDoc {
  readonly body = {} as unknown;
  readonly documentElement = {} as unknown;
  readonly scrollingElement = null;
  readonly defaultView = { getComputedStyle: (el: FakeEl) => ({ overflowY: el.overflowY }) };
  root!: FakeEl;
}

class FakeEl {
  parentElement: FakeEl | null = null;
  children: FakeEl[] = [];
  overflowY = 'visible';
  clientHeight = 0;
  private top = 0;
  constructor(
    readonly ownerDocument: FakeDoc,
    readonly tag: string,
    readonly attrs: Record<string, string> = {},
    public h = 0,
  ) {}
  append(...kids: FakeEl[]): this {
    for (const k of kids) {
      k.parentElement = this;
      this.children.push(k);
    }
    return this;
  }
  remove(): void {
    const p = this.parentElement;
    if (p) p.children.splice(p.children.indexOf(this), 1);
    this.parentElement = null;
  }
  get isConnected(): boolean {
    let e: FakeEl | null = this;
    while (e.parentElement) e = e.parentElement;
    return e === this.ownerDocument.root;
  }
  get height(): number {
    return this.children.length ? this.children.reduce((n, c) => n + c.height, 0) : this.h;
  }
  get scrollHeight(): number {
    return this.height;
  }
  get scrollTop(): number {
    return this.top;
  }
  set scrollTop(v: number) {
    this.top = Math.max(0, Math.min(v, this.scrollHeight - this.clientHeight));
  }
  private sibling(d: number): FakeEl | null {
    const p = this.parentElement;
    return p ? (p.children[p.children.indexOf(this) + d] ?? null) : null;
  }
  get nextElementSibling() {
    return this.sibling(1);
  }
  get previousElementSibling() {
    return this.sibling(-1);
  }
  matches(selector: string): boolean {
    const m = /^([a-z]*)\[([a-z-]+)(?:="([^"]*)")?\]$/.exec(selector);
    if (!m) throw new Error(`fake DOM: selector ${selector}`);
    return (!m[1] || m[1] === this.tag) && m[2]! in this.attrs && (m[3] === undefined || this.attrs[m[2]!] === m[3]);
  }
  closest(selector: string): FakeEl | null {
    for (let e: FakeEl | null = this; e; e = e.parentElement) if (e.matches(selector)) return e;
    return null;
  }
  querySelectorAll(selector: string): FakeEl[] {
    return this.children.flatMap((c) => [...(c.matches(selector) ? [c] : []), ...c.querySelectorAll(selector)]);
  }
  /** Viewport top: offset in the document minus the scroller's scrollTop. */
  getBoundingClientRect() {
    let y = 0;
    let scroll = 0;
    for (let e: FakeEl = this; e.parentElement; e = e.parentElement) {
      const p = e.parentElement;
      for (const c of p.children) {
        if (c === e) break;
        y += c.height;
      }
      if (p.overflowY === 'auto') scroll += p.scrollTop;
    }
    return { top: y - scroll };
  }
}

describe('keeping the view in place across a fix', () => {
  /** aside (scrolls, 300 px) > pane > notice, heading, findings > groups > ul > items (40 px each). */
  function layout() {
    const doc = new FakeDoc();
    const el = (tag: string, attrs: Record<string, string> = {}, h = 0) => new FakeEl(doc, tag, attrs, h);
    const aside = el('aside');
    aside.overflowY = 'auto';
    aside.clientHeight = 300;
    doc.root = el('html').append(aside);
    const notice = el('div', {}, 0);
    const heading = el('h2', {}, 30);
    const groups = ['error:a', 'warning:b', 'info:c'].map((key, g) => {
      const fixAll = el('button', {}, 30);
      const items = Array.from({ length: 4 }, (_, i) => el('li', { 'data-code': key, 'data-cell': `A${g * 10 + i}` }, 40).append(el('span', {}, 40)));
      return { group: el('div', { 'data-group-key': key }).append(el('div', {}, 30), fixAll, el('ul').append(...items)), fixAll, items };
    });
    const findings = el('div', { 'data-findings': '' }).append(...groups.map((g) => g.group));
    aside.append(el('div').append(el('div', {}, 200), notice, heading, findings, el('div', {}, 600)));
    return { aside, notice, heading, groups };
  }
  const top = (e: FakeEl) => e.getBoundingClientRect().top;
  const asEl = (e: FakeEl) => e as unknown as Element;

  it('"Sửa" on an item: the next item takes its place, whatever appears above', () => {
    const { aside, notice, heading, groups } = layout();
    aside.scrollTop = 400;
    const [, , third, fourth] = groups[0]!.items;
    const before = top(third!);
    const anchor = captureAnchor(asEl(third!.children[0]!), asEl(heading))!;
    third!.remove();
    notice.h = 70; // "Đã sửa" appears above the results
    expect(restoreAnchor(anchor)).toBe(true);
    expect(top(fourth!)).toBe(before);
  });

  it('the last item of a group: the items before it stay where they were', () => {
    const { aside, notice, heading, groups } = layout();
    aside.scrollTop = 400;
    const [, , third, fourth] = groups[0]!.items;
    const before = top(third!);
    const anchor = captureAnchor(asEl(fourth!), asEl(heading))!;
    fourth!.remove();
    notice.h = 70;
    restoreAnchor(anchor);
    expect(top(third!)).toBe(before);
  });

  it('a fix refused as a conflict leaves the item where it was', () => {
    const { aside, notice, heading, groups } = layout();
    aside.scrollTop = 350;
    const item = groups[1]!.items[1]!;
    const before = top(item);
    const anchor = captureAnchor(asEl(item), asEl(heading))!;
    notice.h = 90;
    restoreAnchor(anchor);
    expect(top(item)).toBe(before);
  });

  it('"Sửa tất cả": the group stays if anything is left in it, else the next group takes its place', () => {
    const { aside, notice, heading, groups } = layout();
    aside.scrollTop = 500;
    const [first, second] = groups;
    const before = top(first!.group);
    let anchor = captureAnchor(asEl(first!.fixAll), asEl(heading))!;
    first!.items.slice(1).forEach((i) => i.remove()); // one item could not be fixed
    notice.h = 70;
    restoreAnchor(anchor);
    expect(top(first!.group)).toBe(before);

    anchor = captureAnchor(asEl(first!.fixAll), asEl(heading))!;
    first!.group.remove();
    notice.h = 40;
    restoreAnchor(anchor);
    expect(top(second!.group)).toBe(before);
  });

  it('the last group gone: the group before it stays; nothing left: the results heading stays', () => {
    const { aside, notice, heading, groups } = layout();
    aside.scrollTop = 600;
    const [, second, third] = groups;
    const secondBefore = top(second!.group);
    let anchor = captureAnchor(asEl(third!.fixAll), asEl(heading))!;
    third!.group.remove();
    notice.h = 70;
    restoreAnchor(anchor);
    expect(top(second!.group)).toBe(secondBefore);

    const other = layout();
    other.aside.scrollTop = 150;
    const headingBefore = top(other.heading);
    anchor = captureAnchor(asEl(other.groups[0]!.fixAll), asEl(other.heading))!;
    other.groups.forEach((g) => g.group.remove());
    other.notice.h = 70;
    expect(restoreAnchor(anchor)).toBe(true);
    expect(top(other.heading)).toBe(headingBefore);
  });

  it('needs an item or a group to start from', () => {
    const { heading } = layout();
    expect(captureAnchor(asEl(heading), asEl(heading))).toBeNull();
  });
});
