/** stt-duplicate, stt-order, stt-parent-mismatch, stt-gap — on the outline conventions of real plans. */
import { describe, expect, it } from 'vitest';
import { cellsOf, table } from '../helpers/table';

const task = (stt: string | number | null, text = 'Báo cáo kết quả thực hiện') => [stt, text, 'Văn phòng', 'Báo cáo', 'Tháng 11'];

describe('STT outline rules', () => {
  it('accept criterion codes used as STT (seed 002: 1, 2, 3, 7 and "1.4" right under "1")', () => {
    const t = table([
      ['I', 'VỀ CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', null, null, null],
      ['1', 'Thực hiện kế hoạch cải cách hành chính (CCHC)', null, null, null],
      task('1.1'),
      task('1.2'),
      task('2'),
      task('3'),
      task('7'),
      ['II', 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC', null, null, null],
      ['1', 'Cải cách thể chế', null, null, null],
      ['1.4', 'Theo dõi thi hành pháp luật', null, null, null],
      [null, 'Xử lý những bất cập qua theo dõi thi hành pháp luật', 'Thanh tra', 'Báo cáo, Công văn', 'Trong năm 2022'],
      ['2', 'Cải cách thủ tục hành chính', null, null, null],
      ['2.4', 'Kết quả giải quyết TTHC', null, null, null],
      task('2.4.2'),
    ]);
    for (const code of ['stt-duplicate', 'stt-order', 'stt-parent-mismatch', 'stt-gap']) expect(cellsOf(t, code), code).toEqual([]);
  });

  it('stt-duplicate: the same number twice under one parent, not under different parents', () => {
    const t = table([
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH', null, null, null],
      task('1'),
      task('2'),
      task('2'),
      ['II', 'KẾT QUẢ THỰC HIỆN', null, null, null],
      task('1'),
      task('2'),
    ]);
    expect(cellsOf(t, 'stt-duplicate')).toEqual(['A7']);
  });

  it('stt-order: numbering that goes backwards', () => {
    const t = table([['1', 'Nhóm việc', 'Văn phòng', null, null], task('1.1'), task('1.3'), task('1.2')]);
    expect(cellsOf(t, 'stt-order')).toEqual(['A7']);
  });

  it('stt-parent-mismatch: "2.1" filed under "1" when "2" is missing; "2.4.2" under "2.3"', () => {
    const t = table([
      ['1', 'Nhóm một', 'Văn phòng', null, null],
      task('1.1'),
      task('2.1'),
      ['2', 'Nhóm hai', 'Văn phòng', null, null],
      ['2.3', 'Tiểu mục', null, null, null],
      task('2.4.2'),
    ]);
    expect(cellsOf(t, 'stt-parent-mismatch')).toEqual(['A6', 'A9']);
    expect(cellsOf(t, 'stt-order')).toEqual([]);
  });

  it('stt-gap: informs of skipped numbers in an ordinal table, says which', () => {
    const t = table([task('1'), task('2'), task('5'), task('6')]);
    const f = cellsOf(t, 'stt-gap');
    expect(f).toEqual(['A6']);
  });

  it('stt-gap is silent when the table lists criterion codes', () => {
    const t = table([['1', 'Nhóm', 'Văn phòng', null, null], task('1.4'), task('1.5'), ['2', 'Nhóm', null, null, null], task('2.1'), task('2.6')]);
    expect(cellsOf(t, 'stt-gap')).toEqual([]);
  });

  it('Roman sections: a duplicate and a gap', () => {
    const t = table([
      ['I', 'CHỈ ĐẠO ĐIỀU HÀNH', null, null, null],
      task('1'),
      ['I', 'KẾT QUẢ THỰC HIỆN', null, null, null],
      task('1'),
      ['IV', 'TÁC ĐỘNG CỦA CẢI CÁCH', null, null, null],
      task('1'),
    ]);
    expect(cellsOf(t, 'stt-duplicate')).toEqual(['A6']);
    expect(cellsOf(t, 'stt-gap')).toEqual(['A8']);
  });
});
