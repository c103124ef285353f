/**
 * The results, in the pattern of Excel's Accessibility Checker: counts per severity, then per severity
 * a heading and expandable groups (one per kind of finding) with the rule's "why / how to fix", a
 * "Sửa tất cả (n)" for the fixable ones, and the items. Cell text and messages are React text only,
 * never HTML.
 *
 * An item about a cell is a <li> holding two sibling buttons (never one inside the other): the jump
 * button — the cell and the message, named "Chọn ô A8: <message>" — which selects the cell, and "Sửa"
 * when the finding can be fixed. Tab goes jump → Sửa → next item; Enter and Space are the buttons'
 * own. An item about the whole table has no jump button, only its text.
 *
 * Contract for tests and automation: every finding item is an <li> with data-code and data-cell (""
 * when the finding is about the whole table); its "Sửa" button is inside it.
 */
import { forwardRef, useMemo, useState, type HTMLAttributes, type MouseEvent } from 'react';
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
import type { UnitEntry } from '../core/rules/types';
import { countBySeverity, groupFindings, isFixable, SEVERITIES, type FindingGroup, type SeveritySection } from './findings';
import type { Strings } from './i18n';
import { SeverityIcon } from './icons';
import { useStyles } from './styles';

/** Items rendered per group before "Hiện thêm". */
export const PAGE_SIZE = 100;

export interface FindingActions {
  busy: boolean;
  onSelect(cell: string): void;
  /** `origin`: the button clicked (the pane keeps its place on screen while the fix re-renders). */
  onFix(finding: Finding, origin?: Element): void;
  onFixGroup(group: FindingGroup, origin?: Element): void;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** An <h1>…<h6> by number: the pane's headings move one level down when it is embedded in a page. */
export const Heading = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement> & { level: HeadingLevel }>(function Heading(
  { level, ...rest },
  ref,
) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} {...rest} />;
});

const headingTag = (level: HeadingLevel) => `h${level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

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

/** The active sheet is the workbook's unit list: say so, with how many units it lists, instead of "no table". */
export function UnitListSheetInfo({ t, units }: { t: Strings; units: readonly UnitEntry[] }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="unit-list-sheet">
      <MessageBarBody>
        <MessageBarTitle>{t.unitListSheet(units.length)}</MessageBarTitle>
        {t.unitListSheetDetail}
      </MessageBarBody>
    </MessageBar>
  );
}

export function FindingsView({
  t,
  findings,
  lang,
  actions,
  headingLevel = 3,
}: {
  t: Strings;
  findings: readonly Finding[];
  lang: Lang;
  actions: FindingActions;
  /** Level of the severity headings (the groups' are one lower): 3 in Excel, 4 when the pane is embedded. */
  headingLevel?: HeadingLevel;
}) {
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
    <div className={styles.section} data-findings="">
      <p className={styles.muted}>{t.clickHint}</p>
      {sections.map((section) => (
        <SeverityBlock key={section.severity} t={t} section={section} closed={closed} onToggle={onToggle} actions={actions} level={headingLevel} />
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
  level,
}: {
  t: Strings;
  section: SeveritySection;
  closed: ReadonlySet<string>;
  onToggle: (e: unknown, data: AccordionToggleData<string>) => void;
  actions: FindingActions;
  level: HeadingLevel;
}) {
  const styles = useStyles();
  const headingId = useId('severity-');
  const openItems = section.groups.map((g) => g.key).filter((k) => !closed.has(k));
  return (
    <section aria-labelledby={headingId} data-severity={section.severity}>
      <Heading level={level} id={headingId} className={mergeClasses(styles.severityHeading, styles[section.severity])}>
        <SeverityIcon severity={section.severity} />
        <span>{`${t.severity[section.severity]} (${section.count})`}</span>
      </Heading>
      <Accordion multiple collapsible openItems={openItems} onToggle={onToggle}>
        {section.groups.map((g) => (
          <RuleGroup key={g.key} t={t} group={g} actions={actions} level={Math.min(level + 1, 6) as HeadingLevel} />
        ))}
      </Accordion>
    </section>
  );
}

function RuleGroup({ t, group, actions, level }: { t: Strings; group: FindingGroup; actions: FindingActions; level: HeadingLevel }) {
  const styles = useStyles();
  const fixHintId = useId('fix-hint-');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const visible = group.findings.slice(0, limit);
  const more = group.findings.length - visible.length;
  const fixLabel = group.fixLabel ?? group.findings.find(isFixable)?.fix?.label ?? null;
  const keys = itemKeys(visible);
  return (
    <AccordionItem value={group.key} data-group={group.code} data-group-key={group.key}>
      <AccordionHeader as={headingTag(level)}>
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
                onClick={(e: MouseEvent<HTMLButtonElement>) => actions.onFixGroup(group, e.currentTarget)}
              >
                {t.fixAll(group.fixable)}
              </Button>
            </div>
          )}
          <ul className={styles.list}>
            {visible.map((f, i) => (
              <FindingItem key={keys[i]} t={t} finding={f} actions={actions} fixHintId={fixLabel ? fixHintId : undefined} />
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

/**
 * Keys that follow a finding, not its position: code, cell and occurrence. When a fix removes an item,
 * the others keep their <li> (and whatever has focus in them), and the pane can find them again.
 */
export function itemKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.code}|${f.cell ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
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
  const severityId = useId('severity-one-');
  const cell = finding.cell;
  const fixable = isFixable(finding);
  const content = (
    <>
      <span className={mergeClasses(styles.itemHead, fixable && styles.itemHeadWithFix)}>
        <span className={mergeClasses(cell ? styles.cellRef : styles.tableRef, styles[finding.severity])}>
          <SeverityIcon severity={finding.severity} />
          <span id={severityId} className={styles.visuallyHidden}>{`${t.severityOne[finding.severity]}: `}</span>
          {cell ?? t.tableLevel}
        </span>
        {finding.data?.hiddenRow === true && <span className={styles.hiddenTag}>{` (${t.hiddenRow})`}</span>}
      </span>
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  return (
    <li className={styles.item} data-code={finding.code} data-cell={cell ?? ''} data-severity={finding.severity}>
      {cell ? (
        <button
          type="button"
          className={styles.jump}
          aria-label={t.selectCell(cell, finding.message)}
          aria-describedby={severityId}
          onClick={() => actions.onSelect(cell)}
        >
          {content}
        </button>
      ) : (
        <div className={styles.itemBody}>{content}</div>
      )}
      {fixable && (
        <Button
          className={styles.fixButton}
          size="small"
          disabledFocusable={actions.busy}
          aria-describedby={fixHintId}
          onClick={(e: MouseEvent<HTMLButtonElement>) => actions.onFix(finding, e.currentTarget)}
        >
          {t.fix}
        </Button>
      )}
    </li>
  );
}
