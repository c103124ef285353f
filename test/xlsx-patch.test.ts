import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CellPatch, XlsxPatchError, isSheetProtected, patchXlsx } from '../src/hosts/xlsx/patch';
import { tryParseA1 } from '../src/hosts/xlsx/patch/address';
import { loadPackage, replaceEntry, writePackage } from '../src/hosts/xlsx/patch/package';
import { patchSheetXml } from '../src/hosts/xlsx/patch/sheet';
import { crc32, parseRawZip } from '../src/hosts/xlsx/patch/zip-raw';
import { convertWithLibreOffice, soffice } from './helpers/libreoffice';

// ---------------------------------------------------------------------------------------------------------
// Fixtures

const SHEET = 'Phụ lục & KH';
const SHEET_PART = 'xl/worksheets/sheet1.xml';
const STYLES_PART = 'xl/styles.xml';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const thin = { style: 'thin' as const };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A realistic appendix table: titles, merges, header with styles, numbers, text, dates, formulas, table, validation… */
async function buildWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.columns = [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 14 }, { width: 20 }, { width: 12 }];

  ws.getCell('A1').value = 'PHỤ LỤC I';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Kế hoạch cải cách hành chính năm 2025';
  ws.getCell('A2').font = { italic: true };
  ws.mergeCells('A2:F2');

  const headers = ['STT', 'Nội dung', 'Số lượng', 'Thời hạn', 'Ghi chú', 'Tổng'];
  headers.forEach((h, i) => {
    const c = ws.getCell(4, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = headerFill;
    c.border = border;
  });

  const data: Array<[number, string, number, Date, string | null]> = [
    [1.1, 'Rà soát thủ tục hành chính', 10, new Date(Date.UTC(2025, 2, 31)), 'Sở Nội vụ'],
    [1.2, 'Cải cách tổ chức bộ máy', 20, new Date(Date.UTC(2025, 5, 30)), null],
    [1.3, 'Xây dựng chính quyền số', 30, new Date(Date.UTC(2025, 8, 30)), 'Sở TT&TT'],
    [1.4, 'Hiện đại hóa hành chính', 40, new Date(Date.UTC(2025, 11, 31)), 'UBND tỉnh'],
  ];
  data.forEach(([stt, text, qty, date, note], i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = stt;
    ws.getCell(r, 1).font = { bold: true };
    ws.getCell(r, 1).fill = headerFill;
    ws.getCell(r, 1).border = border;
    ws.getCell(r, 2).value = text;
    ws.getCell(r, 2).font = { bold: true, color: { argb: 'FF1F4E79' } };
    ws.getCell(r, 2).border = border;
    ws.getCell(r, 3).value = qty;
    ws.getCell(r, 3).numFmt = '#,##0';
    ws.getCell(r, 4).value = date;
    ws.getCell(r, 4).numFmt = 'dd/mm/yyyy';
    if (note !== null) {
      ws.getCell(r, 5).value = note;
      ws.getCell(r, 5).border = border;
    }
    ws.getCell(r, 6).value = { formula: `C${r}*2`, result: qty * 2 };
  });
  // Row 9-10 missing; row 11 exists.
  ws.getCell('B11').value = 'Ghi chú cuối bảng';
  ws.getCell('F11').value = { formula: 'SUM(F5:F8)', result: 200 };

  ws.getCell('B5').note = 'Nguồn: Quyết định 123/QĐ-UBND';
  ws.getCell('C5').dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 1000] };
  ws.addConditionalFormatting({
    ref: 'C5:C8',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        priority: 1,
        formulae: [25],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  ws.addTable({
    name: 'BangMa',
    ref: 'H4',
    headerRow: true,
    columns: [{ name: 'Mã' }, { name: 'Giá trị' }],
    rows: [
      ['A', 1],
      ['B', 2],
    ],
  });
  const img = wb.addImage({ base64: PNG_1PX, extension: 'png' });
  ws.addImage(img, 'H10:I12');
  wb.definedNames.add(`'${SHEET}'!$A$5:$A$8`, 'DanhSachSTT');

  const ws2 = wb.addWorksheet('Sheet2');
  ws2.getCell('A1').value = 'Trang 2';
  ws2.getCell('B2').value = 42;
  ws2.getCell('C3').value = { formula: `'${SHEET}'!C5+1`, result: 11 };

  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function entryText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)!.async('string');
}

/** Removes the `<c>` elements of the given cells (exceljs writes unprefixed cells with r first). */
function withoutCells(xml: string, refs: string[]): string {
  let out = xml;
  for (const ref of refs) {
    out = out.replace(new RegExp(`<c r="${ref}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`), '');
  }
  return out;
}

function withoutRows(xml: string, rows: number[]): string {
  let out = xml;
  for (const r of rows) out = out.replace(new RegExp(`<row r="${r}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</row>)`), '');
  return out;
}

interface WorksheetInternals {
  dataValidations: { model: unknown };
  conditionalFormattings: unknown;
}

interface CellSnapshot {
  value: unknown;
  formula: unknown;
  style: unknown;
}

function snapshotSheet(ws: ExcelJS.Worksheet): Map<string, CellSnapshot> {
  const out = new Map<string, CellSnapshot>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      // exceljs materialises blank placeholder cells left of any cell in a row; they are not in the file.
      if (cell.value === null && Object.keys(cell.style ?? {}).length === 0) return;
      out.set(cell.address, {
        value: cell.value,
        formula: cell.formula,
        style: JSON.parse(JSON.stringify(cell.style ?? {})),
      });
    });
  });
  return out;
}

/** Asserts every zip entry except `changed` has identical uncompressed bytes, and names/order are kept. */
async function expectOtherEntriesIdentical(before: Uint8Array, after: Uint8Array, changed: string[]): Promise<void> {
  const a = await JSZip.loadAsync(before);
  const b = await JSZip.loadAsync(after);
  expect(Object.keys(b.files)).toEqual(Object.keys(a.files));
  for (const name of Object.keys(a.files)) {
    if (changed.includes(name) || a.files[name]!.dir) continue;
    const x = await a.file(name)!.async('uint8array');
    const y = await b.file(name)!.async('uint8array');
    expect(Buffer.from(y).equals(Buffer.from(x)), `entry ${name} changed`).toBe(true);
  }
}

function countAttr(xml: string, section: string): number {
  const m = new RegExp(`<${section}[^>]*\\scount="(\\d+)"`).exec(xml);
  return m === null ? NaN : Number(m[1]);
}

function sectionInner(xml: string, section: string): string {
  const m = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml);
  return m === null ? '' : m[1]!;
}

function countItems(xml: string, section: string, item: string): number {
  return (sectionInner(xml, section).match(new RegExp(`<${item}[\\s/>]`, 'g')) ?? []).length;
}

// ---------------------------------------------------------------------------------------------------------

let original: Uint8Array;

beforeAll(async () => {
  original = await buildWorkbook();
});

/** The original sheet as exceljs reads it. */
async function before0(): Promise<ExcelJS.Worksheet> {
  return (await readBook(original)).getWorksheet(SHEET)!;
}

describe('patchXlsx on an exceljs workbook', () => {
  const NEW_TEXT = '  Văn phòng Sở & <Nội vụ> "tỉnh" ';
  const patches: CellPatch[] = [
    { cell: 'A5', value: '1.1', numFmt: '@' }, // numeric 1.1 → text "1.1"
    { cell: 'B6', value: NEW_TEXT }, // text with XML specials, leading/trailing spaces, Vietnamese
    { cell: 'E7', value: null }, // clear
    { cell: 'B8', value: 'Hiện đại hóa hành chính', italic: true }, // italic on
    { cell: 'E6', value: 'Sở Tài chính' }, // empty cell in an existing row
    { cell: 'C9', value: 12.5 }, // missing row
  ];
  const patchedRefs = patches.map((p) => p.cell);
  let patched: Uint8Array;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    patched = await patchXlsx(original, SHEET, patches);
    before = await readBook(original);
    after = await readBook(patched);
  });

  it('(a) writes the new values and formats', () => {
    const o = before.getWorksheet(SHEET)!;
    const ws = after.getWorksheet(SHEET)!;

    const a5 = ws.getCell('A5');
    expect(a5.value).toBe('1.1');
    expect(a5.type).toBe(ExcelJS.ValueType.String);
    expect(a5.numFmt).toBe('@');
    // Everything but the number format of the cloned style is kept (bold, fill, borders).
    const { numFmt: _n1, ...a5Rest } = a5.style;
    const { numFmt: _n2, ...a5Orig } = o.getCell('A5').style;
    expect(a5Rest).toEqual(a5Orig);
    expect(a5.font?.bold).toBe(true);
    expect(a5.fill).toEqual(headerFill);

    expect(ws.getCell('B6').value).toBe(NEW_TEXT);
    expect(ws.getCell('B6').style).toEqual(o.getCell('B6').style);

    expect(ws.getCell('E7').value).toBeNull();
    expect(ws.getCell('E7').style).toEqual(o.getCell('E7').style);
    expect(ws.getCell('E7').border).toEqual(border);

    const b8 = ws.getCell('B8');
    expect(b8.value).toBe('Hiện đại hóa hành chính');
    expect(b8.font).toEqual({ ...o.getCell('B8').font, italic: true });
    expect(b8.font?.bold).toBe(true);
    expect(b8.border).toEqual(o.getCell('B8').border);

    expect(ws.getCell('E6').value).toBe('Sở Tài chính');
    expect(ws.getCell('C9').value).toBe(12.5);
  });

  it('(b) keeps every other cell, merge and sheet feature', () => {
    for (const name of [SHEET, 'Sheet2']) {
      const o = before.getWorksheet(name)!;
      const p = after.getWorksheet(name)!;
      const so = snapshotSheet(o);
      const sp = snapshotSheet(p);
      for (const ref of patchedRefs) if (name === SHEET) (so.delete(ref), sp.delete(ref));
      expect(sp).toEqual(so);
      expect(p.model.merges).toEqual(o.model.merges);
      // Not in exceljs' public typings, but present at runtime.
      const pi = p as unknown as WorksheetInternals;
      const oi = o as unknown as WorksheetInternals;
      expect(pi.dataValidations.model).toEqual(oi.dataValidations.model);
      expect(JSON.stringify(pi.conditionalFormattings)).toEqual(JSON.stringify(oi.conditionalFormattings));
      expect(p.getImages().length).toBe(o.getImages().length);
      expect(p.getTables().map((t) => JSON.stringify(t))).toEqual(o.getTables().map((t) => JSON.stringify(t)));
    }
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    expect(after.getWorksheet(SHEET)!.getCell('B5').note).toEqual(before.getWorksheet(SHEET)!.getCell('B5').note);
    expect(after.getWorksheet(SHEET)!.getCell('D5').value).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(after.getWorksheet(SHEET)!.getCell('F5').formula).toBe('C5*2');
  });

  it('(c) leaves every other zip entry byte-identical, names and order kept', async () => {
    await expectOtherEntriesIdentical(original, patched, [SHEET_PART, STYLES_PART]);
  });

  it('(d) changes the sheet XML only inside the patched cells', async () => {
    const xo = await entryText(original, SHEET_PART);
    const xp = await entryText(patched, SHEET_PART);
    expect(xp).not.toBe(xo);
    expect(withoutRows(withoutCells(xp, patchedRefs), [9])).toBe(withoutCells(xo, patchedRefs));
    // The new row sits between rows 8 and 11.
    expect(xp).toMatch(/<\/row><row r="9"><c r="C9"><v>12\.5<\/v><\/c><\/row><row r="11"/);
    // Escaping and spaces.
    expect(xp).toContain(
      '<t xml:space="preserve">  Văn phòng Sở &amp; &lt;Nội vụ&gt; &quot;tỉnh&quot; </t>',
    );
  });

  it('only appends to styles.xml and reuses clones', async () => {
    const so = await entryText(original, STYLES_PART);
    const sp = await entryText(patched, STYLES_PART);
    for (const [section, item] of [
      ['cellXfs', 'xf'],
      ['fonts', 'font'],
    ] as const) {
      expect(sectionInner(sp, section).startsWith(sectionInner(so, section))).toBe(true);
      expect(countAttr(sp, section)).toBe(countItems(sp, section, item));
    }
    // A5 → one new xf (numFmt 49), B8 → one new xf + one new font.
    expect(countItems(sp, 'cellXfs', 'xf')).toBe(countItems(so, 'cellXfs', 'xf') + 2);
    expect(countItems(sp, 'fonts', 'font')).toBe(countItems(so, 'fonts', 'font') + 1);
    expect(sp).toMatch(/<xf numFmtId="49"[^>]*applyNumberFormat="1"/);
    const mask = (x: string) => x.replace(/<(cellXfs|fonts)\b[^>]*>[\s\S]*?<\/\1>/g, '<$1/>');
    expect(mask(sp)).toBe(mask(so));
  });

  it('reuses one new style for many cells with the same change', async () => {
    const so = await entryText(original, STYLES_PART);
    const out = await patchXlsx(original, SHEET, [
      { cell: 'A5', value: '1.1', numFmt: '@' },
      { cell: 'A6', value: '1.2', numFmt: '@' },
      { cell: 'A7', value: '1.3', numFmt: '@' },
      { cell: 'A8', value: '1.4', numFmt: '@', italic: true },
    ]);
    const sp = await entryText(out, STYLES_PART);
    expect(countItems(sp, 'cellXfs', 'xf')).toBe(countItems(so, 'cellXfs', 'xf') + 2);
    const ws = (await readBook(out)).getWorksheet(SHEET)!;
    expect(ws.getCell('A5').style).toEqual(ws.getCell('A7').style);
    expect(ws.getCell('A8').font?.italic).toBe(true);
    expect(ws.getCell('A8').numFmt).toBe('@');
    expect(['A5', 'A6', 'A7', 'A8'].map((a) => ws.getCell(a).value)).toEqual(['1.1', '1.2', '1.3', '1.4']);
  });

  it('turns italic off, and reuses or adds custom number formats', async () => {
    const so = await entryText(original, STYLES_PART);
    const out = await patchXlsx(original, SHEET, [
      { cell: 'A2', value: 'Kế hoạch năm 2026', italic: false },
      { cell: 'C5', value: 10, numFmt: 'dd/mm/yyyy' }, // already defined by D5
      { cell: 'C6', value: 20, numFmt: '0.000' }, // new
      { cell: 'C7', value: 30, numFmt: '0.000' }, // same new one
    ]);
    const sp = await entryText(out, STYLES_PART);
    expect(countItems(sp, 'numFmts', 'numFmt')).toBe(countItems(so, 'numFmts', 'numFmt') + 1);
    expect(countAttr(sp, 'numFmts')).toBe(countItems(sp, 'numFmts', 'numFmt'));
    const ws = (await readBook(out)).getWorksheet(SHEET)!;
    expect(ws.getCell('A2').value).toBe('Kế hoạch năm 2026');
    expect(ws.getCell('A2').font?.italic).toBeFalsy();
    expect(ws.getCell('C5').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C6').numFmt).toBe('0.000');
    expect(ws.getCell('C7').style).toEqual(ws.getCell('C6').style);
  });

  it('writes numbers with a round-trip-exact representation', async () => {
    const values = [0.1 + 0.2, 1e-7, 123456789012345680000, -0.000123, 2 ** 53 + 2, 5e-324];
    const out = await patchXlsx(
      original,
      SHEET,
      values.map((v, i) => ({ cell: `C${20 + i}`, value: v })),
    );
    const ws = (await readBook(out)).getWorksheet(SHEET)!;
    values.forEach((v, i) => expect(ws.getCell(`C${20 + i}`).value).toBe(v));
    const xml = await entryText(out, SHEET_PART);
    expect(xml).toContain('<c r="C20"><v>0.30000000000000004</v></c>');
    expect(xml).toContain('<c r="C21"><v>1E-7</v></c>');
    // The dimension hint grows to cover the new rows.
    expect(xml).toMatch(/<dimension ref="A1:I25"\/>/);
  });

  it('strips characters that XML cannot carry and protects _xHHHH_ sequences', async () => {
    const out = await patchXlsx(original, SHEET, [{ cell: 'B7', value: 'a\u0001b\u0000c\uFFFE d\ud800 _x0041_\r\n\tz' }]);
    const xml = await entryText(out, SHEET_PART);
    expect(xml).toContain('<t xml:space="preserve">abc d _x005F_x0041_&#13;\n\tz</t>');
    await readBook(out); // still parses
  });

  it('applies several patches of one cell in order', async () => {
    const out = await patchXlsx(original, SHEET, [
      { cell: 'b6', value: 'first', numFmt: '@' },
      { cell: '$B$6', value: 'second', italic: true },
    ]);
    const ws = (await readBook(out)).getWorksheet(SHEET)!;
    expect(ws.getCell('B6').value).toBe('second');
    expect(ws.getCell('B6').numFmt).toBe('@');
    expect(ws.getCell('B6').font?.italic).toBe(true);
  });

  it('never modifies the caller\'s bytes (Buffer input)', async () => {
    const buf = Buffer.from(original);
    const copy = Buffer.from(buf);
    const out = await patchXlsx(buf, SHEET, [{ cell: 'A5', value: 'x', numFmt: '@' }]);
    expect(buf.equals(copy)).toBe(true);
    expect((await readBook(out)).getWorksheet(SHEET)!.getCell('A5').value).toBe('x');
  });

  it('survives many random patches (inserts, replacements, clears) in one go', async () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const patches: CellPatch[] = [];
    for (let k = 0; k < 150; k++) {
      const cell = String.fromCharCode(65 + rand(10)) + (1 + rand(40));
      const kind = rand(4);
      const value = kind === 0 ? null : kind === 1 ? rand(1000) / 8 : `v${k} <&> ${'ư'.repeat(rand(3))}`;
      patches.push({ cell, value, ...(rand(3) === 0 ? { numFmt: '@' } : {}), ...(rand(4) === 0 ? { italic: rand(2) === 0 } : {}) });
    }
    const final = new Map(patches.map((p) => [p.cell, p.value]));
    const out = await patchXlsx(original, SHEET, patches);
    const ws = (await readBook(out)).getWorksheet(SHEET)!;
    const o = before0();
    for (let r = 1; r <= 40; r++) {
      for (let c = 1; c <= 10; c++) {
        const ref = String.fromCharCode(64 + c) + r;
        const cell = ws.getCell(ref);
        if (cell.isMerged && cell.master.address !== ref) continue; // exceljs shows the master's value
        if (final.has(ref)) {
          const v = final.get(ref)!;
          if (v === null) expect(cell.value, ref).toBeNull();
          else expect(cell.value, ref).toBe(v);
        } else {
          expect(cell.value, ref).toEqual((await o).getCell(ref).value);
        }
      }
    }
    const xml = await entryText(out, SHEET_PART);
    const rowNums = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNums).toEqual([...new Set(rowNums)].sort((a, b) => a - b));
    // Outside the patched cells, new rows and the spans/dimension hints, the XML is unchanged.
    const xo = await entryText(original, SHEET_PART);
    const oldRows = new Set([...xo.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const hints = (x: string) => x.replace(/ spans="[^"]*"/g, '').replace(/<dimension ref="[^"]*"\/>/, '');
    expect(hints(withoutRows(withoutCells(xml, [...final.keys()]), rowNums.filter((r) => !oldRows.has(r))))).toBe(
      hints(withoutCells(xo, [...final.keys()])),
    );
    for (const m of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
      const cols = [...m[2]!.matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((x) => {
        expect(x[2]).toBe(m[1]);
        return x[1]!.length * 100 + x[1]!.charCodeAt(0);
      });
      expect(cols).toEqual([...new Set(cols)].sort((a, b) => a - b));
    }
  });

  it('returns the input unchanged for an empty patch list', async () => {
    const out = await patchXlsx(original, SHEET, []);
    expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
  });

  it('finds sheets case-insensitively as Excel does', async () => {
    const out = await patchXlsx(original, 'sheet2', [{ cell: 'A1', value: 'Trang hai' }]);
    expect((await readBook(out)).getWorksheet('Sheet2')!.getCell('A1').value).toBe('Trang hai');
    await expectOtherEntriesIdentical(original, out, ['xl/worksheets/sheet2.xml']);
  });
});

describe('isSheetProtected', () => {
  it('reports enforced sheet protection', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Open').getCell('A1').value = 1;
    const locked = wb.addWorksheet('Locked');
    locked.getCell('A1').value = 1;
    await locked.protect('secret', {});
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await isSheetProtected(bytes, 'Locked')).toBe(true);
    expect(await isSheetProtected(bytes, 'Open')).toBe(false);
    // Still patchable; the protection element is kept.
    const out = await patchXlsx(bytes, 'Locked', [{ cell: 'A1', value: 'x' }]);
    expect(await isSheetProtected(out, 'Locked')).toBe(true);
    expect((await readBook(out)).getWorksheet('Locked')!.getCell('A1').value).toBe('x');
  });
});

describe('errors', () => {
  const expectPatchError = async (p: Promise<unknown>, code: string, message: RegExp) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxPatchError);
    expect((err as XlsxPatchError).code).toBe(code);
    expect((err as Error).message).toMatch(message);
  };

  it('rejects a non-zip buffer', async () => {
    await expectPatchError(patchXlsx(new TextEncoder().encode('hello, this is not a workbook at all'), SHEET, []), 'not-zip', /not a zip/);
  });

  it('rejects a truncated zip', async () => {
    await expectPatchError(patchXlsx(original.slice(0, Math.floor(original.length / 2)), SHEET, []), 'not-zip', /damaged or truncated/);
  });

  it('rejects an encrypted (CFB) file', async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectPatchError(patchXlsx(cfb, SHEET, []), 'encrypted', /password-protected/);
    await expectPatchError(isSheetProtected(cfb, SHEET), 'encrypted', /encrypted/);
  });

  it('rejects a missing sheet', async () => {
    await expectPatchError(patchXlsx(original, 'Không có', [{ cell: 'A1', value: 1 }]), 'sheet-not-found', /Sheet "Không có" was not found/);
  });

  it('rejects bad patches', async () => {
    await expectPatchError(patchXlsx(original, SHEET, [{ cell: 'A0', value: 1 }]), 'bad-patch', /not a valid cell address/);
    await expectPatchError(patchXlsx(original, SHEET, [{ cell: 'XFE1', value: 1 }]), 'bad-patch', /not a valid cell address/);
    await expectPatchError(patchXlsx(original, SHEET, [{ cell: 'A1', value: NaN }]), 'bad-patch', /finite/);
    await expectPatchError(patchXlsx(original, SHEET, [{ cell: 'A1', value: 'x'.repeat(32_768) }]), 'bad-patch', /32767/);
    await expectPatchError(
      patchXlsx(original, SHEET, [{ cell: 'A1', value: true as unknown as string }]),
      'bad-patch',
      /text, a number or null/,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Hand-written packages for producer quirks

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

async function makePackage(sheetXml: string, extra: Record<string, string> = {}, opts: { calcChain?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const calc = opts.calcChain !== undefined;
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (calc ? `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>` : '') +
      `</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:workbook xmlns:x="${NS}" xmlns:rel="${RNS}"><x:sheets>` +
      `<x:sheet rel:id="rId7" sheetId="3" name="R&amp;D &lt;2025&gt;"/></x:sheets></x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Target="/xl/worksheets/sheet1.xml" Id="rId7" Type="${RNS}/worksheet"/>` +
      `<Relationship Id="rId8" Type="${RNS}/styles" Target="styles.xml"/>` +
      (calc ? `<Relationship Id="rId9" Type="${RNS}/calcChain" Target="calcChain.xml"/>` : '') +
      `</Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES_XML);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  if (calc) zip.file('xl/calcChain.xml', opts.calcChain!);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const HAND = 'R&D <2025>';

describe('producer quirks (hand-written packages)', () => {
  it('handles prefixes, attribute order, self-closing cells, missing rows/cells, BOM and absolute targets', async () => {
    const sheet =
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="${NS}">\r\n  <x:dimension ref="A2:D5"/>\r\n  <x:sheetData>\r\n` +
      `    <x:row r="2" spans="2:4"><x:c s="1" r="B2" t="s"><x:v>0</x:v></x:c><x:c r="D2" s="1"/></x:row>\r\n` +
      `    <x:row r="5" spans="1:2"><x:c r='A5' t='str'><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v><x:extLst><x:ext uri="{X}"/></x:extLst></x:c><x:c r="B5" vm="1"><x:v>3</x:v></x:c></x:row>\r\n` +
      `    <x:row r="6" customFormat="1" s="1"/>\r\n` +
      `  </x:sheetData>\r\n  <!-- <x:c r="B2"> in a comment is not a cell -->\r\n</x:worksheet>\r\n`;
    const input = await makePackage(sheet);
    const out = await patchXlsx(input, HAND, [
      { cell: 'B2', value: 'x' },
      { cell: 'D2', value: 5 },
      { cell: 'C2', value: 'mid' },
      { cell: 'A1', value: 'top' },
      { cell: 'A5', value: null },
      { cell: 'B5', value: 4, italic: true },
      { cell: 'F5', value: 'far' },
      { cell: 'B6', value: 'row style' },
      { cell: 'A3', value: null }, // clearing a cell that does not exist: no-op
      { cell: 'A9', value: 9 },
    ]);
    const bytes = (await (await JSZip.loadAsync(out)).file('xl/worksheets/sheet1.xml')!.async('uint8array')).slice(0, 3);
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf]);
    const xml = await entryText(out, 'xl/worksheets/sheet1.xml');
    const is = (t: string) => `<x:is><x:t xml:space="preserve">${t}</x:t></x:is>`;
    expect(xml).toBe(
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="${NS}">\r\n  <x:dimension ref="A1:F9"/>\r\n  <x:sheetData>\r\n` +
        `    <x:row r="1"><x:c r="A1" t="inlineStr">${is('top')}</x:c></x:row><x:row r="2" spans="2:4"><x:c s="1" r="B2" t="inlineStr">${is('x')}</x:c>` +
        `<x:c r="C2" t="inlineStr">${is('mid')}</x:c><x:c r="D2" s="1"><x:v>5</x:v></x:c></x:row>\r\n` +
        `    <x:row r="5" spans="1:6"><x:c r='A5'><x:extLst><x:ext uri="{X}"/></x:extLst></x:c><x:c r="B5" s="2"><x:v>4</x:v></x:c>` +
        `<x:c r="F5" t="inlineStr">${is('far')}</x:c></x:row>\r\n` +
        `    <x:row r="6" customFormat="1" s="1"><x:c r="B6" s="1" t="inlineStr">${is('row style')}</x:c></x:row>\r\n` +
        `  <x:row r="9"><x:c r="A9"><x:v>9</x:v></x:c></x:row></x:sheetData>\r\n  <!-- <x:c r="B2"> in a comment is not a cell -->\r\n</x:worksheet>\r\n`,
    );
    const styles = await entryText(out, 'xl/styles.xml');
    expect(styles).toContain('<fonts count="3">');
    expect(styles).toContain('<font><i/><sz val="11"/><name val="Calibri"/></font></fonts>');
    expect(styles).toContain('<cellXfs count="3">');
    expect(styles).toContain('<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>');
    await expectOtherEntriesIdentical(input, out, ['xl/worksheets/sheet1.xml', 'xl/styles.xml']);
  });

  it('adds a <numFmts> list when the styles part has none', async () => {
    const sheet = `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const out = await patchXlsx(await makePackage(sheet), HAND, [{ cell: 'A1', value: 1, numFmt: '0.0%' }]);
    const styles = await entryText(out, 'xl/styles.xml');
    expect(styles).toContain(`<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts`);
    expect(styles).toContain('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
    expect(await entryText(out, 'xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="2"><v>1</v></c>');
  });

  it('fills an empty <sheetData/>', async () => {
    const sheet = `<worksheet xmlns="${NS}"><dimension ref="A1"/><sheetData/></worksheet>`;
    const out = await patchXlsx(await makePackage(sheet), HAND, [
      { cell: 'C3', value: 'c' },
      { cell: 'B2', value: 2 },
    ]);
    expect(await entryText(out, 'xl/worksheets/sheet1.xml')).toBe(
      `<worksheet xmlns="${NS}"><dimension ref="B2:C3"/><sheetData><row r="2"><c r="B2"><v>2</v></c></row>` +
        `<row r="3"><c r="C3" t="inlineStr"><is><t xml:space="preserve">c</t></is></c></row></sheetData></worksheet>`,
    );
  });

  const sharedSheet =
    `<worksheet xmlns="${NS}"><sheetData>` +
    `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c><c r="C1"><f t="array" ref="C1:C2">A1:A2</f><v>1</v></c></row>` +
    `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><v>2</v></c></row>` +
    `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>` +
    `</sheetData></worksheet>`;

  it('refuses to replace the master of a shared formula other cells use, and array formula parts', async () => {
    const input = await makePackage(sharedSheet);
    await expect(patchXlsx(input, HAND, [{ cell: 'B1', value: 'x' }])).rejects.toThrow(/shared formula that 2 other cell/);
    await expect(patchXlsx(input, HAND, [{ cell: 'C2', value: 'x' }])).rejects.toThrow(/array formula anchored at C1/);
    await expect(patchXlsx(input, HAND, [{ cell: 'C1', value: 'x' }])).rejects.toThrow(XlsxPatchError);
    // A dependent cell may be replaced; so may the master when all its dependents are replaced too.
    const out1 = await patchXlsx(input, HAND, [{ cell: 'B3', value: 6 }]);
    expect(await entryText(out1, 'xl/worksheets/sheet1.xml')).toContain('<c r="B3"><v>6</v></c>');
    const out2 = await patchXlsx(input, HAND, [
      { cell: 'B1', value: 2 },
      { cell: 'B2', value: 4 },
      { cell: 'B3', value: 6 },
    ]);
    expect(await entryText(out2, 'xl/worksheets/sheet1.xml')).not.toContain('t="shared"');
  });

  it('finds the users of a shared formula in rows that are not patched', async () => {
    const sheet =
      `<worksheet xmlns="${NS}"><sheetData>` +
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="4">A1*2</f><v>2</v></c></row>` +
      `<row r="2"><c r="A2"><v>2</v></c></row>` +
      `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="4"/><v>6</v></c></row>` +
      `</sheetData></worksheet>`;
    const input = await makePackage(sheet);
    await expect(patchXlsx(input, HAND, [{ cell: 'B1', value: 'x' }])).rejects.toThrow(/shared formula that 1 other cell/);
    const out = await patchXlsx(input, HAND, [{ cell: 'A2', value: 5 }]);
    expect(await entryText(out, 'xl/worksheets/sheet1.xml')).toContain('<row r="2"><c r="A2"><v>5</v></c></row>');
  });

  it('drops calculation-chain entries of replaced formulas', async () => {
    const sheet =
      `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1+1</f><v>3</v></c></row></sheetData></worksheet>`;
    const chain = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${NS}"><c r="A1" i="3" l="1"/><c r="B1"/></calcChain>`;
    const input = await makePackage(sheet, {}, { calcChain: chain });
    const out = await patchXlsx(input, HAND, [{ cell: 'A1', value: 2 }]);
    expect(await entryText(out, 'xl/calcChain.xml')).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${NS}"><c r="B1" i="3" l="1"/></calcChain>`,
    );
    await expectOtherEntriesIdentical(input, out, ['xl/worksheets/sheet1.xml', 'xl/calcChain.xml']);

    // Inherited attributes (sheet id, child-chain flag) move to the next kept entry.
    const chain2 = `<calcChain xmlns="${NS}"><c r="B1" i="2"/><c r="A1" i="3" s="1"/><c r="B1"/><c r="C9"/></calcChain>`;
    const out3 = await patchXlsx(await makePackage(sheet, {}, { calcChain: chain2 }), HAND, [{ cell: 'A1', value: 2 }]);
    expect(await entryText(out3, 'xl/calcChain.xml')).toBe(
      `<calcChain xmlns="${NS}"><c r="B1" i="2"/><c r="B1" i="3" s="1"/><c r="C9"/></calcChain>`,
    );

    // When the chain empties, the part, its relationship and its content type go.
    const out2 = await patchXlsx(input, HAND, [
      { cell: 'A1', value: 2 },
      { cell: 'B1', value: 3 },
    ]);
    const zip = await JSZip.loadAsync(out2);
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
  });

  it('rejects a worksheet that is not well-formed', async () => {
    const input = await makePackage(`<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`);
    await expect(patchXlsx(input, HAND, [{ cell: 'A1', value: 2 }])).rejects.toThrow(/not well-formed/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Zip layer

/** Local header + compressed data of an entry, as stored. */
function storedRecord(bytes: Uint8Array, name: string): Uint8Array {
  const zip = parseRawZip(bytes)!;
  const e = zip.byName.get(name)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  return bytes.subarray(e.localOffset, start + e.compressedSize);
}

describe('zip layer', () => {
  it('copies untouched entries verbatim, even compressed', async () => {
    const out = await patchXlsx(original, SHEET, [{ cell: 'B6', value: 'x' }]);
    const before = parseRawZip(original)!;
    for (const e of before.entries) {
      if (e.name === SHEET_PART) continue;
      expect(Buffer.from(storedRecord(out, e.name)).equals(Buffer.from(storedRecord(original, e.name))), e.name).toBe(true);
    }
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    for (const name of Object.keys(zip.files)) await zip.files[name]!.async('uint8array'); // CRCs verified
  });

  it('writes standard deflate data that zlib reads back (fflate, the same code in Node and browsers)', async () => {
    const out = await patchXlsx(original, SHEET, [
      { cell: 'B6', value: 'Văn phòng Sở' },
      { cell: 'A5', value: '1.1', numFmt: '@' },
    ]);
    const zip = parseRawZip(out)!;
    for (const name of [SHEET_PART, STYLES_PART]) {
      const e = zip.byName.get(name)!;
      expect(e.method).toBe(8);
      const inflated = inflateRawSync(storedRecord(out, name).subarray(-e.compressedSize));
      expect(inflated.length).toBe(e.uncompressedSize);
      expect(zlibCrc32(inflated)).toBe(e.crc);
      expect(inflated.toString('utf8')).toBe(await entryText(out, name));
    }
  });

  it('computes CRC-32 like zlib', () => {
    const data = new TextEncoder().encode('Văn phòng Sở '.repeat(1000));
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('handles stored entries and data descriptors', async () => {
    // Re-zip the workbook the way streaming writers do, with some entries stored.
    const src = await JSZip.loadAsync(original);
    const rezip = new JSZip();
    for (const name of Object.keys(src.files)) {
      const f = src.files[name]!;
      if (f.dir) continue;
      const stored = name.endsWith('.rels') || name === SHEET_PART;
      rezip.file(name, await f.async('uint8array'), { compression: stored ? 'STORE' : 'DEFLATE' });
    }
    const input = await rezip.generateAsync({ type: 'uint8array', streamFiles: true });
    expect(parseRawZip(input)!.entries.some((e) => (e.flags & 8) !== 0)).toBe(true);
    const out = await patchXlsx(input, SHEET, [{ cell: 'B6', value: 'dữ liệu' }]);
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    for (const name of Object.keys(zip.files)) await zip.files[name]!.async('uint8array');
    await expectOtherEntriesIdentical(input, out, [SHEET_PART]);
    expect(parseRawZip(out)!.byName.get('_rels/.rels')!.method).toBe(0);
    expect((await readBook(out)).getWorksheet(SHEET)!.getCell('B6').value).toBe('dữ liệu');
  });

  it('falls back to JSZip when the zip cannot be spliced, keeping order, names and stored entries', async () => {
    const src = await JSZip.loadAsync(original);
    const rezip = new JSZip();
    for (const name of Object.keys(src.files)) {
      const f = src.files[name]!;
      if (!f.dir) rezip.file(name, await f.async('uint8array'), { compression: name.endsWith('.rels') ? 'STORE' : 'DEFLATE' });
    }
    const input = await rezip.generateAsync({ type: 'uint8array' });
    const pkg = await loadPackage(input);
    pkg.raw = null; // as for zip64 or unusual layouts
    replaceEntry(pkg, SHEET_PART, (await src.file(SHEET_PART)!.async('string')).replace('</worksheet>', '</worksheet>\n'));
    const out = await writePackage(pkg);
    await expectOtherEntriesIdentical(input, out, [SHEET_PART]);
    expect(parseRawZip(out)!.byName.get('_rels/.rels')!.method).toBe(0);
    expect(parseRawZip(out)!.byName.get('xl/styles.xml')!.method).toBe(8);
    expect((await entryText(out, SHEET_PART)).endsWith('</worksheet>\n')).toBe(true);
  });
});

describe('sheet scanning', () => {
  it('gives the same result whether untouched rows are skipped or fully scanned', async () => {
    const xml = await entryText(original, SHEET_PART);
    const edits = [
      { addr: tryParseA1('A5')!, value: '1.1' },
      { addr: tryParseA1('E6')!, value: 'x' },
      { addr: tryParseA1('C9')!, value: 3 },
      { addr: tryParseA1('B30')!, value: null, numFmt: '@' },
    ];
    const fast = patchSheetXml(xml, edits, () => 7).xml;
    // A comment anywhere forces the full scan.
    const withComment = xml.replace('</worksheet>', '<!-- x --></worksheet>');
    const full = patchSheetXml(withComment, edits, () => 7).xml;
    expect(full).toBe(fast.replace('</worksheet>', '<!-- x --></worksheet>'));
    expect(fast).toContain('<row r="30"><c r="B30" s="7"/></row>');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Performance

describe('performance', () => {
  it('patches 2,000 cells of a 20,000-row sheet quickly', async () => {
    const ROWS = 20_000;
    const parts: string[] = [];
    for (let r = 1; r <= ROWS; r++) {
      let row = `<row r="${r}" spans="1:10">`;
      for (let c = 0; c < 10; c++) {
        const ref = String.fromCharCode(65 + c) + r;
        if (c === 1) row += `<c r="${ref}" s="1" t="s"><v>${r % 50}</v></c>`;
        else if (c === 9 && r % 3 === 0) continue; // some holes
        else row += `<c r="${ref}" s="${c % 2}"><v>${r * 10 + c}.5</v></c>`;
      }
      parts.push(`${row}</row>`);
      if (r % 7 === 0) r++; // some missing rows
    }
    const sheet = `<worksheet xmlns="${NS}"><dimension ref="A1:J${ROWS}"/><sheetData>${parts.join('')}</sheetData></worksheet>`;
    const sst =
      `<sst xmlns="${NS}" count="${ROWS}" uniqueCount="50">` +
      Array.from({ length: 50 }, (_, i) => `<si><t>Nội dung ${i}</t></si>`).join('') +
      `</sst>`;
    const input = await makePackage(sheet, { 'xl/sharedStrings.xml': sst });

    const patches: CellPatch[] = [];
    for (let i = 0; i < 2_000; i++) {
      const r = 1 + i * 10;
      if (i % 4 === 0) patches.push({ cell: `A${r}`, value: `${r}.1`, numFmt: '@' });
      else if (i % 4 === 1) patches.push({ cell: `B${r}`, value: `Văn bản ${i}`, italic: true });
      else if (i % 4 === 2) patches.push({ cell: `J${r}`, value: i }); // may be a hole or a missing row
      else patches.push({ cell: `C${r}`, value: null });
    }
    const times: number[] = [];
    let out: Uint8Array = new Uint8Array();
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      out = await patchXlsx(input, HAND, patches);
      times.push(performance.now() - t0);
    }
    console.log(
      `patchXlsx: 2,000 patches on a ${ROWS}-row sheet (${(sheet.length / 1e6).toFixed(1)} MB XML): ` +
        times.map((t) => `${t.toFixed(0)} ms`).join(', then '),
    );
    // Typically 0.3-0.5 s; the bound is loose for busy CI machines but catches quadratic behaviour.
    expect(Math.min(...times)).toBeLessThan(3_000);

    const xml = await entryText(out, 'xl/worksheets/sheet1.xml');
    // (plain includes(): a failing toContain would print megabytes)
    expect(xml.includes('<c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">1.1</t></is></c>')).toBe(true);
    expect(xml.includes('<c r="C31" s="0"/>')).toBe(true);
    expect(xml.includes('<c r="J21"><v>2</v></c></row>')).toBe(true); // a hole at the end of a row
    expect(xml.includes('</row><row r="141"><c r="J141"><v>14</v></c></row><row r="142" ')).toBe(true); // a missing row
    // Rows stay sorted, cells stay sorted within rows.
    const rowNums = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNums).toEqual([...rowNums].sort((a, b) => a - b));
    expect(new Set(rowNums).size).toBe(rowNums.length);
  });
});

// ---------------------------------------------------------------------------------------------------------
// LibreOffice (optional)

describe('LibreOffice', () => {
  it.skipIf(soffice === '')(
    `converts the patched file to CSV with the new text${soffice === '' ? ' (skipped: LibreOffice "soffice" is not installed)' : ''}`,
    async () => {
      const out = await patchXlsx(original, SHEET, [
        { cell: 'A5', value: '1.1', numFmt: '@' },
        { cell: 'B6', value: 'Văn phòng Sở & <Nội vụ>' },
      ]);
      const dir = mkdtempSync(join(tmpdir(), 'cchc-patch-'));
      try {
        const file = join(dir, 'patched.xlsx');
        writeFileSync(file, out);
        // CSV filter options: comma, double quote, UTF-8 (76), start at row 1.
        convertWithLibreOffice([file], 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir, { app: 'calc' });
        const csv = readdirSync(dir).find((f) => f.endsWith('.csv'));
        expect(csv).toBeDefined();
        const text = readFileSync(join(dir, csv!), 'utf8');
        expect(text).toContain('Văn phòng Sở & <Nội vụ>');
        expect(text).toContain('1.1');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
