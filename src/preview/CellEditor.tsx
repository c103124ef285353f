/**
 * The grid's in-place cell editor (a textarea, or a text input with a datalist where the cell has a
 * dropdown), and the editing state the grid keeps. Its own module because its keyboard (Enter, Tab,
 * Esc, Alt+Enter) is the editor's and not the grid's: keys typed here never reach the grid.
 */
import {
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react';

/** The cell being edited and the text its editor started with (what is there, or the key typed). */
export interface Editing {
  row: number;
  col: number;
  initial: string;
}

/** The in-place editor: Enter commits (and moves down), Tab commits (and moves right), Esc cancels, Alt+Enter breaks the line. */
export function CellEditor(props: {
  label: string;
  initial: string;
  width: number;
  height: number;
  options: readonly string[] | null;
  listId: string;
  onFinish: (commit: boolean, text: string, then?: [number, number]) => void;
  registerFlush: (flush: (() => void) | null) => void;
}) {
  const { onFinish, registerFlush } = props;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const done = useRef(false);
  const finish = useCallback(
    (commit: boolean, then?: [number, number]) => {
      if (done.current) return;
      done.current = true;
      onFinish(commit, ref.current?.value ?? '', then);
    },
    [onFinish],
  );
  useEffect(() => {
    registerFlush(() => finish(true));
    return () => registerFlush(null);
  }, [finish, registerFlush]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }, []);
  const onKeyDown = (e: ReactKeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    } else if (e.key === 'Enter' && e.altKey && ref.current instanceof HTMLTextAreaElement) {
      e.preventDefault();
      const el = ref.current;
      const { selectionStart: s, selectionEnd: t, value } = el;
      el.value = value.slice(0, s) + '\n' + value.slice(t);
      el.setSelectionRange(s + 1, s + 1);
    } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      finish(true, [e.ctrlKey ? 0 : 1, 0]);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(true, [0, e.shiftKey ? -1 : 1]);
    }
  };
  const style: CSSProperties = { minWidth: props.width, minHeight: props.options ? undefined : props.height };
  const common = {
    className: 'cg-editor',
    'aria-label': props.label,
    defaultValue: props.initial,
    onKeyDown,
    onBlur: () => finish(true),
    onMouseDown: (e: ReactMouseEvent) => e.stopPropagation(),
    onDoubleClick: (e: ReactMouseEvent) => e.stopPropagation(),
    spellCheck: false,
    style,
  };
  if (props.options) {
    return (
      <>
        <input ref={ref} type="text" list={props.listId} autoComplete="off" {...common} />
        <datalist id={props.listId}>
          {props.options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </>
    );
  }
  return <textarea ref={ref} rows={3} {...common} />;
}
