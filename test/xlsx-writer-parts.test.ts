/**
 * What the writer leaves alone: every zip entry a plan does not need is copied byte for byte (compressed,
 * in its place), a workbook's chart, image, notes, table and formulas survive, and a plan followed by its
 * inverse gives back the original parts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookPlan } from '../src/core/workbook/plan';
import { parseRels } from '../src/hosts/xlsx/patch/package';
import { parseRawZip } from '../src/hosts/xlsx/patch/zip-raw';
import { invertPlan } from '../src/core/workbook/undo';
import { writePlan } from '../src/hosts/xlsx/writer';
import {
  APPENDIX,
  CATALOG,
  OWNER_RULE,
  SUMMARY,
  TAG,
  appendixWorkbook,
  contents,
  entryNames,
  partText,
  readBook,
  richWorkbook,
  soffice,
  storedRecords,
  throughLibreOffice,
  unitListPlan,
} from './xlsx-writer-fixtures';

const NEW_SHEET = 'xl/worksheets/sheet3.xml';

/** Entries of `after` that are stored exactly as in `before`, and those that are not. */
function compareStored(before: Uint8Array, after: Uint8Array): { same: string[]; changed: string[] } {
  const a = storedRecords(before);
  const b = storedRecords(after);
  const same: string[] = [];
  const changed: string[] = [];
  for (const [name, rec] of b) (a.get(name)?.equals(rec) ? same : changed).push(name);
  return { same, changed };
}

describe('part by part', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await appendixWorkbook();
  });

  it('the unit-list plan changes only workbook.xml, its rels, the content types, the target sheet, styles.xml, and adds the new sheet', async () => {
    const out = await writePlan(original, unitListPlan());
    const { changed } = compareStored(original, out);
    expect(changed.sort()).toEqual(['[Content_Types].xml', NEW_SHEET, 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort());
    // Same entries in the same order; the new sheet comes last.
    expect(entryNames(out)).toEqual([...entryNames(original), NEW_SHEET]);
    // docProps/app.xml (sheet titles Excel rewrites on save) and sharedStrings.xml are untouched.
    expect(compareStored(original, out).same).toEqual(expect.arrayContaining(['docProps/app.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet2.xml', 'xl/theme/theme1.xml']));
  });

  it('adds the sheet also where the zip cannot be spliced (JSZip fallback), after the other entries', async () => {
    const input = new Uint8Array([...original, ...new Uint8Array(16)]); // bytes after the end record
    expect(parseRawZip(input)).toBeNull();
    const out = await writePlan(input, unitListPlan());
    expect(entryNames(out)).toEqual([...entryNames(original), NEW_SHEET]);
    const wb = await readBook(out);
    expect(wb.getWorksheet(CATALOG)!.getCell('A2').value).toBe('Sở Nội vụ');
    expect(wb.getWorksheet(APPENDIX)!.getCell('C20').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucDonVi'] });
  });

  it('a plan without new formats leaves styles.xml alone', async () => {
    const plan = unitListPlan();
    plan.steps[0] = { kind: 'addSheet', sheet: CATALOG, cells: [{ row: 1, col: 1, value: 'Sở Nội vụ' }] };
    const { changed } = compareStored(original, await writePlan(original, plan));
    expect(changed).not.toContain('xl/styles.xml');
  });

  it('inside the target sheet only the validation is new', async () => {
    const out = await writePlan(original, unitListPlan());
    const before = await partText(original, 'xl/worksheets/sheet1.xml');
    const after = await partText(out, 'xl/worksheets/sheet1.xml');
    const added = after.match(/<dataValidation type="list"[^]*?<\/dataValidation>/)![0];
    expect(after.replace(added, '').replace('<dataValidations count="2">', '<dataValidations count="1">')).toBe(before);
  });
});

describe('a workbook with a chart, an image, notes, a table and formulas', () => {
  let rich: Uint8Array;
  beforeAll(async () => {
    rich = await richWorkbook();
  });

  it('keeps every part of them byte for byte, still referenced', async () => {
    const plan: WorkbookPlan = {
      steps: [...unitListPlan().steps, { kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE] }, { kind: 'columnWidth', sheet: APPENDIX, col: 3, width: 32, before: null }],
    };
    const out = await writePlan(rich, plan);
    const { same } = compareStored(rich, out);
    const kept = [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/media/image1.png',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/tables/table1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet2.xml',
      'xl/sharedStrings.xml',
      'docProps/app.xml',
    ];
    expect(same).toEqual(expect.arrayContaining(kept));
    // Still referenced: the sheet keeps its <drawing>, <legacyDrawing> and <tableParts> (the relationship ids its rels name).
    const sheet = await partText(out, 'xl/worksheets/sheet1.xml');
    for (const rel of parseRels(await partText(out, 'xl/worksheets/_rels/sheet1.xml.rels'), 'xl/worksheets/sheet1.xml')) {
      if (!rel.type.endsWith('/comments')) expect(sheet, rel.target).toContain(`r:id="${rel.id}"`);
    }
    expect(await partText(out, '[Content_Types].xml')).toContain('/xl/charts/chart1.xml');
    const wb = await readBook(out);
    expect(wb.getWorksheet(APPENDIX)!.getCell('B6').note).toBeDefined();
    expect(wb.getWorksheet(SUMMARY)!.getCell('B1').formula).toBe(`SUM('${APPENDIX}'!D6:D20)`);
    expect(wb.getWorksheet(CATALOG)!.getCell('A2').value).toBe('Sở Nội vụ');
  });

  it.skipIf(soffice === '')(`LibreOffice opens it with all of them${soffice === '' ? ' (skipped: no soffice)' : ''}`, async () => {
    const out = await writePlan(rich, { steps: [...unitListPlan().steps, { kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE] }] });
    const saved = await contents(throughLibreOffice(out));
    const names = [...saved.keys()];
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)), names.join()).toBe(true);
    expect(names.some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toBe(true);
    const wb = await readBook(throughLibreOffice(out));
    expect(wb.worksheets.map((w) => w.name)).toEqual([APPENDIX, SUMMARY, CATALOG]);
    expect(wb.getWorksheet(SUMMARY)!.getCell('B1').result).toBe(195);
  });
});

describe('a plan and then its inverse', () => {
  it('give back the original parts; workbook.xml keeps only fullCalcOnLoad, styles.xml only the appended formats', async () => {
    const original = await richWorkbook();
    const plan: WorkbookPlan = {
      steps: [
        ...unitListPlan().steps,
        { kind: 'addConditionalRules', sheet: APPENDIX, tag: TAG, rules: [OWNER_RULE] },
        { kind: 'columnWidth', sheet: APPENDIX, col: 3, width: 32, before: null },
      ],
    };
    plan.steps[0] = { ...(plan.steps[0] as Extract<WorkbookPlan['steps'][number], { kind: 'addSheet' }>), cells: [{ row: 1, col: 1, formula: '=COUNTA(A2:A9)', bold: true }] };
    const written = await writePlan(original, plan);
    const back = await writePlan(written, invertPlan(plan));

    expect(entryNames(back)).toEqual(entryNames(original));
    const before = await contents(original);
    const after = await contents(back);
    const differ = [...before.keys()].filter((n) => !before.get(n)!.equals(after.get(n)!));
    expect(differ.sort()).toEqual(['xl/styles.xml', 'xl/workbook.xml']);
    // Untouched by the inverse's net effect, the other changed parts are even stored as they were.
    expect(compareStored(original, back).changed.sort()).toEqual(
      ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    // workbook.xml: the recalculation flag the formulas asked for stays (a user may want it too).
    const wbBefore = before.get('xl/workbook.xml')!.toString('utf8');
    expect(after.get('xl/workbook.xml')!.toString('utf8')).toBe(wbBefore.replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));
    // styles.xml: the original text is all there, in order; only entries were appended (and counts raised).
    const strip = (s: string) => s.replace(/ count="\d+"/g, '');
    const stylesBefore = strip(before.get('xl/styles.xml')!.toString('utf8'));
    const stylesAfter = strip(after.get('xl/styles.xml')!.toString('utf8'));
    let i = 0;
    for (const ch of stylesAfter) if (ch === stylesBefore[i]) i++;
    expect(i).toBe(stylesBefore.length);
    expect(stylesAfter).toContain('<dxf>');
  });
});
