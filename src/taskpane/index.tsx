/**
 * Task pane entry for Excel. Office.js is loaded by a plain <script> tag in taskpane.html; once
 * Office.onReady says the host is Excel, the pane renders with the Office host. Anywhere else it says
 * that it runs inside Excel (the browser preview, `npm run preview`, renders TaskPane with its own host).
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from '@fluentui/react-components';
import { officeHostFromGlobals } from '../hosts/office';
import type { Lang } from '../core/report';
import { browserStore, chosenLanguage, storeLanguage } from './language';
import { decideStartup, type OfficeLike } from './startup';
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { stringsFor } from './i18n';
import { TaskPane } from './TaskPane';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from taskpane.html');
const root = createRoot(container);
// Vietnamese unless the user switched to English (remembered in this browser), whatever Office's language.
const store = browserStore();
const lang = chosenLanguage(store, new URLSearchParams(window.location.search).get('lang'));

function render(content: ReactNode): void {
  document.documentElement.lang = lang;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main>{content}</main>
    </FluentProvider>,
  );
}

/** A message instead of the pane: outside Excel, an Excel too old for it, or a pane that failed to start. */
function StartMessage({ intent, title, body }: { intent: 'info' | 'warning' | 'error'; title: string; body: string }) {
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <Body1>{body}</Body1>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

function Loading() {
  return (
    <div style={{ padding: 12 }}>
      <Spinner size="small" label={stringsFor(lang).loading} />
    </div>
  );
}

const t = stringsFor(lang);
const notInExcel = <StartMessage intent="info" title={t.notInExcel} body={t.notInExcelHint} />;
/** Excel 2016 or 2019: which versions work, and how to open the file in Excel on the web instead. */
const oldExcel = <StartMessage intent="warning" title={t.oldExcel} body={t.oldExcelHint} />;
/** Office is there but the pane could not start (the host failed to initialise). */
const startFailed = <StartMessage intent="error" title={t.title} body={t.unexpected} />;

async function start(): Promise<void> {
  render(<Loading />);
  const startup = await decideStartup(typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike));
  if (startup === 'not-excel') return render(notInExcel);
  if (startup === 'old-excel') return render(oldExcel);
  const host: WorkbookAdapter = officeHostFromGlobals(lang);
  const switchLanguage = (next: Lang) => {
    storeLanguage(store, next);
    window.location.reload();
  };
  render(<TaskPane host={host} onLanguage={switchLanguage} />);
}

void start().catch(() => render(startFailed));
