/**
 * The task pane, for any WorkbookAdapter: Excel (index.tsx creates the Office host) or the browser preview
 * (which passes its own). Behaviour lives in PaneController; this file lays it out.
 *
 * Structure (top to bottom, which is also the tab order):
 *   header      – title, "Trang “…” · bảng A5:E62", plan date and "Tính đến" inputs (typed as
 *                 dd/mm/yyyy whatever the browser's locale; the controller keeps ISO dates)
 *   toolbar     – Kiểm tra bảng (+ spinner), Đánh dấu trên bảng / Bỏ đánh dấu, Hoàn tác (+ what it
 *                 undoes), Xuất báo cáo, the "Tự kiểm tra khi sửa bảng" switch
 *   notices     – host errors and outcomes of fixes/undo/export (MessageBar), aria-live
 *   results     – counts and outcome (aria-live), then findings grouped by severity and kind
 *   unit list   – "Danh mục đơn vị": create it from the table, or add dropdowns
 *
 * Headings: the title is an h1 in Excel, where the pane is the whole page; `embedded` (the browser
 * preview, which has its own h1) makes it an h2 and every heading below one level lower, same look.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import {
  Button,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  ToggleButton,
  useFluent,
  useId,
  useThemeClassName,
  webLightTheme,
} from '@fluentui/react-components';
import {
  ArrowDownload16Regular,
  ArrowUndo16Regular,
  Dismiss16Regular,
  Highlight16Regular,
  TableSearch20Regular,
} from '@fluentui/react-icons';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { PaneController, type PaneState } from './controller';
import { formatDmy } from './dates';
import { downloadText } from './download';
import type { Strings } from './i18n';
import { FindingsView, Heading, ReportOutcome, SummaryCounts, UnitListSheetInfo, type FindingActions, type HeadingLevel } from './Results';
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scrollAnchor';
import { useStyles } from './styles';
import { peekUndo } from './undoStack';
import { UnitListSection } from './UnitListSection';

export interface TaskPaneProps {
  host: WorkbookAdapter;
  /** ISO date used as the default "Tính đến" (as-of) date; default: today. */
  today?: string;
  /**
   * The pane is part of a page that has its own h1 (the browser preview): its title becomes an h2 and
   * the headings below it one level lower. Default false: in Excel the pane is the page.
   */
  embedded?: boolean;
}

export function TaskPane(props: TaskPaneProps) {
  // Brings its own theme when rendered outside a FluentProvider; uses the surrounding one otherwise.
  const themed = useThemeClassName() !== '';
  const pane = <Pane host={props.host} today={props.today} embedded={props.embedded ?? false} />;
  return themed ? pane : <FluentProvider theme={webLightTheme}>{pane}</FluentProvider>;
}

function Pane({ host, today, embedded }: TaskPaneProps & { embedded: boolean }) {
  const styles = useStyles();
  const { targetDocument } = useFluent();
  const docRef = useRef<Document | undefined>(targetDocument);
  docRef.current = targetDocument;
  const controller = useMemo(
    () =>
      new PaneController(host, {
        today,
        download: (fileName, text) => {
          const doc = docRef.current ?? (typeof document === 'undefined' ? undefined : document);
          if (!doc) throw new Error('no document');
          downloadText(doc, fileName, text);
        },
      }),
    [host, today],
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  useEffect(() => {
    controller.start();
    return () => controller.dispose();
  }, [controller]);

  const t = controller.t;
  const busy = state.busy !== null;
  const checked = state.checked;
  const report = checked?.analysis.report ?? null;
  const unitListSheet = checked?.unitListSheet ?? null;
  const level = (embedded ? 2 : 1) as HeadingLevel;
  const sub = (level + 1) as HeadingLevel;

  // A fix re-renders the results under the user's eyes: keep what they acted on where it was on screen
  // (scrollAnchor.ts) after every render until the fix and its re-check are done.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const anchor = useRef<{ anchor: ScrollAnchor; sawBusy: boolean } | null>(null);
  useLayoutEffect(() => {
    const a = anchor.current;
    if (!a) return;
    restoreAnchor(a.anchor);
    if (state.busy !== null) a.sawBusy = true;
    else if (a.sawBusy) anchor.current = null;
  });
  const keepInView = (origin: Element | undefined, op: () => Promise<unknown>) => {
    anchor.current = null;
    const captured = origin ? captureAnchor(origin, resultsHeading.current) : null;
    if (captured) anchor.current = { anchor: captured, sawBusy: false };
    void op();
    // Refused (another operation is running): nothing will re-render for this one.
    if (controller.getState().busy === null) anchor.current = null;
  };

  // After a fix or undo the clicked item may be gone: put focus on the results heading rather than
  // leave it on <body> (without scrolling to it: the view stays where the user was working). Only for
  // operations the user started while the pane had focus.
  const userOp = useRef(false);
  useEffect(() => {
    if (state.busy !== null || !userOp.current) return;
    userOp.current = false;
    const heading = resultsHeading.current;
    const doc = heading?.ownerDocument;
    if (heading && doc && doc.hasFocus() && (doc.activeElement === null || doc.activeElement === doc.body)) heading.focus({ preventScroll: true });
  }, [state.busy]);
  const user = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => {
    userOp.current = true;
    void fn(...args);
  };

  const actions: FindingActions = useMemo(
    () => ({
      busy,
      onSelect: (cell) => void controller.selectCell(cell),
      onFix: (f, origin) => {
        userOp.current = true;
        keepInView(origin, () => controller.fix(f));
      },
      onFixGroup: (g, origin) => {
        userOp.current = true;
        keepInView(origin, () => controller.fixGroup(g));
      },
    }),
    // keepInView uses only refs and the controller.
    [controller, busy],
  );
  const proposedUnits = useMemo(() => controller.proposedUnits(), [controller, state.checked]);
  const targets = useMemo(() => controller.dropdownTargets(), [controller, state.checked]);

  const resultsId = useId('results-');
  return (
    <div className={styles.root} lang={state.lang}>
      <PaneHeader t={t} state={state} level={level} planValue={controller.planInputValue()} controller={controller} />

      <Toolbar t={t} state={state} controller={controller} user={user} />

      <div className={styles.notices} aria-live="polite">
        {state.error && (
          <MessageBar intent={state.error.intent} layout="multiline" data-reason={state.error.reason}>
            <MessageBarBody>
              <MessageBarTitle>{state.error.title}</MessageBarTitle>
              {state.error.message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => controller.dismissError()} />
              }
            />
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent={state.notice.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{state.notice.title}</MessageBarTitle>
              {state.notice.lines.map((line, i) => (
                <span key={i} className={styles.noticeLine}>
                  {line}
                </span>
              ))}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<Dismiss16Regular />} onClick={() => controller.dismissNotice()} />
              }
            />
          </MessageBar>
        )}
      </div>

      <section aria-labelledby={resultsId} aria-busy={state.busy === 'check'} className={styles.section}>
        <Heading level={sub} id={resultsId} ref={resultsHeading} tabIndex={-1} className={styles.h2}>
          {t.results}
        </Heading>
        <div role="status" aria-live="polite" className={styles.section}>
          {report && unitListSheet ? (
            <UnitListSheetInfo t={t} units={unitListSheet} />
          ) : report ? (
            <>
              {report.table && <SummaryCounts t={t} findings={report.findings} />}
              <ReportOutcome t={t} report={report} lang={state.lang} />
            </>
          ) : (
            <p className={styles.muted}>{state.switchingSheet || state.busy === 'check' ? t.readingSheet : t.notCheckedYet}</p>
          )}
        </div>
        {report && report.table && report.findings.length > 0 && (
          // Keyed by sheet: another sheet's results start with every group open again.
          <FindingsView key={report.sheet} t={t} findings={report.findings} lang={state.lang} actions={actions} headingLevel={(sub + 1) as HeadingLevel} />
        )}
      </section>

      <UnitListSection
        t={t}
        headingLevel={sub}
        checked={state.checked}
        proposed={proposedUnits}
        targets={targets}
        busy={busy}
        onCreate={user(() => controller.createUnitList())}
        onAddDropdowns={user(() => controller.addDropdowns())}
      />
    </div>
  );
}

/** Title, sheet line and the two date fields. Exported for the render tests. */
export function PaneHeader({
  t,
  state,
  level,
  planValue,
  controller,
}: {
  t: Strings;
  state: PaneState;
  level: HeadingLevel;
  planValue: string;
  controller: PaneController;
}) {
  const styles = useStyles();
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
      <Heading level={level} className={styles.title}>
        {t.title}
      </Heading>
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

/**
 * A date typed as dd/mm/yyyy (a text input: a native date input follows the browser's locale and shows
 * mm/dd/yyyy on an English Windows). The format is the field's first hint line and its placeholder;
 * the controller decides when a refused date gets its message (PaneController.commitDate).
 */
function DateField({
  t,
  label,
  hint,
  error,
  value,
  onChange,
  onCommit,
}: {
  t: Strings;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  value: string;
  onChange(value: string): void;
  onCommit(): void;
}) {
  const styles = useStyles();
  const hintContent: ReactNode = (
    <>
      <span className={styles.dateFormat}>{t.dateFormat}</span>
      {hint && !error ? (
        <>
          {' '}
          <span className={styles.hintLine}>{hint}</span>
        </>
      ) : null}
    </>
  );
  return (
    <Field
      className={styles.dateField}
      label={label}
      hint={hintContent}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      <Input
        className={styles.dateInput}
        type="text"
        value={value}
        placeholder={t.dateFormat}
        autoComplete="off"
        spellCheck={false}
        onChange={(_, d) => onChange(d.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit();
        }}
      />
    </Field>
  );
}

function Toolbar({
  t,
  state,
  controller,
  user,
}: {
  t: Strings;
  state: PaneState;
  controller: PaneController;
  user: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;
}) {
  const styles = useStyles();
  const undoId = useId('undo-what-');
  const busy = state.busy !== null;
  const checked = state.checked;
  const last = peekUndo(state.history);
  const currentSheet = checked?.analysis.report.sheet;
  const undoText = last
    ? currentSheet !== undefined && last.sheet !== currentSheet
      ? t.undoOtherSheet(last.label, last.sheet)
      : t.undoWhat(last.label)
    : t.nothingToUndo;
  return (
    <div className={styles.toolbar} role="group" aria-label={t.actions}>
      <div className={styles.row}>
        <Button appearance="primary" icon={<TableSearch20Regular />} disabledFocusable={busy} onClick={user(() => controller.check())}>
          {t.check}
        </Button>
        {state.busy && <Spinner size="tiny" label={t.busy[state.busy]} />}
      </div>
      <div className={styles.row}>
        <ToggleButton
          icon={<Highlight16Regular />}
          checked={state.marksOn}
          disabledFocusable={busy}
          onClick={user(() => controller.setMarksOn(!state.marksOn))}
        >
          {t.mark}
        </ToggleButton>
        <Button disabledFocusable={busy || !checked} onClick={user(() => controller.clearMarks())}>
          {t.unmark}
        </Button>
      </div>
      <div className={styles.row}>
        <Button icon={<ArrowUndo16Regular />} disabledFocusable={busy || !last} aria-describedby={undoId} onClick={user(() => controller.undo())}>
          {t.undo}
        </Button>
        <span id={undoId} className={styles.undoWhat}>
          {undoText}
        </span>
      </div>
      <div className={styles.row}>
        <Button
          icon={<ArrowDownload16Regular />}
          disabledFocusable={busy || !checked || !!checked.unitListSheet}
          onClick={user(() => controller.exportReport())}
        >
          {t.exportReport}
        </Button>
      </div>
      <Switch className={styles.switch} checked={state.live} label={t.live} onChange={(_, d) => controller.setLive(d.checked)} />
    </div>
  );
}
