/**
 * The task pane shell: sheet summary, "Kiểm tra bảng", counts per severity and a plain list of findings.
 * Cell contents and messages are rendered as React text only.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { checkSheet } from '../core/check';
import type { Finding, Lang, Severity, SheetReport } from '../core/report';
import { localIsoDate } from '../hosts/office/convert';
import { onActiveSheetChanged, readActiveSheet, readSheetSummary, type SheetSummary } from '../hosts/office/readSheet';
import { STRINGS, type Strings } from './i18n';

export type HostState = 'loading' | 'excel' | 'not-excel';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground3,
    ...typographyStyles.caption1,
    alignSelf: 'baseline',
  },
  value: { margin: 0, overflowWrap: 'anywhere', ...typographyStyles.body1, alignSelf: 'baseline' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  count: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    flexShrink: 0,
    minWidth: '3.5em',
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: 'anywhere', minWidth: 0 },
});

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  return String(e);
}

interface CheckResult {
  report: SheetReport;
  rows: number;
}

function Summary({ t, summary }: { t: Strings; summary: SheetSummary | null }) {
  const styles = useStyles();
  if (!summary) return null;
  return (
    <dl className={styles.summary}>
      <dt className={styles.term}>{t.sheet}</dt>
      <dd className={styles.value}>{summary.name}</dd>
      <dt className={styles.term}>{t.usedRange}</dt>
      <dd className={styles.value}>{summary.address ?? t.emptySheet}</dd>
      <dt className={styles.term}>{t.rows}</dt>
      <dd className={styles.value}>{summary.rowCount}</dd>
    </dl>
  );
}

function Findings({ t, result }: { t: Strings; result: CheckResult }) {
  const styles = useStyles();
  const { report } = result;
  const counts = countBySeverity(report.findings);
  return (
    <section aria-label={t.findings} className={styles.header}>
      <Caption1>{t.checkedAt(report.sheet, result.rows)}</Caption1>
      <ul className={styles.counts}>
        {SEVERITIES.map((s) => (
          <li key={s} className={styles.count}>
            <CounterBadge count={counts[s]} showZero color={BADGE_COLOR[s]} appearance="filled" size="medium" />
            <Body1>{t.severity[s]}</Body1>
          </li>
        ))}
      </ul>
      {report.findings.length === 0 ? (
        <Body1>{t.noFindings}</Body1>
      ) : (
        <ul className={styles.list}>
          {report.findings.map((f, i) => (
            <li key={`${f.code}-${f.cell ?? ''}-${i}`} className={styles.item} title={`${t.severity[f.severity]} · ${f.code}`}>
              <span className={`${styles.cell} ${styles[f.severity]}`}>{f.cell ?? t.tableLevel}</span>
              <Body1 className={styles.message}>{f.message}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function App({ host, lang }: { host: HostState; lang: Lang }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [summary, setSummary] = useState<SheetSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshSummary = useCallback(() => {
    readSheetSummary().then(setSummary, (e: unknown) => setError(errorText(e)));
  }, []);

  useEffect(() => {
    if (host !== 'excel') return;
    refreshSummary();
    let remove: (() => Promise<void>) | null = null;
    let cancelled = false;
    onActiveSheetChanged(() => {
      setResult(null);
      refreshSummary();
    }).then(
      (r) => {
        if (cancelled) void r().catch(() => undefined);
        else remove = r;
      },
      () => undefined, // events are a convenience; the pane works without them
    );
    return () => {
      cancelled = true;
      if (remove) void remove().catch(() => undefined);
    };
  }, [host, refreshSummary]);

  const runCheck = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const snapshot = await readActiveSheet();
      const report = checkSheet(snapshot, { lang, asOf: localIsoDate() });
      setResult({ report, rows: snapshot.values.length });
      refreshSummary();
    } catch (e) {
      setResult(null);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, [lang, refreshSummary]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.title}</Title3>
        <Caption1>{t.subtitle}</Caption1>
      </header>

      {host === 'loading' && <Spinner size="small" label={t.loading} />}

      {host === 'not-excel' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t.notInExcel}</MessageBarTitle>
            {t.notInExcelHint}
          </MessageBarBody>
        </MessageBar>
      )}

      {host === 'excel' && (
        <>
          <Summary t={t} summary={summary} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void runCheck()} disabled={busy}>
              {t.check}
            </Button>
            {busy && <Spinner size="tiny" label={t.checking} />}
          </div>
          {error !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t.checkFailed}</MessageBarTitle>
                {error}
              </MessageBarBody>
            </MessageBar>
          )}
          {result && <Findings t={t} result={result} />}
        </>
      )}
    </main>
  );
}
