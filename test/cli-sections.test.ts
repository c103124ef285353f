/**
 * `cchc sections` on a score table it has never seen (test/fixtures/plan-tables.ts, lines worked out by
 * hand): every criterion that lost points gets its section with its score, headings in ND30 order, Times
 * New Roman throughout the new sheet, the user's sheet byte for byte as it was, and an A4 .docx with the
 * same sections. Running it again updates our sheet; bad input gets one Vietnamese line and no file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotFromRows } from '../src/core/snapshot';
import { run, tempDir } from './cli-helpers';
import { SNN_2024, SNN_2024_LINES } from './fixtures/plan-tables';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';
import { contents } from './xlsx-writer-fixtures';

const dir = tempDir('cchc-sections-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each part of the package as text. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Map([...(await contents(bytes))].map(([name, data]) => [name, data.toString('utf8')]));
}

/** Each text line of the sheet, top to bottom, left to right. */
function sheetLines(ws: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => cell.master === cell && typeof cell.value === 'string' && lines.push(cell.value)));
  return lines;
}

/** The paragraphs of the .docx body, as text. */
function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).filter(Boolean);
}

describe('cchc sections', () => {
  it('on a table it has never seen: the plan sheet with every criterion that lost points, and the same sections in an A4 .docx', async () => {
    const input = join(dir, 'snn.xlsx');
    writeFileSync(input, await xlsxOfSnapshot(SNN_2024.snapshot));
    const out = join(dir, 'snn-ke-hoach.xlsx');
    const docx = join(dir, 'snn-ke-hoach.docx');
    const r = await run(['sections', input, '--out', out, '--docx', docx]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã chèn trang “Kế hoạch” từ bảng trên trang “Chỉ số 2024”: 3 lĩnh vực, 4 tiêu chí cần khắc phục.');
    expect(r.stdout).toMatch(/Còn \d+ chỗ cần bổ sung/);
    expect(r.stdout).toContain(`Ghi ra ${out}; ghi ra ${docx}.`);

    // The user's sheet and the package's other parts: byte for byte.
    const before = await parts(readFileSync(input));
    const after = await parts(readFileSync(out));
    expect(after.get('xl/worksheets/sheet1.xml')).toBe(before.get('xl/worksheets/sheet1.xml'));
    if (before.has('xl/sharedStrings.xml')) expect(after.get('xl/sharedStrings.xml')).toBe(before.get('xl/sharedStrings.xml'));

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Chỉ số 2024', 'Kế hoạch', 'Thông tin kế hoạch']);
    expect(book.getWorksheet('Thông tin kế hoạch')!.getCell('B5').value).toBe('07');
    const plan = book.getWorksheet('Kế hoạch')!;
    const lines = sheetLines(plan);
    // Every hand-worked line, in order.
    let at = -1;
    for (const want of SNN_2024_LINES) {
      const i = lines.indexOf(want, at + 1);
      expect(i, `"${want}" after line ${at}`).toBeGreaterThan(at);
      at = i;
    }
    // The area with nothing lost has no section; the criterion with nothing lost neither.
    expect(lines.some((l) => l.includes('Cải cách tổ chức bộ máy'))).toBe(false);
    expect(lines.some((l) => l.includes('Kiểm tra công tác CCHC'))).toBe(false);
    // Times New Roman throughout, A4 portrait.
    plan.eachRow((row) => row.eachCell((cell) => cell.master === cell && expect(cell.font?.name, String(cell.address)).toBe('Times New Roman')));
    expect(plan.pageSetup.paperSize).toBe(9);
    expect(plan.pageSetup.orientation).toBe('portrait');

    // The .docx: A4 portrait plan, landscape appendix, the same sections in the same order.
    const word = await parts(readFileSync(docx));
    const body = word.get('word/document.xml')!;
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const paragraphs = docxParagraphs(body);
    at = -1;
    for (const want of SNN_2024_LINES) {
      const i = paragraphs.indexOf(want, at + 1);
      expect(i, `docx: "${want}"`).toBeGreaterThan(at);
      at = i;
    }
    expect(paragraphs).toContain('PHỤ LỤC');
  });

  it('run again on its own output: updates our sheet instead of adding another; --appendix adds the standard appendix', async () => {
    const input = join(dir, 'again.xlsx');
    writeFileSync(input, await xlsxOfSnapshot(SNN_2024.snapshot));
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    expect((await run(['sections', input, '--out', once])).code).toBe(0);
    const r = await run(['sections', once, '--out', twice, '--sheet', 'Chỉ số 2024', '--appendix', '--plan-date', '2025-03-15', '--json']);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ table: 'Chỉ số 2024', planSheet: 'Kế hoạch', updated: true, appendixSheet: 'Phụ lục kế hoạch', areas: 3, criteria: 4 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(twice) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Chỉ số 2024', 'Kế hoạch', 'Phụ lục kế hoạch', 'Thông tin kế hoạch']);
    expect(sheetLines(book.getWorksheet('Kế hoạch')!)).toContain('…, ngày 15 tháng 3 năm 2025');
    const appendix = book.getWorksheet('Phụ lục kế hoạch')!;
    expect(appendix.getRow(5).values).toEqual([undefined, 'STT', 'Nội dung, tiêu chí', 'Giải pháp', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời gian hoàn thành', 'Tình trạng']);
    expect(appendix.pageSetup.orientation).toBe('landscape');

    // Once filled in, our appendix is the user's work: running again keeps it as it was.
    appendix.getCell('D7').value = 'Văn phòng Sở';
    const filled = join(dir, 'filled.xlsx');
    writeFileSync(filled, new Uint8Array(await book.xlsx.writeBuffer()));
    const thrice = join(dir, 'thrice.xlsx');
    const again = await run(['sections', filled, '--out', thrice, '--appendix']);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('Trang “Phụ lục kế hoạch” (phụ lục mẫu) đã có nên được giữ nguyên; muốn chèn lại thì xóa trang đó trước.');
    const kept = new ExcelJS.Workbook();
    await kept.xlsx.load(readFileSync(thrice) as unknown as ArrayBuffer);
    expect(kept.getWorksheet('Phụ lục kế hoạch')!.getCell('D7').value).toBe('Văn phòng Sở');
  });

  it('a sheet without a table: one Vietnamese line, exit 2, no file written', async () => {
    const input = join(dir, 'empty.xlsx');
    writeFileSync(input, await xlsxOfSnapshot(snapshotFromRows('Trang 1', [['Ghi chú'], ['không có bảng']])));
    const out = join(dir, 'empty-out.xlsx');
    const docx = join(dir, 'empty-out.docx');
    const r = await run(['sections', input, '--out', out, '--docx', docx]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('không trang nào có bảng phụ lục');
    expect(existsSync(out) || existsSync(docx)).toBe(false);
  });

  it('refuses --docx without .docx and --docx with another command', async () => {
    expect((await run(['sections', 'a.xlsx', '--out', 'b.xlsx', '--docx', 'c.pdf'])).stderr).toContain('--docx cần tên tệp .docx');
    expect((await run(['check', 'a.xlsx', '--docx', 'c.docx'])).stderr).toContain('--docx chỉ dùng với lệnh sections');
  });
});
