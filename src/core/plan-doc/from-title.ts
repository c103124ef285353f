/**
 * What the table's title lines already say about the plan, to pre-fill its settings (the user reviews
 * them): "(Kèm theo Kế hoạch số 19/KH-SCT, ngày 31/3/2022 của Sở Công Thương)" gives the number and
 * symbol, the date and the issuing unit. The date is the one the checker reads (../table/plan.ts).
 */
import type { SheetAnalysis } from '../check';
import type { PlanSettings } from './model';

/** "số 19/KH-SCT", "Số: 08/KH-UBND", "số …/KH-SCT" (a blank number stays blank). */
const NUMBER = /\bs[ốo]\s*:?\s*(\d+|[.…]+)?\s*\/\s*([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)/iu;
/** "… của Sở Công Thương)" / "của UBND xã Tân Thành": the issuing unit, up to the closing bracket. */
const ISSUER = /\bcủa\s+([^()]+?)\s*\)?\s*$/u;

/** An agency's name in an ND30 header: "UBND TỈNH LẠNG SƠN", "SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN HUYỆN …". */
const AGENCY = /^(UBND|ỦY BAN|UỶ BAN|SỞ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|CỤC|BỘ|HỘI ĐỒNG|BỆNH VIỆN|TRƯỜNG|ĐÀI|THANH TRA|KHO BẠC|CÔNG AN|BẢO HIỂM)(?=\s|$)/u;
/** Where the document's own title starts: the agencies are the lines above it. */
const DOCUMENT_TITLE = /^(PHỤ LỤC|KẾ HOẠCH|BẢNG|DANH MỤC|KẾT QUẢ|BIỂU|NỘI DUNG|\(KÈM THEO)/iu;

/** The agencies of a header block in the title lines: the parent above the issuing agency, or the issuing one alone. */
function agencies(lines: readonly string[]): Pick<PlanSettings, 'parentAgency' | 'issuingAgency'> {
  const found: string[] = [];
  for (const raw of lines) {
    // The header block's two halves share a row: the agency is the part before the national title.
    const line = raw.normalize('NFC').split(/\s*CỘNG HÒA|\s*CỘNG HOÀ|\s*Độc lập/u)[0]!.replace(/\s+/g, ' ').trim();
    if (DOCUMENT_TITLE.test(line)) break;
    if (line && line === line.toLocaleUpperCase('vi') && AGENCY.test(line)) found.push(line);
  }
  if (found.length >= 2) return { parentAgency: found[0]!, issuingAgency: found[1]! };
  return found.length === 1 ? { issuingAgency: found[0]! } : {};
}

export function settingsFromTitle(analysis: SheetAnalysis): PlanSettings {
  const settings: PlanSettings = { ...agencies(analysis.layout?.titleLines ?? []) };
  const line = analysis.layout?.titleLines.find((l) => /kèm theo|kế hoạch số|kế hoạch\s+số/iu.test(l.normalize('NFC')));
  if (line) {
    const text = line.normalize('NFC');
    const n = NUMBER.exec(text);
    if (n) {
      if (n[1] && /\d/.test(n[1])) settings.planNumber = n[1];
      settings.planSymbol = n[2]!.toUpperCase();
    }
    const issuer = ISSUER.exec(text)?.[1]?.trim();
    if (issuer) settings.unitName = issuer;
  }
  const date = analysis.plan?.date;
  if (date) {
    // A draft leaves the day blank ("ngày   tháng 5 năm 2024"): the checker takes the 1st, the plan keeps it blank.
    const blankDay = line !== undefined && /ngày\s*[.…]*\s*tháng\s+\d/iu.test(line.normalize('NFC'));
    settings.planDate = blankDay ? date.slice(0, 7) : date;
  }
  return settings;
}
