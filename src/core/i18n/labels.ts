/** Names shown to users for roles, severities and row kinds. */
import type { Lang, Role, Severity } from '../report';
import { withoutTags } from '../text/markup';

const ROLE_LABELS: Record<Role, [string, string]> = {
  stt: ['STT', 'No.'],
  criterion: ['Nội dung/Tiêu chí', 'Content/Criterion'],
  cause: ['Nguyên nhân', 'Cause'],
  solution: ['Giải pháp', 'Solution'],
  owner: ['Đơn vị chủ trì', 'Lead unit'],
  coordinator: ['Đơn vị phối hợp', 'Coordinating units'],
  product: ['Sản phẩm', 'Product'],
  time: ['Thời gian', 'Time'],
  status: ['Tình trạng', 'Status'],
  maxScore: ['Điểm tối đa', 'Maximum score'],
  selfScore: ['Điểm tự chấm', 'Self-assessed score'],
  appraisedScore: ['Điểm thẩm định', 'Appraised score'],
  lostScore: ['Điểm bị trừ', 'Points lost'],
  note: ['Ghi chú', 'Notes'],
};

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang === 'vi' ? 0 : 1];
}

const SEVERITY_LABELS: Record<Severity, [string, string]> = {
  error: ['Lỗi', 'Errors'],
  warning: ['Cảnh báo', 'Warnings'],
  info: ['Gợi ý', 'Suggestions'],
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang === 'vi' ? 0 : 1];
}

/** dd/mm/yyyy, the way Vietnamese documents write dates. */
export function displayDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A cell's text shortened for a message: tags dropped unless nothing else is left. */
export function excerpt(text: string, max = 60): string {
  const bare = withoutTags(text);
  const t = (bare.trim() ? bare : text).replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
