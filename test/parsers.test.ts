/** Owner, product, status and STT parsers on the forms of the seeds and the domain doc. */
import { describe, expect, it } from 'vitest';
import { parseUnits, isCollectiveUnit } from '../src/core/parse/owners';
import { parseProducts } from '../src/core/parse/products';
import { parseStatus } from '../src/core/parse/status';
import { parseStt, inferCoercedStt } from '../src/core/parse/stt';

describe('parseUnits', () => {
  it.each([
    ['Văn phòng', ['Văn phòng']],
    ['Các phòng, đơn vị', ['Các phòng, đơn vị']],
    ['Văn phòng, các phòng', ['Văn phòng', 'các phòng']],
    ['Phòng Lao động, Thương binh và Xã hội', ['Phòng Lao động, Thương binh và Xã hội']],
    ['-Trung tâm XTĐT&HTDN; -Phòng ĐKKD; - Phòng Đầu tư XDCB.', ['Trung tâm XTĐT&HTDN', 'Phòng ĐKKD', 'Phòng Đầu tư XDCB']],
    ['Văn phòng (B/c)', ['Văn phòng']],
    ['Văn phòng HĐND và UBND huyện', ['Văn phòng HĐND và UBND huyện']],
    ['Thanh tra, Văn phòng', ['Thanh tra', 'Văn phòng']],
    ['Phòng QL Công nghiệp và MT, Văn phòng', ['Phòng QL Công nghiệp và MT', 'Văn phòng']],
    ['Phòng Kế hoạch - Tài chính', ['Phòng Kế hoạch - Tài chính']],
    ['- Phòng Nội vụ - Phòng Tư pháp', ['Phòng Nội vụ', 'Phòng Tư pháp']],
    ['Phòng Nội vụ\nPhòng Tư pháp', ['Phòng Nội vụ', 'Phòng Tư pháp']],
    ['UBND các xã, thị trấn', ['UBND các xã, thị trấn']],
    ['Các sở, ban, ngành', ['Các sở, ban, ngành']],
    ["'-", []],
  ])('%j → %j', (text, units) => {
    expect(parseUnits(text)).toEqual(units);
  });
  it('collective units', () => {
    expect(isCollectiveUnit('Các phòng chuyên môn')).toBe(true);
    expect(isCollectiveUnit('Văn phòng')).toBe(false);
  });
});

describe('parseProducts', () => {
  it.each([
    ['Kế hoạch, Báo cáo', ['Kế hoạch', 'Báo cáo'], []],
    ['Báo cáo, biên bản', ['Báo cáo', 'Biên bản'], []],
    ['KH, BC', ['Kế hoạch', 'Báo cáo'], []],
    ['Tin, bài; Báo cáo', ['Tin, bài', 'Báo cáo'], []],
    ['Quyết định công bố', ['Quyết định'], []],
    ['Tỷ lệ đạt 100%', [], ['Tỷ lệ đạt 100%']],
    ['Sở Tài chính', [], ['Sở Tài chính']],
  ])('%j', (text, products, unknown) => {
    expect(parseProducts(text)).toEqual({ products, unknown });
  });
});

describe('parseStatus', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Đã thực hiện', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['Chưa thực hiện', 'not-done'],
    ['Chưa hoàn thành', 'not-done'],
    ['', null],
    ['Tốt', undefined],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});

describe('parseStt', () => {
  it.each([
    ['I', 'roman', 'I', [1]],
    ['XIV', 'roman', 'XIV', [14]],
    ['1', 'number', '1', [1]],
    ['2.4.2', 'number', '2.4.2', [2, 4, 2]],
    ['1,1', 'number', '1.1', [1, 1]],
    ['3.5.3.2', 'number', '3.5.3.2', [3, 5, 3, 2]],
    ['1.', 'number', '1', [1]],
    ['a)', 'letter', 'a', [1]],
    ['b.', 'letter', 'b', [2]],
    ['-', 'bullet', '-', []],
    ['+', 'bullet', '+', []],
    [1.1, 'number', '1.1', [1, 1]],
    [null, 'none', '', []],
  ])('%j', (value, kind, text, segments) => {
    expect(parseStt(value)).toEqual({ kind, text, segments });
  });
  it('restores "1.10" after "1.9"', () => {
    expect(inferCoercedStt(1.1, parseStt('1.9')).text).toBe('1.10');
    expect(inferCoercedStt(1.1, parseStt('1.0')).text).toBe('1.1');
  });
});
