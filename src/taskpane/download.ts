/** The CSV report as a browser download (Blob + object URL + a temporary <a download>). */
import { findingsToCsv } from '../core/export';
import { describeError } from './errors';
import type { OperationContext } from './paneState';

/** "Xuất báo cáo": the current findings as CSV through `download`; the file name, or null when nothing went out. */
export function exportFindings(pane: OperationContext, download: ((fileName: string, text: string) => void) | undefined): string | null {
  const state = pane.getState();
  const checked = state.checked;
  if (!checked) return null;
  const report = checked.analysis.report;
  try {
    const csv = findingsToCsv(report.sheet, report.findings, state.lang);
    const fileName = reportFileName(report.sheet);
    if (!download) throw new Error('no download');
    download(fileName, csv);
    pane.set({ error: null, notice: { intent: 'success', title: pane.t.exportReport, lines: [pane.t.exported(fileName)] } });
    return fileName;
  } catch (e) {
    pane.set({ error: describeError(e, 'export', pane.t) });
    return null;
  }
}

/** "bao-cao-kiem-tra-<sheet>.csv"; characters that file systems refuse become "_". */
export function reportFileName(sheet: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = sheet.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'sheet';
  return `bao-cao-kiem-tra-${safe}.csv`;
}

export function downloadText(doc: Document, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const win = doc.defaultView;
  const url = (win?.URL ?? URL).createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled (revoking at once can cancel the download in some browsers).
    setTimeout(() => (win?.URL ?? URL).revokeObjectURL(url), 10_000);
  }
}
