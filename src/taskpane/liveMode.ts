/**
 * Live mode ("Tự kiểm tra khi sửa bảng"): the subscription to the host's edit events and the debounced
 * re-check they trigger. Apart from the controller because subscribing is asynchronous and can race
 * with switching live off, disposing the pane or subscribing again: each subscription carries a token,
 * and one that arrives stale is undone at once.
 */
import type { WorkbookAdapter } from '../core/workbook/adapter';
import { debounce, type Debounced } from './debounce';

export interface LiveModeOptions {
  /** Delay after the last edit before the re-check. */
  debounceMs: number;
  recheck(): void;
  /** Live mode is on and the pane not disposed: events and subscriptions are wanted. */
  wanted(): boolean;
  /** The sheet the last check read (edits elsewhere do not matter), if any. */
  checkedSheet(): string | undefined;
  /** The host refused the subscription. */
  failed(error: unknown): void;
}

export class LiveMode {
  private readonly pending: Debounced;
  private unsubscribe: (() => void) | null = null;
  /** Bumped on every subscribe and stop so that a late subscription knows it is stale. */
  private token = 0;

  constructor(
    private readonly host: WorkbookAdapter,
    private readonly options: LiveModeOptions,
  ) {
    this.pending = debounce(() => options.recheck(), options.debounceMs);
  }

  /** Listen to edits of the checked sheet (again: an earlier subscription is dropped first). */
  start(): void {
    this.stop();
    const token = ++this.token;
    const current = () => token === this.token && this.options.wanted();
    this.host
      .onSheetChanged((change) => {
        if (!current()) return;
        const sheet = this.options.checkedSheet();
        if (sheet !== undefined && change.sheet !== sheet) return;
        this.pending();
      })
      .then(
        (unsub) => {
          if (!current()) void safeCall(unsub);
          else this.unsubscribe = () => void safeCall(unsub);
        },
        (e: unknown) => {
          if (token !== this.token) return;
          this.options.failed(e);
        },
      );
  }

  /** Stop listening and drop a re-check that was waiting for the debounce. */
  stop(): void {
    this.token++;
    this.pending.cancel();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Drop a waiting re-check but keep listening (the active sheet changed: it is checked anyway). */
  cancelPending(): void {
    this.pending.cancel();
  }
}

/** Call a host's unsubscribe function, whatever happens. */
export async function safeCall(fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch {
    // Unsubscribing from a closed workbook fails; nothing to do.
  }
}
