/**
 * The one thing the Office host needs from Office.js at run time: `Excel.run`. It is passed in (the
 * real `Excel` namespace in the add-in, the in-memory double in tests), so the same host code runs in
 * both and no global is touched or patched. Also here: Office error codes and the edit-mode retry.
 */
import { HostError } from '../../core/workbook/adapter';
import type { Lang } from '../../core/report';
import { MESSAGES } from './messages';

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The subset of the `Excel` namespace the host calls; `Excel` itself satisfies it. */
export interface ExcelRunner {
  run<T>(batch: Batch<T>): Promise<T>;
  /** With `delayForCellEdit`, Excel waits for the user to leave cell edit mode instead of failing (ExcelApi 1.11). */
  run<T>(options: { delayForCellEdit?: boolean }, batch: Batch<T>): Promise<T>;
  /** Run in an existing context: how an event handler added in that context is removed. */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/**
 * The runner every batch goes through: where Excel supports it, batches wait for the user to press Enter
 * instead of failing in cell edit mode (clicking the pane does not end editing, so timed retries mostly
 * fail); elsewhere the edit-mode retry of `retryInEditMode` stays the fallback.
 */
export function waitingForCellEdit(excel: ExcelRunner, supported: boolean): ExcelRunner {
  if (!supported) return excel;
  return {
    run<T>(a: unknown, b?: Batch<T>): Promise<T> {
      // An existing context (removing an event handler) or explicit options pass through unchanged.
      if (typeof a !== 'function') return (excel.run as (x: unknown, y?: Batch<T>) => Promise<T>)(a, b);
      return excel.run({ delayForCellEdit: true }, a as Batch<T>);
    },
  } as ExcelRunner;
}

/** Error codes the host reacts to (Excel.ErrorCodes and OfficeExtension.ErrorCodes). */
export const ErrorCode = {
  accessDenied: 'AccessDenied',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  editMode: 'InvalidOperationInCellEditMode',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
} as const;

/** The `code` of an OfficeExtension.Error (duck-typed: the class is a global that tests do not have). */
export function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Excel on the web refused a request or response above its 5 MB limit: split the work and try again. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  return code === ErrorCode.requestTooLarge || code === ErrorCode.responseTooLarge;
}

/**
 * A request Excel may have refused for its size: the payload codes, and GeneralException, which older
 * Excel on the web builds answer instead (issue 8). Callers halve the request and try again, so an
 * unrelated general failure still surfaces once a request is down to one item.
 */
export function isRefusedForSize(e: unknown): boolean {
  return isPayloadTooLarge(e) || errorCode(e) === 'GeneralException';
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits before each retry while the user is typing in a cell. Excel refuses API calls in cell edit mode
 * (InvalidOperationInCellEditMode); most users press Enter within a second or two.
 */
export const EDIT_MODE_BACKOFF_MS: readonly number[] = [300, 700, 1500];

/**
 * Run `attempt` again while Excel is in cell edit mode, with a short backoff; then give up with the
 * 'edit-mode' HostError. A batch refused for edit mode did nothing, so repeating it from the start is safe.
 */
export async function retryInEditMode<T>(attempt: () => Promise<T>, lang: Lang, sleep: Sleep): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (errorCode(e) !== ErrorCode.editMode) throw e;
      const delay = EDIT_MODE_BACKOFF_MS[i];
      if (delay === undefined) throw new HostError('edit-mode', MESSAGES[lang].editMode);
      await sleep(delay);
    }
  }
}

/** Errors from Office turned into HostErrors the pane can show; HostErrors pass through. */
export function toHostError(e: unknown, lang: Lang, sheet?: string): HostError {
  if (e instanceof HostError) return e;
  const m = MESSAGES[lang];
  const code = errorCode(e);
  if (code === ErrorCode.accessDenied && sheet !== undefined) return new HostError('protected', m.protected(sheet));
  if (code === ErrorCode.itemNotFound && sheet !== undefined) return new HostError('not-found', m.sheetNotFound(sheet));
  if (code === ErrorCode.editMode) return new HostError('edit-mode', m.editMode);
  if (isPayloadTooLarge(e)) return new HostError('too-large', m.tooLarge);
  const detail = e instanceof Error ? e.message : String(e);
  return new HostError('failed', m.failed(code ? `${detail} (${code})` : detail));
}
