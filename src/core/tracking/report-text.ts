/**
 * The counts a 6-month, 9-month or year-end report asks for, as text ready to paste into the report:
 * the whole plan, then each owner unit, then the late tasks by unit. Numbers the Vietnamese way.
 */
import { displayDate } from '../i18n/labels';
import type { Lang } from '../report';
import { FLAG } from './due';
import type { JudgedRow, ProgressCounts, UnitProgress } from './summary';

/** "33,3%" in Vietnamese, "33.3%" in English; whole numbers without decimals. */
function percent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '0%';
  const p = Math.round((part / whole) * 1000) / 10;
  const text = Number.isInteger(p) ? String(p) : p.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

export function progressText(progress: { units: UnitProgress[]; total: ProgressCounts }, judged: readonly JudgedRow[], asOf: string, lang: Lang): string {
  const t = progress.total;
  const busy = progress.units.filter((u) => u.tasks > 0);
  const late = judged.filter((r) => r.flag === FLAG.overdue);
  if (lang === 'en') {
    const lines = [
      `Progress of the remediation plan as of ${displayDate(asOf)}:`,
      `- Tasks: ${t.tasks}; done: ${t.done} (${percent(t.done, t.tasks, lang)}); in progress: ${t.inProgress}; overdue: ${t.overdue}; due soon: ${t.dueSoon}.`,
      '- By lead unit:',
      ...busy.map((u) => `  + ${u.unit}: ${u.tasks} tasks, ${u.done} done, ${u.inProgress} in progress, ${u.overdue} overdue, ${u.dueSoon} due soon.`),
    ];
    if (late.length) lines.push('- Overdue tasks:', ...late.map((r) => `  + ${label(r)} (${r.units.join('; ')})`));
    return lines.join('\n');
  }
  const lines = [
    `Tình hình thực hiện Kế hoạch khắc phục tính đến ngày ${displayDate(asOf)}:`,
    `- Tổng số nhiệm vụ: ${t.tasks}; đã hoàn thành: ${t.done} (${percent(t.done, t.tasks, lang)}); đang thực hiện: ${t.inProgress}; quá hạn: ${t.overdue}; sắp đến hạn: ${t.dueSoon}.`,
    '- Theo đơn vị chủ trì:',
    ...busy.map((u) => `  + ${u.unit}: ${u.tasks} nhiệm vụ, hoàn thành ${u.done}, đang thực hiện ${u.inProgress}, quá hạn ${u.overdue}, sắp đến hạn ${u.dueSoon}.`),
  ];
  if (late.length) lines.push('- Nhiệm vụ quá hạn:', ...late.map((r) => `  + ${label(r)} (${r.units.join('; ')})`));
  return lines.join('\n');
}

const label = (r: JudgedRow) => [r.stt, r.task].filter(Boolean).join('. ') || `#${r.row}`;
