/**
 * A .docx printed to PDF by LibreOffice Writer and read back with poppler: page sizes, words with their
 * boxes, text, fonts, and page images. For the tests of the .docx renderer (test/plan-docx.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice, which } from './libreoffice';

export { soffice } from './libreoffice';
export const poppler = which('pdfinfo') !== '' && which('pdftotext') !== '' && which('pdftoppm') !== '' && which('pdffonts') !== '';

/** Each .docx as LibreOffice Writer prints it, by one soffice process; the PDFs written in `dir`, in order. */
export function docxToPdf(docs: Uint8Array[], dir: string): string[] {
  const files = docs.map((docx, i) => {
    writeFileSync(join(dir, `plan-${i}.docx`), docx);
    return join(dir, `plan-${i}.docx`);
  });
  return convertWithLibreOffice(files, 'pdf', dir, { app: 'writer' });
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's size (pdfinfo) and its words with their boxes in points from the top left (pdftotext -bbox). */
export function pdfPages(pdf: string): PdfPage[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  return sizes.map((size, i) => ({
    ...size,
    words: [...(pages[i] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5]!).normalize('NFC'),
    })),
  }));
}

/** The text as pdftotext lays it out, NFC. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** The fonts embedded, without their subset prefix ("BAAAAA+LiberationSerif-Bold" → "LiberationSerif-Bold"). */
export function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return [...new Set(out.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))];
}

/** One page as a PNG at the given resolution; returns the file written. */
export function pageImage(pdf: string, page: number, dpi: number, out: string): string {
  const base = join(mkdtempSync(join(tmpdir(), 'cchc-page-')), 'p');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  writeFileSync(out, readFileSync(`${base}.png`));
  rmSync(join(base, '..'), { recursive: true, force: true });
  return out;
}

/** A PNG's width and height, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
