/**
 * row-continuation when the split row fills every column (issue "Excel on a Vietnamese official's PC", item 12):
 * a task copied from Word across a page break, every cell of the second row the tail of the cell above —
 * the text in lower case after a dangling "về", the owner list going on after "Văn phòng, Phòng", the product
 * and the time going on in lower case. And the rows that look alike but are not continuations.
 */
import { describe, expect, it } from 'vitest';
import { analyze, cellsOf, check, codeFindings, table } from '../helpers/table';

describe('row-continuation: every column continues the row above', () => {
  it('finds the split task and merges every cell up', () => {
    const t = table([
      ['1', 'Tổ chức tuyên truyền các quy định về', 'Văn phòng, Phòng', 'Báo cáo kết quả', 'Tháng 6'],
      [null, 'thủ tục hành chính mới ban hành', 'Nội vụ', 'thực hiện', 'năm 2024'],
      ['2', 'Rà soát thủ tục hành chính', 'Văn phòng', 'Báo cáo', 'Quý III'],
    ]);
    const [f, ...more] = codeFindings(t, 'row-continuation');
    expect(more).toEqual([]);
    expect(f).toMatchObject({ cell: 'B5', severity: 'warning', row: 5 });
    const edits = f!.fix!.edits.map((e) => [e.cell, e.value]);
    expect(edits).toEqual([
      ['B4', 'Tổ chức tuyên truyền các quy định về thủ tục hành chính mới ban hành'],
      ['B5', null],
      ['C4', 'Văn phòng, Phòng Nội vụ'],
      ['C5', null],
      ['D4', 'Báo cáo kết quả thực hiện'],
      ['D5', null],
      ['E4', 'Tháng 6 năm 2024'],
      ['E5', null],
    ]);
    // The tail row is a continuation, not a task of its own: nothing else is said about it.
    expect(check(t).findings.filter((x) => x.row === 5).map((x) => x.code)).toEqual(['row-continuation']);
    expect(analyze(t).rows!.get(5)).toMatchObject({ kind: 'continuation', continues: { row: 4 } });
  });

  it('an owner list cut after a comma or "và", in every column', () => {
    const t = table([
      ['2', 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của', 'Phòng Tư pháp,', 'Báo cáo rà soát,', 'Quý II và'],
      [null, 'ủy ban nhân dân xã', 'Văn phòng HĐND và UBND', 'phương án đơn giản hóa', 'quý IV'],
      ['3', 'Phối hợp tổ chức các hoạt động tuyên truyền của', 'Phòng Văn hóa và', 'Kế hoạch', 'Tháng 7'],
      [null, 'các cơ quan, đơn vị', 'Thông tin', 'tuyên truyền', 'năm 2022'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual(['B5', 'B7']);
  });

  it('a split row whose time cell is left empty (the row above holds the whole time)', () => {
    const t = table([
      ['1.2', 'Công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công và', 'Văn phòng,', 'Báo cáo', 'Quý II'],
      [null, 'tại Bộ phận một cửa', 'Phòng Tư pháp', 'kết quả', null],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual(['B5']);
  });
  it('a time cut before its date, and a split row in a table written in lower case', () => {
    const t = table([
      ['1', 'Tổ chức đối thoại với người dân, doanh nghiệp về', 'Văn phòng', 'Biên bản', 'Trước ngày'],
      [null, 'thủ tục hành chính', null, 'đối thoại', '30/11/2022'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual(['B5']);
    const lower = table([
      ['1', 'tuyên truyền các quy định về', 'văn phòng,', 'báo cáo', 'tháng 6'],
      [null, 'thủ tục hành chính', 'phòng tư pháp', 'kết quả', 'năm 2022'],
      ['2', 'công khai thủ tục hành chính', 'văn phòng', 'kế hoạch', 'tháng 7'],
    ]);
    expect(cellsOf(lower, 'row-continuation')).toEqual(['B5']);
  });
});

describe('row-continuation: look-alike rows that are not continuations', () => {
  it('a real detail row "- Tỷ lệ hồ sơ đúng hạn", even with every column filled', () => {
    const t = table([
      ['1', 'Nâng cao chất lượng giải quyết thủ tục hành chính của', 'Văn phòng, Phòng', 'Báo cáo kết quả', 'Tháng 6'],
      [null, '- Tỷ lệ hồ sơ giải quyết đúng hạn', 'Văn phòng', 'Báo cáo', 'Quý II'],
      [null, '- tỷ lệ hồ sơ được số hóa', 'bộ phận một cửa', 'báo cáo', 'quý III'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('an unnumbered item with its own complete owner, product and time', () => {
    const t = table([
      ['2', 'Kiểm soát thủ tục hành chính'],
      [null, 'rà soát, đơn giản hóa thủ tục hành chính', 'Văn phòng', 'Báo cáo', 'Quý II'],
      ['3', 'Tuyên truyền về cải cách hành chính', 'Văn phòng', 'Báo cáo', 'Tháng 6'],
      [null, 'cập nhật tin bài trên trang thông tin điện tử', 'Văn phòng', 'Báo cáo', 'Quý II'],
      [null, 'tổ chức hội nghị đối thoại với', 'Văn phòng', 'Biên bản', 'Quý III'],
      [null, 'cuộc thi tìm hiểu cải cách hành chính', 'Văn Phòng', 'Kế hoạch', 'Quý IV'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('a row in an all-lowercase table', () => {
    const t = table([
      ['1', 'tuyên truyền các quy định về cải cách hành chính', 'văn phòng', 'báo cáo', 'tháng 6'],
      [null, 'rà soát thủ tục hành chính', 'phòng tư pháp', 'báo cáo', 'quý II'],
      ['2', 'công khai thủ tục hành chính', 'văn phòng', 'kế hoạch', 'tháng 7'],
      [null, 'niêm yết tại bộ phận một cửa', 'văn phòng', 'ảnh chụp', 'tháng 8'],
      ['3', 'số hóa hồ sơ', 'bộ phận một cửa', 'báo cáo', 'quý III'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('sub-items starting in lower case under a row that ends with a full stop', () => {
    const t = table([
      ['3', 'Công khai thủ tục hành chính theo quy định.', 'Văn phòng.', 'Báo cáo.', 'Quý II.'],
      [null, 'niêm yết tại Bộ phận một cửa.', 'văn phòng.', 'ảnh chụp.', 'quý II.'],
      [null, 'đăng tải trên trang thông tin điện tử.', 'văn phòng.', 'tin bài.', 'quý III.'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('a placeholder "-" above is not a phrase left open', () => {
    const t = table([
      ['1', 'Rà soát thủ tục hành chính', '-', '-', '-'],
      [null, 'đánh giá tác động thủ tục hành chính', 'Văn phòng', 'Báo cáo', 'Quý II'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('a time that ends on "tháng" or "năm" is complete', () => {
    const t = table([
      ['1', 'Cập nhật cơ sở dữ liệu thủ tục hành chính của', 'Văn phòng', 'Báo cáo', 'Hàng tháng'],
      [null, 'các phòng chuyên môn', null, null, '2022'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });

  it('a capitalised owner under a complete owner list is a new task, not a tail', () => {
    const t = table([
      ['4', 'Thực hiện cơ chế một cửa, một cửa liên thông về', 'Văn phòng, Phòng Tư pháp', 'Báo cáo', 'Quý II'],
      [null, 'giải quyết thủ tục hành chính', 'Phòng Nội vụ', 'Quyết định', 'Quý III'],
    ]);
    expect(cellsOf(t, 'row-continuation')).toEqual([]);
  });
});
