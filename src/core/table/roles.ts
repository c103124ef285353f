/**
 * Header text → column role, by meaning: matched on folded text (no case, no diacritics).
 * Order matters: the first pattern that matches wins, so the specific come before the general
 * ("Kết quả thẩm định" is a score, "Kết quả/Sản phẩm" a product, "Kết quả thực hiện" a status).
 */
import type { Role } from '../report';
import { fold } from '../text/normalize';

const PATTERNS: [Role, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|s\.tt|s tt)\.?$/],
  ['lostScore', /\b(diem bi tru|diem tru|so diem bi tru|bi tru|diem mat|diem bi mat)\b/],
  ['appraisedScore', /\b(diem tham dinh|ket qua tham dinh|tham dinh|diem dat|diem danh gia|ubnd tinh danh gia|hoi dong danh gia|diem cham)\b/],
  ['selfScore', /\b(tu cham|tu danh gia|tu xac dinh|diem tu cham|tu cham diem)\b/],
  ['maxScore', /\b(toi da|diem chuan|thang diem|diem toi da)\b/],
  ['product', /\b(san pham|hinh thuc van ban|ket qua dau ra|hinh thuc san pham)\b/],
  ['status', /^(tinh trang|trang thai|tien do thuc hien|ket qua thuc hien|ket qua trien khai|muc do hoan thanh|ket qua)\b/],
  ['owner', /\b(chu tri|don vi thuc hien|co quan thuc hien|don vi chiu trach nhiem|trach nhiem thuc hien|nguoi thuc hien|bo phan thuc hien|don vi trien khai|phan cong)\b/],
  ['coordinator', /\b(phoi hop)\b/],
  ['time', /\b(thoi gian|thoi han|tien do|han hoan thanh|moc thoi gian|thoi diem)\b/],
  // "Nội dung, nhiệm vụ, giải pháp" names the content column, whatever follows.
  ['criterion', /^(noi dung|ten nhiem vu|nhiem vu|cong viec|ten cong viec)\b/],
  ['cause', /\b(nguyen nhan|ton tai|han che)\b/],
  ['solution', /\b(giai phap|bien phap)\b/],
  ['note', /^(ghi chu|ghi chu khac)\b/],
  ['criterion', /\b(noi dung|tieu chi|linh vuc|nhiem vu|cong viec|chi tieu|chi so thanh phan)\b/],
];

/** Header labels longer than this are prose (a title line), not a column header. */
const MAX_HEADER_LENGTH = 90;

export function roleOfHeader(text: string): Role | null {
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const f = fold(text).replace(/[()*:]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!f) return null;
  // "Đơn vị chủ trì, phối hợp" names the owner column; "Phối hợp" alone the coordinators.
  for (const [role, re] of PATTERNS) if (re.test(f)) return role;
  return null;
}
