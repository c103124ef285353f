/**
 * The plan document model (issue 11): structure and wording — ND30 numbering, decimal commas, dates,
 * placeholders — on seed 000's Lạng Sơn 2023 figures and on an appendix-only plan without scores.
 */
import { describe, expect, it } from 'vitest';
import {
  buildPlanDocument,
  contentBlocks,
  longDate,
  placeholders,
  planText,
  score,
  scorePair,
  sectionBlocks,
  shortDate,
  textOf,
  type PlanBlock,
  type PlanInput,
} from '../src/core/plan-doc';
import { runs } from '../src/core/plan-doc/write';

const text = (parts: Parameters<typeof runs>[0]) => textOf(runs(parts));

/** Seed 000: Sở Công Thương Lạng Sơn, PAR Index 2023, plan of January 2024. */
const LANG_SON: PlanInput = {
  settings: {
    parentAgency: 'UBND tỉnh Lạng Sơn',
    issuingAgency: 'Sở Công Thương',
    planSymbol: 'KH-SCT',
    place: 'Lạng Sơn',
    planDate: '2024-01-05',
    decision: { number: '102/QĐ-UBND', date: '2024-01-16', issuer: 'Chủ tịch UBND tỉnh Lạng Sơn' },
    signerTitle: 'Giám đốc',
    signerName: 'Nguyễn Đình Đại',
    recipients: ['Văn phòng UBND tỉnh;', 'Sở Nội vụ', 'Lãnh đạo Sở', 'Các phòng thuộc Sở', 'Lưu VT, VP'],
    trackingUnit: 'Văn phòng Sở',
  },
  result: { self: 83.3, appraised: 77.4, max: 89.5, notScored: 10.5, rank: { position: 13, of: 20 } },
  areas: [
    {
      title: 'Công tác chỉ đạo, điều hành CCHC',
      appraised: 6.5,
      max: 10,
      criteria: [
        {
          code: '1.4',
          title: 'Công tác tuyên truyền CCHC',
          appraised: 1,
          max: 2.5,
          cause: 'Chưa thực hiện công tác tuyên truyền nội dung CCHC thông qua các hình thức khác',
          solution: 'Đổi mới, đa dạng các hình thức tuyên truyền nội dung CCHC.',
          owner: 'Văn phòng Sở',
          time: 'Trong năm 2024',
        },
        { code: '1.5', title: '1.5. Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC', appraised: 1, max: 3, owner: 'Các phòng chuyên môn' },
      ],
    },
    { title: 'Cải cách thủ tục hành chính', appraised: 19.5, max: 20, criteria: [{ code: '3.2.1', title: 'Trình Chủ tịch UBND tỉnh công bố TTHC theo quy định', appraised: 0.5, max: 1, owner: 'văn phòng sở' }] },
    { title: 'Cải cách chế độ công vụ', appraised: 8, max: 9, criteria: [{ code: '5.4.3', title: 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', appraised: 3, max: 4 }] },
    { title: 'Cải cách tài chính công', appraised: 7.5, max: 8.5, criteria: [{ code: '6.1', title: 'Tổ chức thực hiện công tác tài chính – ngân sách', appraised: 2.5, max: 3.5 }] },
    { title: 'Kết quả đo lường hài lòng của người dân, tổ chức', appraised: 15.804, max: 20, criteria: [] },
  ],
};

const headings = (blocks: PlanBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));

describe('Vietnamese numbers and dates', () => {
  it('writes scores with a decimal comma; criterion scores pad whole numbers 1–9 as the seeds do', () => {
    expect(score(6.5)).toBe('6,5');
    expect(score(15.804)).toBe('15,804');
    expect(score(8)).toBe('8');
    expect(score(1, true)).toBe('01');
    expect(score(0, true)).toBe('0');
    expect(score(10, true)).toBe('10');
    expect(score(0.5, true)).toBe('0,5');
    expect(text(scorePair(1, 2.5, true)!)).toBe('01/2,5');
    expect(text(scorePair(1, 3, true)!)).toBe('01/03');
    expect(text(scorePair(0.5, 1, true)!)).toBe('0,5/01');
    expect(text(scorePair(8, 9)!)).toBe('8/9');
    expect(scorePair(undefined, undefined)).toBeNull();
    expect(text(scorePair(undefined, 2.5, true)!)).toBe('…/2,5');
  });

  it('pads days below 10 and months 1–2, nothing else', () => {
    expect(text(longDate('2024-01-05'))).toBe('ngày 05 tháng 01 năm 2024');
    expect(text(longDate('2024-11-15'))).toBe('ngày 15 tháng 11 năm 2024');
    expect(text(longDate('2024-02-09'))).toBe('ngày 09 tháng 02 năm 2024');
    expect(text(longDate('2024-05-20'))).toBe('ngày 20 tháng 5 năm 2024');
    expect(shortDate('2024-01-16')).toBe('16/01/2024');
    expect(shortDate('2023-03-09')).toBe('09/3/2023');
    expect(shortDate('2024-01')).toBeNull();
  });

  it('leaves unknown date parts as marked "…" (the seeds leave the day blank until signing)', () => {
    const r = runs(longDate('2024-01'));
    expect(textOf(r)).toBe('ngày … tháng 01 năm 2024');
    expect(r.filter((x) => x.placeholder).map((x) => x.text)).toEqual(['…']);
    expect(textOf(runs(longDate(undefined)))).toBe('ngày … tháng … năm …');
  });
});

describe('a score plan (seed 000, Lạng Sơn 2023)', () => {
  const doc = buildPlanDocument(LANG_SON);
  const lines = planText(doc).split('\n');

  it('has the sections in order, Times New Roman on A4 portrait', () => {
    expect(doc.font).toBe('Times New Roman');
    expect(doc.page).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    const order = [...new Set(doc.blocks.map((b) => b.section))];
    expect(order).toEqual(['header', 'title', 'preamble', 'purpose', 'content', 'organization', 'closing']);
  });

  it('writes the header block with caps agencies, number, national title, motto, italic place and date', () => {
    const h = doc.blocks[0]!;
    expect(h.kind).toBe('header');
    if (h.kind !== 'header') return;
    expect(h.left.map(textOf)).toEqual(['UBND TỈNH LẠNG SƠN', 'SỞ CÔNG THƯƠNG', 'Số: …/KH-SCT']);
    expect(h.left[1]!.style).toMatchObject({ bold: true, caps: true, ruleBelow: true });
    expect(h.right.map(textOf)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lạng Sơn, ngày 05 tháng 01 năm 2024']);
    expect(h.right[2]!.style.italic).toBe(true);
    expect(h.left[2]!.runs.find((r) => r.placeholder)?.text).toBe('…');
  });

  it('writes the title and subject', () => {
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('Khắc phục các tiêu chí bị đánh giá thấp tại kết quả Chỉ số cải cách hành chính năm 2023 của Sở Công Thương trong năm 2024');
  });

  it('cites the decision and the result with rates, points lost and rank', () => {
    const pre = planText(sectionBlocks('preamble', LANG_SON));
    expect(pre).toContain('Thực hiện Quyết định số 102/QĐ-UBND ngày 16/01/2024 của Chủ tịch UBND tỉnh Lạng Sơn');
    expect(pre).toContain(
      'Năm 2023 chỉ số CCHC của Sở Công Thương tự chấm 83,3/89,5 điểm ~93,07% (tự trừ 6,2 điểm, không chấm 10,5 điểm); ' +
        'kết quả thẩm định đạt 77,4/89,5 điểm ~86,48% (trừ 12,1 điểm, không chấm 10,5 điểm), xếp thứ 13/20 đơn vị.',
    );
    // A rate the source states wins over the computed one (the seed wrote 86,49%).
    expect(planText(sectionBlocks('preamble', { ...LANG_SON, result: { ...LANG_SON.result, rate: 0.8649 } }))).toContain('~86,49%');
  });

  it('numbers headings in ND30 order: I, II, III; 1., 2.; 1.1., 1.2.', () => {
    const hs = headings(doc.blocks);
    expect(hs.filter((h) => h.level === 1).map((h) => h.number)).toEqual(['I.', 'II.', 'III.']);
    const content = hs.filter((h) => h.section === 'content' && h.level > 1).map((h) => h.number);
    expect(content).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.', '3.', '3.1.', '4.', '4.1.', '5.']);
    expect(hs.filter((h) => h.section === 'purpose' && h.level === 2).map((h) => textOf(h.line))).toEqual(['1. Mục đích', '2. Yêu cầu']);
  });

  it('writes areas and criteria the way the seed does', () => {
    expect(lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines).toContain('II. NỘI DUNG VÀ GIẢI PHÁP');
    expect(lines).toContain('1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)');
    expect(lines).toContain('1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC: 01/2,5 điểm.');
    // The code repeated in the title is not written twice.
    expect(lines).toContain('1.2. Tiêu chí thành phần 1.5: Đổi mới, sáng tạo trong triển khai nhiệm vụ CCHC: 01/03 điểm.');
    expect(lines).toContain('2.1. Tiêu chí thành phần 3.2.1: Trình Chủ tịch UBND tỉnh công bố TTHC theo quy định: 0,5/01 điểm.');
    expect(lines).toContain('3. Cải cách chế độ công vụ (8/9 điểm)');
    expect(lines).toContain('3.1. Tiêu chí thành phần 5.4.3: Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức: 03/04 điểm.');
    expect(lines).toContain('5. Kết quả đo lường hài lòng của người dân, tổ chức (15,804/20 điểm)');
    expect(lines).toContain('- Nguyên nhân: Chưa thực hiện công tác tuyên truyền nội dung CCHC thông qua các hình thức khác.');
    expect(lines).toContain('- Giải pháp khắc phục: Đổi mới, đa dạng các hình thức tuyên truyền nội dung CCHC.');
    expect(lines).toContain('- Đơn vị thực hiện: Văn phòng Sở.');
    expect(lines).toContain('- Thời gian thực hiện: Trong năm 2024.');
  });

  it('makes labels and numbers bold runs and the area heading bold', () => {
    const c = doc.blocks.find((b) => b.kind === 'heading' && b.number === '1.1.')!;
    if (c.kind !== 'heading') throw new Error();
    expect(c.line.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['1.1. ', 'Tiêu chí thành phần 1.4:']);
    const a = doc.blocks.find((b) => b.kind === 'heading' && b.number === '1.')!;
    expect(a.kind === 'heading' && a.line.style.bold).toBe(true);
    const cause = doc.blocks.find((b) => b.kind === 'bullet')!;
    expect(cause.kind === 'bullet' && cause.line.runs[1]).toEqual({ text: 'Nguyên nhân:', bold: true });
  });

  it('marks what the table lacks: cause, solution, time of 1.5; owner of 5.4.3', () => {
    const p = placeholders(doc).filter((x) => x.section === 'content').map((x) => x.text);
    expect(p).toContain('[Nguyên nhân: cần bổ sung]');
    expect(p).toContain('[Giải pháp khắc phục: cần bổ sung]');
    expect(p).toContain('[Đơn vị thực hiện: cần bổ sung]');
    expect(p).toContain('[Thời gian thực hiện: cần bổ sung]');
    expect(lines).toContain('- Nguyên nhân: [Nguyên nhân: cần bổ sung]');
  });

  it('names the owner units (deduplicated) and the reporting points in III', () => {
    const iii = planText(sectionBlocks('organization', LANG_SON));
    expect(iii).toContain('1. Văn phòng Sở, Các phòng chuyên môn căn cứ nhiệm vụ được giao');
    expect(iii).toContain('2. Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả định kỳ 6 tháng, 9 tháng và năm 2024.');
  });

  it('closes with "./.", Nơi nhận (";" then "." last) and the signature', () => {
    expect(lines.some((l) => l.startsWith('Trên đây là Kế hoạch') && l.endsWith('./.'))).toBe(true);
    const sig = doc.blocks[doc.blocks.length - 1]!;
    expect(sig.kind).toBe('signature');
    if (sig.kind !== 'signature') return;
    expect(sig.recipients.map(textOf)).toEqual(['Nơi nhận:', '- Văn phòng UBND tỉnh;', '- Sở Nội vụ;', '- Lãnh đạo Sở;', '- Các phòng thuộc Sở;', '- Lưu VT, VP.']);
    expect(sig.recipients[0]!.style).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(sig.recipients[1]!.style.sizePt).toBe(11);
    expect(sig.signer.map(textOf)).toEqual(['GIÁM ĐỐC']);
    expect(textOf(sig.name)).toBe('Nguyễn Đình Đại');
  });

  it('builds only the sections asked for, in document order', () => {
    const part = buildPlanDocument(LANG_SON, ['organization', 'content']);
    expect([...new Set(part.blocks.map((b) => b.section))]).toEqual(['content', 'organization']);
    // Selected rows: the builder writes what it is given.
    const one = contentBlocks({ ...LANG_SON, areas: [{ ...LANG_SON.areas[2]!, criteria: LANG_SON.areas[2]!.criteria }] });
    expect(headings(one).map((h) => textOf(h.line))).toEqual(['II. NỘI DUNG VÀ GIẢI PHÁP', '1. Cải cách chế độ công vụ (8/9 điểm)', expect.stringMatching(/^1\.1\. /)]);
  });

  it('writes NFC text', () => {
    const decomposed = { ...LANG_SON, settings: { ...LANG_SON.settings, unitName: 'Sở Công Thương'.normalize('NFD') } };
    const t = planText(buildPlanDocument(decomposed));
    expect(t).toBe(t.normalize('NFC'));
    expect(t).toContain('của Sở Công Thương trong năm 2024');
  });
});

describe('an appendix-only plan without scores', () => {
  const input: PlanInput = {
    settings: { issuingAgency: 'Sở Công Thương', indexYear: 2021 },
    areas: [
      {
        title: 'Về chỉ đạo, điều hành cải cách hành chính',
        criteria: [
          { title: 'Ban hành Kế hoạch CCHC', owner: 'Văn phòng', time: 'Tháng 1, Tháng 12' },
          { code: '1.2', title: 'Mức độ hoàn thành kế hoạch CCHC', time: 'Tháng 12' },
        ],
      },
    ],
  };
  const doc = buildPlanDocument(input);
  const lines = planText(doc).split('\n');

  it('writes no scores, no "điểm", and no result sentence', () => {
    expect(lines).toContain('1. Về chỉ đạo, điều hành cải cách hành chính');
    expect(lines).toContain('1.1. Ban hành Kế hoạch CCHC.');
    expect(lines).toContain('1.2. Tiêu chí thành phần 1.2: Mức độ hoàn thành kế hoạch CCHC.');
    expect(planText(doc.blocks.filter((b) => b.section === 'content'))).not.toMatch(/điểm/);
    expect(planText(sectionBlocks('preamble', input))).not.toMatch(/tự chấm|thẩm định/);
  });

  it('marks every missing setting: number, symbol, place, date, decision, signer, recipients', () => {
    expect(lines).toContain('[CƠ QUAN CHỦ QUẢN: cần bổ sung]');
    expect(lines).toContain('Số: …/KH-…');
    expect(lines).toContain('…, ngày … tháng … năm …');
    expect(lines).toContain('Khắc phục các tiêu chí bị đánh giá thấp tại kết quả Chỉ số cải cách hành chính năm 2021 của Sở Công Thương trong năm 2022');
    expect(lines.join('\n')).toContain('Thực hiện Quyết định số … ngày … của [Cơ quan ban hành: cần bổ sung]');
    expect(lines).toContain('- [Nơi nhận: cần bổ sung];');
    expect(lines).toContain('- Lưu: VT.');
    expect(lines).toContain('[CHỨC VỤ NGƯỜI KÝ: cần bổ sung]');
    expect(lines).toContain('[Họ và tên người ký: cần bổ sung]');
    expect(lines).toContain('2. [Đơn vị theo dõi: cần bổ sung] có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả định kỳ 6 tháng, 9 tháng và năm 2022.');
  });

  it('marks an empty II rather than leaving it blank', () => {
    expect(planText(contentBlocks({ settings: {}, areas: [] }))).toBe('II. NỘI DUNG VÀ GIẢI PHÁP\n[Các tiêu chí chưa đạt điểm tối đa: cần bổ sung]');
  });
});
