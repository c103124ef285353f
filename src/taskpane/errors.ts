/**
 * What the pane shows for a failure: the host's own message for a HostError (already in the UI
 * language), a generic sentence otherwise. Never a stack trace.
 */
import { HostError } from '../core/workbook/adapter';
import type { ErrorContext, Strings } from './i18n';

export interface PaneError {
  intent: 'error' | 'warning';
  title: string;
  message: string;
  /** HostError reason, when there is one. */
  reason?: HostError['reason'];
}

const REASONS = new Set<string>(['protected', 'edit-mode', 'busy', 'not-found', 'too-large', 'unsupported', 'failed']);
/** Conditions the user can clear themselves (leave cell editing, unprotect, wait). */
const WARNINGS = new Set<string>(['protected', 'edit-mode', 'busy']);

function isHostError(e: unknown): e is HostError {
  if (e instanceof HostError) return true;
  // A host bundled separately has its own HostError class: recognise the shape.
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { reason?: unknown }).reason === 'string' &&
    REASONS.has((e as { reason: string }).reason) &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

/** First line of a message, at most `max` characters. */
function oneLine(text: string, max = 200): string {
  const line = text.split(/\r?\n/, 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function describeError(e: unknown, context: ErrorContext, t: Strings): PaneError {
  const title = t.errorTitle[context];
  if (isHostError(e)) {
    return {
      intent: WARNINGS.has(e.reason) ? 'warning' : 'error',
      title,
      message: oneLine(e.message, 500) || t.unexpected,
      reason: e.reason,
    };
  }
  const raw = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const detail = raw ? oneLine(raw) : '';
  return { intent: 'error', title, message: detail ? `${t.unexpected} ${t.detail(detail)}` : t.unexpected };
}
