/**
 * The standard sections of a remediation plan, each on its own: header, title, preamble, I. MỤC ĐÍCH, YÊU
 * CẦU, II. NỘI DUNG VÀ GIẢI PHÁP, III. TỔ CHỨC THỰC HIỆN, closing (closing line, Nơi nhận, signature). The
 * wording follows seeds 000 and 003; whatever the input lacks is a marked placeholder, never a guess.
 */
import { roundTo } from '../score/number';
import type { Line, LineStyle, PlanArea, PlanBlock, PlanCriterion, PlanInput, PlanSettings, SectionId } from './model';
import { bare, bold, clean, count, dateParts, field, hole, line, percent, placeAndDate, roman, score, scorePair, shortDate, type Part } from './write';

/** ND30 sizes and styles (domain doc, "The plan document"). */
export const STYLES = {
  parentAgency: { sizePt: 13, align: 'center', caps: true },
  issuingAgency: { sizePt: 13, align: 'center', caps: true, bold: true, ruleBelow: true },
  number: { sizePt: 13, align: 'center' },
  nationalTitle: { sizePt: 13, align: 'center', caps: true, bold: true },
  motto: { sizePt: 14, align: 'center', bold: true, ruleBelow: true },
  placeDate: { sizePt: 14, align: 'center', italic: true },
  docType: { sizePt: 14, align: 'center', caps: true, bold: true },
  /** ND30: a short rule under the subject line (trích yếu). */
  subject: { sizePt: 14, align: 'center', bold: true, ruleBelow: true },
  body: { sizePt: 14, align: 'justify', firstLineIndent: true },
  heading1: { sizePt: 14, align: 'justify', caps: true, bold: true, firstLineIndent: true },
  heading2: { sizePt: 14, align: 'justify', bold: true, firstLineIndent: true },
  /** Criterion lines: the number and "Tiêu chí thành phần x:" are bold runs, the rest plain. */
  heading3: { sizePt: 14, align: 'justify', firstLineIndent: true },
  recipientsLabel: { sizePt: 12, align: 'left', bold: true, italic: true },
  recipients: { sizePt: 11, align: 'left' },
  signerTitle: { sizePt: 14, align: 'center', caps: true, bold: true },
  signerName: { sizePt: 14, align: 'center', bold: true },
} satisfies Record<string, LineStyle>;

/** How the unit is named in prose. */
function unit(s: PlanSettings): Part {
  return field(s.unitName ?? s.issuingAgency, 'Tên đơn vị');
}

/** The plan's year (from its date) and the index year (given, or the year before the plan). */
export function years(s: PlanSettings): { index: Part; plan: Part } {
  const planYear = dateParts(s.planDate).year ?? (s.indexYear ? s.indexYear + 1 : null);
  const indexYear = s.indexYear ?? (planYear ? planYear - 1 : null);
  return { index: indexYear ? String(indexYear) : hole(), plan: planYear ? String(planYear) : hole() };
}

const para = (section: SectionId, ...parts: Part[]): PlanBlock => ({ kind: 'paragraph', section, line: line(STYLES.body, ...parts) });

function heading(section: SectionId, level: 1 | 2 | 3, number: string, ...parts: Part[]): PlanBlock {
  const style = level === 1 ? STYLES.heading1 : level === 2 ? STYLES.heading2 : STYLES.heading3;
  return { kind: 'heading', section, level, number, line: line(style, level === 3 ? bold(`${number} `) : `${number} `, ...parts) };
}

/** "- Nguyên nhân: …": the label bold, as seed 000 writes it. */
function bullet(section: SectionId, label: string, value: string | undefined, what: string): PlanBlock {
  const v = bare(value);
  return { kind: 'bullet', section, marker: '-', line: line(STYLES.body, '- ', bold(`${label}:`), ' ', v ? `${v}.` : hole(what)) };
}

/** "04/KH-SCT"; "…/KH-…" while the number and symbol are unknown (the clerk fills them at registration). */
export function planNumber(s: PlanSettings): Part[] {
  const symbol = clean(s.planSymbol);
  return [field(s.planNumber), '/', ...(symbol ? [symbol] : ['KH-', hole()])];
}

export function headerBlocks(s: PlanSettings): PlanBlock[] {
  const left: Line[] = [
    line(STYLES.parentAgency, field(clean(s.parentAgency).toLocaleUpperCase('vi'), 'CƠ QUAN CHỦ QUẢN')),
    // The unit is the issuing agency when none is given ("Sở Công Thương" → "SỞ CÔNG THƯƠNG").
    line(STYLES.issuingAgency, field(clean(s.issuingAgency || s.unitName).toLocaleUpperCase('vi'), 'CƠ QUAN BAN HÀNH')),
    line(STYLES.number, 'Số: ', ...planNumber(s)),
  ];
  const right: Line[] = [
    line(STYLES.nationalTitle, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    line(STYLES.motto, 'Độc lập - Tự do - Hạnh phúc'),
    line(STYLES.placeDate, ...placeAndDate(s.place, s.planDate)),
  ];
  return [{ kind: 'header', section: 'header', left, right }];
}

/** "Khắc phục các tiêu chí bị đánh giá thấp tại kết quả Chỉ số cải cách hành chính năm 2023 của … trong năm 2024" (seed 000). */
export function titleBlocks(s: PlanSettings): PlanBlock[] {
  const y = years(s);
  return [
    {
      kind: 'title',
      section: 'title',
      lines: [
        line(STYLES.docType, 'KẾ HOẠCH'),
        line(STYLES.subject, 'Khắc phục các tiêu chí bị đánh giá thấp tại kết quả Chỉ số cải cách hành chính năm ', y.index, ' của ', unit(s), ' trong năm ', y.plan),
      ],
    },
  ];
}

/** The decision that published the index, and the unit's result with rate and rank (seed 000's figures). */
export function preambleBlocks(input: PlanInput): PlanBlock[] {
  const { settings: s, result: r } = input;
  const d = s.decision ?? {};
  const y = years(s);
  const out: PlanBlock[] = [
    para('preamble', 'Thực hiện Quyết định số ', field(d.number), ' ngày ', shortDate(d.date) ?? hole(), ' của ', field(d.issuer, 'Cơ quan ban hành'),
      ' về việc phê duyệt và công bố Chỉ số cải cách hành chính năm ', y.index, '.'),
  ];
  const rank = r?.rank ?? s.rank;
  if (r && (r.self !== undefined || r.appraised !== undefined || r.max !== undefined)) {
    const parts: Part[] = ['Năm ', y.index, ' chỉ số CCHC của ', unit(s)];
    parts.push(' tự chấm ', ...scorePair(r.self, r.max)!, ' điểm');
    const selfRate = r.selfRate ?? (r.self !== undefined && r.max ? r.self / r.max : undefined);
    if (selfRate !== undefined) parts.push(` ~${percent(selfRate)}`);
    parts.push(...lostNote(r.max, r.self, r.notScored, 'tự trừ'), '; ');
    parts.push('kết quả thẩm định đạt ', ...scorePair(r.appraised, r.max)!, ' điểm');
    const rate = r.rate ?? (r.appraised !== undefined && r.max ? r.appraised / r.max : undefined);
    if (rate !== undefined) parts.push(` ~${percent(rate)}`);
    parts.push(...lostNote(r.max, r.appraised, r.notScored, 'trừ'));
    parts.push(rank ? `, xếp thứ ${count(rank.position)}/${rank.of} đơn vị.` : '.');
    out.push(para('preamble', ...parts));
  } else if (rank) {
    out.push(para('preamble', 'Năm ', y.index, ', ', unit(s), ` xếp thứ ${count(rank.position)}/${rank.of} đơn vị.`));
  }
  out.push(
    para('preamble', 'Để phát huy những kết quả đã đạt được, khắc phục các tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa, ', unit(s),
      ' xây dựng Kế hoạch khắc phục như sau:'),
  );
  return out;
}

/** " (trừ 12,1 điểm, không chấm 10,5 điểm)" — only what the figures give. */
function lostNote(max: number | undefined, got: number | undefined, notScored: number | undefined, verb: string): Part[] {
  const notes: string[] = [];
  if (max !== undefined && got !== undefined) notes.push(`${verb} ${score(roundTo(max - got, 6))} điểm`);
  if (notScored !== undefined) notes.push(`không chấm ${score(notScored)} điểm`);
  return notes.length ? [` (${notes.join(', ')})`] : [];
}

/** I. MỤC ĐÍCH, YÊU CẦU — standard wording (seed 000) the user edits. */
export function purposeBlocks(input: PlanInput): PlanBlock[] {
  const s = input.settings;
  const y = years(s);
  return [
    heading('purpose', 1, `${roman(1)}.`, 'MỤC ĐÍCH, YÊU CẦU'),
    heading('purpose', 2, '1.', 'Mục đích'),
    para('purpose', 'Phát huy những kết quả đã đạt được trong công tác cải cách hành chính (CCHC) năm ', y.index,
      '; đồng thời khắc phục những hạn chế, các tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa, nâng cao Chỉ số CCHC của ', unit(s), ' năm ', y.plan, '.'),
    heading('purpose', 2, '2.', 'Yêu cầu'),
    para('purpose', 'Đánh giá đúng thực trạng, kết quả thực hiện công tác CCHC tại đơn vị; xác định rõ nguyên nhân, giải pháp, đơn vị thực hiện và thời gian hoàn thành đối với từng tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa; tổ chức triển khai, khắc phục có hiệu quả trong năm ',
      y.plan, '.'),
  ];
}

/**
 * II. NỘI DUNG VÀ GIẢI PHÁP: per area "1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)", per criterion
 * "1.1. Tiêu chí thành phần 1.4: Công tác tuyên truyền CCHC: 01/2,5 điểm.", then cause, solution, owner
 * and time. Numbers follow the document's order (1., 1.1.), not the index's codes, which stay in the text.
 */
export function contentBlocks(input: PlanInput): PlanBlock[] {
  const out: PlanBlock[] = [heading('content', 1, `${roman(2)}.`, 'NỘI DUNG VÀ GIẢI PHÁP')];
  if (!input.areas.some((a) => a.criteria.length || clean(a.title))) {
    out.push(para('content', hole('Các tiêu chí chưa đạt điểm tối đa')));
    return out;
  }
  input.areas.forEach((area, i) => {
    out.push(areaHeading(area, `${i + 1}.`));
    area.criteria.forEach((c, j) => out.push(...criterionBlocks(c, `${i + 1}.${j + 1}.`)));
  });
  return out;
}

function areaHeading(a: PlanArea, number: string): PlanBlock {
  const pair = scorePair(a.appraised, a.max);
  return heading('content', 2, number, field(bare(a.title), 'Lĩnh vực'), ...(pair ? [' (', ...pair, ' điểm)'] : []));
}

/** A criterion's title without the code it may repeat ("1.4. Công tác …" under code 1.4). */
export function criterionTitle(c: PlanCriterion): string {
  const t = bare(c.title);
  const code = clean(c.code).replace(/\.$/, '');
  if (!code) return t;
  const esc = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return t.replace(new RegExp(`^(?:Tiêu chí(?: thành phần)?\\s+)?${esc}\\.?[:\\s]\\s*`, 'i'), '');
}

export function criterionBlocks(c: PlanCriterion, number: string): PlanBlock[] {
  const code = clean(c.code).replace(/\.$/, '');
  const pair = scorePair(c.appraised, c.max, true);
  const title = criterionTitle(c);
  const h = heading('content', 3, number, code ? bold(`Tiêu chí thành phần ${code}:`) : null, code ? ' ' : null, title ? title : hole('Tên tiêu chí'),
    ...(pair ? [': ', ...pair, ' điểm.'] : ['.']));
  return [
    h,
    bullet('content', 'Nguyên nhân', c.cause, 'Nguyên nhân'),
    bullet('content', 'Giải pháp khắc phục', c.solution, 'Giải pháp khắc phục'),
    bullet('content', 'Đơn vị thực hiện', c.owner, 'Đơn vị thực hiện'),
    bullet('content', 'Thời gian thực hiện', c.time, 'Thời gian thực hiện'),
  ];
}

/** The owner units for III: given, else the criteria's owners in order of first mention. */
export function ownersOf(input: PlanInput): string[] {
  const seen = new Map<string, string>();
  for (const o of input.owners ?? input.areas.flatMap((a) => a.criteria.map((c) => c.owner))) {
    const v = bare(o);
    if (v && !seen.has(v.toLocaleLowerCase('vi'))) seen.set(v.toLocaleLowerCase('vi'), v);
  }
  return [...seen.values()];
}

/** III. TỔ CHỨC THỰC HIỆN: who carries it out, who tracks and reports (6 tháng, 9 tháng, năm), problems raised. */
export function organizationBlocks(input: PlanInput): PlanBlock[] {
  const s = input.settings;
  const owners = ownersOf(input);
  const tracking = field(bare(s.trackingUnit), 'Đơn vị theo dõi');
  const y = years(s);
  return [
    heading('organization', 1, `${roman(3)}.`, 'TỔ CHỨC THỰC HIỆN'),
    para('organization', '1. ', owners.length ? owners.join(', ') : hole('Các đơn vị thực hiện'),
      ' căn cứ nhiệm vụ được giao tại Kế hoạch này, chủ động triển khai các giải pháp khắc phục, bảo đảm chất lượng và tiến độ.'),
    para('organization', '2. ', tracking, ' có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả định kỳ 6 tháng, 9 tháng và năm ', y.plan, '.'),
    para('organization', '3. Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về ', unit(s), ' (qua ', tracking, ') để xem xét, giải quyết.'),
  ];
}

/** The closing line (the body's last sentence, ending "./."), Nơi nhận and the signature. */
export function closingBlocks(input: PlanInput): PlanBlock[] {
  const s = input.settings;
  const y = years(s);
  const authority = clean(s.signerAuthority).toLocaleUpperCase('vi');
  const signer: Line[] = [
    ...(authority ? [line(STYLES.signerTitle, authority)] : []),
    line(STYLES.signerTitle, field(clean(s.signerTitle).toLocaleUpperCase('vi'), 'CHỨC VỤ NGƯỜI KÝ')),
  ];
  return [
    para('closing', 'Trên đây là Kế hoạch khắc phục các tiêu chí bị đánh giá thấp tại kết quả Chỉ số cải cách hành chính năm ', y.index, ' của ', unit(s),
      ' trong năm ', y.plan, ', đề nghị các đơn vị nghiêm túc triển khai thực hiện./.'),
    { kind: 'signature', section: 'closing', recipients: recipientLines(s.recipients), signer, name: line(STYLES.signerName, field(s.signerName, 'Họ và tên người ký')) },
  ];
}

/** "Nơi nhận:" then "- X;" lines, the last "- Lưu: VT." (added when the list has no "Lưu"). */
function recipientLines(list: string[] | undefined): Line[] {
  const items = (list ?? []).map((r) => bare(r).replace(/^[-+•]\s*/, '')).filter(Boolean);
  const lines: Part[][] = items.length ? items.map((r) => [r]) : [[hole('Nơi nhận')]];
  if (!items.some((r) => /^Lưu\b/i.test(r))) lines.push(['Lưu: VT']);
  return [
    line(STYLES.recipientsLabel, 'Nơi nhận:'),
    ...lines.map((p, i) => line(STYLES.recipients, '- ', ...p, i === lines.length - 1 ? '.' : ';')),
  ];
}
