/**
 * The task pane, for any WorkbookHost: Excel (index.tsx creates the Office host) or the browser preview
 * (which passes its own). Behaviour lives in PaneController; this file lays it out.
 *
 * Structure (top to bottom, which is also the tab order):
 *   header      – title, "Trang “…” · bảng A5:E62", plan date and "Tính đến" inputs
 *   toolbar     – Kiểm tra bảng (+ spinner), Đánh dấu trên bảng / Bỏ đánh dấu, Hoàn tác (+ what it
 *                 undoes), Xuất báo cáo, the "Tự kiểm tra khi sửa bảng" switch
 *   notices     – host errors and outcomes of fixes/undo/export (MessageBar), aria-live
 *   results     – counts and outcome (aria-live), then findings grouped by severity and kind
 *   unit list   – "Danh mục đơn vị": create it from the table, or add dropdowns
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
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
import type { WorkbookHost } from '../hosts/host';
import { PaneController, type PaneState } from './controller';
import { isIsoDate } from './dates';
import { downloadText } from './download';
import type { Strings } from './i18n';
import { FindingsView, ReportOutcome, SummaryCounts, type FindingActions } from './Results';
import { useStyles } from './styles';
import { peekUndo } from './undoStack';
import { UnitListSection } from './UnitListSection';

export interface TaskPaneProps {
  host: WorkbookHost;
  /** ISO date used as the default "Tính đến" (as-of) date; default: today. */
  today?: string;
}

export function TaskPane(props: TaskPaneProps) {
  // Brings its own theme when rendered outside a FluentProvider; uses the surrounding one otherwise.
  const themed = useThemeClassName() !== '';
  const pane = <Pane host={props.host} today={props.today} />;
  return themed ? pane : <FluentProvider theme={webLightTheme}>{pane}</FluentProvider>;
}

function Pane({ host, today }: TaskPaneProps) {
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
  const report = state.checked?.analysis.report ?? null;

  // After a fix or undo the clicked item may be gone: put focus on the results heading rather than
  // leave it on <body>. Only for operations the user started while the pane had focus.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const userOp = useRef(false);
  useEffect(() => {
    if (state.busy !== null || !userOp.current) return;
    userOp.current = false;
    const heading = resultsHeading.current;
    const doc = heading?.ownerDocument;
    if (heading && doc && doc.hasFocus() && (doc.activeElement === null || doc.activeElement === doc.body)) heading.focus();
  }, [state.busy]);
  const user = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => {
    userOp.current = true;
    void fn(...args);
  };

  const actions: FindingActions = useMemo(
    () => ({
      busy,
      onSelect: (cell) => void controller.selectCell(cell),
      onFix: (f) => {
        userOp.current = true;
        void controller.fix(f);
      },
      onFixGroup: (g) => {
        userOp.current = true;
        void controller.fixGroup(g);
      },
    }),
    [controller, busy],
  );
  const proposedUnits = useMemo(() => controller.proposedUnits(), [controller, state.checked]);
  const targets = useMemo(() => controller.dropdownTargets(), [controller, state.checked]);

  const resultsId = useId('results-');
  return (
    <div className={styles.root} lang={state.lang}>
      <PaneHeader t={t} state={state} planValue={controller.planInputValue()} controller={controller} />

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
        <h2 id={resultsId} ref={resultsHeading} tabIndex={-1} className={styles.h2}>
          {t.results}
        </h2>
        <div role="status" aria-live="polite" className={styles.section}>
          {report ? (
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
          <FindingsView key={report.sheet} t={t} findings={report.findings} lang={state.lang} actions={actions} />
        )}
      </section>

      <UnitListSection
        t={t}
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

function PaneHeader({ t, state, planValue, controller }: { t: Strings; state: PaneState; planValue: string; controller: PaneController }) {
  const styles = useStyles();
  const checked = state.checked;
  const report = checked?.analysis.report ?? null;
  const sheetLine = report
    ? checked?.tableRange
      ? t.sheetAndTable(report.sheet, checked.tableRange)
      : t.sheetNoTable(report.sheet)
    : state.switchingSheet || state.busy === 'check'
      ? t.readingSheet
      : t.notCheckedYet;

  const planInvalid = state.planDraft !== null && state.planDraft !== '' && !isIsoDate(state.planDraft);
  let planHint: string | undefined;
  if (planInvalid) planHint = undefined;
  else if (state.planDraft) planHint = t.planDateManual;
  else if (!checked) planHint = t.planDateUnknown;
  else if (!checked.planDateFromTitle) planHint = t.planDateManual;
  else if (report?.planDate) planHint = t.planDateFound;
  else if (report?.table) planHint = t.planDateNotFound;
  else planHint = undefined; // no table: nothing to say about its title
  const asOfInvalid = state.asOfDraft !== '' && !isIsoDate(state.asOfDraft);

  return (
    <div className={styles.header}>
      <h1 className={styles.title}>{t.title}</h1>
      <p className={styles.sheetLine} data-testid="sheet-line">
        {sheetLine}
      </p>
      <div className={styles.dates}>
        <Field
          className={styles.dateField}
          label={t.planDate}
          hint={planHint}
          validationState={planInvalid ? 'error' : 'none'}
          validationMessage={planInvalid ? t.invalidDate : undefined}
        >
          <Input className={styles.dateInput} type="date" value={planValue} onChange={(_, d) => controller.setPlanDate(d.value)} />
        </Field>
        <Field
          className={styles.dateField}
          label={t.asOf}
          hint={asOfInvalid ? undefined : t.asOfHint}
          validationState={asOfInvalid ? 'error' : 'none'}
          validationMessage={asOfInvalid ? t.invalidDate : undefined}
        >
          <Input className={styles.dateInput} type="date" value={state.asOfDraft} onChange={(_, d) => controller.setAsOf(d.value)} />
        </Field>
      </div>
    </div>
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
        <Button icon={<ArrowDownload16Regular />} disabledFocusable={busy || !checked} onClick={user(() => controller.exportReport())}>
          {t.exportReport}
        </Button>
      </div>
      <Switch checked={state.live} label={t.live} onChange={(_, d) => controller.setLive(d.checked)} />
    </div>
  );
}
