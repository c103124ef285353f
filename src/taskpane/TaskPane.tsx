/**
 * The task pane, for any WorkbookAdapter: Excel (index.tsx creates the Office host) or the browser preview
 * (which passes its own). Behaviour lives in PaneController; this file lays it out.
 *
 * Structure (top to bottom, which is also the tab order):
 *   header      – PaneHeader.tsx: title, "Trang “…” · bảng A5:E62", plan date and "Tính đến" inputs
 *                 (typed as dd/mm/yyyy whatever the browser's locale; the controller keeps ISO dates)
 *   toolbar     – Toolbar.tsx: Kiểm tra bảng (+ spinner), Đánh dấu trên bảng / Bỏ đánh dấu, Hoàn tác
 *                 (+ what it undoes), Xuất báo cáo, the "Tự kiểm tra khi sửa bảng" switch
 *   notices     – Notices.tsx: host errors and outcomes of fixes/undo/export (MessageBar), aria-live
 *   results     – here: counts and outcome (aria-live), then findings grouped by severity and kind
 *                 (Results.tsx)
 *   score       – ScoreSection.tsx: "Điểm", only on a score table: the result with the score columns'
 *                 buttons (insert/update, remove), the five criteria that lost the most points, a bar
 *                 chart of points lost per area
 *   unit list   – UnitListSection.tsx: "Danh mục đơn vị": create it from the table, or add dropdowns
 *   tracking    – TrackingSection.tsx: "Theo dõi hạn": insert/update/remove the tracking columns, their
 *                 settings, late and due-soon tasks by unit, counts, "Sao chép số liệu báo cáo"
 *   plan        – PlanSection.tsx: "Kế hoạch khắc phục": the plan's settings (saved in the workbook), the
 *                 "Kế hoạch" sheet and the appendix template (insert/update), the Word file
 *
 * Headings: the title is an h1 in Excel, where the pane is the whole page; `embedded` (the browser
 * preview, which has its own h1) makes it an h2 and every heading below one level lower, same look.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { FluentProvider, useFluent, useId, useThemeClassName, webLightTheme } from '@fluentui/react-components';
// Imported before the controller and the core on purpose: the toolbar brings in Fluent's icons, which
// then sit beside Fluent's components in the bundle; after the core, the pane gzips about 1 KB larger.
import { Toolbar, type UserAction } from './Toolbar';
import type { Lang } from '../core/report';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { PaneController } from './controller';
import { downloadFile, downloadText } from './download';
import { Notices } from './Notices';
import { PaneHeader } from './PaneHeader';
import { PlanSection } from './PlanSection';
import { FindingsView, Heading, ReportOutcome, SummaryCounts, UnitListSheetInfo, type FindingActions, type HeadingLevel } from './Results';
import { ScoreLayerButtons, ScoreSection } from './ScoreSection';
import { captureAnchor, restoreAnchor, type ScrollAnchor } from './scrollAnchor';
import { useStyles } from './styles';
import { TrackingSection } from './TrackingSection';
import { UnitListSection } from './UnitListSection';

export { PaneHeader } from './PaneHeader';

export interface TaskPaneProps {
  host: WorkbookAdapter;
  /** ISO date used as the default "Tính đến" (as-of) date; default: today. */
  today?: string;
  /**
   * The pane is part of a page that has its own h1 (the browser preview): its title becomes an h2 and
   * the headings below it one level lower. Default false: in Excel the pane is the page.
   */
  embedded?: boolean;
  /** Switch the UI language (shows the Tiếng Việt / English switch); the caller remembers it and reloads. */
  onLanguage?: (lang: Lang) => void;
}

export function TaskPane(props: TaskPaneProps) {
  // Brings its own theme when rendered outside a FluentProvider; uses the surrounding one otherwise.
  const themed = useThemeClassName() !== '';
  const pane = <Pane host={props.host} today={props.today} embedded={props.embedded ?? false} onLanguage={props.onLanguage} />;
  return themed ? pane : <FluentProvider theme={webLightTheme}>{pane}</FluentProvider>;
}

function Pane({ host, today, embedded, onLanguage }: TaskPaneProps & { embedded: boolean }) {
  const styles = useStyles();
  const { targetDocument } = useFluent();
  const docRef = useRef<Document | undefined>(targetDocument);
  docRef.current = targetDocument;
  const controller = useMemo(() => {
    // The document Fluent renders the pane into, else the page's.
    const doc = () => {
      const found = docRef.current ?? (typeof document === 'undefined' ? undefined : document);
      if (!found) throw new Error('no document');
      return found;
    };
    return new PaneController(host, {
      today,
      download: (fileName, text) => downloadText(doc(), fileName, text),
      saveFile: (fileName, bytes, type) => downloadFile(doc(), fileName, bytes, type),
      clipboard: async (text) => {
        const clipboard = (docRef.current?.defaultView ?? (typeof window === 'undefined' ? undefined : window))?.navigator.clipboard;
        if (!clipboard) throw new Error('no clipboard');
        await clipboard.writeText(text);
      },
    });
  }, [host, today]);
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
  const user: UserAction = (fn) => (...args) => {
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
  const proposedUnits = useMemo(() => controller.units.proposedUnits(), [controller, state.checked]);
  const targets = useMemo(() => controller.units.dropdownTargets(), [controller, state.checked]);
  const card = useMemo(() => controller.scoreCard(), [controller, state.checked]);

  const resultsId = useId('results-');
  return (
    <div className={styles.root} lang={state.lang}>
      <PaneHeader t={t} state={state} level={level} planValue={controller.planInputValue()} controller={controller} onLanguage={onLanguage} />

      <Toolbar t={t} state={state} controller={controller} user={user} />

      <Notices t={t} state={state} controller={controller} />

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

      {card && (
        <ScoreSection
          t={t}
          card={card}
          lang={state.lang}
          headingLevel={sub}
          onSelect={actions.onSelect}
          layerActions={
            <ScoreLayerButtons
              t={t}
              busy={busy}
              update={controller.scores.onCheckedSheet()}
              removable={state.scoreLayer !== null}
              onInsert={user(() => controller.scores.insert())}
              onRemove={user(() => controller.scores.remove())}
            />
          }
        />
      )}

      <UnitListSection
        t={t}
        headingLevel={sub}
        checked={state.checked}
        proposed={proposedUnits}
        targets={targets}
        busy={busy}
        onCreate={user(() => controller.units.create())}
        onAddDropdowns={user(() => controller.units.addDropdowns())}
      />

      <TrackingSection t={t} state={state} tracking={controller.tracking} headingLevel={sub} user={user} />

      <PlanSection t={t} state={state} plan={controller.plan} headingLevel={sub} user={user} />
    </div>
  );
}
