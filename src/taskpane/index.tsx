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
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { currentLang, stringsFor } from './i18n';
import { TaskPane } from './TaskPane';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from taskpane.html');
const root = createRoot(container);

function render(content: ReactNode): void {
  document.documentElement.lang = currentLang();
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main>{content}</main>
    </FluentProvider>,
  );
}

function NotInExcel() {
  const t = stringsFor(currentLang());
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.notInExcel}</MessageBarTitle>
          <Body1>{t.notInExcelHint}</Body1>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

/** Office is there but the pane could not start (the host failed to initialise). */
function StartFailed() {
  const t = stringsFor(currentLang());
  return (
    <div style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.title}</MessageBarTitle>
          <Body1>{t.unexpected}</Body1>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

function Loading() {
  return (
    <div style={{ padding: 12 }}>
      <Spinner size="small" label={stringsFor(currentLang()).loading} />
    </div>
  );
}

async function start(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    // office.js did not load: opened outside Office, or offline.
    render(<NotInExcel />);
    return;
  }
  render(<Loading />);
  let info: { host: Office.HostType | null };
  try {
    info = await Office.onReady();
  } catch {
    render(<NotInExcel />);
    return;
  }
  if (info.host !== Office.HostType.Excel) {
    render(<NotInExcel />);
    return;
  }
  // Vietnamese unless the user switched to English (remembered in this browser), whatever Office's language.
  const store = browserStore();
  const host: WorkbookAdapter = officeHostFromGlobals(chosenLanguage(store, new URLSearchParams(window.location.search).get('lang')));
  const switchLanguage = (lang: Lang) => {
    storeLanguage(store, lang);
    window.location.reload();
  };
  render(<TaskPane host={host} onLanguage={switchLanguage} />);
}

void start().catch(() => render(<StartFailed />));
