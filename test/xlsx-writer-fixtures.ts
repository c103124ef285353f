/**
 * Workbooks and plans for the .xlsx writer's tests (test/xlsx-writer*.test.ts): an appendix made with
 * exceljs, the same with a chart (added by hand: exceljs writes none), an image, a note and a table, the
 * plan that creates the unit list, its inverse, and readers of the zip's entries as stored.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type ConditionalRule, type WorkbookPlan, taggedFormula } from '../src/core/workbook/plan';
import { parseRawZip } from '../src/hosts/xlsx/patch/zip-raw';
import { convertWithLibreOffice } from './helpers/libreoffice';

export { soffice } from './helpers/libreoffice';

export const APPENDIX = 'Phụ lục';
export const SUMMARY = 'Tổng hợp';
export const CATALOG = 'Danh mục';
export const UNITS = ['Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', "Văn phòng UBND 'tỉnh'", 'UBND huyện A & B'];
export const TAG = 'cchc-thieu-don-vi';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** An appendix: title, header on row 5, tasks on rows 6-20, a user's rule and validation, a print area, a summary sheet with formulas. */
export function appendixBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(APPENDIX);
  ws.getCell('A1').value = 'PHỤ LỤC';
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('A1:E1');
  ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Số lượng', 'Thời gian'].forEach((h, i) => (ws.getCell(5, i + 1).value = h));
  for (let r = 6; r <= 20; r++) {
    ws.getCell(r, 1).value = `${r - 5}`;
    ws.getCell(r, 2).value = `Nhiệm vụ ${r - 5}`;
    if (r % 3 !== 0) ws.getCell(r, 3).value = UNITS[r % UNITS.length]!;
    ws.getCell(r, 4).value = r;
    ws.getCell(r, 5).value = 'Quý II/2025';
  }
  ws.addConditionalFormatting({
    ref: 'D6:D20',
    rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: [15], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } } }],
  });
  ws.getCell('D6').dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 1000] };
  ws.pageSetup.printArea = 'A1:E20';
  const sum = wb.addWorksheet(SUMMARY);
  sum.getCell('A1').value = 'Tổng số lượng';
  sum.getCell('B1').value = { formula: `SUM('${APPENDIX}'!D6:D20)`, result: 195 };
  sum.getCell('B2').value = { formula: 'B1*2', result: 390 };
  return wb;
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function appendixWorkbook(): Promise<Uint8Array> {
  return bytesOf(appendixBook());
}

const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${APPENDIX}'!$B$6:$B$9</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${APPENDIX}'!$D$6:$D$9</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const CHART_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>28</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="10" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

/** The appendix with a note, an image, an Excel Table and a bar chart on its first sheet. */
export async function richWorkbook(): Promise<Uint8Array> {
  const wb = appendixBook();
  const ws = wb.getWorksheet(APPENDIX)!;
  ws.getCell('B6').note = 'Nguồn: Quyết định 123/QĐ-UBND';
  ws.addTable({ name: 'BangMa', ref: 'H4', headerRow: true, columns: [{ name: 'Mã' }, { name: 'Giá trị' }], rows: [['A', 1], ['B', 2]] });
  ws.addImage(wb.addImage({ base64: PNG_1PX, extension: 'png' }), 'H10:I12');
  const zip = await JSZip.loadAsync(await bytesOf(wb));
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  zip.file('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  const rels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'),
  );
  zip.file('xl/charts/chart1.xml', CHART_XML);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The unit list the add-in creates: sheet "Danh mục", workbook name DanhMucDonVi, list validation on C6:C20. */
export function unitListPlan(): WorkbookPlan {
  const cells = [
    { row: 1, col: 1, value: 'Danh mục đơn vị', bold: true, fill: 'DDEBF7', horizontal: 'center' as const },
    ...UNITS.map((u, i) => ({ row: i + 2, col: 1, value: u })),
  ];
  return {
    steps: [
      { kind: 'addSheet', sheet: CATALOG, cells, columnWidths: [{ col: 1, width: 42 }] },
      { kind: 'defineName', key: { name: 'DanhMucDonVi', scope: null }, target: { sheet: CATALOG, range: { top: 2, left: 1, bottom: UNITS.length + 1, right: 1 } } },
      {
        kind: 'addValidation',
        sheet: APPENDIX,
        range: { top: 6, left: 3, bottom: 20, right: 3 },
        list: { name: 'DanhMucDonVi' },
        alert: { style: 'information', title: 'Đơn vị chủ trì', message: 'Chọn đơn vị trong danh mục (có thể ghi nhiều đơn vị).' },
      },
    ],
  };
}

export const OWNER_RULE: ConditionalRule = {
  ranges: [{ top: 6, left: 3, bottom: 20, right: 3 }],
  formula: taggedFormula(TAG, '=AND($B6<>"",ISBLANK($C6))'),
  fill: 'FFC7CE',
  fontColor: '9C0006',
  bold: true,
};

/** Entry names in central-directory order. */
export function entryNames(bytes: Uint8Array): string[] {
  return parseRawZip(bytes)!.entries.map((e) => e.name);
}

/** Each entry's local header and data exactly as stored (compressed). */
export function storedRecords(bytes: Uint8Array): Map<string, Buffer> {
  const zip = parseRawZip(bytes)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Buffer>();
  for (const e of zip.entries) {
    const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    out.set(e.name, Buffer.from(bytes.subarray(e.localOffset, start + e.compressedSize)));
  }
  return out;
}

/** Each entry's uncompressed content (CRCs checked). */
export async function contents(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) out.set(name, Buffer.from(await zip.files[name]!.async('uint8array')));
  return out;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (file === null) throw new Error(`no part ${name}`);
  return file.async('string');
}

export async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/**
 * The workbook as LibreOffice saves it after opening it, formulas recalculated on load (a private profile
 * with OOXMLRecalcMode 0, see ../shared/docs/formulas.md: by default LibreOffice keeps cached values).
 */
export function throughLibreOffice(bytes: Uint8Array): Uint8Array {
  return throughLibreOfficeAll([bytes])[0]!;
}

/** Several workbooks through LibreOffice as throughLibreOffice does, by one soffice process (each start costs seconds). */
export function throughLibreOfficeAll(books: Uint8Array[]): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-writer-lo-'));
  try {
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(
      join(dir, 'profile', 'user', 'registrymodifications.xcu'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
    );
    const inputs = books.map((bytes, i) => {
      writeFileSync(join(dir, `in-${i}.xlsx`), bytes);
      return join(dir, `in-${i}.xlsx`);
    });
    mkdirSync(join(dir, 'out'));
    return convertWithLibreOffice(inputs, 'xlsx', join(dir, 'out'), { app: 'calc', profile: join(dir, 'profile') }).map((out) => new Uint8Array(readFileSync(out)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
