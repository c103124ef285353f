/**
 * The task pane's markup, rendered with react-dom/server against a fake WorkbookHost: title, the
 * controls with their accessible names (a contract for the end-to-end tests), live regions, and no
 * HTML injection from cell text. Browser behaviour (clicks, fixes, undo, live mode, axe) is tested
 * end to end in the preview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import type { Finding, Lang, SheetReport } from '../src/core/report';
import type { SheetSnapshot } from '../src/core/snapshot';
import { ruleInfo } from '../src/core/rules';
import type { WorkbookHost } from '../src/hosts/host';
import { stringsFor } from '../src/taskpane/i18n';
import { FindingsView, ReportOutcome, SummaryCounts, type FindingActions } from '../src/taskpane/Results';
import { TaskPane } from '../src/taskpane/TaskPane';
import { table } from './helpers/table';

// ------------------------------------------------------------------------------------------------

function fakeHost(lang: Lang = 'vi'): WorkbookHost & { calls: string[] } {
  const calls: string[] = [];
  const fail = (name: string) => async () => {
    calls.push(name);
    throw new Error(`${name} must not run during a static render`);
  };
  return {
    lang,
    calls,
    readActiveSheet: fail('readActiveSheet'),
    readUnitList: fail('readUnitList'),
    applyEdits: fail('applyEdits'),
    selectCell: fail('selectCell'),
    setMarks: fail('setMarks'),
    clearMarks: fail('clearMarks'),
    onSheetChanged: fail('onSheetChanged'),
    onActiveSheetChanged: fail('onActiveSheetChanged'),
    createUnitList: fail('createUnitList'),
    addDropdowns: fail('addDropdowns'),
  } as WorkbookHost & { calls: string[] };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
const text = (html: string) =>
  decode(html.replace(/<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const attr = (attrs: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : null;
};

/** Accessible names of the buttons: aria-label, else their text. */
function buttonNames(html: string): string[] {
  return [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((m) => attr(m[1]!, 'aria-label') ?? text(m[2]!));
}

/** Every <input>: its id has a <label for>, or it has aria-label / aria-labelledby. */
function unlabelledInputs(html: string): string[] {
  const labels = new Set([...html.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<input\b([^>]*)\/?>/g)]
    .map((m) => m[1]!)
    .filter((a) => !attr(a, 'aria-label') && !attr(a, 'aria-labelledby') && !labels.has(attr(a, 'id') ?? '\0'));
}

const inProvider = (node: React.ReactNode) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const noActions: FindingActions = { busy: false, onSelect: () => undefined, onFix: () => undefined, onFixGroup: () => undefined };

// ------------------------------------------------------------------------------------------------

describe('TaskPane initial markup', () => {
  const host = fakeHost();
  const html = renderToString(<TaskPane host={host} today="2024-05-20" />);

  it('renders the title, the not-yet-checked state and the as-of date (today)', () => {
    expect(html).toContain('<h1');
    expect(text(html)).toContain('CCHC Phụ lục');
    expect(text(html)).toContain(stringsFor('vi').notCheckedYet);
    expect(html).toMatch(/<input[^>]*type="date"[^>]*value="2024-05-20"/);
    expect(text(html)).toContain('Tính đến');
    expect(text(html)).toContain('Ngày kế hoạch');
    expect(text(html)).toContain('Danh mục đơn vị');
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
    expect(html).not.toMatch(/<[^>]*\sonerror=/i); // never an attribute
    // …but shown, as text, exactly as the cell holds it.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(html)).toContain(`Không đọc được thời gian “${XSS}”.`);
    expect(text(html)).toContain('<script>alert(2)</script>');
  });

  it('gives every finding item data-code and data-cell, and makes cell items focusable', () => {
    const items = [...html.matchAll(/<li\b([^>]*)>/g)].map((m) => m[1]!).filter((a) => attr(a, 'data-code'));
    expect(items.map((a) => `${attr(a, 'data-code')}@${attr(a, 'data-cell')}`).sort()).toEqual(
      report.findings.map((f) => `${f.code}@${f.cell ?? ''}`).sort(),
    );
    for (const a of items) expect(attr(a, 'tabindex')).toBe(attr(a, 'data-cell') ? '0' : null);
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
    // No "Sửa" on the owner-missing item (nothing safe to write there).
    const ownerItem = /<li\b[^>]*data-code="owner-missing"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(ownerItem).not.toContain('<button');
    // The "Sửa" button sits inside its item (so automation can find it from data-cell).
    const sttItem = /<li\b[^>]*data-code="stt-number-coerced"[^>]*data-cell="A5"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(buttonNames(sttItem)).toEqual(['Sửa']);
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
