/** What the pane shows when it opens: the pane, the old-Excel explanation, or "runs inside Excel". */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../src/taskpane/i18n';
import { decideStartup, type OfficeLike } from '../src/taskpane/startup';

/** `minor`: the host's ExcelApi 1.x (versions compare by their minor number: 1.9 < 1.13). */
const office = (host: string, minor: number, ready = true): OfficeLike => ({
  onReady: () => (ready ? Promise.resolve({ host }) : Promise.reject(new Error('no host'))),
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && Number((version ?? '1.1').split('.')[1]) <= minor } },
});

describe('startup', () => {
  it('opens the pane in an Excel with ExcelApi 1.13', async () => {
    expect(await decideStartup(office('Excel', 17))).toBe('ready');
  });
  it('explains to an Excel 2019-like host, which lacks ExcelApi 1.13', async () => {
    expect(await decideStartup(office('Excel', 8))).toBe('old-excel');
    const t = stringsFor('vi');
    expect(t.oldExcel).toBe('Phiên bản Excel này chưa chạy được CCHC Phụ lục.');
    expect(t.oldExcelHint).toContain('Excel 2021 trở lên, Microsoft 365, hoặc Excel trên web (miễn phí)');
    expect(t.oldExcelHint).toContain('Excel trên web');
    expect(renderToStaticMarkup(<p lang="vi">{t.oldExcelHint}</p>)).toContain('office.com');
  });
  it('says it runs inside Excel elsewhere (Word, no Office.js, Office failing to start)', async () => {
    expect(await decideStartup(office('Word', 17))).toBe('not-excel');
    expect(await decideStartup(undefined)).toBe('not-excel');
    expect(await decideStartup(office('Excel', 17, false))).toBe('not-excel');
  });
});
