import { HAS_CONTINUOUS, HAS_DOCUMENT_NUMBER, HAS_EVENT_WORD, HAS_NUMBER_UNIT, HAS_RELATIVE_WORD } from '../scan';
import { startsWord } from './checks';
import type { Parser } from './parser';

/** Parsers of text that gives no deadline: continuous work, event-driven work, cited documents. */

/** "Thường xuyên", "Thường xuyên trong năm", "Thực hiện thường xuyên", "Liên tục", "thường xuyên, liên tục". */
export const continuousParser: Parser = {
  name: 'continuous',
  needs: HAS_CONTINUOUS,
  pattern:
    /(?:thuong xuyen|lien tuc)(?:,? (?:va )?(?:lien tuc|thuong xuyen))?(?: (?:trong|ca|suot) nam(?: nay| \d{4})?)?/g,
  extract(m) {
    return { type: 'continuous', parser: 'continuous', index: m.index, end: m.index + m[0].length };
  },
};

/**
 * "Theo yêu cầu của Sở Tài chính", "Theo KH ban hành", "Theo kế hoạch", "Theo quy định", "Theo chỉ đạo …",
 * "Khi có yêu cầu", "khi có thay đổi", "Khi phát sinh", "sau khi …", "đột xuất", "tùy tình hình".
 */
export const eventParser: Parser = {
  name: 'event',
  needs: HAS_EVENT_WORD,
  pattern:
    /(?:theo (?:yeu cau|de nghi|kh|ke hoach|quy dinh|chi dao|huong dan|lich|thong bao|van ban|tien do|chi thi|quyet dinh|cong van|thuc te|nhu cau|nhiem vu|chuong trinh|dot|phan cong|thoi gian|quy che)|khi (?:co|phat sinh|duoc|can|nao)|sau khi|phat sinh|dot xuat|tuy (?:theo|tinh hinh))\b/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    return { type: 'event', parser: 'event', index: m.index, end: m.index + m[0].length };
  },
};

/**
 * A deadline counted from an event: "trong 05 ngày làm việc", "chậm nhất 3 ngày", "sau 3 tháng" — no date
 * can be computed, so it reads as event-driven.
 */
export const relativeParser: Parser = {
  name: 'relative',
  needs: HAS_RELATIVE_WORD | HAS_NUMBER_UNIT,
  pattern:
    /(?:trong(?: vong| thoi han)?|sau|cham nhat(?: sau)?|truoc|khong qua) (?:\d{1,3} (?:ngay|tuan)(?: lam viec)?|\d{1,2} thang(?! (?:dau|cuoi)))\b/g,
  extract(m, text) {
    if (!startsWord(text, m.index)) return null;
    // "trong 6 tháng" (without "vòng") is the first half of the year, not a delay
    if (m[0].startsWith('trong ') && m[0].endsWith('thang')) return null;
    return { type: 'event', parser: 'relative', index: m.index, end: m.index + m[0].length };
  },
};

/**
 * A cited document with its date: "Kế hoạch số 19/KH-SCT ngày 31/3/2022", "Thông tư 01/2018/TT-VPCP ngày
 * 23/11/2018". Its date is the document's, not a deadline: the component only hides it.
 */
export const documentParser: Parser = {
  name: 'document',
  needs: HAS_DOCUMENT_NUMBER,
  pattern:
    /\d+\/(?:\d{4}\/)?[a-z][a-z0-9.&-]*[ ,;]*(?:ngay ?)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} thang \d{1,2},? nam \d{4})/g,
  extract(m) {
    return { type: 'document', parser: 'document', index: m.index, end: m.index + m[0].length };
  },
};
