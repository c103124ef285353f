/**
 * `cchc annotate` as an office would run it: exit codes as for check, one Vietnamese line for what cannot
 * be done, every part of the package it need not change byte-identical, and `--remove` taking the layer
 * away again — the package then differs from the original only in XML hints Excel recomputes (row spans,
 * the dimension), unused style entries, and the recalculate-on-open flag.
 */
import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './cli-helpers';
import { trackingWorkbook } from './fixtures/tracking';
import { contents } from './xlsx-writer-fixtures';

const dir = tempDir('cchc-annotate-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each part of the package at `path`, uncompressed. */
const parts = (path: string) => contents(readFileSync(path));
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('cchc annotate', () => {
  it('writes the layer; the parts it need not change stay byte-identical; exit code as check', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await trackingWorkbook());
    const out = join(dir, 'out.xlsx');
    const r = await run(['annotate', input, '--out', out, '--as-of', '2024-06-25']);
    expect(r.stderr).toBe('');
    // As check: the table has an error finding (row 13 has no owner), so 1.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Trang “Phụ lục”: cột theo dõi G–I, trang “Tổng hợp tiến độ”; ngày đánh giá 25/06/2024, sắp đến hạn trong 15 ngày.');
    expect(r.stdout).toContain('  dòng 10: Quá hạn — Phòng Tư pháp');
    expect(r.stdout).toContain('Toàn kế hoạch: 10 nhiệm vụ, 3 hoàn thành, 3 đang thực hiện, 1 quá hạn, 2 sắp đến hạn; ghi ra');
    const before = await parts(input);
    const after = await parts(out);
    const changed = [...after.keys()].filter((k) => !before.has(k) || !before.get(k)!.equals(after.get(k)!)).sort();
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml']);
    expect(text(after.get('xl/workbook.xml'))).toContain('<definedName name="NgayDanhGia" comment="CCHC Phụ lục: theo dõi tiến độ">\'Phụ lục\'!$H$2</definedName>');
    // The unit list's sheet is untouched.
    expect(text(after.get('xl/worksheets/sheet2.xml'))).toBe(text(before.get('xl/worksheets/sheet2.xml')));
  });

  it('--remove takes it all away again', async () => {
    const input = join(dir, 'in2.xlsx');
    writeFileSync(input, await trackingWorkbook());
    const annotated = join(dir, 'annotated.xlsx');
    const removed = join(dir, 'removed.xlsx');
    expect((await run(['annotate', input, '--out', annotated, '--as-of', '2024-06-25'])).code).toBe(1);
    const r = await run(['annotate', annotated, '--out', removed, '--remove']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Đã gỡ cột theo dõi khỏi trang “Phụ lục”; ghi ra ${removed}.\n`);
    const before = await parts(input);
    const after = await parts(removed);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const hintless = (xml: string) => xml.replace(/ spans="[^"]*"/g, '').replace(/<dimension ref="[^"]*"\/>/, '').replace(/ fullCalcOnLoad="1"/, '');
    for (const [name, data] of before) {
      if (name === 'xl/styles.xml') continue;
      expect(hintless(text(after.get(name))), name).toBe(hintless(text(data)));
    }
    // Styles only gained entries at the end of their lists (nothing uses them any more).
    const counts = (xml: string) => [...xml.matchAll(/<(numFmts|fonts|fills|cellXfs)[^>]*count="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(counts(text(after.get('xl/styles.xml'))).length).toBeGreaterThan(0);
    expect(text(after.get('xl/styles.xml'))).not.toContain('dd/mm/yyyy" applyNumberFormat');
  });

  it('running it again updates the layer in place', async () => {
    const input = join(dir, 'in3.xlsx');
    writeFileSync(input, await trackingWorkbook());
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    await run(['annotate', input, '--out', once, '--as-of', '2024-06-25']);
    const r = await run(['annotate', once, '--out', twice, '--json']);
    expect(r.code).toBe(1);
    // The fixed as-of date is kept when --as-of is not given again.
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: '2024-06-25', window: 15, summarySheet: 'Tổng hợp tiến độ', columns: { status: 'F', deadline: 'G', flag: 'H', units: 'I' } });
    const sheets = (xml: string) => [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets(text((await parts(twice)).get('xl/workbook.xml')))).toEqual(['Phụ lục', 'Danh mục', 'Tổng hợp tiến độ']);
  });

  it('refuses, in one Vietnamese line and without writing, when the columns right of the table are taken', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await trackingWorkbook()) as unknown as ArrayBuffer);
    wb.getWorksheet('Phụ lục')!.getCell('H9').value = 'ghi chú';
    const input = join(dir, 'taken.xlsx');
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'taken-out.xlsx');
    const r = await run(['annotate', input, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `cchc: ${input}: Ô H9 bên phải bảng đã có dữ liệu, nên chưa chèn cột theo dõi để không ghi đè. Hãy chèn vài cột trống ngay bên phải bảng (hoặc dời dữ liệu đó đi) rồi chạy lại; chưa ghi tệp nào\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('a protected sheet: exit 2, one Vietnamese line naming the locked cell, nothing written', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await trackingWorkbook()) as unknown as ArrayBuffer);
    await wb.getWorksheet('Phụ lục')!.protect('', {});
    const input = join(dir, 'protected.xlsx');
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = join(dir, 'protected-out.xlsx');
    const r = await run(['annotate', input, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cchc: .*protected\.xlsx: Ô [A-Z]+\d+ trên trang “Phụ lục” bị khoá vì trang được bảo vệ \(Protect Sheet\), nên chưa ghi gì\..*; chưa ghi tệp nào\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out, and says so', async () => {
    const r = await run(['annotate', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cchc: lệnh annotate cần --out TỆP_RA.xlsx; xem: cchc --help\n');
  });
});
