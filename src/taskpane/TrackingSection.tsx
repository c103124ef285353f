/**
 * "Theo dõi hạn": insert (or update) and remove the tracking layer; once the sheet has it, the late and
 * due-soon tasks by owner unit — each a button that selects the task's row — the counts per unit and
 * "Sao chép số liệu báo cáo"; then the layer's settings (saved in the workbook). Behaviour is in TrackingPane
 * (trackingOperations.ts); cell text is React text only, never HTML.
 *
 * Contract for tests and automation: the section has data-testid="tracking"; every task item is an <li>
 * with data-row, data-flag ("overdue" | "dueSoon") inside a block with data-unit.
 */
import { memo } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Textarea, mergeClasses, useId } from '@fluentui/react-components';
import { CalendarClock16Regular, Copy16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { TrackingView } from '../core/tracking/read';
import type { PaneState } from './controller';
import { DateField } from './DateField';
import { formatDmy } from './dates';
import type { Strings } from './i18n';
import { Heading, type HeadingLevel } from './Results';
import { useStyles } from './styles';
import type { UserAction } from './Toolbar';
import * as form from './trackingForm';
import { flagName, lateByUnit, shortTask, type TrackingPane } from './trackingOperations';

export interface TrackingSectionProps {
  t: Strings;
  state: PaneState;
  tracking: TrackingPane;
  /** 2 in Excel, 3 when the pane is embedded in a page. */
  headingLevel?: HeadingLevel;
  user: UserAction;
}

export function TrackingSection({ t, state, tracking, headingLevel = 2, user }: TrackingSectionProps) {
  const styles = useStyles();
  const tt = t.tracking;
  const headingId = useId('tracking-');
  const hintId = useId('tracking-hint-');
  const busy = state.busy !== null;
  const checked = state.checked;
  const view = state.tracking.view;
  const hasTable = !!checked?.analysis.report.table && !checked.unitListSheet;
  const sub = Math.min(headingLevel + 1, 6) as HeadingLevel;
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="tracking">
      <Heading level={headingLevel} id={headingId} className={styles.h2}>
        {tt.title}
      </Heading>
      {!checked && !view ? (
        <p className={styles.muted}>{tt.unknown}</p>
      ) : !hasTable && !view ? (
        <p className={styles.muted}>{tt.noTable}</p>
      ) : (
        <>
          <p id={hintId} className={styles.muted}>
            {view ? tt.updateHint : tt.intro}
          </p>
          <div className={styles.row}>
            <Button icon={<CalendarClock16Regular />} disabledFocusable={busy} aria-describedby={hintId} onClick={user(() => tracking.insert())}>
              {view ? tt.update : tt.insert}
            </Button>
            {view && (
              <Button icon={<Delete16Regular />} disabledFocusable={busy} onClick={user(() => tracking.remove())}>
                {tt.remove}
              </Button>
            )}
          </div>
          {view && <OverdueView t={t} view={view} tracking={tracking} copyFallback={state.tracking.copyFallback} level={sub} />}
          {/* Last: changed now and then, while the list is what the user opens the section for. */}
          <TrackingSettings t={t} state={state} tracking={tracking} level={sub} />
        </>
      )}
    </section>
  );
}

/** As-of date ("Hôm nay" or a fixed date) and the due-soon window: saved in the workbook when it has the layer. */
function TrackingSettings({ t, state, tracking, level }: { t: Strings; state: PaneState; tracking: TrackingPane; level: HeadingLevel }) {
  const styles = useStyles();
  const tt = t.tracking;
  const headingId = useId('tracking-settings-');
  const s = state.tracking;
  const mode = form.asOfMode(s);
  const problem = form.asOfProblem(s);
  const todayShown = formatDmy(s.view?.settings.asOf === 'today' ? s.view.asOf : tracking.today);
  return (
    <div role="group" aria-labelledby={headingId} className={styles.section}>
      <Heading level={level} id={headingId} className={styles.unitHeading}>
        {tt.settings}
      </Heading>
      <p className={styles.muted}>{s.view ? tt.settingsSavedHint : tt.settingsForInsertHint}</p>
      <Field label={tt.asOf} hint={mode === 'today' ? tt.asOfTodayHint(todayShown) : undefined}>
        <RadioGroup layout="horizontal" value={mode} onChange={(_, d) => tracking.chooseAsOfMode(d.value === 'fixed' ? 'fixed' : 'today')}>
          <Radio value="today" label={tt.asOfToday} />
          <Radio value="fixed" label={tt.asOfFixed} />
        </RadioGroup>
      </Field>
      <div className={styles.dates}>
        {mode === 'fixed' && (
          <DateField
            t={t}
            label={tt.fixedDate}
            hint={tt.fixedDateHint}
            error={problem ? t.dateError(problem) : undefined}
            value={form.asOfInputValue(s)}
            onChange={(v) => tracking.typeAsOf(v)}
            onCommit={() => tracking.commitField('asOf')}
          />
        )}
        <Field
          className={styles.dateField}
          label={tt.window}
          hint={form.windowRefused(s) ? undefined : tt.windowHint}
          validationState={form.windowRefused(s) ? 'error' : 'none'}
          validationMessage={form.windowRefused(s) ? tt.windowError : undefined}
        >
          <Input
            className={styles.dateInput}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={form.windowInputValue(s)}
            onChange={(_, d) => tracking.typeWindow(d.value)}
            onBlur={() => tracking.commitField('window')}
            onKeyDown={(e) => {
              if (e.key === 'Enter') tracking.commitField('window');
            }}
          />
        </Field>
      </div>
    </div>
  );
}

/**
 * Late and due-soon tasks by unit (each selects its row), the counts per unit and the report text. Memoised:
 * its props change only when the layer is read again, while every keystroke elsewhere in the pane (the plan
 * form, the dates) renders the pane again, and a list of thousands of tasks is the pane's heaviest part.
 */
const OverdueView = memo(function OverdueView({ t, view, tracking, copyFallback, level }: { t: Strings; view: TrackingView; tracking: TrackingPane; copyFallback: string | null; level: HeadingLevel }) {
  const styles = useStyles();
  const tt = t.tracking;
  const c = tt.counts;
  const lateId = useId('tracking-late-');
  const countsId = useId('tracking-counts-');
  const groups = lateByUnit(view);
  const total = view.progress.total;
  const busyUnits = view.progress.units.filter((u) => u.tasks > 0);
  const unitLevel = Math.min(level + 1, 6) as HeadingLevel;
  return (
    <>
      <p className={styles.sheetLine} data-testid="tracking-as-of">
        {tt.asOfLine(formatDmy(view.asOf), total.overdue, total.dueSoon)}
      </p>
      <section aria-labelledby={lateId} className={styles.section}>
        <Heading level={level} id={lateId} className={styles.unitHeading}>
          {tt.lateTitle}
        </Heading>
        {groups.length === 0 ? (
          <p className={styles.muted}>{tt.noneLate}</p>
        ) : (
          <>
            <p className={styles.muted}>{tt.lateHint}</p>
            {groups.map((g) => (
              <div key={g.unit} data-unit={g.unit}>
                <Heading level={unitLevel} className={styles.unitHeading}>
                  {tt.unitHeading(g.unit, g.rows.length)}
                </Heading>
                <ul className={styles.list}>
                  {g.rows.map((r) => {
                    const flag = flagName(r.flag) ?? 'overdue';
                    const full = [r.stt, r.task].filter(Boolean).join('. ');
                    const shown = [r.stt, shortTask(r.task)].filter(Boolean).join('. ');
                    // Named by what it shows (flag, row, task), so that speech input can say it; a cut task in full on hover.
                    return (
                      <li key={r.row} className={styles.item} data-row={r.row} data-flag={flag}>
                        <button type="button" className={styles.jump} title={shown !== full ? full : undefined} onClick={() => void tracking.selectRow(r.row)}>
                          <span className={styles.itemHead}>
                            <span className={mergeClasses(styles.flagTag, flag === 'overdue' ? styles.error : styles.warning)}>{tt.flag[flag]}</span>
                            <span className={styles.cellRef}>{tt.rowRef(r.row)}</span>
                          </span>
                          <span className={styles.message}>{shown}</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </>
        )}
      </section>
      <section aria-labelledby={countsId} className={styles.section}>
        <Heading level={level} id={countsId} className={styles.unitHeading}>
          {tt.countsTitle}
        </Heading>
        <table className={styles.progressTable} aria-labelledby={countsId}>
          <thead>
            <tr>
              {[c.unit, c.tasks, c.done, c.inProgress, c.overdue, c.dueSoon].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {busyUnits.map((u) => (
              <CountsRow key={u.unit} name={u.unit} counts={u} />
            ))}
          </tbody>
          <tfoot>
            <CountsRow name={c.total} counts={total} />
          </tfoot>
        </table>
        <div className={styles.row}>
          <Button icon={<Copy16Regular />} onClick={() => void tracking.copyReport()}>
            {tt.copy}
          </Button>
        </div>
        {copyFallback !== null && (
          <Field label={tt.copyBox}>
            <Textarea className={styles.copyBox} readOnly resize="vertical" value={copyFallback} />
          </Field>
        )}
      </section>
    </>
  );
});

function CountsRow({ name, counts }: { name: string; counts: { tasks: number; done: number; inProgress: number; overdue: number; dueSoon: number } }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{counts.tasks}</td>
      <td>{counts.done}</td>
      <td>{counts.inProgress}</td>
      <td>{counts.overdue}</td>
      <td>{counts.dueSoon}</td>
    </tr>
  );
}
