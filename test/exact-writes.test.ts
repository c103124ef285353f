/**
 * A real office workbook — a chart, an image, a note, an Excel Table and a second sheet with formulas —
 * keeps all of them through `cchc fix` and through the preview's "Tải về" after fixes, a unit list and
 * dropdowns: their parts stay byte for byte and referenced, only the parts carrying the changes differ,
 * and LibreOffice opens the result.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import { parseRange } from '../src/core/address';
import { SAFE_FIX_CODES } from '../src/core/rules';
import { WorkbookService } from '../src/core/workbook/service';
import { writePlan } from '../src/hosts/xlsx/writer';
import { PreviewHost } from '../src/preview/previewHost';
import { run, tempDir } from './cli-helpers';
import { APPENDIX, SUMMARY, contents, readBook, richWorkbook, soffice, throughLibreOffice } from './xlsx-writer-fixtures';

const dir = tempDir('cchc-exact-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rich workbook with mistakes a fix repairs: markup, a stray apostrophe, an STT typed as a number. */
async function richWithMistakes(): Promise<Uint8Array> {
  const edits = [
    { cell: 'B7', row: 7, col: 2, value: '<b>Nhiệm vụ 2</b>', before: 'Nhiệm vụ 2' },
    { cell: 'B8', row: 8, col: 2, value: "'Nhiệm vụ 3", before: 'Nhiệm vụ 3' },
    { cell: 'A9', row: 9, col: 1, value: 1.1, before: '4' },
  ];
  return writePlan(await richWorkbook(), { steps: [{ kind: 'cells', sheet: APPENDIX, edits }] });
}

/** Parts that carry what must survive: drawing, chart, image, note, table, the second sheet. */
const KEPT = /^xl\/(drawings\/|charts\/|media\/|comments|tables\/|worksheets\/sheet2\.xml|worksheets\/_rels\/)/;

async function expectKept(before: Uint8Array, after: Uint8Array): Promise<void> {
  const a = await contents(before);
  const b = await contents(after);
  const kept = [...a.keys()].filter((k) => KEPT.test(k) || /vmlDrawing/.test(k));
  expect(kept.length).toBeGreaterThanOrEqual(6);
  for (const k of kept) expect(b.get(k)?.equals(a.get(k)!), k).toBe(true);
  const book = await readBook(after);
  const ws = book.getWorksheet(APPENDIX)!;
  expect(ws.getCell('B6').note).toBeTruthy();
  expect(Object.keys((ws as unknown as { tables: object }).tables)).toContain('BangMa');
  expect(ws.getImages()).toHaveLength(1);
  expect(book.getWorksheet(SUMMARY)!.getCell('B2').formula).toBeTruthy();
}

describe('exact writes', () => {
  it('cchc fix keeps the chart, image, note, table and second sheet', async () => {
    const input = await richWithMistakes();
    const inPath = join(dir, 'rich.xlsx');
    const outPath = join(dir, 'rich-fixed.xlsx');
    writeFileSync(inPath, input);
    const r = await run(['fix', inPath, '--out', outPath]);
    expect(r.code).toBe(0);
    const out = new Uint8Array(readFileSync(outPath));
    await expectKept(input, out);
    const ws = (await readBook(out)).getWorksheet(APPENDIX)!;
    expect([ws.getCell('B7').value, ws.getCell('B8').value, ws.getCell('A9').value]).toEqual(['Nhiệm vụ 2', 'Nhiệm vụ 3', '1.1']);
    if (soffice) expect((await readBook(throughLibreOffice(out))).getWorksheet(APPENDIX)!.getCell('A9').value).toBe('1.1');
  }, 120_000);

  it.skipIf(!soffice)('a workbook last saved by LibreOffice, with a chart: fix all, unit list, dropdowns, then "Tải về" works', async () => {
    const input = throughLibreOffice(await richWithMistakes());
    const host = await PreviewHost.fromBytes(input, 'lo.xlsx', 'vi');
    host.activateSheet(APPENDIX);
    const service = new WorkbookService(host);
    const plan = planFixes(checkSheet((await service.readActiveSheet()).snapshot, { asOf: '2025-08-01' }).findings, SAFE_FIX_CODES);
    await service.applyEdits(APPENDIX, plan.edits);
    await service.createUnitList([{ name: 'Sở Nội vụ' }]);
    await service.addDropdowns(APPENDIX, [{ range: parseRange('C6:C20')!, source: 'units' }]);
    const { bytes } = await host.exportXlsx();
    const before = await contents(input);
    const after = await contents(bytes);
    const charts = [...before.keys()].filter((k) => k.startsWith('xl/charts/'));
    expect(charts.length).toBeGreaterThan(0);
    for (const k of charts) expect(after.get(k)?.equals(before.get(k)!), k).toBe(true);
    expect((await readBook(bytes)).worksheets.map((w) => w.name)).toContain('Danh mục');
    expect((await readBook(throughLibreOffice(bytes))).getWorksheet('Danh mục')!.getCell('B2').value).toBe('Sở Nội vụ');
  }, 120_000);

  it('the preview’s download keeps them too, with fixes, a unit list and dropdowns added', async () => {
    const input = await richWithMistakes();
    const host = await PreviewHost.fromBytes(input, 'rich.xlsx', 'vi');
    host.activateSheet(APPENDIX);
    const service = new WorkbookService(host);
    const read = await service.readActiveSheet();
    const plan = planFixes(checkSheet(read.snapshot, { asOf: '2025-08-01' }).findings, SAFE_FIX_CODES);
    expect(plan.edits.length).toBeGreaterThanOrEqual(3);
    await service.applyEdits(APPENDIX, plan.edits);
    await service.createUnitList([{ name: 'Sở Nội vụ' }, { name: 'Sở Tài chính' }]);
    await service.addDropdowns(APPENDIX, [{ range: parseRange('C6:C20')!, source: 'units' }]);
    const { bytes } = await host.exportXlsx();
    await expectKept(input, bytes);
    const book = await readBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual([APPENDIX, SUMMARY, 'Danh mục']);
    expect(book.getWorksheet(APPENDIX)!.getCell('C10').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMucDonVi'] });
    if (soffice) {
      const lo = await readBook(throughLibreOffice(bytes));
      expect(lo.worksheets.map((w) => w.name)).toEqual([APPENDIX, SUMMARY, 'Danh mục']);
      expect(lo.getWorksheet('Danh mục')!.getCell('B2').value).toBe('Sở Nội vụ');
    }
  }, 120_000);
});
