/** A trailing-edge debounce with cancel/flush; uses the global timers at call time (fake timers work). */
export interface Debounced {
  (): void;
  cancel(): void;
  /** Run now if a call is pending. */
  flush(): void;
  pending(): boolean;
}

export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    fn();
  };
  const d = (() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, ms);
  }) as Debounced;
  d.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  d.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    run();
  };
  d.pending = () => timer !== null;
  return d;
}
