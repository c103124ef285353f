/**
 * The task pane's markup, rendered with react-dom/server against a fake WorkbookAdapter: title, the
 * controls with their accessible names (a contract for the end-to-end tests), live regions, and no
 * HTML injection from cell text. Browser behaviour (clicks, fixes, undo, live mode, axe) is tested
 * end to end in the preview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import type { Finding, Lang, SheetReport } from '../src/core/report';
import type { SheetSnapshot } from '../src/core/snapshot';
import { ruleInfo } from '../src/core/rules';
import type { WorkbookAdapter } from '../src/core/workbook/adapter';
import { stringsFor } from '../src/taskpane/i18n';
import { LONG_WAIT_MS, busyLabel } from '../src/taskpane/Toolbar';
import { PaneController } from '../src/taskpane/controller';
import { FindingsView, ReportOutcome, SummaryCounts, UnitListSheetInfo, itemKeys, type FindingActions } from '../src/taskpane/Results';
import { PaneHeader, TaskPane } from '../src/taskpane/TaskPane';
import { attr, buttonNames, inProvider, text } from './helpers/markup';
import { table } from './helpers/table';

// ------------------------------------------------------------------------------------------------

function fakeHost(lang: Lang = 'vi'): WorkbookAdapter & { calls: string[] } {
  const calls: string[] = [];
  const fail = (name: string) => async () => {
    calls.push(name);
    throw new Error(`${name} must not run during a static render`);
  };
  return {
    lang,
    calls,
    readActiveCells: fail('readActiveCells'),
    readFormats: fail('readFormats'),
    readWorkbookInfo: fail('readWorkbookInfo'),
    readCells: fail('readCells'),
    readTargets: fail('readTargets'),
    writePlan: fail('writePlan'),
    selectCell: fail('selectCell'),
    setMarks: fail('setMarks'),
    clearMarks: fail('clearMarks'),
    onSheetChanged: fail('onSheetChanged'),
    onActiveSheetChanged: fail('onActiveSheetChanged'),
  } as WorkbookAdapter & { calls: string[] };
}

/** Every <input>: its id has a <label for>, or it has aria-label / aria-labelledby. */
function unlabelledInputs(html: string): string[] {
  const labels = new Set([...html.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<input\b([^>]*)\/?>/g)]
    .map((m) => m[1]!)
    .filter((a) => !attr(a, 'aria-label') && !attr(a, 'aria-labelledby') && !labels.has(attr(a, 'id') ?? '\0'));
}

/** The markup with every quoted attribute value emptied: what is left are tags and attribute names. */
const tagsOnly = (html: string) => html.replace(/="[^"]*"/g, '=""');

/** Levels of the headings, in document order: [1, 2, 2] for <h1>…<h2>…<h2>. */
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));

/** The <input> whose <label for> has this text. */
function inputLabelled(html: string, label: string): string {
  const m = new RegExp(`<label\\b[^>]*\\sfor="([^"]+)"[^>]*>${label}<`).exec(html);
  if (!m) throw new Error(`no label ${label}`);
  const input = new RegExp(`<input\\b[^>]*\\sid="${m[1]}"[^>]*>`).exec(html);
  if (!input) throw new Error(`no input for ${label}`);
  return input[0];
}

/** Text of the elements an aria-describedby points at. */
const describedBy = (html: string, el: string) =>
  (attr(el, 'aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</div>`).exec(html)?.[1] ?? ''));

const noActions: FindingActions = { busy: false, onSelect: () => undefined, onFix: () => undefined, onFixGroup: () => undefined };

// ------------------------------------------------------------------------------------------------

describe('TaskPane initial markup', () => {
  const host = fakeHost();
  const html = renderToString(<TaskPane host={host} today="2024-05-20" />);

  it('renders the title, the not-yet-checked state and the as-of date (today)', () => {
    expect(html).toContain('<h1');
    expect(text(html)).toContain('CCHC Phụ lục');
    expect(text(html)).toContain(stringsFor('vi').notCheckedYet);
    expect(text(html)).toContain('Tính đến');
    expect(text(html)).toContain('Ngày kế hoạch');
    expect(text(html)).toContain('Danh mục đơn vị');
  });

  it('takes dates as dd/mm/yyyy text, not as a native date input that follows the browser locale', () => {
    expect(html).not.toContain('type="date"');
    const asOf = inputLabelled(html, 'Tính đến');
    expect(attr(asOf, 'type')).toBe('text');
    expect(attr(asOf, 'value')).toBe('20/05/2024');
    expect(attr(asOf, 'placeholder')).toBe('dd/mm/yyyy');
    expect(attr(asOf, 'aria-invalid')).not.toBe('true');
    const plan = inputLabelled(html, 'Ngày kế hoạch');
    expect(attr(plan, 'type')).toBe('text');
    expect(attr(plan, 'value')).toBe(''); // not checked yet: the title's date is not known
    // The format is part of each field's description (its hint), for screen readers too.
    expect(describedBy(html, asOf).join(' ')).toContain('dd/mm/yyyy');
    expect(describedBy(html, asOf).join(' ')).toContain(stringsFor('vi').asOfHint);
    expect(describedBy(html, plan).join(' ')).toContain('dd/mm/yyyy');
  });

  it('is the page’s h1 in Excel, and an h2 with every heading one level lower when embedded', () => {
    // title, "Kết quả kiểm tra", "Danh mục đơn vị", "Theo dõi hạn", "Kế hoạch khắc phục"
    expect(headingLevels(html)).toEqual([1, 2, 2, 2, 2]);
    const embedded = renderToString(<TaskPane host={fakeHost()} today="2024-05-20" embedded />);
    expect(headingLevels(embedded)).toEqual([2, 3, 3, 3, 3]);
    // Same look: the same classes on the title either way.
    const title = (h: string) => /<h[12]\b[^>]*class="([^"]*)"[^>]*>CCHC Phụ lục<\/h[12]>/.exec(h)?.[1];
    expect(title(embedded)).toBeTruthy();
    expect(title(embedded)).toBe(title(html));
  });

  it('names its controls exactly as the end-to-end contract says', () => {
    const names = buttonNames(html);
    for (const name of ['Kiểm tra bảng', 'Đánh dấu trên bảng', 'Bỏ đánh dấu', 'Hoàn tác', 'Xuất báo cáo']) expect(names).toContain(name);
    expect(names.every((n) => n.length > 0)).toBe(true);
    const sw = /<input\b([^>]*role="switch"[^>]*)\/?>/.exec(html)!;
    const id = attr(sw[1]!, 'id')!;
    expect(html).toMatch(new RegExp(`<label[^>]*for="${id}"[^>]*>Tự kiểm tra khi sửa bảng</label>`));
    expect(unlabelledInputs(html)).toEqual([]);
  });

  it('"Hoàn tác" says what it will undo (nothing yet) through aria-describedby', () => {
    const m = /<button\b([^>]*)>(?:(?!<\/button>)[\s\S])*Hoàn tác<\/button>/.exec(html)!;
    const describedBy = attr(m[1]!, 'aria-describedby')!;
    expect(describedBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`id="${describedBy}"[^>]*>${stringsFor('vi').nothingToUndo}<`));
    expect(attr(m[1]!, 'aria-disabled')).toBe('true'); // nothing to undo, but still focusable
  });

  it('has a polite live region for the counts and results, and no landmark that could clash with the page', () => {
    expect(html).toContain('aria-live="polite"');
    expect(html).toMatch(/role="status"/);
    expect(html).not.toMatch(/<(main|header|footer|nav)\b/);
  });

  it('brings its own theme when alone, and uses the surrounding FluentProvider otherwise', () => {
    expect(html.match(/fui-FluentProvider\b/g)?.length).toBe(1);
    const nested = inProvider(<TaskPane host={fakeHost()} />);
    expect(nested.match(/class="fui-FluentProvider\b/g)?.length).toBe(1);
  });

  it('does not call the host while rendering', () => {
    expect(host.calls).toEqual([]);
  });

  it('is in English when the host is', () => {
    const en = renderToString(<TaskPane host={fakeHost('en')} />);
    const names = buttonNames(en);
    for (const name of ['Check table', 'Mark on sheet', 'Remove marks', 'Undo', 'Export report']) expect(names).toContain(name);
    expect(en).toContain('lang="en"');
    expect(text(en)).toContain('Check as I edit');
  });
});

describe('results markup', () => {
  const t = stringsFor('vi');
  const XSS = '<img src=x onerror=alert(1)>';

  function snapshot(): SheetSnapshot {
    return table([
      [1, 'Công tác chỉ đạo', 'Văn phòng', 'Kế hoạch', 'Tháng 6'],
      [1.1, 'Tuyên truyền', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
      [1.2, 'Nội dung <i>in nghiêng</i>', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
      [2, 'Việc thiếu chủ trì', null, 'Báo cáo', 'Tháng 12'],
    ]);
  }
  const checked = analyzeSheet(snapshot(), { asOf: '2022-08-01' }).report;
  // Messages quote cell text; these carry hostile cell text as it could reach a message.
  const hostile: Finding[] = [
    { code: 'time-unparsed', severity: 'warning', cell: 'E9', row: 9, column: 'time', message: `Không đọc được thời gian “${XSS}”.`, fix: null },
    {
      code: 'text-whitespace',
      severity: 'info',
      cell: 'B10',
      row: 10,
      column: 'criterion',
      message: `Ô có khoảng trắng thừa (“ <script>alert(2)</script> ”).`,
      fix: { label: 'Bỏ khoảng trắng thừa', edits: [{ cell: 'B10', row: 10, col: 2, value: '<script>alert(2)</script>', before: ' <script>alert(2)</script> ' }] },
    },
  ];
  const report: SheetReport = { ...checked, findings: [...checked.findings, ...hostile] };

  it('the sample has the findings this test relies on', () => {
    const codes = checked.findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['stt-number-coerced@A5', 'stt-number-coerced@A6', 'text-markup@B6', 'owner-missing@C7']));
  });

  const html = inProvider(<FindingsView t={t} findings={report.findings} lang="vi" actions={noActions} />);

  it('never renders cell text as HTML', () => {
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<script\b/i);
    expect(tagsOnly(html)).not.toMatch(/<[^>]*\sonerror=/i); // never an attribute (inside a quoted value it is text)
    // …but shown, as text, exactly as the cell holds it.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain(`Không đọc được thời gian “${XSS}”.`);
    expect(text(html)).toContain('<script>alert(2)</script>');
  });

  it('gives every finding item data-code and data-cell, and a real button that selects its cell', () => {
    const items = [...html.matchAll(/<li\b([^>]*)>([\s\S]*?)<\/li>/g)].filter((m) => attr(m[1]!, 'data-code'));
    expect(items.map((m) => `${attr(m[1]!, 'data-code')}@${attr(m[1]!, 'data-cell')}`).sort()).toEqual(
      report.findings.map((f) => `${f.code}@${f.cell ?? ''}`).sort(),
    );
    for (const [, attrs, inner] of items) {
      // The <li> itself is not interactive: no tabindex, no role, no handler.
      expect(attr(attrs!, 'tabindex')).toBeNull();
      expect(attr(attrs!, 'role')).toBeNull();
      const cell = attr(attrs!, 'data-cell')!;
      const finding = report.findings.find((f) => f.code === attr(attrs!, 'data-code') && (f.cell ?? '') === cell)!;
      const buttons = [...inner!.matchAll(/<button\b([^>]*)>/g)].map((m) => m[1]!);
      // First the jump button (its name says what it does), then "Sửa" when there is a fix.
      expect(attr(buttons[0]!, 'type')).toBe('button');
      expect(attr(buttons[0]!, 'aria-label')).toBe(`Chọn ô ${cell}: ${finding.message}`);
      expect(buttonNames(inner!)).toEqual([`Chọn ô ${cell}: ${finding.message}`, ...(finding.fix ? ['Sửa'] : [])]);
      // Visible: the cell and the message, inside the jump button.
      const jump = /<button\b[^>]*>([\s\S]*?)<\/button>/.exec(inner!)![1]!;
      expect(text(jump)).toContain(cell);
      expect(text(jump)).toContain(finding.message);
    }
  });

  it('never nests one control in another', () => {
    for (const m of html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)) {
      expect(m[1]).not.toMatch(/<(button|a|input|select|textarea)\b|tabindex="0"|role="button"/);
    }
  });

  it('an item about the whole table has no jump button, only its text', () => {
    const tableLevel: Finding = {
      code: 'plan-year-unknown',
      severity: 'info',
      cell: null,
      row: null,
      column: null,
      message: 'Không thấy ngày hay năm của kế hoạch.',
      fix: null,
    } as unknown as Finding;
    const out = inProvider(<FindingsView t={t} findings={[tableLevel]} lang="vi" actions={noActions} />);
    const item = /<li\b([^>]*)>([\s\S]*?)<\/li>/.exec(out)!;
    expect(attr(item[1]!, 'data-cell')).toBe('');
    expect(item[2]).not.toContain('<button');
    expect(text(item[2]!)).toBe('Gợi ý: Cả bảng Không thấy ngày hay năm của kế hoạch.');
  });

  it('keys items by finding, not by position', () => {
    const f = (code: string, cell: string | null) => ({ code, cell }) as Finding;
    expect(itemKeys([f('a', 'A1'), f('a', 'A2'), f('a', 'A1'), f('b', null)])).toEqual(['a|A1|0', 'a|A2|0', 'a|A1|1', 'b||0']);
    // Removing the first item does not change the others' keys.
    expect(itemKeys([f('a', 'A2'), f('a', 'A1'), f('b', null)])).toEqual(['a|A2|0', 'a|A1|0', 'b||0']);
  });

  it('names the jump buttons in English when the pane is', () => {
    const en = stringsFor('en');
    const out = inProvider(<FindingsView t={en} findings={[hostile[1]!]} lang="en" actions={noActions} />);
    expect(buttonNames(out)).toContain(`Select cell B10: ${hostile[1]!.message}`);
    expect(buttonNames(out)).toContain('Fix');
  });

  it('groups by severity (icon + word + count) and kind (title + count), with the rule’s help', () => {
    const h3 = [...html.matchAll(/<h3\b[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => m[1]!);
    expect(h3.map(text)).toEqual(['Lỗi (3)', 'Cảnh báo (2)', 'Gợi ý (1)']);
    for (const h of h3) expect(h).toContain('<svg');
    const h4 = [...html.matchAll(/<h4\b[^>]*>([\s\S]*?)<\/h4>/g)].map((m) => text(m[1]!));
    expect(h4).toHaveLength(5);
    expect(h4[0]).toMatch(/\(2\)$/); // stt-number-coerced: A5, A6
    expect(h4.every((h) => /^\S.* \(\d+\)$/.test(h))).toBe(true);
    expect(text(html)).toContain(ruleInfo('stt-number-coerced', 'vi')!.help);
    expect(html).toContain('aria-expanded="true"');
  });

  it('offers "Sửa" on fixable items and "Sửa tất cả (n)" with n = fixable findings of the group', () => {
    const names = buttonNames(html);
    const fixable = report.findings.filter((f) => f.fix).length;
    expect(names.filter((n) => n === 'Sửa')).toHaveLength(fixable);
    const stt = report.findings.filter((f) => f.code === 'stt-number-coerced' && f.fix).length;
    expect(names).toContain(`Sửa tất cả (${stt})`);
    // No "Sửa" on the owner-missing item (nothing safe to write there): only its jump button.
    const ownerItem = /<li\b[^>]*data-code="owner-missing"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(buttonNames(ownerItem)).toEqual([expect.stringMatching(/^Chọn ô C7: /)]);
    // The "Sửa" button sits inside its item (so automation can find it from data-cell), after the jump button.
    const sttItem = /<li\b[^>]*data-code="stt-number-coerced"[^>]*data-cell="A5"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(buttonNames(sttItem)).toEqual([expect.stringMatching(/^Chọn ô A5: /), 'Sửa']);
  });

  it('reads each item with its severity word, not only its colour', () => {
    const ownerItem = /<li\b[^>]*data-code="owner-missing"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(text(ownerItem)).toMatch(/^Lỗi: C7 /);
    expect(ownerItem).toContain('<svg');
  });

  it('counts per severity with an icon and a word', () => {
    const counts = inProvider(<SummaryCounts t={t} findings={report.findings} />);
    expect(text(counts)).toBe('3 Lỗi 2 Cảnh báo 1 Gợi ý');
    expect(counts.match(/<svg/g)?.length).toBe(3);
  });

  it('says "Không có vấn đề nào" for a clean table', () => {
    const clean: SheetReport = { ...report, findings: [] };
    const out = inProvider(<ReportOutcome t={t} report={clean} lang="vi" />);
    expect(text(out)).toContain('Không có vấn đề nào');
  });

  it('explains a missing table with the message and a hint, as a finding item', () => {
    const none = analyzeSheet({ name: 'Trang <b>1</b>', top: 1, left: 1, values: [['x']], merges: [], tables: [] }, { asOf: '2022-08-01' }).report;
    const out = inProvider(<ReportOutcome t={t} report={none} lang="vi" />);
    expect(out).toMatch(/data-code="table-not-found"/);
    expect(text(out)).toContain('Không tìm thấy bảng');
    expect(text(out)).toContain(t.tableNotFoundHint);
    expect(out).not.toContain('<b>1</b>');
  });

  it('on the unit list sheet: a neutral note with the number of units, no finding and no counts', () => {
    const out = inProvider(<UnitListSheetInfo t={t} units={[{ name: 'Văn phòng Sở', aliases: ['VP'] }, { name: 'Thanh tra' }]} />);
    expect(text(out)).toContain('Đây là trang danh mục đơn vị: 2 đơn vị.');
    expect(text(out)).toContain(t.unitListSheetDetail);
    expect(out).not.toContain('data-code');
    expect(out).not.toMatch(/Không tìm thấy bảng|Lỗi/);
    expect(text(inProvider(<UnitListSheetInfo t={stringsFor('en')} units={[{ name: 'A' }]} />))).toContain('This is the unit list sheet: 1 unit.');
  });

  it('shows a long list a page at a time', () => {
    const many: Finding[] = Array.from({ length: 130 }, (_, i) => ({
      code: 'text-whitespace',
      severity: 'info',
      cell: `B${i + 4}`,
      row: i + 4,
      column: 'criterion',
      message: 'Khoảng trắng thừa',
      fix: null,
    }));
    const out = inProvider(<FindingsView t={t} findings={many} lang="vi" actions={noActions} />);
    expect(out.match(/data-code="text-whitespace"/g)).toHaveLength(100);
    expect(buttonNames(out)).toContain(t.showMore(30));
  });
});

describe('date fields', () => {
  const render = (controller: PaneController) =>
    inProvider(<PaneHeader t={controller.t} state={controller.getState()} level={1} planValue={controller.planInputValue()} controller={controller} />);

  it('show no message while a date is being typed, and a clear one once the field is left', () => {
    const pane = new PaneController(fakeHost(), { today: '2024-05-20' });
    pane.setPlanDate('31/02/2023');
    let html = render(pane);
    let plan = inputLabelled(html, 'Ngày kế hoạch');
    expect(attr(plan, 'value')).toBe('31/02/2023');
    expect(attr(plan, 'aria-invalid')).not.toBe('true');
    expect(text(html)).not.toContain('Không có ngày');

    pane.commitDate('plan');
    html = render(pane);
    plan = inputLabelled(html, 'Ngày kế hoạch');
    expect(attr(plan, 'aria-invalid')).toBe('true');
    const message = 'Không có ngày 31/2/2023: tháng 2/2023 có 28 ngày.';
    expect(text(html)).toContain(message);
    expect(describedBy(html, plan).join(' ')).toContain(message);
    expect(describedBy(html, plan).join(' ')).toContain('dd/mm/yyyy'); // the format stays in view
    // The other field is not affected.
    expect(attr(inputLabelled(html, 'Tính đến'), 'aria-invalid')).not.toBe('true');
    pane.dispose();
  });

  it('say what an empty "Tính đến" means, in English too', () => {
    const pane = new PaneController(fakeHost('en'), { today: '2024-05-20' });
    pane.setAsOf('');
    const html = render(pane);
    const asOf = inputLabelled(html, 'As of');
    expect(attr(asOf, 'value')).toBe('');
    expect(describedBy(html, asOf).join(' ')).toContain('Left empty: as of today (20/05/2024).');
    pane.setAsOf('5/13/2024');
    pane.commitDate('asOf');
    expect(text(render(pane))).toContain('There is no month 13: months go from 1 to 12.');
    pane.dispose();
  });
});

describe('task pane sources', () => {
  const dir = join(__dirname, '..', 'src', 'taskpane');
  const files = readdirSync(dir).filter((f) => /\.(ts|tsx|html)$/.test(f));

  it('never inject HTML', () => {
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it('make no network requests and load no remote fonts or images', () => {
    for (const f of files.filter((x) => !x.endsWith('.html'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|https?:\/\//);
    }
  });
});

describe('hidden rows', () => {
  it('an item on a hidden or filtered-out row says so', async () => {
    const { FindingItem } = await import('../src/taskpane/Results');
    const finding = { code: 'owner-missing', severity: 'error' as const, cell: 'C5', row: 5, column: 'owner' as const, message: 'Nhiệm vụ “X” chưa có đơn vị chủ trì.', fix: null, data: { hiddenRow: true } };
    const html = inProvider(
      <ul>
        <FindingItem t={stringsFor('vi')} finding={finding} actions={{ busy: false, onSelect: () => {}, onFix: () => {} } as never} />
      </ul>,
    );
    expect(html).toContain('dòng đang ẩn');
  });
});

describe('a long wait', () => {
  it('says that Excel may be waiting for Enter once an operation runs long (issue 8 #5)', () => {
    const t = stringsFor('vi');
    expect(busyLabel(t, 'fix', false)).toBe('Đang sửa…');
    expect(busyLabel(t, 'fix', true)).toBe('Đang sửa… Excel đang chờ: nếu bạn đang nhập một ô, hãy nhấn Enter.');
    expect(busyLabel(stringsFor('en'), 'check', true)).toBe('Checking… Excel is waiting: if you are typing in a cell, press Enter.');
    expect(LONG_WAIT_MS).toBeGreaterThanOrEqual(1000);
  });
});
