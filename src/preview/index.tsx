/**
 * The browser preview: the real task pane beside a grid of an in-memory workbook, no Excel and no
 * Office.js. Opens the bundled sample (served beside this page) or a file the user picks; "Tải về"
 * downloads the edited workbook. Makes no request outside its own origin.
 */
import { browserStore, chosenLanguage, storeLanguage } from '../taskpane/language';
import { Component, type ReactNode, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/report';
import { WorkbookReadError } from '../hosts/xlsx/read';
import { TaskPane } from '../taskpane/TaskPane';
import { Grid } from './Grid';
import { PreviewHost } from './previewHost';
import { previewStrings, type PreviewStrings } from './strings';

const SAMPLE_URL = 'phu-luc-mau.xlsx';
const SAMPLE_NAME = 'phu-luc-mau.xlsx';
const MAX_MB = 50;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const noSubscribe = () => () => {};
const zero = () => 0;

/** Why a file could not be opened, in the UI language; never an exception's own text or stack. */
function reasonText(e: unknown, s: PreviewStrings): string {
  return e instanceof WorkbookReadError ? s.readError[e.reason] : s.readError.corrupt;
}

function downloadName(fileName: string, lang: Lang): string {
  const base = fileName.replace(/\.xlsx$/i, '') || 'bang-tinh';
  return `${base} (${lang === 'vi' ? 'đã sửa' : 'edited'}).xlsx`;
}

function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Keeps the page usable if the pane throws while rendering (React logs the error itself). */
class PaneBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <MessageBar intent="error">
          <MessageBarBody>{this.props.message}</MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}

function PreviewApp({ lang, today }: { lang: Lang; today?: string }) {
  const s = previewStrings(lang);
  const [host, setHost] = useState<PreviewHost | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useSyncExternalStore(host?.subscribe ?? noSubscribe, host?.getVersion ?? zero);

  const open = useCallback(
    async (read: () => Promise<Uint8Array>, name: string) => {
      setBusy(true);
      setError(null);
      try {
        const bytes = await read();
        const next = await PreviewHost.fromBytes(bytes, name, lang, today);
        setHost(next);
      } catch (e) {
        setError(s.openFailed(name, reasonText(e, s)));
      } finally {
        setBusy(false);
      }
    },
    [lang, s, today],
  );

  const openSample = useCallback(async () => {
    setBusy(true);
    let bytes: Uint8Array;
    try {
      const res = await fetch(SAMPLE_URL, { cache: 'no-cache' });
      if (!res.ok) throw new Error(String(res.status));
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch {
      setError(s.sampleFailed);
      setBusy(false);
      return;
    }
    await open(async () => bytes, SAMPLE_NAME);
  }, [open, s]);

  const openFile = useCallback(
    (file: File) => {
      if (file.size > MAX_MB * 1024 * 1024) {
        setError(s.openFailed(file.name, s.tooLarge(MAX_MB)));
        return;
      }
      void open(async () => new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [open, s],
  );

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const download = async () => {
    if (!host) return;
    try {
      const { bytes } = await host.exportXlsx();
      saveBytes(bytes, downloadName(host.fileName, lang));
    } catch (e) {
      console.warn(e);
      setError(s.downloadFailed);
    }
  };

  const sheetName = host?.activeSheet.snapshot.name;

  return (
    <div
      className="pv-app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const f = e.dataTransfer.files[0];
        if (!f) return;
        e.preventDefault();
        openFile(f);
      }}
    >
      <header className="pv-header">
        <h1 className="pv-title">{s.title}</h1>
        <div className="pv-actions" role="group" aria-label={s.toolbar}>
          <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
            {s.open}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) openFile(f);
            }}
          />
          <Button onClick={() => void openSample()} disabled={busy}>
            {s.openSample}
          </Button>
          <Button onClick={() => void download()} disabled={busy || !host}>
            {s.download}
          </Button>
        </div>
        {host ? (
          <p className="pv-info">
            <span>
              {s.file}: <span className="pv-value">{host.fileName}</span>
            </span>
            <span>
              {s.sheet}:{' '}
              <span className="pv-value" data-testid="sheet-name">
                {sheetName}
              </span>
            </span>
            <span className="pv-edited">{s.editedCells(host.editedCount)}</span>
          </p>
        ) : null}
        {busy ? <Spinner size="tiny" label={s.loading} /> : null}
      </header>
      {error ? (
        <MessageBar intent="error" className="pv-message" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => setError(null)}>
                {s.dismiss}
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      <div className="pv-main">
        <main className="pv-sheet" aria-label={s.workbook}>
          {host ? <Grid host={host} /> : !busy ? <p className="pv-empty">{s.noWorkbook}</p> : null}
        </main>
        <aside className="pv-pane" aria-label={s.pane}>
          {host ? (
            <PaneBoundary key={host.id} message={s.paneFailed}>
              <TaskPane host={host} today={today} embedded onLanguage={switchLanguage} />
            </PaneBoundary>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

// Vietnamese unless the user switched to English (remembered in this browser) or ?lang= says otherwise.
const store = browserStore();
const lang = chosenLanguage(store, new URLSearchParams(window.location.search).get('lang'));

/** The pane's language switch: remember the choice and reload without ?lang= (which would win over it). */
function switchLanguage(next: Lang): void {
  storeLanguage(store, next);
  const url = new URL(window.location.href);
  url.searchParams.delete('lang');
  window.location.assign(url.toString());
}
const todayParam = new URLSearchParams(window.location.search).get('today');
const today = todayParam && /^\d{4}-\d{2}-\d{2}$/.test(todayParam) ? todayParam : undefined;
document.documentElement.lang = lang;
document.title = previewStrings(lang).title;

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from preview.html');
createRoot(container).render(
  <FluentProvider theme={webLightTheme} className="pv-provider">
    <PreviewApp lang={lang} today={today} />
  </FluentProvider>,
);
