/**
 * Task pane entry. Office.js is loaded by a plain <script> tag in taskpane.html; Excel-dependent parts
 * render only after Office.onReady says the host is Excel.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type HostState } from './App';
import { currentLang } from './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from taskpane.html');
const root = createRoot(container);

function render(host: HostState): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} lang={currentLang()} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
  // office.js did not load (opened outside Office, or offline).
  render('not-excel');
} else {
  render('loading');
  Office.onReady()
    .then((info) => render(info.host === Office.HostType.Excel ? 'excel' : 'not-excel'))
    .catch(() => render('not-excel'));
}
