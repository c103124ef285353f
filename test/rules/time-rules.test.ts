/** time-unparsed, time-no-deadline, time-outside-plan on the seeds' time texts. */
import { describe, expect, it } from 'vitest';
import { codeFindings, table } from '../helpers/table';

const withTime = (time: string | number, title?: string[]) =>
  table([['1', 'Báo cáo kết quả', 'Văn phòng', 'Báo cáo', time]], title ? { title } : {});

describe('time rules', () => {
  it.each([['Sớm'], ['Tuần sau'], ['xyz']])('time-unparsed: %j', (time) => {
    expect(codeFindings(withTime(time), 'time-unparsed')).toEqual([expect.objectContaining({ cell: 'E4', severity: 'warning' })]);
  });

  it.each([['Theo yêu cầu của Sở Tài chính', 'event'], ['Theo KH ban hành', 'event'], ['Thường xuyên', 'continuous'], ['Kể từ ngày 01/7/2024', 'start']])(
    'time-no-deadline: %j (%s)',
    (time, kind) => {
      const [f] = codeFindings(withTime(time), 'time-no-deadline');
      expect(f).toMatchObject({ cell: 'E4', severity: 'info', data: { kind } });
    },
  );

  it.each([['Tháng 6'], ['Quý III'], ['Hàng tháng'], ['Thường xuyên trong năm, báo cáo kết quả trước 30/11/2022'], ['Trong năm 2022']])(
    'nothing for %j',
    (time) => {
      const codes = ['time-unparsed', 'time-no-deadline', 'time-outside-plan'];
      expect(codeFindings(withTime(time), 'x').concat(...codes.map((c) => codeFindings(withTime(time), c)))).toEqual([]);
    },
  );

  it('time-outside-plan: the Cao Lộc plan of May 2024 says "hoàn thành trước 30/11/2023"', () => {
    const title = ['PHỤ LỤC', '(Kèm theo Kế hoạch số 85/KH-UBND ngày 15/5/2024 của UBND huyện Cao Lộc)'];
    const [f] = codeFindings(withTime('Thường xuyên trong năm, hoàn thành trước 30/11/2023', title), 'time-outside-plan');
    expect(f).toMatchObject({ cell: 'E4', data: { side: 'before', deadline: '30/11/2023', bound: '15/05/2024' } });
  });

  it('time-outside-plan: after the plan period', () => {
    const [f] = codeFindings(withTime('Quý II/2023'), 'time-outside-plan');
    expect(f).toMatchObject({ data: { side: 'after', bound: '31/12/2022' } });
  });

  it('a real Excel date cell is read as that date', () => {
    const serial = 44742; // 2022-06-30
    const t = table([['1', 'Báo cáo', 'Văn phòng', 'Báo cáo', serial]], { numFmt: [['General', 'General', 'General', 'General', 'dd/mm/yyyy']] });
    const r = codeFindings(t, 'time-unparsed');
    expect(r).toEqual([]);
  });
});
