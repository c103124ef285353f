/**
 * LibreOffice opens the plan sheets the .xlsx writer adds and keeps what a user would see: values, Times
 * New Roman at 13–14 pt, underline, borders, merges, row heights, A4 and its orientation, the repeated header
 * row; and printed to PDF (poppler's pdfinfo / pdftotext read it) the pages are A4 portrait (595 × 842 pt) or
 * landscape (842 × 595 pt), numbered from page 2. (Skipped, saying why, without soffice or poppler-utils.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePlan } from '../src/hosts/xlsx/writer';
import { appendixWorkbook, bytesOf, partText, readBook, soffice, throughLibreOffice } from './xlsx-writer-fixtures';
import { convertWithLibreOffice, which } from './helpers/libreoffice';
import { ANNEX_ROWS, ANNEX_SHEET, FONT, PLAN_SHEET, annexSheetStep, planSheetStep, planSheetsPlan, statusValidation } from './helpers/plan-sheets';

const pdfinfo = which('pdfinfo');
const pdftotext = which('pdftotext');
const skip = soffice === '';
const why = skip ? ' (skipped: LibreOffice "soffice" is not installed)' : '';
const noPoppler = skip || pdfinfo === '' || pdftotext === '';

/** Each workbook printed to PDF (every sheet, each with its own page setup), by one LibreOffice process. */
function printed(books: Uint8Array[]): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-plan-pdf-'));
  try {
    const inputs = books.map((bytes, i) => {
      writeFileSync(join(dir, `in-${i}.xlsx`), bytes);
      return join(dir, `in-${i}.xlsx`);
    });
    return convertWithLibreOffice(inputs, 'pdf', dir).map((pdf) => readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page sizes in points, rounded ("595x842"), as pdfinfo reports them. */
function pageSizes(pdf: Buffer): string[] {
  const info = execFileSync(pdfinfo, ['-f', '1', '-l', '999', '-'], { input: pdf, encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

/** The text of each page (pdftotext separates pages with a form feed). */
function pageTexts(pdf: Buffer): string[] {
  return execFileSync(pdftotext, ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).split('\f').slice(0, -1);
}

/** A workbook whose only sheet is empty (it prints no page), to print one plan sheet alone. */
async function emptyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Trống');
  return bytesOf(wb);
}

/** The worksheet XML of a sheet of a package (LibreOffice's own save). */
async function sheetPart(bytes: Uint8Array, sheet: string): Promise<string> {
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(await partText(bytes, 'xl/workbook.xml'))![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(await partText(bytes, 'xl/_rels/workbook.xml.rels'))![1]!;
  return partText(bytes, `xl/${target}`);
}

describe.skipIf(skip)(`LibreOffice reads the plan sheets the writer adds${why}`, () => {
  let lo: Uint8Array;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    lo = throughLibreOffice(await writePlan(await appendixWorkbook(), planSheetsPlan()));
    book = await readBook(lo);
  });

  it('keeps the values, fonts, sizes, underline, alignment, merges and row heights of the document sheet', () => {
    const ws = book.getWorksheet(PLAN_SHEET)!;
    expect(ws.getCell('A1').value).toBe('UBND TỈNH AN GIANG');
    expect(ws.getCell('A1').font).toMatchObject({ name: FONT, size: 13 });
    expect(ws.getCell('D2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(ws.getCell('D2').font).toMatchObject({ name: FONT, size: 14, bold: true });
    expect([true, 'single']).toContain(ws.getCell('D2').font.underline); // LibreOffice saves <u val="single"/>
    expect(ws.getCell('A7').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(ws.getCell('A7').font).toMatchObject({ size: 14 });
    expect(ws.getCell('A1').font.underline).toBeFalsy();
    expect((ws.model as { merges: string[] }).merges).toEqual(expect.arrayContaining(['A1:C1', 'D2:F2', 'A5:F5', 'A7:F7']));
    expect(ws.getRow(5).height).toBeCloseTo(40, 0);
    expect(ws.getRow(3).height).toBeCloseTo(9, 0);
    // LibreOffice keeps the side margins; the top one it saves anew, having put the header inside it.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', margins: { left: expect.closeTo(30 / 25.4, 3), right: expect.closeTo(15 / 25.4, 3) } });
  });

  it('keeps the borders, the fonts and the list on the status column of the appendix', () => {
    const ws = book.getWorksheet(ANNEX_SHEET)!;
    expect(ws.getCell('B6').value).toBe('Tiêu chí 1: nội dung bị trừ điểm cần khắc phục');
    const thin = { style: 'thin' };
    for (const ref of ['A5', 'F5', 'B6', `F${5 + ANNEX_ROWS}`]) {
      expect(ws.getCell(ref).border).toMatchObject({ top: thin, bottom: thin, left: thin, right: thin });
    }
    expect(ws.getCell('A1').border ?? {}).not.toMatchObject({ top: thin });
    expect(ws.getCell('B6').font).toMatchObject({ name: FONT, size: 12 });
    expect(ws.getCell('F6').dataValidation).toMatchObject({ type: 'list', showErrorMessage: true });
    expect(ws.getCell('F6').dataValidation.formulae?.[0]).toBe('"Chưa thực hiện,Đang thực hiện,Hoàn thành"');
    expect(ws.getCell(`F${5 + ANNEX_ROWS}`).dataValidation?.type).toBe('list');
  });

  it('keeps the appendix landscape on A4, one page wide, numbered from page 2, its header row repeated', async () => {
    const xml = await sheetPart(lo, ANNEX_SHEET);
    expect(xml).toMatch(/<sheetPr[^>]*><pageSetUpPr fitToPage="(1|true)"\/><\/sheetPr>/);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<headerFooter differentFirst="(1|true)"[^>]*><oddHeader>&amp;C&amp;P<\/oddHeader>/);
    expect(book.getWorksheet(ANNEX_SHEET)!.pageSetup.printTitlesRow).toBe('5:5');
    expect(await partText(lo, 'xl/workbook.xml')).toMatch(/<definedName (?=[^>]*name="_xlnm.Print_Titles")(?=[^>]*localSheetId="3")[^>]*>(&apos;|')PL Kế hoạch(&apos;|')!\$5:\$5</);
  });
});

describe.skipIf(noPoppler)(`the plan sheets printed to PDF${noPoppler ? ' (skipped: soffice or poppler-utils missing)' : ''}`, () => {
  // The document alone and the appendix alone, each in a workbook of its own.
  let document: Buffer;
  let appendix: Buffer;
  beforeAll(async () => {
    const plan = { steps: [annexSheetStep(), statusValidation()] };
    [document, appendix] = printed([await writePlan(await emptyWorkbook(), { steps: [planSheetStep()] }), await writePlan(await emptyWorkbook(), plan)]) as [Buffer, Buffer];
  });

  it('prints the document on A4 portrait, numbered from page 2', () => {
    const pdf = document;
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sizes)).toEqual(new Set(['595x842']));
    const pages = pageTexts(pdf);
    expect(pages[0]).toContain('KẾ HOẠCH');
    // The number is centred in the header: the first line of page 2 and later, none on page 1.
    const firstLine = (t: string) => t.split('\n').find((l) => l.trim() !== '')!.trim();
    expect(firstLine(pages[0]!)).toMatch(/^UBND TỈNH AN GIANG/);
    expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
    expect(firstLine(pages[1]!)).toBe('2');
  });

  it('prints the appendix on A4 landscape, one page wide, its header row on every page', () => {
    const pdf = appendix;
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sizes)).toEqual(new Set(['842x595']));
    const pages = pageTexts(pdf);
    for (const page of pages) expect(page).toMatch(/STT\s+Nội dung, tiêu chí\s+Giải pháp\s+Đơn vị chủ trì/);
    // One page wide: every page has all six columns (the status column's header at the right).
    for (const page of pages) expect(page).toContain('Tình trạng');
    expect(pages.join('')).toContain(`Tiêu chí ${ANNEX_ROWS}:`);
  });
});
