/**
 * The "Theo dõi hạn" section's markup (react-dom/server), in Vietnamese and English, from a real
 * controller's state over the in-memory workbook: the buttons by their contract names, the late and
 * due-soon tasks under their units with their flag words, the counts per unit, the settings fields with
 * their labels, the copy-by-hand box, and cell text never rendered as HTML.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/report';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import type { UserAction } from '../src/taskpane/Toolbar';
import { TrackingSection } from '../src/taskpane/TrackingSection';
import { attr, buttonNames, decode, inProvider, text } from './helpers/markup';

/** Cell text that would be markup if it were put in as HTML (the core already drops whole tags from task text). */
const XSS = 'a<b & "c"';
const plan = (): SheetSnapshot =>
  snapshotFromRows('Phụ lục', [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)'],
    [],
    ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
    ['1', `Tuyên truyền CCHC ${XSS}`, 'Văn phòng', 'Kế hoạch', 'Tháng 3/2024'],
    ['2', 'Kiểm tra CCHC', 'Thanh tra, Văn phòng', 'Báo cáo', 'Quý III/2024'],
    ['3', 'Báo cáo CCHC', 'Văn phòng', 'Báo cáo', 'trước ngày 20 hàng tháng'],
  ]);

const user: UserAction = (fn) => (...args) => void fn(...args);

async function pane(lang: Lang, opts: { insert?: boolean; copy?: 'refused' } = {}): Promise<PaneController> {
  const host = new MemoryAdapter(new MemoryWorkbook([memorySheet(plan())]), lang);
  const clipboard = opts.copy === 'refused' ? () => Promise.reject(new Error('denied')) : undefined;
  const p = new PaneController(host, { today: '2024-07-10', clipboard });
  await p.check();
  if (opts.insert !== false) await p.tracking.insert();
  if (opts.copy) await p.tracking.copyReport();
  return p;
}

const render = (p: PaneController) => inProvider(<TrackingSection t={p.t} state={p.getState()} tracking={p.tracking} user={user} />);

/** The <li> task items: [unit, row, flag, visible text]. */
const items = (html: string) =>
  [...html.matchAll(/<div data-unit="([^"]*)">([\s\S]*?)<\/ul><\/div>/g)].flatMap((u) =>
    [...u[2]!.matchAll(/<li\b[^>]*data-row="(\d+)" data-flag="(\w+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [decode(u[1]!), Number(m[1]), m[2], text(m[3]!)]),
  );
/** Every <input>/<textarea> has a <label for> or an aria-label(ledby). */
function unlabelled(html: string): string[] {
  const labels = new Set([...html.matchAll(/<label\b[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<(?:input|textarea)\b([^>]*)>/g)].map((m) => m[1]!).filter((a) => !attr(a, 'aria-label') && !attr(a, 'aria-labelledby') && !labels.has(attr(a, 'id') ?? '\0'));
}
/** The table's rows as text cells. */
const tableRows = (html: string) =>
  [...(/<table\b[\s\S]*?<\/table>/.exec(html)?.[0] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)));

describe('"Theo dõi hạn" markup', () => {
  it('without a layer: says what inserting adds, offers "Chèn cột theo dõi hạn" and the settings, no removal', async () => {
    const html = render(await pane('vi', { insert: false }));
    expect(text(html)).toContain('Theo dõi hạn');
    expect(text(html)).toContain('Chèn các cột Hạn hoàn thành, Cảnh báo và Đơn vị theo dõi');
    const names = buttonNames(html);
    expect(names).toContain('Chèn cột theo dõi hạn');
    expect(names).not.toContain('Gỡ cột theo dõi');
    expect(names).not.toContain('Sao chép số liệu báo cáo');
    expect(text(html)).toContain('Hôm nay');
    expect(text(html)).toContain('Dùng khi chèn cột theo dõi');
    expect(unlabelled(html)).toEqual([]);
  });

  it('with a layer: the late and due-soon tasks under their unit, each a button showing its flag and row, then the counts', async () => {
    const html = render(await pane('vi'));
    const names = buttonNames(html);
    for (const name of ['Cập nhật cột theo dõi', 'Gỡ cột theo dõi', 'Sao chép số liệu báo cáo']) expect(names).toContain(name);
    expect(text(html)).toContain('Tính đến 10/07/2024: 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn.');
    expect(items(html)).toEqual([
      ['Văn phòng', 5, 'overdue', `Quá hạn Dòng 5 1. Tuyên truyền CCHC ${XSS}`],
      ['Văn phòng', 7, 'dueSoon', 'Sắp đến hạn Dòng 7 3. Báo cáo CCHC'],
    ]);
    // Each task is a button named by what it shows (flag, row, task).
    expect(names).toContain(`Quá hạn Dòng 5 1. Tuyên truyền CCHC ${XSS}`);
    expect(tableRows(html)).toEqual([
      ['Đơn vị', 'Nhiệm vụ', 'Hoàn thành', 'Đang thực hiện', 'Quá hạn', 'Sắp đến hạn'],
      ['Văn phòng', '3', '0', '0', '1', '1'],
      ['Thanh tra', '1', '0', '0', '0', '0'],
      ['Cả kế hoạch', '3', '0', '0', '1', '1'],
    ]);
    // The settings as the workbook holds them: =TODAY(), 15 days.
    const radios = [...html.matchAll(/<input\b[^>]*type="radio"[^>]*>/g)].map((m) => [attr(m[0], 'value'), attr(m[0], 'checked') !== null]);
    expect(radios).toEqual([['today', true], ['fixed', false]]);
    expect(html).toMatch(/<input\b[^>]*inputMode="numeric"[^>]*value="15"/);
    expect(text(html)).toContain('Lưu ngay trong bảng tính');
    expect(unlabelled(html)).toEqual([]);
  });

  it('never renders cell text as HTML, and never nests one button in another', async () => {
    const html = render(await pane('vi'));
    expect(html).not.toContain('a<b');
    expect(html).toContain('a&lt;b &amp; &quot;c&quot;');
    for (const m of html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)) expect(m[1]).not.toMatch(/<button\b/);
  });

  it('shows the report text in a read-only box when the clipboard refused it', async () => {
    const html = render(await pane('vi', { copy: 'refused' }));
    const box = /<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/.exec(html)!;
    expect(box[1]).toMatch(/\sreadOnly=""/);
    expect(decode(box[2]!)).toMatch(/^Tình hình thực hiện Kế hoạch khắc phục tính đến ngày 10\/07\/2024:/);
    expect(text(html)).toContain('Số liệu báo cáo (chọn rồi nhấn Ctrl+C để sao chép)');
    expect(unlabelled(html)).toEqual([]);
  });

  it('is in English when the pane is; the sheet’s own words (units) stay as written', async () => {
    const html = render(await pane('en'));
    const names = buttonNames(html);
    for (const name of ['Update tracking columns', 'Remove tracking columns', 'Copy report figures']) expect(names).toContain(name);
    expect(text(html)).toContain('Deadline tracking');
    expect(text(html)).toContain('As of 10/07/2024: 1 overdue, 1 due soon.');
    expect(items(html).map((i) => [i[0], i[1], i[3]])).toEqual([
      ['Văn phòng', 5, `Overdue Row 5 1. Tuyên truyền CCHC ${XSS}`],
      ['Văn phòng', 7, 'Due soon Row 7 3. Báo cáo CCHC'],
    ]);
    expect(tableRows(html)[0]).toEqual(['Unit', 'Tasks', 'Done', 'In progress', 'Overdue', 'Due soon']);
    const before = render(await pane('en', { insert: false }));
    expect(buttonNames(before)).toContain('Add tracking columns');
  });

  it('before any check: only the heading and what to do', async () => {
    const p = new PaneController(new MemoryAdapter(new MemoryWorkbook([memorySheet(plan())]), 'vi'), { today: '2024-07-10' });
    const html = render(p);
    expect(text(html)).toBe('Theo dõi hạn Kiểm tra bảng để chèn cột theo dõi hạn.');
  });
});
