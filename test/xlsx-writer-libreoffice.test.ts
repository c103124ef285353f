/**
 * A real spreadsheet engine reads what the writer writes: LibreOffice opens the workbook with formulas
 * recalculated on load (see ../shared/docs/formulas.md), and its own save keeps the names, lists and rules.
 * (Skipped, saying why, where LibreOffice is not installed; .ci/run installs it.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { invertPlan } from '../src/core/workbook/undo';
import { writePlan } from '../src/hosts/xlsx/writer';
import { APPENDIX, CATALOG, OWNER_RULE, SUMMARY, TAG, UNITS, appendixWorkbook, contents, readBook, soffice, throughLibreOffice, unitListPlan } from './xlsx-writer-fixtures';

const skip = soffice === '';
const why = skip ? ' (skipped: LibreOffice "soffice" is not installed)' : '';

describe.skipIf(skip)(`LibreOffice opens what the writer wrote${why}`, () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await appendixWorkbook();
  });

  it('recalculates the formulas of an added sheet, names and newer functions included', async () => {
    const plan = unitListPlan();
    plan.steps.push(
      {
        kind: 'addSheet',
        sheet: 'Tính',
        cells: [
          { row: 1, col: 1, value: 1 },
          { row: 2, col: 1, value: 2.5 },
          { row: 3, col: 1, value: 3 },
          { row: 1, col: 2, formula: '=SUM(A1:A3)' },
          { row: 2, col: 2, formula: '=NUMBERVALUE("6,5",",")' },
          { row: 3, col: 2, formula: '=COUNTA(DanhMucDonVi)' },
          { row: 4, col: 2, formula: '=SUM(SoLieu)*2' },
          { row: 5, col: 2, formula: '=IFS(A1>1,"lớn",TRUE,"nhỏ")' },
          { row: 6, col: 2, formula: '=TEXTJOIN("; ",TRUE,A1:A3)' },
          { row: 7, col: 2, formula: `=COUNTIF('${APPENDIX}'!C6:C20,"Sở*")` },
        ],
      },
      { kind: 'defineName', key: { name: 'SoLieu', scope: null }, target: { sheet: 'Tính', range: { top: 1, left: 1, bottom: 3, right: 1 } } },
    );
    const wb = await readBook(throughLibreOffice(await writePlan(original, plan)));
    const ws = wb.getWorksheet('Tính')!;
    const result = (a: string) => (ws.getCell(a).value as { result?: unknown }).result;
    expect(result('B1')).toBe(6.5);
    expect(result('B2')).toBe(6.5);
    expect(result('B3')).toBe(UNITS.length);
    expect(result('B4')).toBe(13);
    expect(result('B5')).toBe('nhỏ');
    expect(result('B6')).toBe('1; 2.5; 3');
    expect(result('B7')).toBe(6); // rows 6-20 without every third; "Sở …" units only
    expect(wb.getWorksheet(CATALOG)!.getCell('A4').value).toBe(UNITS[2]);
  });

  it('keeps the cells, the column width, the defined name, the list validation and the conditional rule through its own save', async () => {
    const plan: WorkbookPlan = {
      steps: [
        { kind: 'cells', sheet: APPENDIX, edits: [{ cell: 'A6', row: 6, col: 1, value: '1.1', before: '1', numFmt: '@' }] },
        ...unitListPlan().steps,
        { kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE] },
        { kind: 'columnWidth', sheet: APPENDIX, col: 3, width: 33, before: null },
      ],
    };
    const lo = throughLibreOffice(await writePlan(original, plan));
    const ws = (await readBook(lo)).getWorksheet(APPENDIX)!;
    expect(ws.getCell('A6').value).toBe('1.1');
    expect(ws.getColumn(3).width).toBeCloseTo(33, 0);
    const saved = await contents(lo);
    const workbook = saved.get('xl/workbook.xml')!.toString('utf8');
    expect(workbook).toMatch(/<definedName[^>]*name="DanhMucDonVi"[^>]*>(&apos;|')Danh mục(&apos;|')!\$A\$2:\$A\$6<\/definedName>/);
    const sheet = saved.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheet).toMatch(/<dataValidation [^>]*sqref="C6:C20"[^>]*type="list"[^>]*><formula1>DanhMucDonVi<\/formula1>/);
    expect(sheet).toMatch(/<cfRule type="expression"[^>]*><formula>AND\(N\(&quot;cchc-thieu-don-vi&quot;\)=0,AND\(\$B6&lt;&gt;&quot;&quot;,ISBLANK\(\$C6\)\)\)<\/formula><\/cfRule>/);
    expect(saved.get('xl/styles.xml')!.toString('utf8')).toMatch(/<dxf>.*FFFFC7CE.*<\/dxf>/);
  });

  it('opens the workbook after the inverse plan, with the sheets it had', async () => {
    const plan = unitListPlan();
    const back = await writePlan(await writePlan(original, plan), invertPlan(plan));
    const wb = await readBook(throughLibreOffice(back));
    expect(wb.worksheets.map((w) => w.name)).toEqual([APPENDIX, SUMMARY]);
    expect(wb.getWorksheet(SUMMARY)!.getCell('B1').result).toBe(195);
  });
});
