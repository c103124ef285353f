/**
 * Product cells → document types (Nghị định 30/2020/NĐ-CP names and abbreviations, and the other
 * outputs plans name). Case and plural vary: "Báo cáo, biên bản", "KH, BC".
 */
import { memoize } from '../memo';
import { fold } from '../text/normalize';

/** The document types of Nghị định 30/2020/NĐ-CP (Phụ lục III) that plans name most: what product dropdowns offer. */
export const DOCUMENT_TYPES: readonly string[] = [
  'Kế hoạch', 'Báo cáo', 'Biên bản', 'Công văn', 'Tờ trình', 'Quyết định', 'Thông báo',
  'Chương trình', 'Hướng dẫn', 'Đề án', 'Phương án', 'Quy chế', 'Quy định', 'Giấy mời',
];

/** [folded prefix, display name]. Longer prefixes first where one contains another. */
const TYPES: [string, string][] = [
  ['ke hoach', 'Kế hoạch'], ['bao cao', 'Báo cáo'], ['bien ban', 'Biên bản'], ['cong van', 'Công văn'],
  ['to trinh', 'Tờ trình'], ['quyet dinh', 'Quyết định'], ['thong bao', 'Thông báo'], ['chuong trinh', 'Chương trình'],
  ['huong dan', 'Hướng dẫn'], ['de an', 'Đề án'], ['phuong an', 'Phương án'], ['quy che', 'Quy chế'],
  ['quy dinh', 'Quy định'], ['giay moi', 'Giấy mời'], ['van ban', 'Văn bản'], ['nghi quyet', 'Nghị quyết'],
  ['chi thi', 'Chỉ thị'], ['ket luan', 'Kết luận'], ['danh muc', 'Danh mục'], ['so tay', 'Sổ tay'],
  ['tai lieu', 'Tài liệu'], ['ban tin', 'Bản tin'], ['tin bai', 'Tin, bài'], ['tin, bai', 'Tin, bài'], ['bai viet', 'Bài viết'],
  ['ho so', 'Hồ sơ'], ['sang kien', 'Sáng kiến'], ['giai phap', 'Giải pháp'], ['quy trinh', 'Quy trình'],
  ['phan mem', 'Phần mềm'], ['co so du lieu', 'Cơ sở dữ liệu'], ['trang thong tin', 'Trang thông tin'],
  ['hoi nghi', 'Hội nghị'], ['hoi thi', 'Hội thi'], ['tap huan', 'Tập huấn'], ['lop tap huan', 'Tập huấn'],
  ['phieu', 'Phiếu'], ['bieu mau', 'Biểu mẫu'], ['mo hinh', 'Mô hình'], ['cong dien', 'Công điện'],
  ['de cuong', 'Đề cương'], ['tong ket', 'Tổng kết'], ['so lieu', 'Số liệu'], ['bang', 'Bảng'],
  ['du thao', 'Dự thảo'], ['ke hoach', 'Kế hoạch'], ['bo thu tuc', 'Bộ thủ tục'], ['thu tuc', 'Thủ tục'],
  ['chuyen muc', 'Chuyên mục'], ['pano', 'Pano'], ['ap phich', 'Áp phích'], ['to roi', 'Tờ rơi'],
  ['video', 'Video'], ['phong su', 'Phóng sự'], ['cuoc thi', 'Cuộc thi'], ['buoi', 'Buổi'], ['dot', 'Đợt'],
  ['kiem tra', 'Kiểm tra'], ['bang tong hop', 'Bảng tổng hợp'], ['thu moi', 'Thư mời'], ['the le', 'Thể lệ'],
  ['ket qua', 'Kết quả'], ['tlkc', 'Tài liệu kiểm chứng'], ['thong cao', 'Thông cáo'], ['an pham', 'Ấn phẩm'],
  ['ky yeu', 'Kỷ yếu'], ['infographic', 'Infographic'], ['clip', 'Clip'], ['cau hoi', 'Câu hỏi'],
  ['bo cau hoi', 'Bộ câu hỏi'], ['hop dong', 'Hợp đồng'], ['du an', 'Dự án'], ['to gap', 'Tờ gấp'],
  ['bao cao tham luan', 'Báo cáo'], ['tham luan', 'Tham luận'], ['bai giang', 'Bài giảng'], ['chuyen de', 'Chuyên đề'],
  ['hoi thao', 'Hội thảo'], ['toa dam', 'Tọa đàm'], ['phong su', 'Phóng sự'],
  ['bao cao ket qua', 'Báo cáo'], ['giay chung nhan', 'Giấy chứng nhận'], ['bang khen', 'Bằng khen'], ['giay khen', 'Giấy khen'],
  ['ket qua giai quyet', 'Kết quả'], ['dich vu cong', 'Dịch vụ công'], ['ho so dien tu', 'Hồ sơ'],
];
const TYPE_RE = new RegExp(`^(${TYPES.map(([p]) => p).sort((a, b) => b.length - a.length).join('|')})(\\b|$)`);
const TYPE_NAME = new Map(TYPES);

/** Official abbreviations, matched case-sensitively on the original text. */
const ABBREVIATIONS: Record<string, string> = {
  KH: 'Kế hoạch', BC: 'Báo cáo', BB: 'Biên bản', CV: 'Công văn', TTr: 'Tờ trình', 'QĐ': 'Quyết định',
  QD: 'Quyết định', TB: 'Thông báo', CTr: 'Chương trình', HD: 'Hướng dẫn', 'ĐA': 'Đề án', PA: 'Phương án',
  QC: 'Quy chế', 'QyĐ': 'Quy định', GM: 'Giấy mời', NQ: 'Nghị quyết', CT: 'Chỉ thị', KL: 'Kết luận',
  TLKC: 'Tài liệu kiểm chứng',
};
const ABBR_RE = new RegExp(`^(${Object.keys(ABBREVIATIONS).join('|')})(?![\\p{L}\\d])`, 'u');

export interface ParsedProducts {
  /** Recognised document types, in order, without repeats. */
  products: string[];
  /** Pieces that name no known document type. */
  unknown: string[];
}

/** A cell that says "none": "-", "'-", "x", "…". */
export function isPlaceholder(text: string): boolean {
  if (text.length > 8) return false;
  return /^['\s]*[-–—_.…x/]*\s*$/i.test(text);
}

/** Memoised: product cells repeat. The result is shared; treat it as read-only. */
export const parseProducts: (text: string) => ParsedProducts = memoize(parseProductsUncached);

function parseProductsUncached(text: string): ParsedProducts {
  const products: string[] = [];
  const unknown: string[] = [];
  if (!text || isPlaceholder(text)) return { products, unknown };
  const pieces = text
    .replace(/<[^>]*>/g, '')
    .replace(/\b(tin|Tin|TIN),\s*(bài|Bài|BÀI)\b/gu, '$1 $2') // "Tin, bài" is one product
    .split(/[;,\n\r]+|\s+(?:và|va|hoặc|hoac)\s+|\s*\+\s+|(?:^|\s)-\s*/i)
    .map((p) => p.replace(/^[\s'"“”\-+•*.]+|[\s.;:"“”]+$/g, ''))
    .filter((p) => p.length > 0);
  for (const piece of pieces) {
    const name = productName(piece);
    if (name) {
      if (!products.includes(name)) products.push(name);
    } else {
      unknown.push(piece);
    }
  }
  return { products, unknown };
}

function productName(piece: string): string | null {
  const abbr = ABBR_RE.exec(piece);
  if (abbr) return ABBREVIATIONS[abbr[1]!]!;
  const f = fold(piece).replace(/^(cac|nhung|mot|01|02|03|\d+)\s+/, '').replace(/^(ban|bo|so)\s+(?=(ke hoach|bao cao|quy|huong dan|van ban|thu tuc|danh muc))/, '');
  const m = TYPE_RE.exec(f);
  if (!m) return null;
  if (m[1] === 'tin, bai') return 'Tin, bài';
  return TYPE_NAME.get(m[1]!) ?? null;
}
