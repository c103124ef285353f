import { sameRawValue } from '../src/core/snapshot';
import { MAX_COLUMNS, MAX_ROWS, columnLetters, columnNumber, localAddress, parseA1Address, parseRange, parseRanges, splitAddressList, splitSheet } from '../src/core/address';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, cellInput, convertFormulas, convertItalic, convertNumberFormats, convertText, convertValue, convertValues, emptySnapshot, formulasFromAreas, gridFromColumns, hiddenRowsOf, isParsedOnEntry, jsonBytes, localIsoDate, valueTypesFromErrors } from '../src/hosts/office/convert';

describe('column letters', () => {
  it('converts both ways', () => {
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('z')).toBe(26);
    expect(columnNumber('AA')).toBe(27);
    expect(columnNumber('XFD')).toBe(16384);
    expect(columnNumber('A1')).toBeNaN();
    for (const n of [1, 26, 27, 52, 53, 702, 703, 16384]) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnLetters(28)).toBe('AB');
  });
});

describe('A1 addresses', () => {
  it('splits sheet names, quoted or not', () => {
    expect(splitSheet('Sheet1!A1:B3')).toEqual({ sheet: 'Sheet1', local: 'A1:B3' });
    expect(splitSheet("'Kế hoạch 2024'!A1")).toEqual({ sheet: 'Kế hoạch 2024', local: 'A1' });
    expect(splitSheet("'O''Brien''s'!C2")).toEqual({ sheet: "O'Brien's", local: 'C2' });
    expect(splitSheet("'a!b'!C2")).toEqual({ sheet: 'a!b', local: 'C2' });
    expect(splitSheet('B2:D4')).toEqual({ sheet: null, local: 'B2:D4' });
    expect(splitSheet("'unclosed!A1")).toBeNull();
  });

  it('parses cells, ranges, $ signs and sheet-qualified addresses', () => {
    expect(parseA1Address('A1')).toEqual({ sheet: null, range: { top: 1, left: 1, bottom: 1, right: 1 } });
    expect(parseA1Address('Sheet1!A1:F20')).toEqual({
      sheet: 'Sheet1',
      range: { top: 1, left: 1, bottom: 20, right: 6 },
    });
    expect(parseA1Address("'Phụ lục I'!$B$2:$D$9")).toEqual({
      sheet: 'Phụ lục I',
      range: { top: 2, left: 2, bottom: 9, right: 4 },
    });
    // reversed corners are normalised
    expect(parseRange('D9:B2')).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
  });

  it('parses whole rows and whole columns', () => {
    expect(parseRange('Sheet1!A:C')).toEqual({ top: 1, left: 1, bottom: MAX_ROWS, right: 3 });
    expect(parseRange('3:5')).toEqual({ top: 3, left: 1, bottom: 5, right: MAX_COLUMNS });
  });

  it('rejects what is not one rectangle', () => {
    for (const bad of ['', 'A', '3', 'A1:B', 'A1:B2:C3', 'A0', 'XFE1', 'A1048577', 'R1C1', 'MyName', 'A1, B2']) {
      expect(parseA1Address(bad), bad).toBeNull();
    }
  });

  it('drops the sheet for display', () => {
    expect(localAddress("'Kế hoạch'!A1:N42")).toBe('A1:N42');
    expect(localAddress('A1')).toBe('A1');
  });

  it('splits RangeAreas address lists without breaking quoted names', () => {
    expect(splitAddressList('Sheet1!A1:B4, Sheet1!D1:D4')).toEqual(['Sheet1!A1:B4', 'Sheet1!D1:D4']);
    expect(splitAddressList("'a, b'!A1:A2,'O''x'!C3")).toEqual(["'a, b'!A1:A2", "'O''x'!C3"]);
    expect(splitAddressList('')).toEqual([]);
  });

  it('parses lists of ranges, dropping bad ones and duplicates', () => {
    expect(parseRanges(['S!A1:B2', 'S!A1:B2', 'junk', 'C3'])).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});

describe('values', () => {
  it('uses valueTypes when they are there', () => {
    expect(convertValue('#REF!', 'Error')).toEqual({ error: '#REF!' });
    expect(convertValue('', 'Empty')).toBeNull();
    expect(convertValue('#N/A', 'String')).toBe('#N/A'); // text that looks like an error stays text
    expect(convertValue(45000, 'Double')).toBe(45000);
    expect(convertValue(true, 'Boolean')).toBe(true);
    expect(convertValue('', 'String')).toBeNull();
  });

  it('recognises error strings without valueTypes', () => {
    expect(convertValue('#DIV/0!')).toEqual({ error: '#DIV/0!' });
    expect(convertValue('#NAME?')).toEqual({ error: '#NAME?' });
    expect(convertValue('#hashtag')).toBe('#hashtag');
    expect(convertValue(null)).toBeNull();
    expect(convertValue(undefined)).toBeNull();
  });

  it('converts grids, padding ragged rows', () => {
    const values = [
      ['STT', 'Nội dung', ''],
      [1, '#REF!', 3.5],
      [true],
    ];
    const types = [
      ['String', 'String', 'Empty'],
      ['Double', 'Error', 'Double'],
      ['Boolean'],
    ];
    expect(convertValues(values, types)).toEqual([
      ['STT', 'Nội dung', null],
      [1, { error: '#REF!' }, 3.5],
      [true, null, null],
    ]);
  });

  it('keeps only real formulas', () => {
    expect(convertFormulas([['=SUM(A1:A3)', 5, 'text', '=', null]], 1, 5)).toEqual([
      ['=SUM(A1:A3)', null, null, null, null],
    ]);
  });

  it('fills text, number formats and italic', () => {
    expect(convertText([['a', null]], 1, 3)).toEqual([['a', '', '']]);
    expect(convertNumberFormats([['@', '', 'dd/mm/yyyy']], 1, 3)).toEqual([['@', 'General', 'dd/mm/yyyy']]);
    expect(
      convertItalic([[{ format: { font: { italic: true } } }, { format: { font: { italic: false } } }, {}]], 1, 3),
    ).toEqual([[true, false, false]]);
  });
});

describe('snapshots', () => {
  it('builds a snapshot anchored at the used range', () => {
    const snap = buildSnapshot({
      name: 'Phụ lục',
      rowIndex: 2, // row 3
      columnIndex: 1, // column B
      values: [
        ['STT', 'Nội dung', 'Đơn vị chủ trì'],
        [1, 'Tiêu chí 1', '#N/A'],
      ],
      valueTypes: [
        ['String', 'String', 'String'],
        ['Double', 'String', 'Error'],
      ],
      text: [
        ['STT', 'Nội dung', 'Đơn vị chủ trì'],
        ['1', 'Tiêu chí 1', '#N/A'],
      ],
      numberFormat: [
        ['General', 'General', 'General'],
        ['@', 'General', 'General'],
      ],
      formulas: [
        ['STT', 'Nội dung', 'Đơn vị chủ trì'],
        [1, 'Tiêu chí 1', '=VLOOKUP(A1,X:Y,2,0)'],
      ],
      italic: [
        [{ format: { font: { italic: false } } }, { format: { font: { italic: false } } }, null],
        [{ format: { font: { italic: false } } }, { format: { font: { italic: true } } }, null],
      ],
      mergedAreas: ["'Phụ lục'!B1:D1", "'Phụ lục'!D4:D6, 'Phụ lục'!E4:E5", "'Phụ lục'!F9"],
      tables: [
        { name: 'Bang1', address: "'Phụ lục'!B3:D4", showHeaders: true },
        { name: 'Broken', address: '#REF!', showHeaders: false },
      ],
      hiddenRows: [5, 4, 5],
      decimalSeparator: ',',
    });
    expect(snap.name).toBe('Phụ lục');
    expect(snap.top).toBe(3);
    expect(snap.left).toBe(2);
    expect(snap.values[1]).toEqual([1, 'Tiêu chí 1', { error: '#N/A' }]);
    expect(snap.text?.[1]).toEqual(['1', 'Tiêu chí 1', '#N/A']);
    expect(snap.numFmt?.[1]?.[0]).toBe('@');
    expect(snap.formulas).toEqual([
      [null, null, null],
      [null, null, '=VLOOKUP(A1,X:Y,2,0)'],
    ]);
    expect(snap.italic).toEqual([
      [false, false, false],
      [false, true, false],
    ]);
    // single-cell "merges" are dropped
    expect(snap.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 4 },
      { top: 4, left: 4, bottom: 6, right: 4 },
      { top: 4, left: 5, bottom: 5, right: 5 },
    ]);
    expect(snap.tables).toEqual([{ name: 'Bang1', range: { top: 3, left: 2, bottom: 4, right: 4 }, showHeaders: true }]);
    expect(snap.hiddenRows).toEqual([4, 5]);
    expect(snap.decimalSeparator).toBe(',');
  });

  it('leaves out what the host did not give', () => {
    const snap = buildSnapshot({ name: 'S', rowIndex: 0, columnIndex: 0, values: [['a']] });
    expect(snap).toEqual({ name: 'S', top: 1, left: 1, values: [['a']], merges: [], tables: [] });
  });

  it('gives an empty snapshot for an empty sheet', () => {
    expect(emptySnapshot('Sheet1')).toEqual({ name: 'Sheet1', top: 1, left: 1, values: [], merges: [], tables: [] });
    const snap = buildSnapshot({ name: 'E', rowIndex: 0, columnIndex: 0, values: [], text: [], italic: [] });
    expect(snap.values).toEqual([]);
    expect(snap.text).toEqual([]);
  });
});

describe('localIsoDate', () => {
  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 6, 30))).toBe('2025-01-05');
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});

describe('reading in pieces', () => {
  it('measures JSON in UTF-8 bytes', () => {
    expect(jsonBytes('abc')).toBe(5);
    expect(jsonBytes('Sở')).toBe(2 + 1 + 3); // quotes, S, ở (3 bytes)
    expect(jsonBytes(['đ', '😀'])).toBe(Buffer.byteLength(JSON.stringify(['đ', '😀'])));
    expect(jsonBytes([[1, null, true]])).toBe('[[1,null,true]]'.length);
  });

  it('derives value types from the values and the error areas', () => {
    const values = [
      ['#N/A', '', 3],
      ['#REF!', true, 'x'],
    ];
    // Row 2 of the sheet, column C on; only C3 is a real error.
    expect(valueTypesFromErrors(values, 2, 3, [{ top: 3, left: 3, bottom: 3, right: 3 }])).toEqual([
      ['String', 'Empty', 'Double'],
      ['Error', 'Boolean', 'String'],
    ]);
    const snap = buildSnapshot({ name: 'S', rowIndex: 1, columnIndex: 2, values, valueTypes: valueTypesFromErrors(values, 2, 3, [{ top: 3, left: 3, bottom: 3, right: 3 }]) });
    expect(snap.values).toEqual([
      ['#N/A', null, 3],
      [{ error: '#REF!' }, true, 'x'],
    ]);
  });

  it('places formulas from special-cell areas, ignoring cells outside the block', () => {
    const areas = [
      { address: "'Phụ lục'!B2:C2", data: [['=A2*2', 5]] },
      { address: 'Sheet1!D4', data: [['=SUM(A1:A3)']] },
      { address: 'Sheet1!Z99', data: [['=1']] },
      { address: '#REF!', data: [['=1']] },
    ];
    expect(formulasFromAreas(areas, 2, 2, 3, 3)).toEqual([
      ['=A2*2', null, null],
      [null, null, null],
      [null, null, '=SUM(A1:A3)'],
    ]);
  });

  it('builds full grids from per-column knowledge', () => {
    const columns = new Map([
      [1, { firstRow: 2, cells: ['@', '0.0'] }],
      [2, { uniform: 'dd/mm/yyyy' }],
    ]);
    expect(gridFromColumns(columns, 1, 1, 4, 3, 'General')).toEqual([
      ['General', 'dd/mm/yyyy', 'General'],
      ['@', 'dd/mm/yyyy', 'General'],
      ['0.0', 'dd/mm/yyyy', 'General'],
      ['General', 'dd/mm/yyyy', 'General'],
    ]);
  });

  it('lists hidden rows from row properties', () => {
    expect(hiddenRowsOf([{ rowHidden: false }, { rowHidden: true }, {}, { rowHidden: true }], 10)).toEqual([11, 13]);
  });
});

describe('writing', () => {
  it('compares cell values', () => {
    expect(sameRawValue(null, null)).toBe(true);
    expect(sameRawValue(1.1, 1.1)).toBe(true);
    expect(sameRawValue('1.1', 1.1)).toBe(false);
    expect(sameRawValue({ error: '#N/A' }, { error: '#N/A' })).toBe(true);
    expect(sameRawValue({ error: '#N/A' }, '#N/A')).toBe(false);
    expect(sameRawValue(null, '')).toBe(false);
  });

  it('knows which strings Excel would parse on entry', () => {
    for (const s of ['1.1', '1,1', '2.4.2', '30/6/2024', '2024-06-30', '10:30', '5%', ' 12 ', 'TRUE', 'false', '#N/A', '=A1', '+84 912', '- Tỷ lệ', '-', "'Kế hoạch"]) {
      expect(isParsedOnEntry(s), s).toBe(true);
    }
    for (const s of ['Kế hoạch', 'Quý II', 'Tháng 6/2024', 'Văn phòng; Thanh tra', 'I', '1.1 Tiêu chí', '(Kèm theo Kế hoạch số 19)', '<i>x</i>']) {
      expect(isParsedOnEntry(s), s).toBe(false);
    }
  });

  it('writes what makes the cell hold the value', () => {
    expect(cellInput(null, 'General')).toBe('');
    expect(cellInput(1.1, 'General')).toBe(1.1);
    expect(cellInput('Kế hoạch', 'General')).toBe('Kế hoạch');
    expect(cellInput('1.1', 'General')).toBe("'1.1");
    expect(cellInput('1.1', '@')).toBe('1.1');
    expect(cellInput('- Tỷ lệ', undefined)).toBe("'- Tỷ lệ");
    expect(cellInput("'Kế hoạch", 'General')).toBe("''Kế hoạch");
    expect(cellInput('', 'General')).toBe('');
  });
});
