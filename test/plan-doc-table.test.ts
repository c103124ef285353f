/**
 * The plan document filled from the checked table: areas and the criteria that lost points with their
 * scores, causes, solutions, owners and times from the table's columns, the unit's result from the total
 * row; an appendix without scores as sections and tasks; a selection of rows.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../src/core/check';
import { snapshotFromRows } from '../src/core/snapshot';
import { buildPlanDocument, planInputFromTable, planText, settingsFromTitle } from '../src/core/plan-doc';
import { appendixWithoutScores } from './fixtures/plan-tables';
import { langSon2023 } from './fixtures/score-tables';

const SETTINGS = { issuingAgency: 'SỞ CÔNG THƯƠNG', unitName: 'Sở Công Thương', planDate: '2024-01-25' };

describe('the plan document from the table', () => {
  it('Lạng Sơn 2023: every area with its score, each criterion that lost points as the seed writes it, the result from the total row', () => {
    const input = planInputFromTable(analyzeSheet(langSon2023('comma').snapshot), SETTINGS);
    expect(input.result).toEqual({ self: 83.3, appraised: 77.4, max: 89.5 });
    expect(input.areas.map((a) => [a.title, a.criteria.map((c) => c.code)])).toEqual([
      ['Công tác chỉ đạo, điều hành CCHC', ['1.4', '1.5']],
      ['Cải cách thủ tục hành chính', ['3.2.1']],
      ['Cải cách chế độ công vụ', ['5.4.3']],
      ['Cải cách tài chính công', ['6.1']],
      ['Xây dựng và phát triển chính quyền điện tử, chính quyền số', ['7.6']],
      // The satisfaction index lost points with no criterion listed under it: its section stays.
      ['Kết quả đo lường hài lòng của người dân, tổ chức', []],
    ]);
    const text = planText(buildPlanDocument(input, ['content']));
    expect(text).toContain('1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)\n1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC: 01/2,5 điểm.');
    expect(text).toContain('2.1. Tiêu chí thành phần 3.2.1: Trình Chủ tịch UBND tỉnh công bố TTHC theo quy định: 0,5/01 điểm.');
    expect(text).toContain('6. Kết quả đo lường hài lòng của người dân, tổ chức (15,804/20 điểm)');
  });

  it('takes each criterion’s cause, solution, owner (inherited from its area) and time from the table’s columns', () => {
    const snapshot = snapshotFromRows('Kế hoạch', [
      ['STT', 'Nội dung', 'Nguyên nhân', 'Giải pháp khắc phục', 'Đơn vị chủ trì', 'Thời gian', 'Điểm tối đa', 'Điểm đạt'],
      ['1', 'Công tác chỉ đạo, điều hành CCHC', null, null, 'Văn phòng', null, 10, 6.5],
      ['1.1', 'Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC', 'Chưa có chuyên mục CCHC trên cổng', 'Xây dựng chuyên mục CCHC', null, 'Quý II/2024', 2.5, 1],
      ['1.2', 'Tiêu chí thành phần 1.5: Đổi mới, sáng tạo', null, 'Đề xuất sáng kiến', 'Phòng Nội vụ', 'Tháng 11/2024', 3, 3],
    ]);
    const input = planInputFromTable(analyzeSheet(snapshot), SETTINGS);
    // 1.5 lost nothing: it is not a criterion to fix.
    expect(input.areas[0]!.criteria).toEqual([
      { code: '1.4', title: 'Công tác tuyên truyền CCHC', appraised: 1, max: 2.5, cause: 'Chưa có chuyên mục CCHC trên cổng', solution: 'Xây dựng chuyên mục CCHC', owner: 'Văn phòng', time: 'Quý II/2024' },
    ]);
    const text = planText(buildPlanDocument(input, ['content']));
    expect(text).toContain('- Nguyên nhân: Chưa có chuyên mục CCHC trên cổng');
    expect(text).toContain('- Giải pháp khắc phục: Xây dựng chuyên mục CCHC');
  });

  it('an appendix without scores: its sections as areas and its tasks as criteria; a selection keeps only those rows', () => {
    const snapshot = appendixWithoutScores();
    const all = planInputFromTable(analyzeSheet(snapshot), SETTINGS);
    expect(all.result).toBeUndefined();
    expect(all.areas.map((a) => [a.title, a.criteria.map((c) => [c.code, c.title, c.owner, c.time])])).toEqual([
      ['CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', [[undefined, 'Ban hành kế hoạch CCHC', 'Văn phòng', 'Tháng 1/2024'], [undefined, 'Kiểm tra công tác CCHC', 'Thanh tra', 'Quý III/2024']]],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [[undefined, 'Rà soát TTHC', 'Phòng Tư pháp', 'Tháng 6/2024']]],
    ]);
    // An appendix's STT numbers its tasks; it is no criterion code ("Tiêu chí thành phần 1" would be wrong).
    expect(planText(buildPlanDocument(all, ['content']))).toContain('1.1. Ban hành kế hoạch CCHC.');
    const some = planInputFromTable(analyzeSheet(snapshot), SETTINGS, { rows: [4] });
    expect(some.areas.map((a) => a.criteria.map((c) => c.title))).toEqual([['Kiểm tra công tác CCHC']]);
  });

  it('an appendix whose task text mentions points ("mỗi tiêu chí giảm điểm bị trừ 0,5 điểm") is still an appendix, not a score table', () => {
    // The bundled sample (Lạng Sơn 2022) has such a task: read as a score table it gave no criterion at all.
    const snapshot = snapshotFromRows('Phụ lục', [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', null, null, null],
      ['1', 'Ban hành kế hoạch CCHC', 'Văn phòng', 'Kế hoạch', 'Tháng 1/2024'],
      ['2', 'Thứ hạng các tiêu chí giảm so với năm trước (mỗi tiêu chí giảm điểm bị trừ 0,5 điểm nhưng không quá 1 điểm)', 'Văn phòng', 'Báo cáo', 'Tháng 12/2024'],
    ]);
    const input = planInputFromTable(analyzeSheet(snapshot), SETTINGS);
    expect(input.result).toBeUndefined();
    expect(input.areas.map((a) => [a.title, a.criteria.length])).toEqual([['CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 2]]);
  });

  it('an appendix whose groups state the points lost ("…: bị trừ 0,25 điểm") lists its tasks, not empty areas', () => {
    // The Lạng Sơn appendices' shape: a section, a criterion that lost points as a group row, the tasks under it.
    const snapshot = snapshotFromRows('Phụ lục', [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian'],
      ['I', 'TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH', null, null, null],
      ['1', 'Đánh giá, xếp loại công chức, viên chức: bị trừ 0,25 điểm', null, null, null],
      ['1.1', 'Theo dõi, tổng hợp và báo cáo ISO 9001:2015', 'Bộ phận Một cửa', 'Tờ trình', 'Hàng Quý'],
      ['1.2', 'Khảo sát sự hài lòng (6,5/10 điểm năm trước)', 'Văn phòng', 'Báo cáo', 'Tháng 11/2024'],
    ]);
    const input = planInputFromTable(analyzeSheet(snapshot), SETTINGS);
    expect(input.result).toBeUndefined();
    expect(input.areas.map((a) => [a.title, a.criteria.map((c) => c.owner)])).toEqual([['TÁC ĐỘNG CỦA CẢI CÁCH HÀNH CHÍNH', ['Bộ phận Một cửa', 'Văn phòng']]]);
  });

  it('pre-fills the agencies from the title lines above the appendix title, and the header names the unit when no issuing agency is given', () => {
    const rows = (lines: (string | null)[][]) =>
      settingsFromTitle(analyzeSheet(snapshotFromRows('Phụ lục', [...lines, ['PHỤ LỤC'], ['(Kèm theo Kế hoạch số 12/KH-SCT ngày 15/01/2024 của Sở Công Thương)'], [], ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'], ['1', 'Việc', 'Văn phòng', 'Tháng 6']])));
    expect(rows([['UBND TỈNH LẠNG SƠN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['SỞ CÔNG THƯƠNG', null, 'Độc lập - Tự do - Hạnh phúc']])).toMatchObject({ parentAgency: 'UBND TỈNH LẠNG SƠN', issuingAgency: 'SỞ CÔNG THƯƠNG' });
    expect(rows([['ỦY BAN NHÂN DÂN HUYỆN CAO LỘC']])).toMatchObject({ issuingAgency: 'ỦY BAN NHÂN DÂN HUYỆN CAO LỘC' });
    expect(rows([]).issuingAgency).toBeUndefined();
    const header = planText(buildPlanDocument({ settings: { unitName: 'Sở Công Thương' }, areas: [] }, ['header']));
    expect(header.split('\n')[1]).toBe('SỞ CÔNG THƯƠNG');
  });

  it('pre-fills the settings from the title line: number, symbol, date and issuing unit', () => {
    const title = (line: string) =>
      settingsFromTitle(analyzeSheet(snapshotFromRows('Phụ lục', [['PHỤ LỤC'], [line], [], ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'], ['1', 'Việc', 'Văn phòng', 'Tháng 6']])));
    expect(title('(kèm theo Kế hoạch số: 19/KH-SCT, ngày 31/3/2022 của Sở Công Thương)')).toEqual({ planNumber: '19', planSymbol: 'KH-SCT', unitName: 'Sở Công Thương', planDate: '2022-03-31' });
    expect(title('(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND xã Tân Thành)')).toEqual({ planNumber: '12', planSymbol: 'KH-UBND', unitName: 'UBND xã Tân Thành', planDate: '2024-01-15' });
    // A number left blank until the plan is registered stays blank.
    // A day left blank in a draft stays blank: "ngày … tháng 05 năm 2024".
    expect(title('(Kèm theo Kế hoạch số     /KH-SCT ngày   tháng 5 năm 2024 của Sở Công Thương)')).toMatchObject({ planSymbol: 'KH-SCT', unitName: 'Sở Công Thương', planDate: '2024-05' });
    expect(title('(Kèm theo Kế hoạch số     /KH-SCT ngày   tháng 5 năm 2024 của Sở Công Thương)').planNumber).toBeUndefined();
  });
});
