/**
 * The "Kế hoạch khắc phục" section's markup (react-dom/server), in Vietnamese and English, from a real
 * controller's state over the in-memory workbook (the Lạng Sơn 2023 score table): before a check; the
 * settings form open by itself with its labelled fields pre-filled from the title; the seven sections as
 * checked checkboxes and the buttons by their contract names; once saved, the one-line summary with
 * "Sửa"; with our sheet, "Cập nhật trang Kế hoạch" and the confirmation; the link to save the Word file;
 * cell text never rendered as HTML.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/report';
import { snapshotFromRows } from '../src/core/snapshot';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import { PlanSection } from '../src/taskpane/PlanSection';
import type { UserAction } from '../src/taskpane/Toolbar';
import { langSon2023 } from './fixtures/score-tables';
import { attr, buttonNames, inProvider, text } from './helpers/markup';

const user: UserAction = (fn) => (...args) => void fn(...args);
const XSS = 'a<b & "c"';

async function pane(lang: Lang, check = true): Promise<PaneController> {
  const host = new MemoryAdapter(new MemoryWorkbook([memorySheet(langSon2023('comma').snapshot)]), lang);
  const p = new PaneController(host, { today: '2024-07-10', saveFile: () => undefined });
  if (check) await p.check();
  return p;
}

const render = (p: PaneController) => inProvider(<PlanSection t={p.t} state={p.getState()} plan={p.plan} user={user} />);

/** Every <label for=…> with the value of the input it names. */
const fields = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<label\b([^>]*)>([\s\S]*?)<\/label>/g)].flatMap((m) => {
      const id = attr(m[1]!, 'for');
      const input = id && new RegExp(`<input\\b[^>]*\\bid="${id.replace(/[:]/g, '\\$&')}"[^>]*>`).exec(html);
      return input && attr(input[0], 'type') === 'text' ? [[text(m[2]!), attr(input[0], 'value') ?? '']] : [];
    }),
  );
/** The checkboxes: [label, checked]. */
const checkboxes = (html: string) =>
  [...html.matchAll(/<input\b([^>]*type="checkbox"[^>]*)>[\s\S]*?<label\b[^>]*>([\s\S]*?)<\/label>/g)].map((m) => [text(m[2]!), /\schecked=""/.test(m[1]!)]);

describe('"Kế hoạch khắc phục" markup', () => {
  it('before a check: the heading and what to do', async () => {
    const html = render(await pane('vi', false));
    expect(html).toContain('data-testid="plan"');
    expect(text(html)).toBe('Kế hoạch khắc phục Kiểm tra bảng để lập kế hoạch khắc phục từ bảng.');
  });

  it('nothing saved yet: the form open, pre-filled from the title; seven sections checked; the buttons', async () => {
    const html = render(await pane('vi'));
    const values = fields(html);
    expect(values['Số kế hoạch']).toBe('08');
    expect(values['Ký hiệu']).toBe('KH-SCT');
    expect(values['Ngày ban hành']).toBe('25/01/2024');
    expect(values['Tên đơn vị (trong câu văn)']).toBe('Sở Công Thương tỉnh Lạng Sơn');
    expect(values['Họ và tên người ký']).toBe('');
    expect(Object.keys(values)).toHaveLength(17);
    expect(text(html)).toContain('dd/mm/yyyy, hoặc mm/yyyy khi chưa có ngày.');
    expect(checkboxes(html)).toEqual([
      ['Phần đầu (quốc hiệu, số, ngày)', true],
      ['Tên kế hoạch', true],
      ['Mở đầu và kết quả chấm điểm', true],
      ['I. Mục đích, yêu cầu', true],
      ['II. Nội dung và giải pháp', true],
      ['III. Tổ chức thực hiện', true],
      ['Kết thúc, nơi nhận, chữ ký', true],
      ['Chỉ các dòng đang chọn', false],
      ['Điền sẵn các tiêu chí bị trừ điểm', true],
    ]);
    expect(buttonNames(html)).toEqual(['Lưu thông tin', 'Chèn kế hoạch', 'Chèn phụ lục mẫu', 'Tải về Word (.docx)']);
    // The sections are one named group; nothing asked yet.
    expect(text(html)).toContain('Các phần cần chèn');
    expect(html).not.toContain('data-testid="plan-confirm"');
  });

  it('once saved: one summary line and “Sửa”; with our sheet: “Cập nhật trang Kế hoạch” and, clicked, the question', async () => {
    const p = await pane('vi');
    p.plan.typeField('signerName', 'Nguyễn Văn A');
    await p.plan.save();
    await p.plan.insert();
    let html = render(p);
    expect(Object.keys(fields(html))).toHaveLength(0);
    expect(text(html)).toContain('Thông tin kế hoạch Sở Công Thương tỉnh Lạng Sơn · Số 08/KH-SCT · ngày 25/01/2024 · người ký Nguyễn Văn A');
    expect(text(html)).toMatch(/\d+ mục còn để trống\./);
    expect(buttonNames(html)).toEqual(['Sửa', 'Cập nhật trang Kế hoạch', 'Chèn phụ lục mẫu', 'Tải về Word (.docx)']);

    await p.plan.insert();
    html = render(p);
    const confirm = /<div\b([^>]*data-testid="plan-confirm"[^>]*)>([\s\S]*?)<\/div><\/div>/.exec(html)!;
    expect(attr(confirm[1]!, 'role')).toBe('group');
    expect(text(confirm[2]!)).toBe('Trang “Kế hoạch” sẽ được thay bằng bản mới từ bảng; những gì đã sửa trên trang đó sẽ mất (có thể Hoàn tác). Đồng ý Hủy');
    expect(/<button\b[^>]*aria-expanded="true"[^>]*>[\s\S]*?Cập nhật trang Kế hoạch/.test(html)).toBe(true);

    p.plan.edit();
    html = render(p);
    expect(fields(html)['Họ và tên người ký']).toBe('Nguyễn Văn A');
    expect(buttonNames(html).slice(0, 2)).toEqual(['Lưu thông tin', 'Hủy']);
  });

  it('a refused field says why; typed text is never markup', async () => {
    const p = await pane('vi');
    p.plan.typeField('decisionDate', '31/02/2024');
    p.plan.commitField('decisionDate');
    p.plan.typeField('signerName', XSS);
    const html = render(p);
    expect(text(html)).toContain('Nhập ngày dạng dd/mm/yyyy, ví dụ 16/01/2024.');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain(XSS);
    expect(fields(html)['Họ và tên người ký']).toBe(XSS);
  });

  it('after the Word file: a link to save it by hand', async () => {
    const p = await pane('vi');
    await p.plan.downloadDocx();
    const html = render(p);
    const link = /<a\b([^>]*)>([\s\S]*?)<\/a>/.exec(html)!;
    expect(attr(link[1]!, 'download')).toBe('ke-hoach-khac-phuc-Lạng Sơn 2023 (comma).docx');
    expect(attr(link[1]!, 'href')).toMatch(/^data:application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;base64,UEsDB/);
    expect(text(html)).toContain('Không thấy tệp được tải về? Lưu tệp “ke-hoach-khac-phuc-Lạng Sơn 2023 (comma).docx”');
  }, 30_000);

  it('on a sheet without a table: the buttons are unavailable and say why', async () => {
    const host = new MemoryAdapter(new MemoryWorkbook([memorySheet(snapshotFromRows('Ghi chú', [['Trang ghi chú']]))]), 'vi');
    const p = new PaneController(host, { today: '2024-07-10' });
    await p.check();
    const html = render(p);
    expect(text(html)).toContain('Mở trang có bảng phụ lục hoặc bảng kết quả chấm điểm rồi bấm “Kiểm tra bảng” để lập kế hoạch.');
    const insert = [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].find((m) => text(m[2]!) === 'Chèn kế hoạch')!;
    expect(attr(insert[1]!, 'aria-disabled')).toBe('true');
  });

  it('in English', async () => {
    const html = render(await pane('en'));
    expect(text(html)).toMatch(/^Remediation plan Plan details /);
    expect(fields(html)['Plan number']).toBe('08');
    expect(checkboxes(html)[0]).toEqual(['Header (national title, number, date)', true]);
    expect(buttonNames(html)).toEqual(['Save details', 'Insert plan', 'Insert appendix template', 'Download Word (.docx)']);
  });
});
