/**
 * The "Điểm" section's markup (react-dom/server), in Vietnamese and English, from a real controller's
 * state over the in-memory workbook: the result as a list of figures, numbers with a decimal comma in
 * Vietnamese and a dot in English, the five criteria as buttons, the chart as one picture (role="img")
 * whose name says every bar and whose bars carry the area codes and values, the place for the score
 * layer's button, cell text never rendered as HTML; and no section on an ordinary plan.
 */
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/report';
import type { SheetSnapshot } from '../src/core/snapshot';
import { MemoryAdapter } from '../src/hosts/memory/adapter';
import { memorySheet, MemoryWorkbook } from '../src/hosts/memory/workbook';
import { PaneController } from '../src/taskpane/controller';
import { ScoreLayerButtons, ScoreSection } from '../src/taskpane/ScoreSection';
import { buildScoreTable, langSon2023 } from './fixtures/score-tables';
import { seedAppendixSnapshot } from './fixtures/seeds';
import { attr, inProvider, text } from './helpers/markup';

const XSS = 'a<b & "c"';

async function pane(lang: Lang, snapshot: SheetSnapshot = langSon2023('comma').snapshot): Promise<PaneController> {
  const p = new PaneController(new MemoryAdapter(new MemoryWorkbook([memorySheet(snapshot)]), lang), { today: '2024-07-10' });
  await p.check();
  return p;
}

const render = (p: PaneController, layerActions?: ReactNode) =>
  inProvider(<ScoreSection t={p.t} card={p.scoreCard()!} lang={p.getState().lang} onSelect={() => undefined} layerActions={layerActions} />);

/** The result: [dt, dd] pairs. */
const figures = (html: string) => [...html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt><dd\b[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => [text(m[1]!), text(m[2]!)]);
/** The criteria: [row, button text]. */
const criteria = (html: string) => [...html.matchAll(/<li\b[^>]*data-row="(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [Number(m[1]), text(m[2]!)]);
const chart = (html: string) => /<svg\b([^>]*)>([\s\S]*?)<\/svg>/.exec(html);
/** The bars: [row, the texts drawn (name, code, value)]. */
const bars = (svg: string) => [...svg.matchAll(/<g data-row="(\d+)">([\s\S]*?)<\/g>/g)].map((m) => [Number(m[1]), [...m[2]!.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((t) => text(t[1]!))]);
const barWidths = (svg: string) => [...svg.matchAll(/<rect\b([^>]*)>/g)].map((m) => Number(attr(m[1]!, 'width')));

describe('"Điểm" markup', () => {
  it('in Vietnamese: the result, its source, the five criteria as buttons, decimal commas', async () => {
    const html = render(await pane('vi'));
    expect(html).toContain('data-testid="score"');
    expect(text(html)).toMatch(/^Điểm Theo dòng “Tổng cộng” \(dòng 16\) của bảng\./);
    expect(figures(html)).toEqual([
      ['Điểm tối đa', '89,5 điểm'],
      ['Tự chấm', '83,3/89,5 điểm'],
      ['Thẩm định', '77,4/89,5 điểm'],
      ['Tỷ lệ đạt', '86,48%'],
      ['Điểm bị trừ', '12,1 điểm'],
    ]);
    expect(text(html)).toContain('Năm tiêu chí bị trừ nhiều điểm nhất');
    // Each item is one button, named by what it shows.
    expect(criteria(html)).toEqual([
      [6, '1.5 trừ 2 điểm Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC'],
      [14, '7.6 trừ 1,9 điểm Thực hiện thanh toán trực tuyến'],
      [5, '1.4 trừ 1,5 điểm Công tác tuyên truyền CCHC'],
      [10, '5.4.3 trừ 1 điểm Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức'],
      [12, '6.1 trừ 1 điểm Tổ chức thực hiện công tác tài chính – ngân sách'],
    ]);
    expect(html.match(/<li\b[\s\S]*?<\/li>/g)!.every((li) => (li.match(/<button\b/g) ?? []).length === 1)).toBe(true);
    expect(html).toMatch(/<ol\b/);
  });

  it('draws points lost per area as one picture: named by every bar, bars labelled with area codes and values', async () => {
    const html = render(await pane('vi'));
    const svg = chart(html)!;
    expect(attr(svg[1]!, 'role')).toBe('img');
    expect(attr(svg[1]!, 'aria-label')).toBe(
      'Biểu đồ cột điểm bị trừ theo lĩnh vực. 1. Công tác chỉ đạo, điều hành CCHC: 3,5 điểm; 2. Cải cách thủ tục hành chính: 0,5 điểm; ' +
        '3. Cải cách chế độ công vụ: 1 điểm; 4. Cải cách tài chính công: 1 điểm; ' +
        '5. Xây dựng và phát triển chính quyền điện tử, chính quyền số: 1,9 điểm; 6. Kết quả đo lường hài lòng của người dân, tổ chức: 4,196 điểm.',
    );
    expect(bars(svg[2]!)).toEqual([
      [4, ['Công tác chỉ đạo, điều hành CCHC', '1', '3,5']],
      [7, ['Cải cách thủ tục hành chính', '2', '0,5']],
      [9, ['Cải cách chế độ công vụ', '3', '1']],
      [11, ['Cải cách tài chính công', '4', '1']],
      [13, ['Xây dựng và phát triển chính quyền điện tử,…', '5', '1,9']],
      [15, ['Kết quả đo lường hài lòng của người dân, tổ…', '6', '4,196']],
    ]);
    // Bars to scale: the longest is area 6; area 1 lost 3,5 of its 4,196.
    const w = barWidths(svg[2]!);
    expect(Math.max(...w)).toBe(w[5]);
    expect(w[0]! / w[5]!).toBeCloseTo(3.5 / 4.196, 6);
    // A picture, not a table.
    expect(html).not.toMatch(/<table\b/);
  });

  it('in English: the same figures with a decimal dot', async () => {
    const html = render(await pane('en'));
    expect(text(html)).toMatch(/^Scores From the table’s “Tổng cộng” row \(row 16\)\./);
    expect(figures(html)).toEqual([
      ['Maximum', '89.5 points'],
      ['Self-assessed', '83.3/89.5 points'],
      ['Appraised', '77.4/89.5 points'],
      ['Rate', '86.48%'],
      ['Points lost', '12.1 points'],
    ]);
    expect(criteria(html)[1]).toEqual([14, '7.6 1.9 points lost Thực hiện thanh toán trực tuyến']);
    const svg = chart(html)!;
    expect(attr(svg[1]!, 'aria-label')).toMatch(/^Bar chart of points lost by area\. 1\. Công tác chỉ đạo, điều hành CCHC: 3\.5 points; .*: 4\.196 points\.$/);
    expect(bars(svg[2]!).map(([, t]) => (t as string[])[2])).toEqual(['3.5', '0.5', '1', '1', '1.9', '4.196']);
  });

  it('leaves a place for the score layer’s button, and draws nothing there until it is given', async () => {
    const p = await pane('vi');
    expect(render(p)).not.toContain('data-slot="layer"');
    const html = render(p, <button type="button" data-slot="layer">x</button>);
    // Under the result, before the criteria.
    expect(html.indexOf('data-slot="layer"')).toBeGreaterThan(html.indexOf('</dl>'));
    expect(html.indexOf('data-slot="layer"')).toBeLessThan(html.indexOf('<ol'));
  });

  it('the score columns’ buttons, as the pane gives them: insert, then update and remove once they exist, in both languages', async () => {
    const buttons = (p: PaneController) => {
      const html = render(
        p,
        <ScoreLayerButtons t={p.t} busy={false} update={p.scores.onCheckedSheet()} removable={p.getState().scoreLayer !== null} onInsert={() => undefined} onRemove={() => undefined} />,
      );
      return [...html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].map((m) => text(m[1]!)).filter((b) => /cột điểm|score columns/.test(b));
    };
    const vi = await pane('vi');
    expect(buttons(vi)).toEqual(['Chèn cột điểm và tổng hợp']);
    await vi.scores.insert();
    expect(buttons(vi)).toEqual(['Cập nhật cột điểm', 'Gỡ cột điểm']);
    const en = await pane('en');
    expect(buttons(en)).toEqual(['Add score columns and summary']);
    await en.scores.insert();
    expect(buttons(en)).toEqual(['Update score columns', 'Remove score columns']);
  });

  it('never renders cell text as HTML', async () => {
    const t = buildScoreTable({
      name: 'XSS',
      title: ['KẾT QUẢ CHẤM ĐIỂM'],
      header: [['STT', 'Nội dung', 'Điểm tối đa', 'Điểm đạt']],
      rows: [
        { c: ['1', `Lĩnh vực ${XSS}`, 10, 8] },
        { c: ['1.1', `Tiêu chí 1.2: ${XSS}`, 4, 2] },
      ],
    });
    const html = render(await pane('vi', t.snapshot));
    expect(html).not.toContain('a<b');
    expect(html).toContain('a&lt;b &amp; &quot;c&quot;');
    expect(criteria(html)).toEqual([[4, `1.2 trừ 2 điểm ${XSS}`]]);
  });

  it('is not there on an ordinary plan', async () => {
    const p = await pane('vi', seedAppendixSnapshot());
    expect(p.getState().checked?.analysis.report.table).toBeTruthy();
    expect(p.scoreCard()).toBeNull();
  });
});
