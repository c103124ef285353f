/**
 * The "Kế hoạch" and appendix sheets as `cchc sections` writes them, printed by a real spreadsheet engine
 * (LibreOffice Calc → PDF, read with poppler): the plan on A4 portrait and the appendix on A4 landscape,
 * every line of the plan on the page in full (a row estimated too short would clip its wrapped text, and
 * the clipped words would be missing from the PDF), Times New Roman's metric twin embedded, and the text
 * inside ND30's left and right margins. Needs soffice and poppler-utils (installed by .ci/run).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './cli-helpers';
import { SNN_2024, SNN_2024_LINES } from './fixtures/plan-tables';
import { convertWithLibreOffice } from './helpers/libreoffice';
import { pageImage, pdfFonts, pdfPages, poppler, soffice } from './helpers/pdf';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'cchc-plan-sheet-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MM = 72 / 25.4;

/** A page rendered by pdftoppm as a binary PPM (P6): its pixels as [r, g, b] by x, y. */
function pagePixels(pdf: string, page: number, dpi: number): { at: (x: number, y: number) => number[] } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const [width, offset] = [Number(header[1]), header[0].length];
  return { at: (x, y) => [...ppm.subarray(offset + (y * width + x) * 3, offset + (y * width + x) * 3 + 3)] };
}
const words = (s: string) => s.normalize('NFC').split(/\s+/).filter(Boolean);

describe.skipIf(!soffice || !poppler)('the plan sheets printed by LibreOffice Calc', () => {
  it('the plan on A4 portrait with every line in full, the appendix on A4 landscape, inside the margins', async () => {
    const input = join(dir, 'in.xlsx');
    const out = join(dir, 'ke-hoach.xlsx');
    writeFileSync(input, await xlsxOfSnapshot(SNN_2024.snapshot));
    const r = await run(['sections', input, '--out', out, '--appendix']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pdf = convertWithLibreOffice([out], 'pdf', dir)[0]!;
    const pages = pdfPages(pdf);
    // The user's sheet prints first (its own page setup); the plan's pages start at "KẾ HOẠCH"'s page.
    const first = pages.findIndex((p) => p.words.some((w) => w.text === 'HOẠCH'));
    expect(first).toBeGreaterThanOrEqual(0);
    const landscape = pages.findIndex((p) => p.words.some((w) => w.text === 'PHỤ') && p.words.some((w) => w.text === 'LỤC'));
    const plan = pages.slice(first, landscape);
    expect(plan.length).toBeGreaterThanOrEqual(1);
    for (const p of plan) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect([Math.round(pages[landscape]!.width), Math.round(pages[landscape]!.height)]).toEqual([842, 595]);

    // Every word of every hand-worked line is printed, in order: nothing clipped by a row too short.
    const printed = plan.flatMap((p) => p.words.map((w) => w.text));
    let at = 0;
    for (const line of SNN_2024_LINES) {
      for (const w of words(line)) {
        const i = printed.indexOf(w, at);
        expect(i, `"${w}" of "${line}"`).toBeGreaterThanOrEqual(at);
        at = i;
      }
    }
    // Inside the margins (fit to one page wide may scale the page down, never past the margins).
    for (const p of plan) {
      const body = p.words.filter((w) => w.yMin > 15 * MM);
      expect(Math.min(...body.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 2);
      expect(Math.max(...body.map((w) => w.xMax))).toBeLessThanOrEqual(p.width - 15 * MM + 2);
    }
    expect(pdfFonts(pdf).filter((f) => /Liberation|Times/.test(f)).length).toBeGreaterThan(0);
    pageImage(pdf, first + 1, 60, join(dir, 'plan-sheet-page-1.png'));

    // The lines still to fill in are light yellow (the sheet's live rule), the others white.
    const dpi = 72;
    const image = pagePixels(pdf, first + 1, dpi);
    const colourBeside = (word: string) => {
      const w = plan[0]!.words.find((x) => x.text === word)!;
      return image.at(Math.round(w.xMin * (dpi / 72)) - 3, Math.round(((w.yMin + w.yMax) / 2) * (dpi / 72)));
    };
    expect(colourBeside('[CƠ')).toEqual([255, 242, 204]);
    expect(colourBeside('KẾ')).toEqual([255, 255, 255]);
  });
});
