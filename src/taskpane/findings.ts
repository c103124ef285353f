/**
 * Findings as the pane shows them: counted, grouped by severity and kind (the Accessibility Checker
 * pattern), the fixable ones counted, and the marks for the sheet. Pure: no React, no host.
 */
import type { Finding, Lang, Severity } from '../core/report';
import { ruleInfo, ruleOrder } from '../core/rules';
import type { Mark } from '../core/workbook/adapter';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  /** Stable key for the group (severity and code). */
  key: string;
  code: string;
  severity: Severity;
  /** Rule title (the code when the rule is unknown). */
  title: string;
  /** Why it matters / how to fix. */
  help: string;
  /** What the automatic fix does, when the rule has one. */
  fixLabel: string | null;
  findings: Finding[];
  /** Findings of the group that carry a fix. */
  fixable: number;
}

export interface SeveritySection {
  severity: Severity;
  count: number;
  groups: FindingGroup[];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function isFixable(f: Finding): boolean {
  return f.fix !== null && f.fix.edits.length > 0;
}

export function fixableCount(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (isFixable(f)) n += 1;
  return n;
}

/**
 * Sections error → warning → info (empty ones left out); inside each, one group per code in rule order;
 * inside a group, findings in the report's order (by row, then column).
 */
export function groupFindings(findings: readonly Finding[], lang: Lang): SeveritySection[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}:${f.code}`;
    let g = groups.get(key);
    if (!g) {
      const info = ruleInfo(f.code, lang);
      g = {
        key,
        code: f.code,
        severity: f.severity,
        title: info?.title ?? f.code,
        help: info?.help ?? '',
        fixLabel: info?.fixLabel ?? null,
        findings: [],
        fixable: 0,
      };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (isFixable(f)) g.fixable += 1;
  }
  const order = ruleOrder;
  const sections: SeveritySection[] = [];
  for (const severity of SEVERITIES) {
    const list = [...groups.values()]
      .filter((g) => g.severity === severity)
      .sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code));
    if (list.length) sections.push({ severity, count: list.reduce((n, g) => n + g.findings.length, 0), groups: list });
  }
  return sections;
}

/** One mark per cell, with the most severe finding's severity; table-level findings mark nothing. */
export function marksFor(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<string, Severity>();
  for (const f of findings) {
    if (!f.cell) continue;
    const prior = byCell.get(f.cell);
    if (prior === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[prior]) byCell.set(f.cell, f.severity);
  }
  return [...byCell].map(([cell, severity]) => ({ cell, severity }));
}

/** "B7, C9, D12 … (+4)": a short list of cells for a message. */
export function cellList(cells: readonly string[], max = 8): string {
  if (cells.length <= max) return cells.join(', ');
  return `${cells.slice(0, max).join(', ')} … (+${cells.length - max})`;
}
