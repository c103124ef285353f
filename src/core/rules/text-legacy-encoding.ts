import { excerpt } from '../i18n/labels';
import { decodeLegacy, detectLegacyCached } from '../text/legacy';
import { textRule } from './text-rule';

const NAMES = {
  vi: { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI-Windows (phông VNI-Times)' },
  en: { tcvn3: 'TCVN3 (ABC, .VnTime fonts)', vni: 'VNI-Windows (VNI-Times fonts)' },
} as const;
const encodingName = (lang: 'vi' | 'en', code: unknown) => NAMES[lang][code === 'vni' ? 'vni' : 'tcvn3'];

/**
 * The font converted text moves to. Left in .VnTime or VNI-Times, Unicode text shows as wrong letters on
 * every PC that has those fonts; Times New Roman is the font of official documents (Nghị định 30/2020)
 * and exists everywhere. Hosts change only the font's name: size, bold and italics stay.
 */
export const UNICODE_FONT = 'Times New Roman';

export function convertLegacyText(text: string): string {
  const enc = detectLegacyCached(text);
  return enc ? decodeLegacy(text, enc) : text;
}

export const textLegacyEncoding = textRule({
  id: 'text-legacy-encoding',
  title: { vi: 'Chữ bảng mã cũ (TCVN3/VNI)', en: 'Legacy encoding (TCVN3/VNI)' },
  severity: 'error',
  message: {
    vi: (d) => `Chữ dùng bảng mã cũ ${encodingName('vi', d.encoding)}: “${d.sample}” đọc là “${d.converted}”.`,
    en: (d) => `Text in the legacy ${encodingName('en', d.encoding)} encoding: “${d.sample}” reads “${d.converted}”.`,
  },
  help: {
    vi: 'Chữ bảng mã cũ chỉ đọc được với phông .VnTime/VNI; máy khác, tìm kiếm và sắp xếp đều sai. Sửa: chuyển sang Unicode và phông Times New Roman (giữ cỡ chữ, đậm, nghiêng).',
    en: 'Legacy-encoded text reads only with .VnTime/VNI fonts; elsewhere, search and sorting break. Fix: convert it to Unicode in Times New Roman (size, bold and italics kept).',
  },
  fixLabel: { vi: 'Chuyển sang Unicode', en: 'Convert to Unicode' },
  detect(text) {
    const enc = detectLegacyCached(text);
    return enc && { encoding: enc, sample: excerpt(text, 40), converted: excerpt(decodeLegacy(text, enc), 40) };
  },
  transform: convertLegacyText,
  format: () => ({ fontName: UNICODE_FONT }),
});
