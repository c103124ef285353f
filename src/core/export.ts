/**
 * The findings as a CSV report (UTF-8 with BOM so Excel opens Vietnamese correctly). Every field that
 * a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) is
 * neutralised with a leading apostrophe: cell text comes from other people's workbooks.
 */
import type { Finding, Lang } from './report';
import { roleLabel, severityLabel } from './i18n/labels';
import { ruleInfo } from './rules';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsToCsv(sheet: string, findings: readonly Finding[], lang: Lang): string {
  const vi = lang === 'vi';
  const header = vi
    ? ['Trang', 'Mức độ', 'Mã', 'Loại', 'Ô', 'Cột', 'Nội dung']
    : ['Sheet', 'Severity', 'Code', 'Kind', 'Cell', 'Column', 'Message'];
  const lines = [header.map(neutralizeCsvField).join(',')];
  for (const f of findings) {
    const fields = [
      sheet,
      severityLabel(f.severity, lang),
      f.code,
      ruleInfo(f.code, lang)?.title ?? f.code,
      f.cell ?? '',
      f.column ? roleLabel(f.column, lang) : '',
      f.message,
    ];
    lines.push(fields.map(neutralizeCsvField).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
