/**
 * LibreOffice for the tests: where soffice is ('' when it is not installed, and the tests that need it
 * skip, saying why), and a conversion by one headless soffice process in a profile of its own (no state
 * shared with the user's or with another test's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/** A command's path on PATH, '' when there is none. */
export const which = (cmd: string) => (spawnSync('which', [cmd], { encoding: 'utf8' }).stdout ?? '').trim();
export const soffice = which('soffice');

export interface ConvertOptions {
  /** The application that opens the files (`--calc`, `--writer`); by default, the one for their type. */
  app?: 'calc' | 'writer';
  /** A profile folder the caller prepared and removes; by default a new one, removed afterwards. */
  profile?: string;
}

/**
 * The files converted to `to` ("pdf", "xlsx", "csv:<filter>:<options>") in `outdir` by one soffice process
 * (each start of LibreOffice costs seconds: convert together what can be); returns the files written, in order.
 */
export function convertWithLibreOffice(files: string[], to: string, outdir: string, options: ConvertOptions = {}): string[] {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'cchc-lo-profile-'));
  try {
    const app = options.app ? [`--${options.app}`] : [];
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', ...app, '--convert-to', to, '--outdir', outdir, ...files], {
      stdio: 'ignore',
      timeout: 180_000,
    });
  } finally {
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
  }
  const ext = to.split(':')[0];
  return files.map((f) => join(outdir, `${basename(f, extname(f))}.${ext}`));
}
