import { roleLabel } from '../i18n/labels';
import type { Role } from '../report';
import { differs, ownDecimals } from '../score/number';
import { SCORE_FIELDS, FIELD_ROLE, type ScoreEntry, type ScoreRow } from '../score/rows';
import type { ProposedEdit, Rule } from './types';

export const scoreAsText: Rule = {
  id: 'score-as-text',
  title: { vi: 'Điểm lưu dạng chữ', en: 'Score stored as text' },
  severity: 'warning',
  message: {
    vi: (d) => `${roleLabel(d.role as Role, 'vi')} “${d.text}” được lưu dưới dạng chữ chứ không phải số: Excel không cộng, trừ được.`,
    en: (d) => `${roleLabel(d.role as Role, 'en')} “${d.text}” is stored as text, not as a number: Excel cannot add it up.`,
  },
  help: {
    vi: 'Điểm gõ kèm dấu chấm trong Excel tiếng Việt (“14.5”), kèm điểm tối đa (“01/2,5”) hay chép từ Word (“**6,5**”) thành chữ: tổng và công thức bỏ qua nó. Sửa: ghi lại thành số (điểm không quá 100 nên dấu chấm hay phẩy đều là dấu thập phân).',
    en: 'A score typed with a dot in a Vietnamese-locale Excel (“14.5”), with its maximum (“01/2,5”) or pasted from Word (“**6,5**”) becomes text: sums and formulas skip it. Fix: write it back as a number (scores never exceed 100, so a dot or a comma is always the decimal separator).',
  },
  fixLabel: { vi: 'Ghi điểm thành số', en: 'Write the score as a number' },
  check(ctx) {
    for (const r of ctx.scores.rows) {
      for (const e of [...SCORE_FIELDS.map((f) => r[f]), ...r.unconverted]) {
        if (!e || e.from !== 'cell' || !e.score.asText || ctx.grid.formula(e.row, e.col)) continue;
        const role = FIELD_ROLE[e.field];
        const edit = numberEdit(r, e, ctx.grid.numFmt(e.row, e.col));
        ctx.report({ row: e.row, col: e.col, role, data: { role, text: e.score.text, value: e.score.value }, fix: edit && [edit] });
      }
    }
  },
};

/**
 * The number the cell should hold, when that is unambiguous: a plain figure, or "x/y" whose maximum the
 * row's own maximum column already holds. A percentage (a rate in a points column) or a maximum found
 * nowhere else would lose meaning as a bare number: reported, not fixed.
 */
function numberEdit(r: ScoreRow, e: ScoreEntry, numFmt: string): ProposedEdit | null {
  const { score } = e;
  if (score.percent) return null;
  if (score.outOf !== null) {
    const max = r.max;
    if (!max || max.from !== 'cell' || differs(score.outOf, max.points, Math.max(ownDecimals(score.outOf), max.score.decimals))) return null;
  }
  const edit: ProposedEdit = { row: e.row, col: e.col, value: score.value };
  // A cell formatted as text would store the number as text again; "6,50" keeps showing two decimals.
  if (numFmt === '@') edit.numFmt = ownDecimals(score.value) < score.decimals ? `0.${'0'.repeat(score.decimals)}` : 'General';
  return edit;
}
