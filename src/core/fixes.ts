/**
 * Compose the fixes of many findings into one edit plan. Several text fixes on one cell chain
 * (legacy → markup → apostrophe → spaces) into a single edit; a continuation merged up appends to
 * what the row above already receives. A fix that would clash with another on the same cell is skipped.
 */
import type { CellEdit, Finding } from './report';
import { ruleById, ruleOrder } from './rules';

export interface FixPlan {
  edits: CellEdit[];
  applied: Finding[];
  skipped: Finding[];
}

export function planFixes(findings: readonly Finding[], codes?: readonly string[]): FixPlan {
  const wanted = codes ? new Set(codes) : null;
  const chosen = findings
    .filter((f) => f.fix && (!wanted || wanted.has(f.code)))
    .sort((a, b) => ruleOrder(a.code) - ruleOrder(b.code) || (a.row ?? 0) - (b.row ?? 0));
  const byCell = new Map<string, CellEdit>();
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const f of chosen) {
    const rule = ruleById(f.code);
    const next = new Map<string, CellEdit>();
    let clash = false;
    for (const e of f.fix!.edits) {
      const prior = byCell.get(e.cell);
      if (!prior) {
        next.set(e.cell, { ...e });
        continue;
      }
      const merged = compose(prior, e, rule?.transformText);
      if (!merged) {
        clash = true;
        break;
      }
      next.set(e.cell, merged);
    }
    if (clash) {
      skipped.push(f);
      continue;
    }
    for (const [cell, e] of next) byCell.set(cell, e);
    applied.push(f);
  }
  const edits = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return { edits, applied, skipped };
}

function compose(prior: CellEdit, e: CellEdit, transform?: (text: string) => string): CellEdit | null {
  let value: CellEdit['value'];
  if (e.append !== undefined && typeof prior.value === 'string') value = prior.value + e.append;
  else if (e.append !== undefined && prior.value === null) value = e.append.trimStart();
  else if (e.value === null && e.append === undefined && !transform) value = null; // clearing wins
  else if (transform && typeof prior.value === 'string') {
    value = transform(prior.value);
    if (value.trim() === '') return null; // chained fixes must not empty a cell either
  }
  else if (e.value === prior.value) value = prior.value;
  else return null;
  const out: CellEdit = { ...prior, value: value === '' ? null : value };
  if (e.numFmt !== undefined) {
    out.numFmt = e.numFmt;
    out.beforeNumFmt ??= e.beforeNumFmt;
  }
  if (e.italic !== undefined) out.italic = e.italic;
  if (e.fontName !== undefined) out.fontName = e.fontName;
  delete out.append;
  return out;
}
