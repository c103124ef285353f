import { roleLabel } from '../i18n/labels';
import type { Lang, Role } from '../report';
import { formatScore } from '../score/number';
import { SCORE_CEILING } from '../score/parse';
import { FIELD_ROLE, SCORE_FIELDS, type ScoreEntry, type ScoreField, type ScoreRow } from '../score/rows';
import type { MessageData, Rule } from './types';

/** Above a maximum by more than float noise: typed figures compare exactly. */
const EPS = 1e-9;

export const scoreOutOfRange: Rule = {
  id: 'score-out-of-range',
  title: { vi: 'Điểm ngoài khoảng cho phép', en: 'Score out of range' },
  severity: 'error',
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  help: {
    vi: 'Điểm không thể âm, không vượt điểm tối đa của dòng (hay điểm tối đa ghi kèm, như “01/2,5”) và không vượt 100. Thường là gõ nhầm, hoặc Excel tiếng Việt đọc “15.804” thành mười lăm nghìn. Sửa: gõ lại đúng điểm.',
    en: 'A score is never negative, never above its row’s maximum (or the maximum written with it, as in “01/2,5”) and never above 100. Usually a typo, or a Vietnamese-locale Excel reading “15.804” as fifteen thousand. Fix: retype the score.',
  },
  check(ctx) {
    for (const r of ctx.scores.rows) {
      const reported = new Set<string>();
      for (const e of [...SCORE_FIELDS.map((f) => r[f]), ...r.unconverted]) {
        if (!e || e.from === 'outOf') continue;
        const field = e.field;
        const data = problem(r, field, e);
        const key = `${e.row}:${e.col}`;
        if (!data || reported.has(key)) continue;
        reported.add(key);
        const role: Role = e.from === 'text' ? 'criterion' : FIELD_ROLE[field];
        // Quote what was typed when it was text; a number is shown as the report's language writes it.
        const text = e.score.asText || e.from === 'text' ? e.score.text : null;
        ctx.report({ row: e.row, col: e.col, role, data: { ...data, role: FIELD_ROLE[field], inText: e.from === 'text', text, percent: e.score.percent } });
      }
    }
  },
};

/** What is wrong with one figure of the row, as message data; null when it is in range. */
function problem(r: ScoreRow, field: ScoreField, e: ScoreEntry): MessageData | null {
  const { score } = e;
  if (score.value < 0) return { kind: 'negative', value: score.value };
  if (score.percent) return score.value > 100 + EPS ? { kind: 'percent', value: score.value } : null;
  if (score.outOf !== null && score.value > score.outOf + EPS) return { kind: 'over-stated', value: score.value, max: score.outOf };
  const max = r.max;
  if (field !== 'max' && max && max.points <= SCORE_CEILING && e.points > max.points + EPS) return { kind: 'over-max', value: e.points, max: max.points };
  const highest = Math.max(score.value, score.outOf ?? 0);
  if (highest > SCORE_CEILING + EPS) {
    // "15.804" typed into a Vietnamese-locale Excel is read with the dot as a thousands separator.
    const guess = Number.isInteger(highest) && highest >= 1000 && highest / 1000 <= SCORE_CEILING ? (highest / 1000).toFixed(3) : null;
    return { kind: 'over-100', value: highest, guess };
  }
  return null;
}

function message(d: MessageData, lang: Lang): string {
  const n = (v: unknown) => formatScore(v as number, lang);
  const label = roleLabel(d.role as Role, lang);
  const vi = lang === 'vi';
  // A figure read from the criterion text is quoted as written there.
  const shown = d.text === null ? `${n(d.value)}${d.percent ? '%' : ''}` : `“${d.text}”`;
  const what = d.inText ? (vi ? `${label} ghi trong nội dung (“${d.text}”)` : `The ${lowerFirst(label)} in the content (“${d.text}”)`) : `${label} ${shown}`;
  switch (d.kind) {
    case 'negative':
      return vi ? `${what} là số âm: điểm không thể âm.` : `${what} is negative: no score is below zero.`;
    case 'percent':
      return vi ? `${what} lớn hơn 100%: tỷ lệ đạt không thể vượt điểm tối đa.` : `${what} is above 100%: no rate can exceed the maximum.`;
    case 'over-stated':
      return vi ? `${what}: điểm ${n(d.value)} lớn hơn điểm tối đa ${n(d.max)} ghi kèm.` : `${what}: the score ${n(d.value)} is above the maximum of ${n(d.max)} written with it.`;
    case 'over-max':
      return vi ? `${what} lớn hơn điểm tối đa ${n(d.max)} của dòng.` : `${what} is above the row’s maximum of ${n(d.max)}.`;
    default: {
      const hint = d.guess === null ? '' : vi ? ` Có thể Excel đã đọc “${d.guess}” thành ${n(d.value)}.` : ` Excel may have read “${d.guess}” as ${n(d.value)}.`;
      return (vi ? `${what} lớn hơn 100, mức cao nhất của mọi điểm Chỉ số CCHC.` : `${what} is above 100, the most any PAR Index score can be.`) + hint;
    }
  }
}

function lowerFirst(s: string): string {
  return s[0]!.toLowerCase() + s.slice(1);
}
