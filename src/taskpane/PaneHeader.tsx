/**
 * The pane's header: the title, the line saying which sheet and table were checked, and the plan-date
 * and "Tính đến" fields with the hints that say where each date comes from. Apart from TaskPane.tsx so
 * that the pane's layout reads top to bottom there; TaskPane.tsx re-exports it (the render tests
 * import it from there).
 */
import { Button, Link } from '@fluentui/react-components';
import { HELP_FILES } from '../help/files';
import type { Lang } from '../core/report';
import type { PaneController, PaneState } from './controller';
import { otherLanguage } from './language';
import { DateField } from './DateField';
import { formatDmy } from './dates';
import type { Strings } from './i18n';
import { Heading, type HeadingLevel } from './Results';
import { useStyles } from './styles';

/** Title, sheet line and the two date fields. */
export function PaneHeader({
  t,
  state,
  level,
  planValue,
  controller,
  onLanguage,
}: {
  t: Strings;
  state: PaneState;
  level: HeadingLevel;
  planValue: string;
  controller: PaneController;
  /** Switch the UI language (the pane reloads in it); no switch when absent. */
  onLanguage?: (lang: Lang) => void;
}) {
  const styles = useStyles();
  const other = otherLanguage(state.lang);
  const checked = state.checked;
  const report = checked?.analysis.report ?? null;
  const sheetLine = report
    ? checked?.tableRange
      ? t.sheetAndTable(report.sheet, checked.tableRange)
      : checked?.unitListSheet
        ? t.sheetUnitList(report.sheet)
        : t.sheetNoTable(report.sheet)
    : state.switchingSheet || state.busy === 'check'
      ? t.readingSheet
      : t.notCheckedYet;

  let planHint: string | undefined;
  if (state.planDraft) planHint = t.planDateManual;
  else if (!checked) planHint = t.planDateUnknown;
  else if (!checked.planDateFromTitle) planHint = t.planDateManual;
  else if (report?.planDate) planHint = t.planDateFound;
  else if (report?.table) planHint = t.planDateNotFound;
  else planHint = undefined; // no table: nothing to say about its title
  const asOfHint = state.asOfDraft === '' ? t.asOfToday(formatDmy(state.asOf)) : t.asOfHint;
  const planProblem = controller.dateProblem('plan');
  const asOfProblem = controller.dateProblem('asOf');

  return (
    <div className={styles.header}>
      <div className={styles.titleRow}>
        <Heading level={level} className={styles.title}>
          {t.title}
        </Heading>
        <span className={styles.titleLinks}>
          <Link href={HELP_FILES[state.lang]} target="_blank" rel="noopener">
            {t.help}
          </Link>
          {onLanguage ? (
            <Button size="small" appearance="subtle" lang={other.lang} onClick={() => onLanguage(other.lang)}>
              {other.label}
            </Button>
          ) : null}
        </span>
      </div>
      <p className={styles.sheetLine} data-testid="sheet-line">
        {sheetLine}
      </p>
      <div className={styles.dates}>
        <DateField
          t={t}
          label={t.planDate}
          hint={planHint}
          error={planProblem ? t.dateError(planProblem) : undefined}
          value={planValue}
          onChange={(v) => controller.setPlanDate(v)}
          onCommit={() => controller.commitDate('plan')}
        />
        <DateField
          t={t}
          label={t.asOf}
          hint={asOfHint}
          error={asOfProblem ? t.dateError(asOfProblem) : undefined}
          value={state.asOfDraft}
          onChange={(v) => controller.setAsOf(v)}
          onCommit={() => controller.commitDate('asOf')}
        />
      </div>
    </div>
  );
}
