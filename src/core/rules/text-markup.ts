import { excerpt } from '../i18n/labels';
import { findMarkup, stripMarkup } from '../text/markup';
import { textRule } from './text-rule';

export { stripMarkup } from '../text/markup';

export const textMarkup = textRule({
  id: 'text-markup',
  title: { vi: 'Dấu định dạng sót lại', en: 'Leftover formatting marks' },
  severity: 'warning',
  message: {
    vi: (d) =>
      `Ô còn dấu định dạng ${d.mark} sót lại khi sao chép (“${d.sample}”).` +
      (d.kept ? ' Thẻ này có thể mang nội dung (liên kết, hình ảnh, bảng), nên không tự sửa: hãy sửa tay.' : ''),
    en: (d) =>
      `The cell keeps the formatting mark ${d.mark} left over from copying (“${d.sample}”).` +
      (d.kept ? ' Such a tag may carry content (a link, an image, a table), so it is not fixed automatically: edit it by hand.' : ''),
  },
  help: {
    vi: 'Thẻ HTML (<i>, <b>) hay dấu ** đi theo văn bản khi chép từ web hoặc công cụ chuyển đổi, và sẽ in ra nguyên văn. Sửa: bỏ dấu, giữ chữ nghiêng bằng định dạng ô; thẻ liên kết, hình ảnh, bảng phải sửa tay.',
    en: 'HTML tags (<i>, <b>) or ** marks come along when text is copied from the web or a converter, and print as they are. Fix: remove them, keeping italics as cell formatting; link, image and table tags must be edited by hand.',
  },
  fixLabel: { vi: 'Bỏ dấu định dạng', en: 'Remove the marks' },
  detect(text) {
    const found = findMarkup(text);
    return found && { mark: found.mark, sample: excerpt(text, 50), kept: found.kept };
  },
  transform: stripMarkup,
  format: (text) => (findMarkup(text)?.italic ? { italic: true } : {}),
});
