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

describe('Range.text in the system culture (issue 8)', () => {
  // 30/06/2024 is serial 45473.
  const seed = {
    values: [[4.5, 1234.5, 45473, 45473, 45473.5, 0.8649, 12, 'Quý II', -2.5, 1 / 3]],
    numFmt: [['General', '#,##0.00', 'm/d/yyyy', '[$-42A]dd/mm/yyyy', 'dd/mm/yyyy hh:mm', '0.00%', '@', '@', '0.0;(0.0)', 'General']],
  };
  const textIn = async (options: ConstructorParameters<typeof ExcelDouble>[0]) => {
    const excel = new ExcelDouble(options);
    excel.addSheet('S', seed);
    return excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:J1').load('text,values,numberFormat');
      await context.sync();
      return { text: range.text[0], values: range.values[0], numberFormat: range.numberFormat[0] };
    });
  };

  it('shows a decimal comma and the dd/mm/yyyy short date in vi-VN, values and formats unchanged', async () => {
    const vi = await textIn({ culture: 'vi-VN' });
    expect(vi.text).toEqual(['4,5', '1.234,50', '30/06/2024', '30/06/2024', '30/06/2024 12:00', '86,49%', '12', 'Quý II', '(2,5)', '0,3333333333']);
    expect(vi.values).toEqual(seed.values[0]);
    expect(vi.numberFormat).toEqual(seed.numFmt[0]);
  });

  it('shows the same cells as en-US shows them: the built-in date as M/d/yyyy, a fixed format as written', async () => {
    const en = await textIn({ culture: 'en-US' });
    expect(en.text).toEqual(['4.5', '1,234.50', '6/30/2024', '30/06/2024', '30/06/2024 12:00', '86.49%', '12', 'Quý II', '(2.5)', '0.3333333333']);
    // Excel's own separators (Advanced › Use system separators off) win over the system's.
    const excel = new ExcelDouble({ culture: 'vi-VN' });
    excel.model.useSystemSeparators = false;
    excel.model.appDecimalSeparator = '.';
    excel.addSheet('S', { values: [[4.5]] });
    const text = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1').load('text');
      await context.sync();
      return r.text;
    });
    expect(text).toEqual([['4.5']]);
  });

  it('reports the culture through cultureInfo, and refuses month names rather than guess', async () => {
    const excel = new ExcelDouble({ culture: 'vi-VN' });
    excel.addSheet('S', { values: [[45473]], numFmt: [['mmmm yyyy']] });
    const culture = await excel.run(async (context) => {
      const info = context.workbook.application.cultureInfo;
      info.load('name');
      info.numberFormat.load('numberDecimalSeparator');
      info.datetimeFormat.load('shortDatePattern');
      await context.sync();
      return [info.name, info.numberFormat.numberDecimalSeparator, info.datetimeFormat.shortDatePattern];
    });
    expect(culture).toEqual(['vi-VN', ',', 'dd/MM/yyyy']);
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').load('text');
        await context.sync();
      }),
    );
    expect(code).toBe('NotImplemented');
  });
});

describe('names: workbook and sheet scopes, #REF! (issue 8)', () => {
  const namesOf = (excel: ExcelDouble, sheet?: string) =>
    excel.run(async (context) => {
      const names = (sheet ? context.workbook.worksheets.getItem(sheet).names : context.workbook.names).load('items/name,items/type,items/formula,items/scope');
      await context.sync();
      return names.items.map((n) => [n.name, n.type, n.formula, n.scope]);
    });

  it('keeps sheet-scoped names out of Workbook.names, and lets one name exist once per scope', async () => {
    const excel = workbook();
    excel.addSheet('Danh mục (2)', { values: [['Tên đơn vị'], ['Văn phòng'], ['Thanh tra']] });
    await excel.run(async (context) => {
      context.workbook.names.add('DanhMucDonVi', '=#REF!');
      const sheet = context.workbook.worksheets.getItem('Danh mục (2)');
      sheet.names.add('DanhMucDonVi', sheet.getRange('A2:A3'));
      await context.sync();
    });
    expect(await namesOf(excel)).toEqual([['DanhMucDonVi', 'Error', '=#REF!', 'Workbook']]);
    expect(await namesOf(excel, 'Danh mục (2)')).toEqual([['DanhMucDonVi', 'Range', "='Danh mục (2)'!$A$2:$A$3", 'Worksheet']]);
    expect(await namesOf(excel, 'S')).toEqual([]);
    const code = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Danh mục (2)');
        sheet.names.add('danhmucdonvi', sheet.getRange('A1'));
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Danh mục (2)').names.getItem('DanhMucDonVi').getRange().load('values');
      const broken = context.workbook.names.getItem('DanhMucDonVi').getRangeOrNullObject();
      await context.sync();
      return { values: range.values, broken: broken.isNullObject };
    });
    expect(values).toEqual({ values: [['Văn phòng'], ['Thanh tra']], broken: true });
  });

  it('drops a sheet’s local names with the sheet; names that pointed at it turn to #REF!', async () => {
    const excel = workbook();
    excel.addSheet('Cũ', { values: [['x']] });
    await excel.run(async (context) => {
      const old = context.workbook.worksheets.getItem('Cũ');
      old.names.add('Rieng', old.getRange('A1'));
      context.workbook.names.add('Chung', old.getRange('A1'));
      await context.sync();
      old.delete();
    });
    expect(excel.model.names.map((n) => n.name)).toEqual(['Chung']);
    expect(await namesOf(excel)).toEqual([['Chung', 'Error', '=#REF!', 'Workbook']]);
  });
});
