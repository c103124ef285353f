/**
 * The .xlsx writer carries out every kind of plan step on the package text: each is read back with exceljs
 * and checked in the XML; refusals leave the input as it was. (LibreOffice, part-by-part identity and the
 * inverse round trip are in xlsx-writer-parts.test.ts and xlsx-writer-libreoffice.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type PlanStep, taggedFormula } from '../src/core/workbook/plan';
import { XlsxPatchError, writePlan } from '../src/hosts/xlsx/writer';
import { APPENDIX, CATALOG, OWNER_RULE, SUMMARY, TAG, UNITS, appendixBook, appendixWorkbook, bytesOf, partText, readBook, unitListPlan } from './xlsx-writer-fixtures';

let original: Uint8Array;
beforeAll(async () => {
  original = await appendixWorkbook();
});

const write = (...steps: PlanStep[]) => writePlan(original, { steps });

async function refusal(p: Promise<unknown>): Promise<XlsxPatchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(XlsxPatchError);
  return e as XlsxPatchError;
}

describe('addSheet', () => {
  it('writes text, numbers, booleans and formulas with styles, widths and merges, after the last sheet', async () => {
    const out = await write({
      kind: 'addSheet',
      sheet: CATALOG,
      cells: [
        { row: 1, col: 1, value: 'Đơn vị & <nhóm>', bold: true, fill: 'DDEBF7', horizontal: 'center', wrap: true, fontName: 'Times New Roman' },
        { row: 2, col: 1, value: 1.5, numFmt: '0.00' },
        { row: 3, col: 1, value: true, italic: true },
        { row: 4, col: 1, formula: '=SUM(A2:A3)' },
        { row: 5, col: 1, value: 'ignored', formula: '=NUMBERVALUE("6,5",",")' },
        { row: 1, col: 3, value: null, fill: 'FFC7CE' },
      ],
      columnWidths: [{ col: 1, width: 30 }, { col: 3, width: 12.5 }],
      merges: [{ top: 7, left: 1, bottom: 7, right: 3 }],
    });
    const wb = await readBook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([APPENDIX, SUMMARY, CATALOG]);
    const ws = wb.getWorksheet(CATALOG)!;
    expect(ws.getCell('A1').value).toBe('Đơn vị & <nhóm>');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('A2').value).toBe(1.5);
    expect(ws.getCell('A2').numFmt).toBe('0.00');
    expect(ws.getCell('A3').value).toBe(true);
    expect(ws.getCell('A3').font?.italic).toBe(true);
    expect(ws.getCell('A4').formula).toBe('SUM(A2:A3)');
    expect(ws.getCell('A5').formula).toBe('_xlfn.NUMBERVALUE("6,5",",")');
    expect(ws.getCell('C1').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(12.5);
    expect(ws.getCell('B7').isMerged).toBe(true);
    const xml = await partText(out, 'xl/worksheets/sheet3.xml');
    expect(xml).toContain('<c r="A4"><f>SUM(A2:A3)</f></c>'); // no cached value: Excel computes it
    expect(xml).toContain('<f>_xlfn.NUMBERVALUE("6,5",",")</f>');
    expect(xml).toContain('t="inlineStr"><is><t xml:space="preserve">Đơn vị &amp; &lt;nhóm&gt;</t></is>');
    expect(await partText(out, 'xl/sharedStrings.xml')).toBe(await partText(original, 'xl/sharedStrings.xml'));
    const workbook = await partText(out, 'xl/workbook.xml');
    expect(workbook).toContain(`<sheet name="${CATALOG}" sheetId="3" r:id="rId6"/></sheets>`);
    expect(workbook).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
    expect(await partText(out, 'xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/>');
    expect(await partText(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
  });

  it('asks for a recalculation on open only when the new sheet has formulas', async () => {
    const out = await write({ kind: 'addSheet', sheet: CATALOG, cells: [{ row: 1, col: 1, value: 'x' }] });
    expect(await partText(out, 'xl/workbook.xml')).toContain('<calcPr calcId="171027"/>');
  });

  it('inserts after a named sheet, moving sheet-scoped names and the active tab with their sheets', async () => {
    const book = appendixBook();
    book.getWorksheet(SUMMARY)!.pageSetup.printArea = 'A1:B2';
    book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 1, activeTab: 1, visibility: 'visible' }];
    const input = await bytesOf(book);
    const out = await writePlan(input, { steps: [{ kind: 'addSheet', sheet: CATALOG, after: APPENDIX, cells: [] }] });
    const wb = await readBook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([APPENDIX, CATALOG, SUMMARY]);
    const xml = await partText(out, 'xl/workbook.xml');
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Phụ lục&apos;!$A1:$E20</definedName>');
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">&apos;Tổng hợp&apos;!$A1:$B2</definedName>');
    expect(xml).toMatch(/firstSheet="2" activeTab="2"/);
    expect(wb.getWorksheet(CATALOG)!.getCell('A1').value).toBeNull();
  });

  it('refuses a name the workbook has (in any case) and names Excel does not allow', async () => {
    expect((await refusal(write({ kind: 'addSheet', sheet: 'PHỤ LỤC', cells: [] }))).code).toBe('sheet-exists');
    for (const bad of ['a'.repeat(32), 'Kế hoạch [2025]', 'Q1/2025', 'A:B', 'x*', 'why?', 'back\\slash', "'quoted'", '', 'History']) {
      const e = await refusal(write({ kind: 'addSheet', sheet: bad, cells: [] }));
      expect(e.code, bad).toBe('bad-patch');
      expect(e.step).toBe(0);
    }
    expect((await refusal(write({ kind: 'addSheet', sheet: CATALOG, after: 'Không có', cells: [] }))).code).toBe('sheet-not-found');
  });
});

describe('removeSheet', () => {
  it('removes the part, its relationship, <sheet>, content type, scoped names and calcChain entries; fixes the tabs', async () => {
    const book = appendixBook();
    book.getWorksheet(SUMMARY)!.pageSetup.printArea = 'A1:B2';
    book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 1, activeTab: 1, visibility: 'visible' }];
    const input = await bytesOf(book);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(input);
    // A calculation chain with entries on both sheets (exceljs writes none).
    zip.file('xl/calcChain.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="2"/><c r="B2"/><c r="D6" i="1"/></calcChain>');
    const withChain = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const out = await writePlan(withChain, { steps: [{ kind: 'removeSheet', sheet: SUMMARY, restore: { sheet: SUMMARY, cells: [] } }] });
    const names = Object.keys((await JSZip.loadAsync(out)).files);
    expect(names).not.toContain('xl/worksheets/sheet2.xml');
    const xml = await partText(out, 'xl/workbook.xml');
    expect(xml).not.toContain(SUMMARY);
    expect(xml).toContain('localSheetId="0"');
    expect(xml).not.toContain('localSheetId="1"');
    expect(xml).toMatch(/firstSheet="0" activeTab="0"/);
    expect(await partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('worksheets/sheet2.xml');
    expect(await partText(out, '[Content_Types].xml')).not.toContain('/xl/worksheets/sheet2.xml');
    expect(await partText(out, 'xl/calcChain.xml')).toContain('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D6" i="1"/></calcChain>');
    expect((await readBook(out)).worksheets.map((w) => w.name)).toEqual([APPENDIX]);
  });

  it('refuses to remove the last visible sheet, and a sheet a name still points at', async () => {
    const book = appendixBook();
    book.getWorksheet(SUMMARY)!.state = 'hidden';
    const input = await bytesOf(book);
    const e = await refusal(writePlan(input, { steps: [{ kind: 'removeSheet', sheet: APPENDIX, restore: { sheet: APPENDIX, cells: [] } }] }));
    expect(e.code).toBe('last-sheet');
    const named = await write(...unitListPlan().steps.slice(0, 2));
    const e2 = await refusal(writePlan(named, { steps: [{ kind: 'removeSheet', sheet: CATALOG, restore: { sheet: CATALOG, cells: [] } }] }));
    expect(e2.code).toBe('unsupported');
    expect(e2.message).toContain('DanhMucDonVi');
  });

  it('does nothing for a sheet that is already gone', async () => {
    const out = await write({ kind: 'removeSheet', sheet: CATALOG, restore: { sheet: CATALOG, cells: [] } });
    expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
  });
});

describe('defineName / removeName', () => {
  it('adds workbook and sheet-scoped names after <sheets>, quoting sheet names; removes them', async () => {
    const out = await write(
      { kind: 'addSheet', sheet: CATALOG, cells: UNITS.map((u, i) => ({ row: i + 2, col: 1, value: u })) },
      { kind: 'defineName', key: { name: 'DanhMucDonVi', scope: null }, target: { sheet: CATALOG, range: { top: 2, left: 1, bottom: 6, right: 1 } }, comment: 'Đơn vị "chủ trì"' },
      { kind: 'defineName', key: { name: 'DanhMucDonVi', scope: APPENDIX }, target: { sheet: SUMMARY, range: { top: 1, left: 2, bottom: 1, right: 2 } } },
    );
    const xml = await partText(out, 'xl/workbook.xml');
    expect(xml).toContain(`<definedName name="DanhMucDonVi" comment="Đơn vị &quot;chủ trì&quot;">'Danh mục'!$A$2:$A$6</definedName>`);
    expect(xml).toContain(`<definedName name="DanhMucDonVi" localSheetId="0">'Tổng hợp'!$B$1</definedName></definedNames><calcPr`);
    // exceljs reads names without their scope: the last one wins.
    expect((await readBook(out)).definedNames.getRanges('DanhMucDonVi').ranges.length).toBe(1);

    const e = await refusal(writePlan(out, { steps: [{ kind: 'defineName', key: { name: 'danhmucdonvi', scope: null }, target: { sheet: CATALOG, range: { top: 1, left: 1, bottom: 1, right: 1 } } }] }));
    expect(e.code).toBe('name-exists');
    for (const bad of ['1abc', 'A1', 'R1C1', 'có dấu cách', '']) {
      expect((await refusal(write({ kind: 'defineName', key: { name: bad, scope: null }, target: { sheet: APPENDIX, range: { top: 1, left: 1, bottom: 1, right: 1 } } }))).code, bad).toBe('bad-patch');
    }

    const back = await writePlan(out, {
      steps: [
        { kind: 'removeName', key: { name: 'DanhMucDonVi', scope: APPENDIX }, restore: { target: { sheet: SUMMARY, range: { top: 1, left: 2, bottom: 1, right: 2 } } } },
        { kind: 'removeName', key: { name: 'DanhMucDonVi', scope: null }, restore: { target: { sheet: CATALOG, range: { top: 2, left: 1, bottom: 6, right: 1 } } } },
      ],
    });
    const after = await partText(back, 'xl/workbook.xml');
    expect(after).not.toContain('DanhMucDonVi');
    expect(after).toContain('_xlnm.Print_Area'); // the other names stay
  });
});

describe('addValidation / removeValidation', () => {
  it('adds a list from a name in schema order, and removes exactly it', async () => {
    const out = await write(...unitListPlan().steps);
    const ws = (await readBook(out)).getWorksheet(APPENDIX)!;
    expect(ws.getCell('C6').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucDonVi'], allowBlank: true, errorStyle: 'information', showErrorMessage: true });
    expect(ws.getCell('C20').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('D6').dataValidation).toMatchObject({ type: 'whole' }); // the user's stays
    const xml = await partText(out, 'xl/worksheets/sheet1.xml');
    const order = ['</sheetData>', '<mergeCells', '<conditionalFormatting', '<dataValidations count="2">', 'sqref="C6:C20"><formula1>DanhMucDonVi</formula1>', '<pageMargins'].map((s) => xml.indexOf(s));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);

    const step = unitListPlan().steps[2] as Extract<PlanStep, { kind: 'addValidation' }>;
    const back = await writePlan(out, { steps: [{ kind: 'removeValidation', sheet: APPENDIX, range: step.range, restore: { list: step.list, alert: step.alert } }] });
    expect(await partText(back, 'xl/worksheets/sheet1.xml')).toBe(await partText(original, 'xl/worksheets/sheet1.xml'));
  });

  it('writes a fixed list as a quoted comma list and refuses one over 255 characters', async () => {
    const alert = { style: 'stop' as const, title: 'Tình trạng', message: 'Chọn trong danh sách' };
    const out = await write({ kind: 'addValidation', sheet: APPENDIX, range: { top: 6, left: 6, bottom: 20, right: 6 }, list: { values: ['Đã hoàn thành', 'Đang "làm"', 'Chưa'] }, alert });
    expect(await partText(out, 'xl/worksheets/sheet1.xml')).toContain('<formula1>"Đã hoàn thành,Đang ""làm"",Chưa"</formula1>');
    const long = Array.from({ length: 30 }, (_, i) => `Giá trị số ${i}`);
    expect((await refusal(write({ kind: 'addValidation', sheet: APPENDIX, range: { top: 6, left: 6, bottom: 6, right: 6 }, list: { values: long }, alert }))).code).toBe('bad-patch');
    expect((await refusal(write({ kind: 'addValidation', sheet: APPENDIX, range: { top: 6, left: 6, bottom: 6, right: 6 }, list: { values: ['a,b'] }, alert }))).code).toBe('bad-patch');
    expect((await refusal(write({ kind: 'addValidation', sheet: APPENDIX, range: { top: 6, left: 6, bottom: 6, right: 6 }, list: { name: 'KhongCo' }, alert }))).code).toBe('bad-patch');
  });

  it('refuses cells that already validate, in <dataValidations> or in x14 validations of <extLst>', async () => {
    const alert = { style: 'information' as const, title: '', message: '' };
    const e = await refusal(write({ kind: 'addValidation', sheet: APPENDIX, range: { top: 1, left: 4, bottom: 30, right: 4 }, list: { values: ['a'] }, alert }));
    expect(e.code).toBe('already-validated');
    const sheet = await partText(original, 'xl/worksheets/sheet1.xml');
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'${SUMMARY}'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C10:C12 G1</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(original);
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', `${x14}</worksheet>`));
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const plan = unitListPlan();
    const e2 = await refusal(writePlan(input, plan));
    expect(e2.code).toBe('already-validated');
    expect(e2.step).toBe(2);
    expect(e2.message).toContain('C10:C12');
  });
});

describe('addConditionalRules / removeConditionalRules', () => {
  it('adds tagged rules after the user\'s with priorities below theirs, and removes only them', async () => {
    const second = { ...OWNER_RULE, formula: taggedFormula(TAG, '=ISNUMBER(SEARCH("?",$C6))'), fontColor: undefined, bold: undefined, fill: 'FFEB9C' };
    const out = await write({ kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE, second] });
    const xml = await partText(out, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<conditionalFormatting sqref="C6:C20"><cfRule type="expression" dxfId="1" priority="2"><formula>AND(N("cchc-thieu-don-vi")=0,AND($B6&lt;&gt;"",ISBLANK($C6)))</formula></cfRule></conditionalFormatting>');
    expect(xml).toContain('<cfRule type="expression" dxfId="2" priority="3">');
    expect(xml).toMatch(/<cfRule type="cellIs" dxfId="0" priority="1"/); // the user's keeps its place
    const styles = await partText(out, 'xl/styles.xml');
    expect(styles).toContain('<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>');
    const ws = (await readBook(out)).getWorksheet(APPENDIX)! as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> };
    expect(ws.conditionalFormattings.map((c) => c.ref)).toEqual(['D6:D20', 'C6:C20', 'C6:C20']);

    const back = await writePlan(out, { steps: [{ kind: 'removeConditionalRules', sheet: APPENDIX, tag: TAG, restore: [OWNER_RULE, second] }] });
    expect(await partText(back, 'xl/worksheets/sheet1.xml')).toBe(await partText(original, 'xl/worksheets/sheet1.xml'));
    // Adding them again reuses the dxf entries left in styles.xml.
    const again = await writePlan(back, { steps: [{ kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE, second] }] });
    expect(await partText(again, 'xl/styles.xml')).toBe(styles);
  });

  it('refuses a rule whose formula does not carry the tag', async () => {
    const e = await refusal(write({ kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [{ ...OWNER_RULE, formula: '=ISBLANK($C6)' }] }));
    expect(e.code).toBe('bad-patch');
  });
});

describe('columnWidth', () => {
  it('sets a width, and null gives back the sheet as it was', async () => {
    const out = await write({ kind: 'columnWidth', sheet: APPENDIX, col: 3, width: 35, before: null });
    expect((await readBook(out)).getWorksheet(APPENDIX)!.getColumn(3).width).toBe(35);
    const back = await writePlan(out, { steps: [{ kind: 'columnWidth', sheet: APPENDIX, col: 3, width: null, before: 35 }] });
    expect(await partText(back, 'xl/worksheets/sheet1.xml')).toBe(await partText(original, 'xl/worksheets/sheet1.xml'));
  });
});

describe('cells', () => {
  it('edits several sheets in one write, with formats', async () => {
    const edit = (cell: string, row: number, col: number, value: string | number, before: string | number | null) => ({ cell, row, col, value, before });
    const out = await write(
      { kind: 'cells', sheet: APPENDIX, edits: [{ ...edit('A6', 6, 1, '1.1', '1'), numFmt: '@' }, { ...edit('C8', 8, 3, 'Sở Tư pháp', null), fontName: 'Times New Roman' }] },
      { kind: 'cells', sheet: SUMMARY, edits: [{ ...edit('A1', 1, 1, 'Tổng', 'Tổng số lượng'), italic: true }] },
    );
    const wb = await readBook(out);
    expect(wb.getWorksheet(APPENDIX)!.getCell('A6').value).toBe('1.1');
    expect(wb.getWorksheet(APPENDIX)!.getCell('A6').numFmt).toBe('@');
    expect(wb.getWorksheet(APPENDIX)!.getCell('C8').font?.name).toBe('Times New Roman');
    expect(wb.getWorksheet(SUMMARY)!.getCell('A1').value).toBe('Tổng');
    expect(wb.getWorksheet(SUMMARY)!.getCell('A1').font?.italic).toBe(true);
    expect(wb.getWorksheet(SUMMARY)!.getCell('B1').formula).toBe(`SUM('${APPENDIX}'!D6:D20)`);
  });
});

describe('package names', () => {
  it('writes a sheet whose relationship names its part in another case (OPC names are case-insensitive)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(original);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('Target="worksheets/sheet1.xml"', 'Target="Worksheets/Sheet1.XML"').replace('Target="worksheets/sheet2.xml"', 'Target="WORKSHEETS/sheet2.xml"'));
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const out = await writePlan(input, {
      steps: [{ kind: 'columnWidth', sheet: APPENDIX, col: 2, width: 50, before: null }, unitListPlan().steps[0]!, { kind: 'removeSheet', sheet: SUMMARY, restore: { sheet: SUMMARY, cells: [] } }],
    });
    // (exceljs cannot follow such a relationship: read the XML)
    expect(await partText(out, 'xl/worksheets/sheet1.xml')).toContain('<col min="2" max="2" width="50" customWidth="1"/>');
    expect(Object.keys((await JSZip.loadAsync(out)).files).filter((n) => /sheet\d/i.test(n))).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml']);
  });
});

describe('refusals', () => {
  it('throw before anything is written and leave the input untouched', async () => {
    const copy = new Uint8Array(original);
    const plan = { steps: [...unitListPlan().steps, { kind: 'addSheet', sheet: 'phụ lục', cells: [] } as PlanStep] };
    const e = await refusal(writePlan(copy, plan));
    expect(e.code).toBe('sheet-exists');
    expect(e.step).toBe(3);
    expect(Buffer.from(copy).equals(Buffer.from(original))).toBe(true);
    expect((await refusal(write({ kind: 'cells', sheet: 'Không có', edits: [] }))).code).toBe('sheet-not-found');
    expect((await refusal(write({ kind: 'frobnicate' } as unknown as PlanStep))).code).toBe('bad-patch');
  });
});
