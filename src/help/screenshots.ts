/**
 * The screenshots of the task pane on the help page: PNGs in src/help/screenshots/ (made by
 * `npm run screenshots`, scripts/screenshots.mjs, from the browser preview on the bundled sample), one
 * per language, inlined into the page as data: URIs at build time. The page stays one static file that
 * works offline wherever it is opened or copied (dist/, the preview, a saved copy), with nothing else to
 * deploy beside it. Runs in Node only (the help page is rendered by webpack.config.js through tsx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/report';

export const SCREENSHOTS_DIR = join(__dirname, 'screenshots');

export interface Screenshot {
  /** File in SCREENSHOTS_DIR for a language: `${name}.${lang}.png`. */
  name: string;
  alt: Record<Lang, string>;
  caption: Record<Lang, string>;
}

/**
 * In the order a user meets them: the list after a check, a finding chosen, a fix done. The alt texts name
 * no counts, so that a new rule (which changes the sample's counts) does not leave them wrong.
 */
export const SCREENSHOTS: readonly Screenshot[] = [
  {
    name: 'findings',
    alt: {
      vi: 'Ngăn CCHC Phụ lục sau khi kiểm tra bảng mẫu: số lỗi, cảnh báo và gợi ý; nhóm “STT bị Excel đổi thành số (17)” mở, có giải thích, nút “Sửa tất cả (17)” và các ô A8, A9 mỗi ô có nút “Sửa”.',
      en: 'The CCHC Appendix pane after checking the sample table: the number of errors, warnings and suggestions; the group “STT turned into a number (17)” is open, with its explanation, a “Fix all (17)” button and the cells A8 and A9, each with a “Fix” button.',
    },
    caption: {
      vi: 'Kết quả kiểm tra: số vấn đề theo mức độ, rồi từng nhóm với cách sửa.',
      en: 'Check results: the count of each severity, then each kind of finding with how to fix it.',
    },
  },
  {
    name: 'selected',
    alt: {
      vi: 'Bảng tính bên trái với ô A8 (giá trị 1,1) được chọn; bên phải, trong ngăn add-in, mục A8 “STT ‘1,1’ là số thập phân chứ không phải chữ” đang được chọn, cạnh nút “Sửa”.',
      en: 'The sheet on the left with cell A8 (value 1.1) selected; on the right, in the add-in pane, the item A8 “STT ‘1.1’ is a decimal number, not text” is chosen, beside its “Fix” button.',
    },
    caption: {
      vi: 'Bấm vào một vấn đề (hoặc nhấn Enter): ô của nó được chọn trên bảng.',
      en: 'Click a finding (or press Enter): its cell is selected on the sheet.',
    },
  },
  {
    name: 'fixed',
    alt: {
      vi: 'Ngăn add-in sau khi bấm “Sửa” ở ô A8: thông báo “Đã sửa: Ghi STT dưới dạng chữ (ô A8)”, nút “Hoàn tác” ghi rõ sẽ hoàn tác gì, và kết quả kiểm tra lại.',
      en: 'The add-in pane after “Fix” on cell A8: the message “Fixed: Write the STT as text (cell A8)”, the “Undo” button saying what it will undo, and the results of the new check.',
    },
    caption: {
      vi: 'Sau khi sửa: bảng được kiểm tra lại, và có thể hoàn tác đúng lần sửa đó.',
      en: 'After a fix: the table is checked again, and that fix can be undone exactly.',
    },
  },
];

export const screenshotFile = (shot: Screenshot, lang: Lang) => join(SCREENSHOTS_DIR, `${shot.name}.${lang}.png`);

/** Width and height in pixels, from the PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const isPng = png.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452; // \x89PNG … IHDR
  if (!isPng) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface ScreenshotImage {
  name: string;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

/** The screenshots of one language, ready for <img>: data: URI, size, alt text and caption. */
export function screenshotImages(lang: Lang): ScreenshotImage[] {
  return SCREENSHOTS.map((shot) => {
    const png = readFileSync(screenshotFile(shot, lang));
    return {
      name: shot.name,
      src: `data:image/png;base64,${png.toString('base64')}`,
      ...pngSize(png),
      alt: shot.alt[lang],
      caption: shot.caption[lang],
    };
  });
}
