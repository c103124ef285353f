import { excerpt } from '../i18n/labels';
import { decodeLegacy, detectLegacyCached } from '../text/legacy';
import type { Rule } from './types';

const NAMES = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI-Windows (phông VNI-Times)' } as const;

export function convertLegacyText(text: string): string {
  const enc = detectLegacyCached(text);
  return enc ? decodeLegacy(text, enc) : text;
}

export const textLegacyEncoding: Rule = {
  id: 'text-legacy-encoding',
  title: { vi: 'Chữ bảng mã cũ (TCVN3/VNI)', en: 'Legacy encoding (TCVN3/VNI)' },
  severity: 'error',
  message: {
    vi: (d) => `Chữ dùng bảng mã cũ ${d.encoding}: “${d.sample}” đọc là “${d.converted}”.`,
    en: (d) => `Text in the legacy ${d.encoding} encoding: “${d.sample}” reads “${d.converted}”.`,
  },
  help: {
    vi: 'Chữ bảng mã cũ chỉ đọc được với phông .VnTime/VNI; máy khác, tìm kiếm và sắp xếp đều sai. Sửa: chuyển sang Unicode.',
    en: 'Legacy-encoded text reads only with .VnTime/VNI fonts; elsewhere, search and sorting break. Fix: convert it to Unicode.',
  },
  fixLabel: { vi: 'Chuyển sang Unicode', en: 'Convert to Unicode' },
  transformText: convertLegacyText,
  check(ctx) {
    const cells = ctx.textCells;
    for (let i = 0; i < cells.length; i++) {
      const text = cells.texts[i]!;
      const enc = detectLegacyCached(text);
      if (!enc) continue;
      const converted = decodeLegacy(text, enc);
      ctx.report({
        row: cells.rows[i]!,
        col: cells.cols[i]!,
        data: { encoding: NAMES[enc], sample: excerpt(text, 40), converted: excerpt(converted, 40) },
        fix: [{ row: cells.rows[i]!, col: cells.cols[i]!, value: converted }],
      });
    }
  },
};
