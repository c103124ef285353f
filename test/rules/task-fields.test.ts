/** owner-missing, product-missing, time-missing: items must end up with each; groups and details need not. */
import { describe, expect, it } from 'vitest';
import { cellsOf, table } from '../helpers/table';

// Rows of seed 002 (Lạng Sơn 2022), with STT as the text a careful official would type.
const SEED = table([
  ['I', 'VỀ CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', null, null, null], // 4
  ['1', 'Thực hiện kế hoạch cải cách hành chính (CCHC)', null, null, null], // 5 group
  ['1.1', 'Ban hành Kế hoạch CCHC', 'Văn phòng', 'Kế hoạch, Báo cáo', 'Tháng 1, Tháng 12'], // 6
  ['1.2', 'Mức độ hoàn thành kế hoạch CCHC', null, 'Báo cáo', 'Tháng 12'], // 7 no owner
  ['2', 'Cải cách thủ tục hành chính', null, null, null], // 8 group
  ['2.4', 'Kết quả giải quyết TTHC', null, null, null], // 9 group
  [null, 'Tỷ lệ hồ sơ giải quyết TTHC tiếp nhận trong năm được giải quyết đúng hạn', 'Văn phòng', 'Báo cáo', 'Quý, năm'], // 10
  ['2.4.2', 'Đánh giá việc giải quyết TTHC theo Thông tư số 01/2018/TT-VPCP', 'Các phòng chuyên môn, Văn phòng', 'Biên bản', 'Quý, năm'], // 11
  [null, '<i>Kết quả đánh giá việc giải quyết TTHC</i>', null, null, null], // 12 detail
  ['2.6', 'Thực hiện báo cáo công tác kiểm soát TTHC', 'Thanh tra, Văn phòng', null, null], // 13 group with owner
  [null, '<i>Báo cáo định kỳ thông qua hệ thống báo cáo Chính phủ</i>', null, 'Báo cáo', 'Hàng Quý'], // 14 item via detail
  ['5', 'Cải cách tài chính công', 'Văn phòng (B/c)', null, null], // 15 group
  ['5.1', 'Chấp hành quy định pháp luật về quản lý, sử dụng ngân sách', null, null, null], // 16 nothing
  ['5.3', 'Thực hiện tiết kiệm chống lãng phí', 'Văn phòng, các phòng', 'Báo cáo, Công văn', 'Theo yêu cầu của Sở Tài chính'], // 17
  ['IV', 'ĐIỂM THƯỞNG', null, null, null], // 18
  ['2', 'Có trên 30% công việc được giao trên Phần mềm nhắc việc được hoàn thành sớm hạn', 'Các phòng, đơn vị', null, 'Trong năm 2022'], // 19
  ['-', '<i>Không có công việc trễ hạn</i>', null, null, null], // 20 detail
]);

describe('task fields', () => {
  it('owner-missing: only the item with no owner anywhere up its outline', () => {
    expect(cellsOf(SEED, 'owner-missing')).toEqual(['C7']);
  });
  it('product-missing: items with no product, never the groups above them', () => {
    expect(cellsOf(SEED, 'product-missing')).toEqual(['D16', 'D19']);
  });
  it('time-missing: items with no time, own or inherited', () => {
    expect(cellsOf(SEED, 'time-missing')).toEqual(['E16']);
  });

  it('a value merged down over several rows belongs to each of them', () => {
    const t = table(
      [
        ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Quý II'],
        ['2', 'Sáng kiến CCHC', null, 'Báo cáo', 'Quý III'],
        ['3', 'Kiểm tra CCHC', null, 'Biên bản', 'Tháng 10'],
      ],
      { merges: [{ top: 4, left: 3, bottom: 6, right: 3 }] },
    );
    expect(cellsOf(t, 'owner-missing')).toEqual([]);
  });

  it('no per-row findings for a column the table does not have (Trà Vinh: no Sản phẩm)', () => {
    const t = table([['1', 'Rà soát TTHC', 'Văn phòng', 'Tháng 6']], {
      header: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'],
    });
    expect(cellsOf(t, 'product-missing')).toEqual([]);
    expect(cellsOf(t, 'column-missing')).toEqual(['-']);
  });
});

describe('rows under a merged owner', () => {
  it('bullet rows under a task whose owner is merged down stay details', async () => {
    const { analyze } = await import('../helpers/table');
    const t = table(
      [
        ['1', 'Tuyên truyền CCHC', 'Văn phòng', 'Kế hoạch', 'Quý II'],
        ['-', 'Tin bài trên Cổng thông tin', null, null, null],
        ['-', 'Hội nghị chuyên đề', null, null, null],
      ],
      { merges: [{ top: 4, left: 3, bottom: 6, right: 3 }] },
    );
    expect(analyze(t).report.rows.map((r) => r.kind)).toEqual(['item', 'detail', 'detail']);
  });
});
