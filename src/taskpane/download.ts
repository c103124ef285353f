/** The CSV report as a browser download (Blob + object URL + a temporary <a download>). */

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
