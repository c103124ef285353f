/**
 * "Kế hoạch khắc phục" (issue 11): the plan's settings ("Thông tin kế hoạch": a form pre-filled from the
 * table's title that opens by itself until it is saved, then one summary line with "Sửa"); the "Kế hoạch"
 * sheet (the sections to insert, "Chỉ các dòng đang chọn", insert or update — an update is asked first, in
 * the pane); the appendix template; the Word file. Behaviour is in PlanPane (planOperations.ts); field
 * logic in planForm.ts. Built for the 320 px pane: short fields go two to a line and wrap when narrower.
 *
 * Contract for tests and automation: the section has data-testid="plan"; the settings group
 * data-testid="plan-settings"; the confirmation data-testid="plan-confirm".
 */
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ArrowDownload16Regular, DocumentAdd16Regular, Edit16Regular, Save16Regular, TableAdd16Regular } from '@fluentui/react-icons';
import { SECTION_ORDER } from '../core/plan-doc';
import { SETTINGS_FIELDS, SETTINGS_SHEET } from '../core/plan-sheet';
import type { PaneState } from './controller';
import { dataUrl } from './download';
import type { Strings } from './i18n';
import * as form from './planForm';
import { DOCX_TYPE, type PlanPane } from './planOperations';
import { Heading, type HeadingLevel } from './Results';
import { useStyles } from './styles';
import type { UserAction } from './Toolbar';

export interface PlanSectionProps {
  t: Strings;
  state: PaneState;
  plan: PlanPane;
  /** 2 in Excel, 3 when the pane is embedded in a page. */
  headingLevel?: HeadingLevel;
  user: UserAction;
}

/** The form's lines: short fields two to a line. */
const FIELD_LINES: readonly (readonly form.PlanFieldKey[])[] = [
  ['parentAgency'],
  ['issuingAgency'],
  ['unitName'],
  ['planNumber', 'planSymbol'],
  ['place', 'planDate'],
  ['decisionNumber', 'decisionDate'],
  ['decisionIssuer'],
  ['indexYear', 'rank'],
  ['signerAuthority'],
  ['signerTitle'],
  ['signerName'],
  ['recipients'],
  ['trackingUnit'],
];

/** The settings sheet's examples, shown as placeholders where they are examples only (no note in brackets). */
const EXAMPLES = new Map(SETTINGS_FIELDS.filter((f) => !f.hint.includes('(') && !f.hint.includes(',')).map((f) => [f.key, f.hint]));

const usePlanStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, minWidth: 0 },
  field: { flex: '1 1 130px', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  checks: { display: 'flex', flexDirection: 'column', minWidth: 0, margin: `0 0 0 calc(-1 * ${tokens.spacingHorizontalS})` },
  checksLabel: { marginLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  summary: { margin: 0, overflowWrap: 'anywhere' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  confirmText: { margin: 0 },
});

export function PlanSection({ t, state, plan, headingLevel = 2, user }: PlanSectionProps) {
  const styles = useStyles();
  const own = usePlanStyles();
  const p = t.plan;
  const s = state.plan;
  const headingId = useId('plan-');
  const sheetId = useId('plan-sheet-');
  const sheetHintId = useId('plan-sheet-hint-');
  const sectionsId = useId('plan-sections-');
  const appendixId = useId('plan-appendix-');
  const wordId = useId('plan-word-');
  const wordHintId = useId('plan-word-hint-');
  const insertRef = useRef<HTMLButtonElement>(null);
  const appendixRef = useRef<HTMLButtonElement>(null);
  const busy = state.busy !== null;
  const hasTable = plan.hasTable();
  const sub = Math.min(headingLevel + 1, 6) as HeadingLevel;
  const link = useMemo(() => (s.docx ? dataUrl(s.docx.bytes, DOCX_TYPE) : null), [s.docx]);

  if (!state.checked && s.settingsSheet === null && s.planSheet === null) {
    return (
      <section aria-labelledby={headingId} className={styles.section} data-testid="plan">
        <Heading level={headingLevel} id={headingId} className={styles.h2}>
          {p.title}
        </Heading>
        <p className={styles.muted}>{p.unknown}</p>
      </section>
    );
  }

  // "Hủy" and "Đồng ý" give focus back to the button that asked, which stays on screen.
  const confirmBox = (which: 'plan' | 'appendix', sheet: string, back: RefObject<HTMLButtonElement | null>) => (
    <Confirm
      t={t}
      text={which === 'plan' ? p.confirmPlan(sheet) : p.confirmAppendix(sheet)}
      busy={busy}
      onConfirm={() => {
        back.current?.focus();
        user(() => plan.confirmReplace())();
      }}
      onCancel={() => {
        plan.cancelReplace();
        back.current?.focus();
      }}
    />
  );

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="plan">
      <Heading level={headingLevel} id={headingId} className={styles.h2}>
        {p.title}
      </Heading>

      <PlanSettingsForm t={t} state={state} plan={plan} level={sub} user={user} />

      <div role="group" aria-labelledby={sheetId} className={styles.section}>
        <Heading level={sub} id={sheetId} className={styles.unitHeading}>
          {p.sectionsTitle}
        </Heading>
        <p id={sheetHintId} className={styles.muted}>
          {hasTable ? p.insertHint : p.noTable}
        </p>
        <div role="group" aria-labelledby={sectionsId} className={own.checks}>
          <span id={sectionsId} className={own.checksLabel}>
            {p.sectionsLabel}
          </span>
          {SECTION_ORDER.map((id) => (
            <Checkbox key={id} label={p.sections[id]} checked={s.sections.includes(id)} onChange={(_, d) => plan.setSection(id, d.checked === true)} />
          ))}
        </div>
        <div className={own.checks}>
          <Checkbox label={p.selectionOnly} checked={s.selectionOnly} onChange={(_, d) => plan.setSelectionOnly(d.checked === true)} />
        </div>
        {s.selectionOnly && <p className={styles.muted}>{p.selectionOnlyHint}</p>}
        {s.sections.length === 0 && <p className={styles.muted}>{p.noSection}</p>}
        <div className={styles.row}>
          <Button
            ref={insertRef}
            appearance="primary"
            icon={<DocumentAdd16Regular />}
            disabledFocusable={busy || !hasTable || s.sections.length === 0}
            aria-describedby={sheetHintId}
            aria-expanded={s.planSheet ? s.confirm === 'plan' : undefined}
            // Our sheet exists: the click only asks (Confirm), no operation runs yet.
            onClick={s.planSheet ? () => void plan.insert() : user(() => plan.insert())}
          >
            {s.planSheet ? p.update(s.planSheet) : p.insert}
          </Button>
        </div>
        {s.confirm === 'plan' && s.planSheet && confirmBox('plan', s.planSheet, insertRef)}
      </div>

      <div role="group" aria-labelledby={appendixId} className={styles.section}>
        <Heading level={sub} id={appendixId} className={styles.unitHeading}>
          {p.appendixTitle}
        </Heading>
        <div className={own.checks}>
          <Checkbox label={p.prefill} checked={s.prefill} onChange={(_, d) => plan.setPrefill(d.checked === true)} />
        </div>
        <div className={styles.row}>
          <Button
            ref={appendixRef}
            icon={<TableAdd16Regular />}
            disabledFocusable={busy || !hasTable}
            aria-expanded={s.appendixSheet ? s.confirm === 'appendix' : undefined}
            onClick={s.appendixSheet ? () => void plan.insertAppendix() : user(() => plan.insertAppendix())}
          >
            {s.appendixSheet ? p.update(s.appendixSheet) : p.appendixInsert}
          </Button>
        </div>
        {s.confirm === 'appendix' && s.appendixSheet && confirmBox('appendix', s.appendixSheet, appendixRef)}
      </div>

      <div role="group" aria-labelledby={wordId} className={styles.section}>
        <Heading level={sub} id={wordId} className={styles.unitHeading}>
          {p.wordTitle}
        </Heading>
        <p id={wordHintId} className={styles.muted}>
          {p.wordHint}
        </p>
        <div className={styles.row}>
          <Button
            icon={<ArrowDownload16Regular />}
            disabledFocusable={busy || !hasTable || s.sections.length === 0}
            aria-describedby={wordHintId}
            onClick={user(() => plan.downloadDocx())}
          >
            {p.download}
          </Button>
        </div>
        {/*
          Excel on Windows shows the pane in a WebView2 (older builds: EdgeHTML or IE), where a download
          started from script is not always honoured: Microsoft's "Browsers and webview controls used by
          Office Add-ins" says directly downloading blobs is not supported with EdgeHTML or WebView2 (its
          workaround, Office.context.ui.openBrowserWindow, needs a page on a server); add-in authors report
          blob: and <a download> refused in the pane while data: links go through (office-js #1511,
          pi-for-excel #500), and others see WebView2's download bar in the pane (office-js #1793). So the
          file is also offered as a plain data: link the user clicks: nothing to host, no Office API.
        */}
        {s.docx && link && (
          <p className={styles.muted} data-testid="plan-docx-link">
            {p.saveAgainHint}{' '}
            <a href={link} download={s.docx.fileName}>
              {p.saveAgain(s.docx.fileName)}
            </a>
          </p>
        )}
      </div>
    </section>
  );
}

/** "Thông tin kế hoạch": the form while nothing is saved (or "Sửa" was clicked), else the summary line. */
function PlanSettingsForm({ t, state, plan, level, user }: { t: Strings; state: PaneState; plan: PlanPane; level: HeadingLevel; user: UserAction }) {
  const styles = useStyles();
  const own = usePlanStyles();
  const p = t.plan;
  const s = state.plan;
  const headingId = useId('plan-settings-');
  const busy = state.busy !== null;
  const open = form.formOpen(s);
  const sheet = s.settingsSheet ?? SETTINGS_SHEET;
  const summary = open ? null : form.settingsSummary(form.baseSettings(s), p);
  // "Sửa", "Lưu thông tin" and "Hủy" take away the button clicked: focus goes to the form's first field,
  // or back to "Sửa", rather than being lost (only when it was lost: an undo elsewhere keeps it there).
  const group = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current === open) return;
    wasOpen.current = open;
    const doc = group.current?.ownerDocument;
    if (doc && (doc.activeElement === null || doc.activeElement === doc.body)) (open ? firstField : editButton).current?.focus();
  }, [open]);
  return (
    <div ref={group} role="group" aria-labelledby={headingId} className={styles.section} data-testid="plan-settings">
      <Heading level={level} id={headingId} className={styles.unitHeading}>
        {p.settings}
      </Heading>
      {summary ? (
        <>
          <p className={own.summary}>{summary.line}</p>
          {summary.blank && <p className={styles.muted}>{summary.blank}</p>}
          <div className={styles.row}>
            <Button ref={editButton} icon={<Edit16Regular />} disabledFocusable={busy} onClick={() => plan.edit()}>
              {p.edit}
            </Button>
          </div>
        </>
      ) : (
        <div className={own.form}>
          <p className={styles.muted}>{s.settingsSheet ? p.settingsEditHint(sheet) : p.settingsFirstHint(sheet)}</p>
          {FIELD_LINES.map((keys) => (
            <div key={keys.join()} className={own.line}>
              {keys.map((key) => {
                const problem = form.shownProblem(s, key);
                return (
                  <Field
                    key={key}
                    className={own.field}
                    label={p.fields[key]}
                    hint={problem ? undefined : p.fieldHints[key]}
                    validationState={problem ? 'error' : 'none'}
                    validationMessage={problem ? p.fieldError[problem] : undefined}
                  >
                    <Input
                      ref={key === FIELD_LINES[0]![0] ? firstField : undefined}
                      className={own.input}
                      size="small"
                      type="text"
                      autoComplete="off"
                      spellCheck={false}
                      value={form.inputValue(s, key)}
                      placeholder={EXAMPLES.has(key) ? p.example(EXAMPLES.get(key)!) : undefined}
                      onChange={(_, d) => plan.typeField(key, d.value)}
                      onBlur={() => plan.commitField(key)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') plan.commitField(key);
                      }}
                    />
                  </Field>
                );
              })}
            </div>
          ))}
          <div className={styles.row}>
            <Button appearance="primary" icon={<Save16Regular />} disabledFocusable={busy} onClick={user(() => plan.save())}>
              {p.save}
            </Button>
            {s.settingsSheet && (
              <Button disabledFocusable={busy} onClick={() => plan.cancelEdit()}>
                {p.cancel}
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** Asked in the pane before our sheet is replaced: what will be lost, "Đồng ý" / "Hủy". Takes focus, so that it is read. */
function Confirm({ t, text, busy, onConfirm, onCancel }: { t: Strings; text: string; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const own = usePlanStyles();
  const styles = useStyles();
  const textId = useId('plan-confirm-');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      role="group"
      aria-labelledby={textId}
      tabIndex={-1}
      className={own.confirm}
      data-testid="plan-confirm"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={textId} className={own.confirmText}>
        {text}
      </p>
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabledFocusable={busy} onClick={onConfirm}>
          {t.plan.confirm}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.plan.cancel}
        </Button>
      </div>
    </div>
  );
}
