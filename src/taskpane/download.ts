/**
 * Files the pane offers: the CSV report and the plan's Word file, as a browser download (Blob + object URL
 * + a temporary <a download>), and the same bytes as a data: URL for a link the user clicks themselves.
 */
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

/** A sheet's name as part of a file name: characters that file systems refuse become "_". */
function safeName(sheet: string): string {
  // eslint-disable-next-line no-control-regex
  return sheet.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'sheet';
}

/** "bao-cao-kiem-tra-<sheet>.csv". */
export function reportFileName(sheet: string): string {
  return `bao-cao-kiem-tra-${safeName(sheet)}.csv`;
}

/** "ke-hoach-khac-phuc-<sheet>.docx": the plan drawn from that sheet's table. */
export function planFileName(sheet: string): string {
  return `ke-hoach-khac-phuc-${safeName(sheet)}.docx`;
}

export function downloadText(doc: Document, fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadFile(doc, fileName, text, type);
}

/** Text or bytes (`type`: their MIME type) saved as `fileName` through a temporary <a download>. */
export function downloadFile(doc: Document, fileName: string, data: string | Uint8Array, type: string): void {
  const win = doc.defaultView;
  // A copy of the bytes: a Blob takes an ArrayBuffer-backed view, and the caller's array stays theirs.
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = (win?.URL ?? URL).createObjectURL(new Blob([part], { type }));
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

/**
 * The bytes as a data: URL, for a link the user clicks to save the file by hand. Excel's pane (WebView2)
 * is reported to refuse blob: downloads in some builds while data: links go through (PlanSection.tsx).
 */
export function dataUrl(bytes: Uint8Array, type: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}
