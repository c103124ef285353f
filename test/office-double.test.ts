/** The Excel double behaves like Office where the host depends on it. */
import { describe, expect, it } from 'vitest';
import { ExcelDouble, MAX_MERGED_AREAS, OfficeError } from './excel-double';

function workbook(): ExcelDouble {
  const excel = new ExcelDouble();
  excel.addSheet('S', {
    values: [
      ['STT', 'Nội dung'],
      [1, 'Kế hoạch'],
      [2, null],
    ],
    italic: [
      [false, false],
      [false, true],
      [false, false],
    ],
    merges: [{ top: 2, left: 2, bottom: 3, right: 2 }],
  });
  return excel;
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeError);
    return (e as OfficeError).code;
  }
  throw new Error('expected an Office error');
}

describe('proxy objects', () => {
  it('throws PropertyNotLoaded before load, and before the sync that fills a load', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B3');
      expect(() => range.values).toThrow(/call the load method/);
      range.load('values');
      expect(() => range.values).toThrow(OfficeError);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['STT', 'Nội dung'],
        [1, 'Kế hoạch'],
        [2, ''],
      ]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  it('sets isNullObject at sync and refuses to work on a null object', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      expect(() => missing.isNullObject).toThrow(OfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getRange('A1').load('values');
      expect(await failure(context.sync())).toBe('InvalidObjectPath');
      context.workbook.worksheets.getItem('Không có').load('name');
      expect(await failure(context.sync())).toBe('ItemNotFound');
    });
  });

  it('counts syncs, and Excel.run syncs what is left queued', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('C1').values = [['x']];
    });
    expect(excel.syncCount).toBe(1);
    expect(excel.valueAt('S', 'C1')).toBe('x');
    let kept: Excel.RequestContext | null = null;
    await excel.run(async (context) => void (kept = context));
    expect(() => kept!.workbook.worksheets.getItem('S').load('name')).toThrow(/no longer valid/);
  });

  it('reports format properties of mixed ranges as null', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const mixed = sheet.getRange('B1:B3').format.font.load('italic');
      const plain = sheet.getRange('A1:A1000').format.font.load('italic');
      await context.sync();
      expect(mixed.italic).toBeNull();
      expect(plain.italic).toBe(false);
    });
  });

  it('returns merged areas whose top-left cell is in the range, and fails above 512', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const fromTop = sheet.getRange('B2').getMergedAreasOrNullObject().load('areas/items/address');
      const fromBelow = sheet.getRange('B3').getMergedAreasOrNullObject().load('areas/items/address');
      await context.sync();
      expect(fromTop.areas.items.map((a) => a.address)).toEqual(['S!B2:B3']);
      expect(fromBelow.isNullObject).toBe(true);
    });
    excel.sheet('S').merges = Array.from({ length: MAX_MERGED_AREAS + 1 }, (_, i) => ({ top: 10 + i, left: 1, bottom: 10 + i, right: 2 }));
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:B600').getMergedAreasOrNullObject().load('areas/items/address');
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
  });
});

describe('errors at sync', () => {
  it('refuses writes on a protected sheet; earlier commands of the batch stay done', async () => {
    const excel = workbook();
    excel.addSheet('Other');
    excel.protect('S');
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Other').getRange('A1').values = [['ok']];
        context.workbook.worksheets.getItem('S').getRange('A1').values = [['no']];
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(excel.valueAt('Other', 'A1')).toBe('ok');
    expect(excel.valueAt('S', 'A1')).toBe('STT');
  });

  it('refuses every batch while in cell edit mode', async () => {
    const excel = workbook();
    excel.setEditMode(1);
    const read = (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('S').load('name');
      return context.sync();
    };
    expect(await failure(excel.run(read))).toBe('InvalidOperationInCellEditMode');
    await excel.run(read);
    expect(excel.syncLog.map((s) => s.error)).toEqual(['InvalidOperationInCellEditMode', undefined]);
  });

  it('measures payloads and enforces the 5 MB limit', async () => {
    const excel = new ExcelDouble({ payloadLimitBytes: 10_000 });
    excel.addSheet('S', { values: Array.from({ length: 500 }, (_, i) => [`Dòng thứ ${i} của bảng`]) });
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A500').load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    const big = Array.from({ length: 500 }, () => ['x'.repeat(100)]);
    const request = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('B1:B500').values = big;
        await context.sync();
      }),
    );
    expect(request).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.syncLog.map((s) => s.requestBytes > 10_000 || s.responseBytes > 10_000)).toEqual([true, true]);
  });
});

describe('Range.values entry', () => {
  it('treats strings like typed input', async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('D1:D8').values = [['1.1'], ['- Tỷ lệ'], ["'- Tỷ lệ"], ["''x"], ['=A1'], ['2024-06-30'], ['TRUE'], ['Quý II']];
      const text = sheet.getRange('E1');
      text.numberFormat = [['@']];
      text.values = [['1.1']];
      sheet.getRange('A2:B2').values = [[null, '']];
    });
    expect(['D1', 'D2', 'D3', 'D4', 'D6', 'D7', 'D8', 'E1'].map((a) => excel.valueAt('S', a))).toEqual([
      1.1,
      { error: '#NAME?' },
      '- Tỷ lệ',
      "'x",
      45473,
      true,
      'Quý II',
      '1.1',
    ]);
    expect(excel.cellAt('S', 'D5').formula).toBe('=A1');
    expect(excel.cellAt('S', 'D6').numFmt).toBe('yyyy-mm-dd');
    expect(excel.valueAt('S', 'A2')).toBe(1); // null leaves the cell alone
    expect(excel.valueAt('S', 'B2')).toBeNull(); // "" clears it
  });
});
