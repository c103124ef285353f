/**
 * The writer's text-level pieces on hand-written XML: formula text for the file, sheet-name quoting, column
 * spans split and joined, new elements placed where the schema wants them (prefixed namespaces included).
 */
import { describe, expect, it } from 'vitest';
import { setColumnWidth } from '../src/hosts/xlsx/writer/columns';
import { addExpressionRules, removeTaggedRules } from '../src/hosts/xlsx/writer/conditional';
import { formulaForFile, quoteSheetName, refersToSheet } from '../src/hosts/xlsx/writer/formula';
import { addListValidation, removeListValidation } from '../src/hosts/xlsx/writer/validation';
import { addDefinedName, removeSheetAt, requestFullCalc } from '../src/hosts/xlsx/writer/workbook-xml';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const alert = { style: 'warning' as const, title: 'T', message: 'M' };

describe('formula text', () => {
  it('adds _xlfn. before newer functions only, outside strings and quoted sheet names', () => {
    expect(formulaForFile('=NUMBERVALUE(SUBSTITUTE(E7,",","."),".")')).toBe('_xlfn.NUMBERVALUE(SUBSTITUTE(E7,",","."),".")');
    expect(formulaForFile('=IFS(A1>0,"IFS(",TRUE,xlookup(1,B:B,C:C))')).toBe('_xlfn.IFS(A1>0,"IFS(",TRUE,_xlfn.xlookup(1,B:B,C:C))');
    expect(formulaForFile("=SUM('CONCAT(x'!A1:A3)+CONCATENATE(\"a\",\"b\")+_xlfn.DAYS(A1,B1)")).toBe("SUM('CONCAT(x'!A1:A3)+CONCATENATE(\"a\",\"b\")+_xlfn.DAYS(A1,B1)");
    expect(formulaForFile('=TEXTJOIN(",",TRUE,MAXIFS(A:A,B:B,">0"),MINIFS(A:A,B:B,"<0"),SWITCH(1,1,"a"),ISOWEEKNUM(TODAY()),CONCAT("x"))')).toBe(
      '_xlfn.TEXTJOIN(",",TRUE,_xlfn.MAXIFS(A:A,B:B,">0"),_xlfn.MINIFS(A:A,B:B,"<0"),_xlfn.SWITCH(1,1,"a"),_xlfn.ISOWEEKNUM(TODAY()),_xlfn.CONCAT("x"))',
    );
  });

  it('quotes sheet names that need it', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('DanhMuc')).toBe('DanhMuc');
    expect(quoteSheetName('Danh mục')).toBe("'Danh mục'");
    expect(quoteSheetName('Mục')).toBe("'Mục'");
    expect(quoteSheetName('2025')).toBe("'2025'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName('R2C3')).toBe("'R2C3'");
    expect(quoteSheetName("Sở 'A'")).toBe("'Sở ''A'''");
    expect(refersToSheet("'Danh mục'!$A$2:$A$9", 'DANH MỤC')).toBe(true);
    expect(refersToSheet('MySheet1!A1', 'Sheet1')).toBe(false);
    expect(refersToSheet('SUM(Sheet1!A1)', 'Sheet1')).toBe(true);
  });
});

describe('column widths', () => {
  const sheet = (cols: string) => `<worksheet xmlns="${NS}"><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/></worksheet>`;
  const span = '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="6" width="12.7109375" style="3" customWidth="1"/></cols>';

  it('splits a span around the column and joins it back when the width returns', () => {
    const wide = setColumnWidth(sheet(span), 4, 30);
    expect(wide).toBe(
      sheet(
        '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="3" width="12.7109375" style="3" customWidth="1"/>' +
          '<col min="4" max="4" width="30" style="3" customWidth="1"/><col min="5" max="6" width="12.7109375" style="3" customWidth="1"/></cols>',
      ),
    );
    expect(setColumnWidth(wide, 4, 12.7109375)).toBe(sheet(span));
    expect(setColumnWidth(sheet(span), 2, 12.7109375)).toBe(sheet(span)); // already so
  });

  it('adds a column in order, creates <cols> before <sheetData>, and null removes what it added', () => {
    expect(setColumnWidth(sheet(span), 8, 9)).toBe(sheet(span.replace('</cols>', '<col min="8" max="8" width="9" customWidth="1"/></cols>')));
    const created = setColumnWidth(sheet(''), 3, 20);
    expect(created).toBe(sheet('<cols><col min="3" max="3" width="20" customWidth="1"/></cols>'));
    expect(setColumnWidth(created, 3, null)).toBe(sheet(''));
    // A styled column keeps its style when its width goes back to the default.
    expect(setColumnWidth(sheet(span), 6, null)).toBe(sheet('<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="5" width="12.7109375" style="3" customWidth="1"/><col min="6" max="6" style="3"/></cols>'));
  });
});

describe('element order', () => {
  const worksheet =
    `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>` +
    '<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells><x:hyperlinks><x:hyperlink ref="A1" location="B1"/></x:hyperlinks>' +
    '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><x:tableParts count="0"/></x:worksheet>';

  it('puts validation and conditional formats between <mergeCells> and <hyperlinks>, with the sheet\'s prefix', () => {
    const withList = addListValidation(worksheet, box(2, 3, 9, 3), 'DanhMuc', alert);
    expect(withList).toContain('</x:mergeCells><x:dataValidations count="1"><x:dataValidation type="list" errorStyle="warning"');
    expect(withList).toContain('sqref="C2:C9"><x:formula1>DanhMuc</x:formula1></x:dataValidation></x:dataValidations><x:hyperlinks>');
    const withRule = addExpressionRules(withList, [{ areas: [box(2, 3, 9, 3), box(2, 5, 9, 5)], formula: 'AND(N("t")=0,C2="")', dxfId: 4 }]);
    expect(withRule).toContain('</x:mergeCells><x:conditionalFormatting sqref="C2:C9 E2:E9"><x:cfRule type="expression" dxfId="4" priority="1"><x:formula>AND(N("t")=0,C2="")</x:formula></x:cfRule></x:conditionalFormatting><x:dataValidations');
    expect(removeListValidation(removeTaggedRules(withRule, 't'), box(2, 3, 9, 3), 'DanhMuc')).toBe(worksheet);
  });

  it('leaves a user\'s rule in a shared <conditionalFormatting> and removes only the tagged one', () => {
    const shared =
      `<worksheet xmlns="${NS}"><sheetData/><conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;1</formula></cfRule>` +
      '<cfRule type="expression" dxfId="1" priority="2"><formula>AND(N("t")=0,A1&lt;0)</formula></cfRule></conditionalFormatting></worksheet>';
    expect(removeTaggedRules(shared, 't')).toBe(
      `<worksheet xmlns="${NS}"><sheetData/><conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting></worksheet>`,
    );
    expect(removeTaggedRules(shared, 'other')).toBe(shared);
  });

  it('puts <definedNames> after <sheets> (and external references), <calcPr> after it', () => {
    const wb = `<workbook xmlns="${NS}" xmlns:r="r"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><externalReferences><externalReference r:id="rId9"/></externalReferences><extLst/></workbook>`;
    const named = addDefinedName(wb, { name: 'X', localSheetId: 1, formula: "'B'!$A$1" });
    expect(named).toContain(`</externalReferences><definedNames><definedName name="X" localSheetId="1">'B'!$A$1</definedName></definedNames><extLst/>`);
    expect(requestFullCalc(named)).toContain('</definedNames><calcPr fullCalcOnLoad="1"/><extLst/>');
    // Removing sheet B drops its name (and the list) and moves the active tab to a sheet that exists.
    expect(removeSheetAt(named, 1)).toBe(wb.replace('<sheet name="B" sheetId="2" r:id="rId2"/>', '').replace('activeTab="1"', 'activeTab="0"'));
  });
});
