import { roleLabel } from '../i18n/labels';
import type { Lang, Role } from '../report';
import { formatScore, localNumbers } from '../score/number';
import { scoreMismatches } from '../score/reconcile';
import type { MessageData, ProposedEdit, Rule, RuleContext } from './types';
import { a1 } from '../address';
import type { ScoreEntry } from '../score/rows';
import { differenceFormula, formulaReads } from '../score-layer/columns';

export const scoreMismatch: Rule = {
  id: 'score-mismatch',
  title: { vi: 'Điểm không khớp', en: 'Scores that do not add up' },
  severity: 'error',
  message: { vi: (d) => message(d, 'vi'), en: (d) => message(d, 'en') },
  help: {
    vi: 'Điểm bị trừ phải bằng điểm tối đa trừ điểm thẩm định; một lĩnh vực không thể bị trừ ít hơn các tiêu chí liệt kê bên dưới cộng lại; dòng tổng phải khớp với các mục của nó. Phụ lục chỉ liệt kê tiêu chí bị trừ điểm, nên điểm tối đa của lĩnh vực không cần bằng tổng các tiêu chí. Sai lệch thường do chép lại số từ quyết định công bố. Sửa: đối chiếu lại với kết quả công bố.',
    en: 'Points lost must equal the maximum minus the appraised score; an area cannot have lost fewer points than the criteria listed under it together; a total row must agree with its items. A remediation table lists only the criteria that lost points, so an area’s maximum need not equal the sum of its criteria. Slips usually come from retyping the figures of the published decision. Fix: check them against the published result.',
  },
  fixLabel: { vi: 'Thay bằng công thức tối đa − thẩm định', en: 'Replace with a formula: maximum − appraised' },
  check(ctx) {
    for (const m of scoreMismatches(ctx.scores)) {
      const fix = m.kind === 'row-lost' ? lostFormulaFix(ctx, m.row, m.col) : null;
      ctx.report({ row: m.row, col: m.col, data: { kind: m.kind, ...m.data }, ...(fix ? { fix: [fix] } : {}) });
    }
  },
};

/**
 * A typed "Điểm bị trừ" that disagrees with its row: replaced, when the user asks, by the formula the
 * score columns use (max − appraised over the row's own cells), so it follows the scores from then on.
 */
function lostFormulaFix(ctx: RuleContext, row: number, col: number): ProposedEdit | null {
  const r = ctx.scores.get(row);
  const cell = (e: ScoreEntry | null | undefined): string | null => (e && formulaReads(e, ctx.grid) ? a1(e.row, e.col) : null);
  const max = cell(r?.max);
  const appraised = cell(r?.appraised);
  return max && appraised ? { row, col, value: null, formula: differenceFormula(max, appraised) } : null;
}

const SUBJECT = {
  vi: { total: 'Dòng tổng', row: 'Dòng này' },
  en: { total: 'The total row', row: 'This row' },
};
const PARTS = {
  vi: { total: 'các mục liệt kê trong bảng', row: 'các mục liệt kê bên dưới' },
  en: { total: 'the items listed in the table', row: 'the items listed under it' },
};

function message(d: MessageData, lang: Lang): string {
  const n = (v: unknown) => formatScore(v as number, lang);
  const vi = lang === 'vi';
  const scope = d.scope === 'total' ? 'total' : 'row';
  const subject = SUBJECT[lang][scope];
  const parts = PARTS[lang][scope];
  const terms = localNumbers(String(d.terms ?? ''), lang);
  switch (d.kind) {
    case 'row-lost':
      return vi
        ? `Điểm bị trừ ghi ${n(d.stated)} nhưng ${n(d.max)} − ${n(d.appraised)} = ${n(d.computed)}.`
        : `Points lost stated as ${n(d.stated)} but ${n(d.max)} − ${n(d.appraised)} = ${n(d.computed)}.`;
    case 'row-max': {
      const label = roleLabel(d.role as Role, lang);
      return vi
        ? `${label} ghi “${d.text}”, tức tối đa ${n(d.outOf)}, nhưng điểm tối đa của dòng là ${n(d.max)}.`
        : `${label} reads “${d.text}”, out of ${n(d.outOf)}, but the row’s maximum is ${n(d.max)}.`;
    }
    case 'parts-lost': {
      const how = d.max === null ? '' : ` (${n(d.max)} − ${n(d.appraised)})`;
      return vi
        ? `${subject} bị trừ ${n(d.parent)} điểm${how} nhưng ${parts} bị trừ cộng lại ${n(d.sum)} điểm (${terms}).`
        : `${subject} lost ${n(d.parent)} points${how} but ${parts} lost ${n(d.sum)} together (${terms}).`;
    }
    case 'parts-self-gap':
      return vi
        ? `${subject} tự chấm ${n(d.self)}, thẩm định ${n(d.appraised)}, chênh lệch ${n(d.parent)}, nhưng ${parts} chênh lệch cộng lại ${n(d.sum)} (${terms}).`
        : `${subject} was self-assessed ${n(d.self)} and appraised ${n(d.appraised)}, a gap of ${n(d.parent)}, but ${parts} differ by ${n(d.sum)} together (${terms}).`;
    case 'parts-max':
      return vi
        ? `${subject} có điểm tối đa ${n(d.parent)} nhưng điểm tối đa của ${parts} cộng lại đã là ${n(d.sum)} (${terms}).`
        : `${subject} has a maximum of ${n(d.parent)} but the maxima of ${parts} already add up to ${n(d.sum)} (${terms}).`;
    case 'parts-appraised':
      return vi
        ? `${subject} có điểm thẩm định ${n(d.parent)} nhưng điểm thẩm định của ${parts} cộng lại đã là ${n(d.sum)} (${terms}).`
        : `${subject} was appraised ${n(d.parent)} but ${parts} were appraised ${n(d.sum)} together (${terms}).`;
    case 'parts-self':
      return vi
        ? `${subject} có điểm tự chấm ${n(d.parent)} nhưng điểm tự chấm của ${parts} cộng lại đã là ${n(d.sum)} (${terms}).`
        : `${subject} was self-assessed ${n(d.parent)} but ${parts} were self-assessed ${n(d.sum)} together (${terms}).`;
    default:
      // parts-self-over: the listed items and the most the unlisted ones could hold still fall short.
      if (d.unlisted === 0) {
        return vi
          ? `${subject} có điểm tự chấm ${n(d.parent)} nhưng ${parts}, đủ ${n(d.max)} điểm tối đa, tự chấm cộng lại ${n(d.sum)} (${terms}).`
          : `${subject} was self-assessed ${n(d.parent)} but ${parts}, which make up its whole maximum of ${n(d.max)}, were self-assessed ${n(d.sum)} together (${terms}).`;
      }
      return vi
        ? `${subject} có điểm tự chấm ${n(d.parent)}, nhiều hơn ${parts} (${n(d.sum)}) cộng cả điểm tối đa của các mục không liệt kê (${n(d.unlisted)}).`
        : `${subject} was self-assessed ${n(d.parent)}, more than ${parts} (${n(d.sum)}) plus the whole maximum of the items not listed (${n(d.unlisted)}).`;
  }
}
