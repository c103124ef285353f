/**
 * Scores and criterion codes written in a criterion's text, the way plans write them when the table has
 * no score columns: "1. Công tác chỉ đạo, điều hành CCHC (6,5/10 điểm)", "Tiêu chí thành phần 1.4: Công
 * tác tuyên truyền CCHC: 01/2,5 điểm.", "Tự đánh giá **1,5/1,5**. Kết quả thẩm định **0/1,5**",
 * "đạt 79,02%~ 15,804/20 điểm (trừ 4,186 điểm)".
 *
 * Prose is full of other numbers (dates, "02/05 Quyết định", "dưới 80%", "xếp thứ 13/20", "không chấm
 * 10,5 điểm", "Giảm 1,094 điểm"), so a figure counts only when a score label stands right before it
 * ("tự chấm", "thẩm định", "trừ", "tối đa") or it is written "x/y điểm". Percentages are rates, never points.
 */
import { memoize } from '../memo';
import { fold } from '../text/normalize';
import { readableText } from '../text/readable';
import { readFigure, type Score } from './parse';

export interface ProseScores {
  self: Score | null;
  appraised: Score | null;
  /** A maximum written on its own ("tối đa 2 điểm"); one written with a score is that score's `outOf`. */
  max: Score | null;
  /** Points lost as the text states them ("trừ 4,186 điểm"). */
  lost: Score | null;
}

export interface CriterionCodes {
  /** The index's code named in the text: "Tiêu chí thành phần 3.2.1:" → "3.2.1". */
  index: string | null;
  /** The plan's own outline number the text starts with: "1.1. Tiêu chí…" → "1.1". */
  leading: string | null;
}

/** A run of digits that may be a score ("6,5", "01/2,5") or is something else ("30/11/2024", "3.5.3.2"). */
const RUN = /\d+(?:[.,]\d+)*(?:\s*\/\s*\d+(?:[.,]\d+)*)*/g;
const END = String.raw`(?:\s*(?::|-|–))?\s*$`;
const LABELS: { field: keyof ProseScores; re: RegExp; needsPoints: boolean }[] = [
  // Self first: "tự đánh giá" also ends in the appraisal's "đánh giá".
  { field: 'self', re: new RegExp(String.raw`(?:^|[^a-z])(?:tu cham(?: diem)?|tu danh gia|tu xac dinh)(?: dat| la)?${END}`), needsPoints: false },
  { field: 'lost', re: new RegExp(String.raw`(?:^|[^a-z])tu tru${END}`), needsPoints: true }, // self-deducted: not the appraisal's loss
  { field: 'appraised', re: new RegExp(String.raw`(?:^|[^a-z])(?:tham dinh|danh gia)(?: dat| la)?${END}`), needsPoints: false },
  { field: 'lost', re: new RegExp(String.raw`(?:^|[^a-z])(?:bi tru|tru)${END}`), needsPoints: true },
  { field: 'max', re: new RegExp(String.raw`(?:^|[^a-z])(?:diem toi da|toi da|thang diem|diem chuan)(?: la)?${END}`), needsPoints: false },
  { field: 'appraised', re: new RegExp(String.raw`(?:^|[^a-z])(?:dat|duoc)${END}`), needsPoints: true },
];
const SELF_DEDUCTED = LABELS[1]!;

const NONE: ProseScores = { self: null, appraised: null, max: null, lost: null };

/** The scores a criterion text states (memoised: the same texts recur). Fields are null when not stated. */
export const scoresInText: (text: string) => ProseScores = memoize(scoresInTextUncached, 20_000);

function scoresInTextUncached(raw: string): ProseScores {
  if (!/\d/.test(raw)) return NONE;
  const f = fold(readableText(raw).normalize('NFC'));
  const out: ProseScores = { ...NONE };
  let found = false;
  let last = 0;
  for (const m of f.matchAll(RUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = f.slice(last, start);
    last = end;
    const parts = m[0].split('/').map((p) => readFigure(p.trim()));
    if (parts.length > 2 || parts.some((p) => p === null) || /[\d/.,]$/.test(before)) continue;
    const after = f.slice(end);
    if (/^\s*%/.test(after)) continue;
    const points = /^\s*(?:diem|d)\b/.test(after);
    const label = LABELS.find((l) => l.re.test(before));
    if (label === SELF_DEDUCTED) continue;
    let field: keyof ProseScores | null = label && (points || !label.needsPoints) ? label.field : null;
    // "01/2,5 điểm" with no label is the result the council gave.
    if (!field && points && parts.length === 2) field = 'appraised';
    if (!field || out[field]) continue;
    const [value, max] = parts as { value: number; decimals: number }[];
    out[field] = { value: value!.value, outOf: max ? max.value : null, percent: false, asText: false, decimals: value!.decimals, text: m[0] };
    found = true;
  }
  return found ? out : NONE;
}

const INDEX_CODE = /(?:^|[^a-z])(?:tieu chi|chi so|chi tieu|linh vuc)(?: thanh phan)?(?: so)?\s*(\d{1,2}(?:\.\d{1,2})*)(?![\d,/])/;
const LEADING_CODE = /^(?:(\d{1,2}(?:\.\d{1,2})+)\.?\s|(\d{1,2})[.):]\s)/;

/** The codes a criterion text carries, for nesting criteria under their areas. */
export const codesInText: (text: string) => CriterionCodes = memoize((raw: string): CriterionCodes => {
  if (!/\d/.test(raw)) return { index: null, leading: null };
  const text = readableText(raw).normalize('NFC').trim();
  const index = INDEX_CODE.exec(fold(text))?.[1] ?? null;
  const lead = LEADING_CODE.exec(text);
  return { index, leading: lead ? (lead[1] ?? lead[2]!) : null };
}, 20_000);
