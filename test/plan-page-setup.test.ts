/**
 * The plan's page setup, font sizes, underline, vertical alignment, borders and row heights in the .xlsx
 * writer: the package's XML as Excel reads it (attributes, element order, styles, the print-titles name),
 * the undo giving back the parts, and the memory workbook keeping the same on a new sheet.
 * LibreOffice and the printed PDF: plan-page-setup-libreoffice.test.ts; Excel through Office.js:
 * office-page-setup.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { invertPlan } from '../src/core/workbook/undo';
import { settlePlan } from '../src/core/workbook/settle';
import { MemoryWorkbook, memorySheet } from '../src/hosts/memory/workbook';
import { PreviewHost } from '../src/preview/previewHost';
import { XlsxPatchError, writePlan } from '../src/hosts/xlsx/writer';
import { APPENDIX, SUMMARY, appendixWorkbook, contents, entryNames, partText } from './xlsx-writer-fixtures';
import { ANNEX_SHEET, FONT, PLAN_SHEET, annexSheetStep, planSheetStep, planSheetsPlan, statusValidation, type AddSheet } from './helpers/plan-sheets';

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
async function sheetXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const wb = await partText(bytes, 'xl/workbook.xml');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return partText(bytes, `xl/${target!.replace(/^\/xl\//, '')}`);
}

/** The style index of a cell, and the cellXfs/fonts/borders entries it points at. */
function styleOf(sheet: string, styles: string, ref: string): { xf: string; font: string; border: string } {
  const s = Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(sheet)![1]);
  const list = (section: string, item: string) => {
    const body = new RegExp(`<${section}[^>]*>(.*?)</${section}>`, 's').exec(styles)![1]!;
    return body.match(new RegExp(`<${item}\\b[^>]*?/>|<${item}\\b[^>]*>.*?</${item}>`, 'gs'))!;
  };
  const xf = list('cellXfs', 'xf')[s]!;
  const font = list('fonts', 'font')[Number(/fontId="(\d+)"/.exec(xf)![1])]!;
  const border = list('borders', 'border')[Number(/borderId="(\d+)"/.exec(xf)![1])]!;
  return { xf, font, border };
}

/** The local names of workbook.xml as [name, localSheetId, value]. */
async function names(bytes: Uint8Array): Promise<[string, string | null, string][]> {
  const wb = await partText(bytes, 'xl/workbook.xml');
  return [...wb.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => [
    /name="([^"]+)"/.exec(m[1]!)![1]!,
    /localSheetId="(\d+)"/.exec(m[1]!)?.[1] ?? null,
    m[2]!.replace(/&apos;/g, "'"),
  ]);
}

describe('the .xlsx writer: a plan sheet as it prints', () => {
  it('writes the page setup in the order the schema requires: sheetPr first, then margins in inches, A4, the header', async () => {
    const out = await writePlan(await appendixWorkbook(), planSheetsPlan());
    const annex = await sheetXml(out, ANNEX_SHEET);
    expect(annex).toMatch(/^<\?xml[^>]*\?>\n<worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><dimension /);
    expect(annex).toContain('<pageMargins left="1.181102" right="0.590551" top="0.787402" bottom="0.787402" header="0.3" footer="0.3"/>');
    expect(annex).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(annex).toContain('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>');
    // The validation the same plan adds lands before the printing elements.
    const order = ['<sheetData>', '<mergeCells', '<dataValidations', '<pageMargins', '<pageSetup', '<headerFooter'].map((t) => annex.indexOf(t));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(annex).toMatch(/<dataValidation [^>]*sqref="F6:F65"[^>]*><formula1>"Chưa thực hiện,Đang thực hiện,Hoàn thành"<\/formula1>/);

    const doc = await sheetXml(out, PLAN_SHEET);
    expect(doc).not.toContain('<sheetPr>'); // not fitted: printed at 100 %
    expect(doc).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    expect(doc).toContain('<headerFooter differentFirst="1">');
  });

  it('numbers every page from page 1 without a first page of its own', async () => {
    const step: AddSheet = { ...planSheetStep(), page: { ...planSheetStep().page!, pageNumbersFrom: 1 } };
    const doc = await sheetXml(await writePlan(await appendixWorkbook(), { steps: [step] }), PLAN_SHEET);
    expect(doc).toContain('<headerFooter><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>');
  });

  it('writes row heights, rows without cells included, in row order', async () => {
    const doc = await sheetXml(await writePlan(await appendixWorkbook(), { steps: [planSheetStep()] }), PLAN_SHEET);
    expect(doc).toContain('<row r="3" ht="9" customHeight="1"/>');
    expect(doc).toMatch(/<row r="5" ht="40" customHeight="1"><c r="A5" /);
    expect(doc).toMatch(/<row r="4"><c r="A4" /);
    const rows = [...doc.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives cells their font size, underline, vertical alignment and a thin border on four sides', async () => {
    const out = await writePlan(await appendixWorkbook(), planSheetsPlan());
    const styles = await partText(out, 'xl/styles.xml');
    const doc = await sheetXml(out, PLAN_SHEET);
    const motto = styleOf(doc, styles, 'D2');
    expect(motto.font).toMatch(/<sz val="14"\/>/);
    expect(motto.font).toContain('<u/>');
    expect(motto.font).toContain('<b/>');
    expect(motto.font).toContain(`<name val="${FONT}"/>`);
    expect(motto.font).not.toContain('<scheme');
    const body = styleOf(doc, styles, 'A7');
    expect(body.xf).toMatch(/<alignment [^>]*vertical="top"[^>]*wrapText="1"/);
    expect(body.font).toMatch(/<sz val="14"\/>/);
    expect(body.font).not.toContain('<u');
    expect(styleOf(doc, styles, 'A1').font).toMatch(/<sz val="13"\/>/);

    const annex = await sheetXml(out, ANNEX_SHEET);
    const cell = styleOf(annex, styles, 'B6');
    expect(cell.xf).toMatch(/applyBorder="1"/);
    for (const side of ['left', 'right', 'top', 'bottom']) expect(cell.border).toContain(`<${side} style="thin"><color indexed="64"/></${side}>`);
    expect(cell.xf).toMatch(/vertical="center"/);
    // One border and one format per look, however many cells share it.
    expect(styles.match(/<left style="thin">/g)).toHaveLength(1);
    expect(new Set([...annex.matchAll(/<c r="[B-E](?:[6-9]|[1-9]\d)" s="(\d+)"/g)].map((m) => m[1])).size).toBe(1);
  });

  it('defines the header row as the print titles of the sheet, scoped to its position', async () => {
    const out = await writePlan(await appendixWorkbook(), planSheetsPlan());
    // Sheets: Phụ lục, Tổng hợp, Kế hoạch, PL Kế hoạch (3).
    expect(await names(out)).toEqual([
      ['_xlnm.Print_Area', '0', "'Phụ lục'!$A1:$E20"],
      ['_xlnm.Print_Titles', '3', `'${ANNEX_SHEET}'!$5:$5`],
    ]);
  });

  it('takes the print titles away with the sheet, and moves names local to later sheets down', async () => {
    const original = await appendixWorkbook();
    const add: WorkbookPlan = {
      steps: [
        { ...annexSheetStep(), after: APPENDIX },
        statusValidation(),
        { kind: 'defineName', key: { name: 'TongSo', scope: SUMMARY }, target: { sheet: SUMMARY, range: { top: 1, left: 2, bottom: 1, right: 2 } } },
      ],
    };
    const written = await writePlan(original, add);
    expect(await names(written)).toEqual([
      ['_xlnm.Print_Area', '0', "'Phụ lục'!$A1:$E20"],
      ['_xlnm.Print_Titles', '1', `'${ANNEX_SHEET}'!$5:$5`],
      ['TongSo', '2', "'Tổng hợp'!$B$1"],
    ]);
    // The user keeps the name and removes the appendix (the add-in's "remove what we added").
    const removed = await writePlan(written, { steps: [invertPlan({ steps: [add.steps[0]!] }).steps[0]!] });
    expect(await names(removed)).toEqual([
      ['_xlnm.Print_Area', '0', "'Phụ lục'!$A1:$E20"],
      ['TongSo', '1', "'Tổng hợp'!$B$1"],
    ]);
  });

  it('gives back the original parts on undo (styles.xml keeps only what it appended)', async () => {
    const original = await appendixWorkbook();
    const plan = planSheetsPlan();
    const back = await writePlan(await writePlan(original, plan), invertPlan(plan));
    expect(entryNames(back)).toEqual(entryNames(original));
    const before = await contents(original);
    const after = await contents(back);
    expect([...before.keys()].filter((n) => !before.get(n)!.equals(after.get(n)!))).toEqual(['xl/styles.xml']);
  });

  it('refuses a page setup, row height or font size Excel would not take, before writing anything', async () => {
    const original = await appendixWorkbook();
    const bad = async (change: Partial<AddSheet>): Promise<XlsxPatchError> => {
      try {
        await writePlan(original, { steps: [{ ...planSheetStep(), ...change }] });
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxPatchError);
        return e as XlsxPatchError;
      }
      throw new Error('expected a refusal');
    };
    const page = planSheetStep().page!;
    expect((await bad({ page: { ...page, orientation: 'sideways' as 'portrait' } })).message).toMatch(/orientation/);
    expect((await bad({ page: { ...page, marginsMm: { ...page.marginsMm, left: -1 } } })).message).toMatch(/left margin/);
    expect((await bad({ page: { ...page, printTitleRows: { first: 6, last: 5 } } })).message).toMatch(/repeated/);
    expect((await bad({ page: { ...page, pageNumbersFrom: 3 as 2 } })).message).toMatch(/page 1 or 2/);
    expect((await bad({ rowHeights: [{ row: 2, height: 410 }] })).message).toMatch(/height of row 2/);
    expect((await bad({ cells: [{ row: 1, col: 1, value: 'x', fontSize: 0 }] })).message).toMatch(/font size of A1/);
    expect((await bad({ cells: [{ row: 1, col: 1, value: 'x', vertical: 'middle' as 'center' }] })).message).toMatch(/vertical alignment of A1/);
    expect((await bad({ cells: [{ row: 1, col: 1, value: 'x', border: 'thin' as unknown as boolean }] })).message).toMatch(/border flag of A1/);
  });
});

describe('the memory workbook: what a plan sheet was added with, undo restores', () => {
  it('keeps row heights, page setup and the cells\' look, and the same after remove + undo', () => {
    const wb = new MemoryWorkbook([memorySheet({ name: APPENDIX, top: 1, left: 1, values: [['x']], merges: [], tables: [] })]);
    const plan = planSheetsPlan();
    wb.write(plan);
    const annex = wb.sheet(ANNEX_SHEET)!;
    expect(annex.page).toEqual(annexSheetStep().page);
    expect(annex.rowHeights.get(4)).toBe(6);
    expect(annex.looks.get('B6')).toEqual({ fontSize: 12, wrap: true, vertical: 'center', border: true });
    expect(annex.validations.map((v) => v.list)).toEqual([statusValidation().list]);
    expect(wb.sheet(PLAN_SHEET)!.looks.get('D2')).toEqual({ fontSize: 14, underline: true, horizontal: 'center' });

    const added = structuredClone(wb.sheets);
    const remove = invertPlan({ steps: [plan.steps[0]!, plan.steps[1]!] });
    wb.write(remove);
    expect(wb.sheets.map((s) => s.snapshot.name)).toEqual([APPENDIX]);
    wb.write(invertPlan(remove));
    wb.write({ steps: [statusValidation()] });
    expect(structuredClone(wb.sheets)).toEqual(added);
  });

  it('shows the new sheets in the preview (row heights, sizes, underline, borders) and downloads them with the list', async () => {
    const host = await PreviewHost.fromBytes(await appendixWorkbook(), 'phu-luc.xlsx', 'vi');
    const plan = planSheetsPlan();
    const settled = settlePlan(plan, await host.readTargets(plan));
    expect(settled.refusal).toBeNull();
    expect(settled.skipped).toEqual([]);
    await host.writePlan(settled.plan);
    const doc = host.sheet(PLAN_SHEET)!;
    expect(doc.rowHeights[4]).toBe(53); // 40 pt
    expect(doc.looks[1]![3]).toEqual({ bold: true, underline: true, sizePt: 14, align: 'center' });
    expect(doc.looks[6]![0]).toMatchObject({ valign: 'top', wrap: true, sizePt: 14, align: 'left' });
    expect(host.sheet(ANNEX_SHEET)!.looks[5]![1]).toEqual({ border: true, sizePt: 12, wrap: true, valign: 'middle' });
    // "Tải về": the original package with both sheets and the list on the new one.
    const { bytes } = await host.exportXlsx();
    expect(await sheetXml(bytes, ANNEX_SHEET)).toMatch(/<dataValidation [^>]*sqref="F6:F65"/);
    expect((await names(bytes)).map(([n, id]) => [n, id])).toContainEqual(['_xlnm.Print_Titles', '3']);
    // Opened again, the file shows the same.
    const again = await PreviewHost.fromBytes(bytes, 'phu-luc.xlsx', 'vi');
    expect(again.sheet(ANNEX_SHEET)!.looks[5]![1]).toEqual({ border: true, sizePt: 12, wrap: true, valign: 'middle' });
    expect(again.sheet(PLAN_SHEET)!.looks[1]![3]).toEqual({ bold: true, underline: true, sizePt: 14, align: 'center' });
    expect(again.sheet(PLAN_SHEET)!.rowHeights[4]).toBe(53);
  });

  it('gives targets for a validation on a sheet added earlier in the plan (none validate there yet)', () => {
    const wb = new MemoryWorkbook([memorySheet({ name: APPENDIX, top: 1, left: 1, values: [['x']], merges: [], tables: [] })]);
    const targets = wb.targets(planSheetsPlan());
    expect(targets.validated.get(2)).toBe(false);
  });
});
