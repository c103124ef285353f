import { describe, expect, it } from 'vitest';
import { findingsToCsv, neutralizeCsvField } from '../src/core/export';
import { invertEdits } from '../src/core/history';
import { planFixes } from '../src/core/fixes';
import type { Finding } from '../src/core/report';
import { check, table } from './helpers/table';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Văn phòng, Thanh tra', '"Văn phòng, Thanh tra"'],
    ['Báo cáo', 'Báo cáo'],
  ])('neutralises %j', (input, output) => {
    expect(neutralizeCsvField(input)).toBe(output);
  });

  it('writes one line per finding with a BOM and a header', () => {
    const f: Finding = { code: 'owner-missing', severity: 'error', cell: 'C9', row: 9, column: 'owner', message: '=cmd|calc', fix: null };
    const csv = findingsToCsv('Phụ lục', [f], 'vi');
    expect(csv.startsWith('\ufeffTrang,Mức độ,Mã,Loại,Ô,Cột,Nội dung\r\n')).toBe(true);
    expect(csv).toContain("Phụ lục,Lỗi,owner-missing,Thiếu đơn vị chủ trì,C9,Đơn vị chủ trì,'=cmd|calc\r\n");
  });
});

describe('undo', () => {
  it('inverts an applied plan exactly: values, number formats, italics, in reverse order', () => {
    const t = table([
      [1.1, '<i>Ban hành Kế hoạch CCHC</i>', ' Văn phòng', 'Kế hoạch', 'Tháng 6'],
    ]);
    const plan = planFixes(check(t).findings);
    const inverse = invertEdits(plan.edits);
    expect(inverse).toEqual([
      { cell: 'C4', row: 4, col: 3, value: ' Văn phòng', before: 'Văn phòng' },
      { cell: 'B4', row: 4, col: 2, value: '<i>Ban hành Kế hoạch CCHC</i>', before: 'Ban hành Kế hoạch CCHC', italic: false, beforeItalic: true },
      { cell: 'A4', row: 4, col: 1, value: 1.1, before: '1.1', numFmt: 'General', beforeNumFmt: '@' },
    ]);
  });
});
