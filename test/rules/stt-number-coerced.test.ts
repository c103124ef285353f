import { describe, expect, it } from 'vitest';
import { codeFindings, table } from '../helpers/table';

describe('stt-number-coerced', () => {
  it.each([
    // [STT as stored, expected text of the fix]
    [1.1, '1.1'],
    [2.4, '2.4'],
    [6.7, '6.7'],
    [2.4000000001, '2.4'],
  ])('flags the number %s and fixes it to the text %s', (stt, text) => {
    const t = table([
      [1, 'Thực hiện kế hoạch cải cách hành chính (CCHC)', null, null, null],
      [stt, 'Ban hành Kế hoạch CCHC', 'Văn phòng', 'Kế hoạch, Báo cáo', 'Tháng 1, Tháng 12'],
    ]);
    const [f] = codeFindings(t, 'stt-number-coerced');
    expect(f).toMatchObject({ severity: 'error', cell: 'A5', row: 5, column: 'stt' });
    expect(f!.fix!.edits).toEqual([expect.objectContaining({ cell: 'A5', value: text, numFmt: '@', before: stt })]);
    expect(f!.message).toContain(String(stt).replace('.', ','));
  });

  it('reads 1.1 after 1.9 as the "1.10" it was typed as', () => {
    const rows = [[1, 'Nhóm', 'Văn phòng', null, null]] as (string | number | null)[][];
    for (let i = 1; i <= 9; i++) rows.push([`1.${i}`, `Việc ${i}`, null, 'Báo cáo', 'Tháng 6']);
    rows.push([1.1, 'Việc 10', null, 'Báo cáo', 'Tháng 6']);
    const [f] = codeFindings(table(rows), 'stt-number-coerced');
    expect(f!.fix!.edits[0]!.value).toBe('1.10');
  });

  it.each([[1], [7], ['1.1'], ['2.4.2'], ['II']])('says nothing of %s (integers and text are fine)', (stt) => {
    const t = table([[stt, 'Ban hành Kế hoạch CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 1']]);
    expect(codeFindings(t, 'stt-number-coerced')).toEqual([]);
  });
});
