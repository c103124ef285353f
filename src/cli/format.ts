/** The readable report `cchc check` prints: grouped by severity and kind, with counts. */
import { displayDate, roleLabel, severityLabel } from '../core/i18n/labels';
import type { Finding, Lang, Role, SheetReport, Severity } from '../core/report';
import { ruleById } from '../core/rules';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function formatReport(file: string, reports: SheetReport[], lang: Lang, asOf: string): string {
  const vi = lang === 'vi';
  const out: string[] = [`${vi ? 'Tệp' : 'File'}: ${file}`];
  for (const r of reports) {
    out.push('');
    out.push(sheetHeading(r, lang));
    for (const sev of SEVERITIES) {
      const list = r.findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      out.push('');
      out.push(`${severityLabel(sev, lang)} (${list.length})`);
      for (const [code, group] of groupByCode(list)) {
        const title = ruleById(code)?.title[lang] ?? code;
        out.push(`  ${title} — ${code} (${group.length})`);
        for (const f of group) out.push(`    ${(f.cell ?? '').padEnd(6)} ${f.message}`);
      }
    }
    out.push('');
    out.push(summary(r, lang, asOf));
  }
  return out.join('\n') + '\n';
}

function sheetHeading(r: SheetReport, lang: Lang): string {
  const vi = lang === 'vi';
  if (!r.table) return `${vi ? 'Trang' : 'Sheet'} “${r.sheet}”: ${vi ? 'không tìm thấy bảng' : 'no table found'}`;
  const t = r.table;
  const cols = (Object.entries(t.columns) as [Role, string | null][])
    .filter(([, c]) => c)
    .map(([role, c]) => `${roleLabel(role, lang)}=${c}`)
    .join(', ');
  const plan = r.planDate
    ? `${vi ? 'ngày kế hoạch' : 'plan date'} ${displayDate(r.planDate)}`
    : r.planYear
      ? `${vi ? 'năm kế hoạch' : 'plan year'} ${r.planYear}`
      : '';
  return [
    `${vi ? 'Trang' : 'Sheet'} “${r.sheet}”: ${vi ? 'tiêu đề ở dòng' : 'header row'} ${t.headerRow}, ${vi ? 'dữ liệu dòng' : 'data rows'} ${t.firstRow}–${t.lastRow}${plan ? `; ${plan}` : ''}`,
    `${vi ? 'Cột' : 'Columns'}: ${cols}`,
  ].join('\n');
}

function groupByCode(list: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of list) {
    let g = m.get(f.code);
    if (!g) m.set(f.code, (g = []));
    g.push(f);
  }
  return m;
}

function summary(r: SheetReport, lang: Lang, asOf: string): string {
  const vi = lang === 'vi';
  const count = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
  const fixable = r.findings.filter((f) => f.fix).length;
  const items = r.rows.filter((x) => x.kind === 'item');
  const overdue = items.filter((x) => x.overdue).length;
  const lines = [
    vi
      ? `Tổng cộng: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} gợi ý; ${fixable} mục sửa được tự động (cchc fix).`
      : `Total: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} suggestions; ${fixable} can be fixed automatically (cchc fix).`,
  ];
  if (r.table)
    lines.push(
      vi
        ? `Nhiệm vụ: ${items.length}; quá hạn tính đến ${displayDate(asOf)}: ${overdue}.`
        : `Tasks: ${items.length}; overdue as of ${displayDate(asOf)}: ${overdue}.`,
    );
  return lines.join('\n');
}
