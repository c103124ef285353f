/**
 * The results, in the pattern of Excel's Accessibility Checker: counts per severity, then per severity
 * a heading and expandable groups (one per kind of finding) with the rule's "why / how to fix", a
 * "Sửa tất cả (n)" for the fixable ones, and the items (cell + message, "Sửa"). Clicking an item, or
 * Enter/Space on it, selects its cell. Cell text and messages are React text only, never HTML.
 *
 * Contract for tests and automation: every finding item carries data-code and data-cell ("" when the
 * finding is about the whole table).
 */
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  useId,
  type AccordionToggleData,
} from '@fluentui/react-components';
import { Wrench16Regular } from '@fluentui/react-icons';
import type { Finding, Lang, SheetReport } from '../core/report';
import { ruleInfo } from '../core/rules';
import { countBySeverity, groupFindings, isFixable, SEVERITIES, type FindingGroup, type SeveritySection } from './findings';
import type { Strings } from './i18n';
import { SeverityIcon } from './icons';
import { useStyles } from './styles';

/** Items rendered per group before "Hiện thêm". */
export const PAGE_SIZE = 100;

export interface FindingActions {
  busy: boolean;
  onSelect(cell: string): void;
  onFix(finding: Finding): void;
  onFixGroup(group: FindingGroup): void;
}

export function SummaryCounts({ t, findings }: { t: Strings; findings: readonly Finding[] }) {
  const styles = useStyles();
  const counts = countBySeverity(findings);
  return (
    <ul className={styles.counts} aria-label={t.counts}>
      {SEVERITIES.map((s) => (
        <li key={s} className={styles.count} data-severity={s}>
          <SeverityIcon severity={s} />
          <span className={styles.countNumber}>{counts[s]}</span>
          <span>{t.severity[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/** The outcome of a check when there is no list to show: table not found, or no problems; else null. */
export function ReportOutcome({ t, report, lang }: { t: Strings; report: SheetReport; lang: Lang }) {
  if (!report.table) {
    const f = report.findings.find((x) => x.code === 'table-not-found');
    const info = ruleInfo('table-not-found', lang);
    return (
      <MessageBar intent="warning" layout="multiline" data-code="table-not-found" data-cell="">
        <MessageBarBody>
          <MessageBarTitle>{info?.title ?? 'table-not-found'}</MessageBarTitle>
          <span>{f?.message ?? ''}</span> <span>{t.tableNotFoundHint}</span>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (report.findings.length === 0) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noProblems}</MessageBarTitle>
          {t.noProblemsDetail}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}

export function FindingsView({ t, findings, lang, actions }: { t: Strings; findings: readonly Finding[]; lang: Lang; actions: FindingActions }) {
  const styles = useStyles();
  const sections = useMemo(() => groupFindings(findings, lang), [findings, lang]);
  // Groups start open (items visible at once, as the checker's contract expects); the user may close them.
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = (_: unknown, data: AccordionToggleData<string>) => {
    setClosed((prev) => {
      const next = new Set(prev);
      if (data.openItems.includes(data.value)) next.delete(data.value);
      else next.add(data.value);
      return next;
    });
  };
  return (
    <div className={styles.section}>
      <p className={styles.muted}>{t.clickHint}</p>
      {sections.map((section) => (
        <SeverityBlock key={section.severity} t={t} section={section} closed={closed} onToggle={onToggle} actions={actions} />
      ))}
    </div>
  );
}

function SeverityBlock({
  t,
  section,
  closed,
  onToggle,
  actions,
}: {
  t: Strings;
  section: SeveritySection;
  closed: ReadonlySet<string>;
  onToggle: (e: unknown, data: AccordionToggleData<string>) => void;
  actions: FindingActions;
}) {
  const styles = useStyles();
  const headingId = useId('severity-');
  const openItems = section.groups.map((g) => g.key).filter((k) => !closed.has(k));
  return (
    <section aria-labelledby={headingId} data-severity={section.severity}>
      <h3 id={headingId} className={mergeClasses(styles.severityHeading, styles[section.severity])}>
        <SeverityIcon severity={section.severity} />
        <span>{`${t.severity[section.severity]} (${section.count})`}</span>
      </h3>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {section.groups.map((g) => (
          <RuleGroup key={g.key} t={t} group={g} actions={actions} />
        ))}
      </Accordion>
    </section>
  );
}

function RuleGroup({ t, group, actions }: { t: Strings; group: FindingGroup; actions: FindingActions }) {
  const styles = useStyles();
  const fixHintId = useId('fix-hint-');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const visible = group.findings.slice(0, limit);
  const more = group.findings.length - visible.length;
  const fixLabel = group.fixLabel ?? group.findings.find(isFixable)?.fix?.label ?? null;
  return (
    <AccordionItem value={group.key} data-group={group.code}>
      <AccordionHeader as="h4">
        <span className={styles.groupHeader}>
          {group.title} <span className={styles.groupCount}>({group.findings.length})</span>
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          {group.help && <p className={styles.help}>{group.help}</p>}
          {group.fixable > 0 && (
            <div className={styles.row}>
              {fixLabel && (
                <span id={fixHintId} className={styles.help}>
                  {t.autoFix(fixLabel)}
                </span>
              )}
              <Button
                size="small"
                icon={<Wrench16Regular />}
                disabledFocusable={actions.busy}
                aria-describedby={fixLabel ? fixHintId : undefined}
                onClick={() => actions.onFixGroup(group)}
              >
                {t.fixAll(group.fixable)}
              </Button>
            </div>
          )}
          <ul className={styles.list}>
            {visible.map((f, i) => (
              <FindingItem key={`${f.cell ?? '-'}:${i}`} t={t} finding={f} actions={actions} fixHintId={fixLabel ? fixHintId : undefined} />
            ))}
          </ul>
          {more > 0 && (
            <Button appearance="subtle" size="small" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              {t.showMore(more)}
            </Button>
          )}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}

export function FindingItem({
  t,
  finding,
  actions,
  fixHintId,
}: {
  t: Strings;
  finding: Finding;
  actions: FindingActions;
  fixHintId?: string;
}) {
  const styles = useStyles();
  const cell = finding.cell;
  const select = cell ? () => actions.onSelect(cell) : undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!select || e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      select();
    }
  };
  return (
    <li
      className={mergeClasses(styles.item, select && styles.itemSelectable)}
      data-code={finding.code}
      data-cell={cell ?? ''}
      data-severity={finding.severity}
      tabIndex={select ? 0 : undefined}
      onClick={select}
      onKeyDown={select ? onKeyDown : undefined}
    >
      <span className={styles.itemText}>
        <span className={mergeClasses(styles.cellRef, styles[finding.severity])}>
          <SeverityIcon severity={finding.severity} />
          <span className={styles.visuallyHidden}>{`${t.severityOne[finding.severity]}: `}</span>
          {cell ?? t.tableLevel}
        </span>
        <span className={styles.message}>{finding.message}</span>
      </span>
      {isFixable(finding) && (
        <Button
          size="small"
          disabledFocusable={actions.busy}
          aria-describedby={fixHintId}
          onClick={(e: MouseEvent) => {
            e.stopPropagation(); // the item's own click selects the cell
            actions.onFix(finding);
          }}
        >
          {t.fix}
        </Button>
      )}
    </li>
  );
}
