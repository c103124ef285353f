/**
 * The Office host as the task pane creates it, from the Office.js globals. Everything else in this
 * folder takes `Excel` as a parameter and never reads a global, so tests run it against the double.
 */
import type { Lang } from '../../core/report';
import type { WorkbookAdapter } from '../../core/workbook/adapter';
import { createOfficeHost } from './officeHost';

export { createOfficeHost, langOf, type OfficeHostOptions } from './officeHost';

/** Call after Office.onReady reported Excel, with the UI language the user chose. */
export function officeHostFromGlobals(lang: Lang): WorkbookAdapter {
  return createOfficeHost({
    excel: Excel,
    lang,
    displayLanguage: Office.context.displayLanguage,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
