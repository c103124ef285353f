import { excerpt } from '../i18n/labels';
import { textRule } from './text-rule';

const LEADING = /^\s*['‘’`]+/;

export function removeLeadingApostrophe(text: string): string {
  return text.replace(LEADING, '');
}

export const textStrayApostrophe = textRule({
  id: 'text-stray-apostrophe',
  title: { vi: 'Dấu nháy thừa', en: 'Stray apostrophe' },
  severity: 'warning',
  message: {
    vi: (d) => `Ô bắt đầu bằng dấu nháy ' thừa (“${d.sample}”).`,
    en: (d) => `The cell starts with a stray apostrophe (“${d.sample}”).`,
  },
  help: {
    vi: "Dấu ' ở đầu ô đã bị lưu thành chữ (thường do sao chép) và sẽ in ra. Sửa: bỏ dấu nháy.",
    en: 'The leading apostrophe was stored as text (usually by copying) and will print. Fix: remove it.',
  },
  fixLabel: { vi: 'Bỏ dấu nháy', en: 'Remove the apostrophe' },
  detect: (text) => (LEADING.test(text) ? { sample: excerpt(text, 40) } : null),
  transform: removeLeadingApostrophe,
});
