/**
 * Where the figures of a score table contradict each other (score-mismatch): a stated "Điểm bị trừ"
 * against max − appraised of its row; a maximum written with a score ("1/2,5") against the row's; and a
 * row against the rows that are part of it — an area against its listed criteria, a total against its
 * areas. A remediation table lists only the criteria that lost points, so a part-whole check is an
 * inequality (an area cannot have lost fewer points than its listed criteria together), never "the
 * maximum must equal the sum". Figures compare with a tolerance of half a unit in the last decimal shown.
 */
import { differs, formatScore, halfUnit, ownDecimals } from './number';
import { FIELD_ROLE, lostOf, type ScoreEntry, type ScoreRow, type ScoreSheet } from './rows';

/** Values a message is built from (the shape of Finding.data). */
export type MessageData = Record<string, string | number | boolean | null>;

export type MismatchKind =
  | 'row-lost'
  | 'row-max'
  | 'parts-lost'
  | 'parts-self-gap'
  | 'parts-max'
  | 'parts-appraised'
  | 'parts-self'
  | 'parts-self-over';

export interface ScoreMismatch {
  kind: MismatchKind;
  row: number;
  col: number;
  /** Numbers as numbers; `terms` lists the parts' figures in English form ("4.5 + 0.5 + 1"). */
  data: MessageData;
}

/** Terms listed in a message before "…". */
const MAX_TERMS = 8;

/** Decimals an entry shows: as written; a percentage turned into points shows what it computes to. */
export function shownDecimals(e: ScoreEntry | null): number {
  if (!e) return 0;
  return e.score.percent ? ownDecimals(e.points) : e.score.decimals;
}

export function scoreMismatches(sheet: ScoreSheet): ScoreMismatch[] {
  const out: ScoreMismatch[] = [];
  const seen = new Set<string>();
  const add = (m: ScoreMismatch) => {
    const key = `${m.row}:${m.col}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  const rowFindings = new Map(sheet.rows.map((r) => [r.row, rowChecks(r)]));
  for (const r of sheet.rows) {
    rowFindings.get(r.row)!.forEach(add);
    if (!r.parts.length) continue;
    const parts = r.parts.map((row) => sheet.get(row)!);
    // A part whose maxima disagree ("3/3" beside "2,5/3,5") has no reliable maximum, nor points lost.
    const unsureMax = parts.some((p) => rowFindings.get(p.row)!.some((m) => m.kind === 'row-max'));
    partChecks(r, parts, unsureMax).forEach(add);
  }
  return out;
}

function rowChecks(r: ScoreRow): ScoreMismatch[] {
  const out: ScoreMismatch[] = [];
  const { max, appraised, statedLost } = r;
  if (statedLost && r.lost !== null && differs(statedLost.points, r.lost, shownDecimals(statedLost))) {
    out.push({
      kind: 'row-lost',
      row: r.row,
      col: statedLost.col,
      data: { stated: statedLost.points, max: max!.points, appraised: appraised!.points, computed: r.lost },
    });
  }
  if (max) {
    for (const f of ['self', 'appraised', 'statedLost'] as const) {
      const e = r[f];
      // The row's maximum may be this very "x/y": nothing to compare it with.
      if (!e || e.score.outOf === null || (max.from === 'outOf' && max.row === e.row && max.col === e.col)) continue;
      const d = Math.max(shownDecimals(max), ownDecimals(e.score.outOf));
      if (!differs(e.score.outOf, max.points, d)) continue;
      out.push({
        kind: 'row-max',
        row: r.row,
        col: e.col,
        data: { role: e.from === 'text' ? 'criterion' : FIELD_ROLE[f], text: e.score.text, outOf: e.score.outOf, max: max.points },
      });
      break;
    }
  }
  return out;
}

/** Sum of the parts' figures and the terms as a message lists them. */
function total(values: number[]): { sum: number; terms: string } {
  const d = Math.max(0, ...values.map(ownDecimals));
  const sum = Number(values.reduce((a, b) => a + b, 0).toFixed(d));
  const shown = values.slice(0, MAX_TERMS).map((v) => formatScore(v, 'en'));
  return { sum, terms: shown.join(' + ') + (values.length > MAX_TERMS ? ' + …' : '') };
}

function partChecks(p: ScoreRow, parts: ScoreRow[], unsureMax: boolean): ScoreMismatch[] {
  const out: ScoreMismatch[] = [];
  const scope = p.kind === 'total' ? 'total' : 'row';
  const values = (pick: (r: ScoreRow) => number | null) => parts.map(pick).filter((v): v is number => v !== null);
  /** The parts' figures together exceed the parent's by at least half a unit of the parent's last decimal. */
  const exceeds = (parent: number, sum: number, decimals: number) => sum - parent >= halfUnit(decimals) - 1e-9;

  const lost = lostOf(p);
  const lostCell = p.appraised ?? p.statedLost;
  const lostParts = values(lostOf);
  let lostFewer = false;
  if (lost !== null && lostCell && lostParts.length && !unsureMax) {
    const { sum, terms } = total(lostParts);
    const computed = p.lost !== null;
    const d = computed ? Math.max(shownDecimals(p.max), shownDecimals(p.appraised)) : shownDecimals(p.statedLost);
    if (exceeds(lost, sum, d)) {
      lostFewer = true;
      const data: MessageData = { scope, parent: lost, sum, terms, max: computed ? p.max!.points : null, appraised: computed ? p.appraised!.points : null };
      out.push({ kind: 'parts-lost', row: p.row, col: lostCell.col, data });
    }
  }
  // Losing fewer points than the parts forces a self figure out of line too (self − appraised, or self
  // against what the unlisted parts can hold): one slip, reported once, where it shows.
  const gapParts = values((r) => r.selfGap);
  if (p.selfGap !== null && gapParts.length && !lostFewer) {
    const { sum, terms } = total(gapParts);
    if (exceeds(p.selfGap, sum, Math.max(shownDecimals(p.self), shownDecimals(p.appraised)))) {
      const data: MessageData = { scope, parent: p.selfGap, self: p.self!.points, appraised: p.appraised!.points, sum, terms };
      out.push({ kind: 'parts-self-gap', row: p.row, col: p.self!.col, data });
    }
  }
  const sums: [MismatchKind, ScoreEntry | null, (r: ScoreRow) => number | null][] = [
    ['parts-max', unsureMax ? null : p.max, (r) => r.max?.points ?? null],
    ['parts-appraised', p.appraised, (r) => r.appraised?.points ?? null],
    ['parts-self', p.self, (r) => r.self?.points ?? null],
  ];
  for (const [kind, entry, pick] of sums) {
    const v = values(pick);
    if (!entry || !v.length) continue;
    const { sum, terms } = total(v);
    if (exceeds(entry.points, sum, shownDecimals(entry))) out.push({ kind, row: p.row, col: entry.col, data: { scope, parent: entry.points, sum, terms } });
  }
  // Every part's maximum known: the parts not listed can hold at most what is left of the parent's maximum.
  if (p.max && p.self && parts.every((r) => r.max && r.self) && !lostFewer && !unsureMax) {
    const maxSum = total(parts.map((r) => r.max!.points)).sum;
    const self = total(parts.map((r) => r.self!.points));
    const unlisted = Math.max(0, Number((p.max.points - maxSum).toFixed(Math.max(ownDecimals(p.max.points), ownDecimals(maxSum)))));
    if (exceeds(self.sum + unlisted, p.self.points, shownDecimals(p.self))) {
      const data: MessageData = { scope, parent: p.self.points, sum: self.sum, terms: self.terms, max: p.max.points, unlisted };
      out.push({ kind: 'parts-self-over', row: p.row, col: p.self.col, data });
    }
  }
  return out;
}
