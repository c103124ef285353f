/**
 * The pane's toolbar: Kiểm tra bảng (with the busy spinner), Đánh dấu trên bảng / Bỏ đánh dấu, Hoàn tác
 * with what it undoes, Xuất báo cáo and the live-mode switch. Apart from TaskPane.tsx so that the
 * pane's layout reads top to bottom there.
 */
import { Button, Spinner, Switch, ToggleButton, useId } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ArrowDownload16Regular, ArrowUndo16Regular, Highlight16Regular, TableSearch20Regular } from '@fluentui/react-icons';
import type { PaneController, PaneState } from './controller';
import type { BusyKind, Strings } from './i18n';
import { useStyles } from './styles';
import { peekUndo } from './undoStack';

/** Wraps a handler so the pane knows the user started the operation (focus goes back to the results after it). */
export type UserAction = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;

export function Toolbar({
  t,
  state,
  controller,
  user,
}: {
  t: Strings;
  state: PaneState;
  controller: PaneController;
  user: UserAction;
}) {
  const styles = useStyles();
  const undoId = useId('undo-what-');
  const busy = state.busy !== null;
  const slow = useLongWait(state.busy);
  const checked = state.checked;
  const last = peekUndo(state.history);
  const currentSheet = checked?.analysis.report.sheet;
  const undoText = last
    ? currentSheet !== undefined && last.sheet !== currentSheet
      ? t.undoOtherSheet(last.label, last.sheet)
      : t.undoWhat(last.label)
    : t.nothingToUndo;
  return (
    <div className={styles.toolbar} role="group" aria-label={t.actions}>
      <div className={styles.row}>
        <Button appearance="primary" icon={<TableSearch20Regular />} disabledFocusable={busy} onClick={user(() => controller.check())}>
          {t.check}
        </Button>
        {state.busy && <Spinner size="tiny" label={busyLabel(t, state.busy, slow)} />}
      </div>
      <div className={styles.row}>
        <ToggleButton
          icon={<Highlight16Regular />}
          checked={state.marksOn}
          disabledFocusable={busy}
          onClick={user(() => controller.setMarksOn(!state.marksOn))}
        >
          {t.mark}
        </ToggleButton>
        <Button disabledFocusable={busy || !checked} onClick={user(() => controller.clearMarks())}>
          {t.unmark}
        </Button>
      </div>
      <div className={styles.row}>
        <Button icon={<ArrowUndo16Regular />} disabledFocusable={busy || !last} aria-describedby={undoId} onClick={user(() => controller.undo())}>
          {t.undo}
        </Button>
        <span id={undoId} className={styles.undoWhat}>
          {undoText}
        </span>
      </div>
      <div className={styles.row}>
        <Button
          icon={<ArrowDownload16Regular />}
          disabledFocusable={busy || !checked || !!checked.unitListSheet}
          onClick={user(() => controller.exportReport())}
        >
          {t.exportReport}
        </Button>
      </div>
      <Switch className={styles.switch} checked={state.live} label={t.live} onChange={(_, d) => controller.setLive(d.checked)} />
    </div>
  );
}

/** What the spinner says: the operation, and once it runs long, that Excel may be waiting for Enter. */
export function busyLabel(t: Strings, busy: BusyKind, long: boolean): string {
  return long ? `${t.busy[busy]} ${t.waitingForExcel}` : t.busy[busy];
}

/** Past this, a busy pane says Excel may be waiting for the user to leave a cell (Excel runs nothing meanwhile). */
export const LONG_WAIT_MS = 1500;

/** True once the same operation has run longer than LONG_WAIT_MS. */
function useLongWait(busy: string | null): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (busy === null) return;
    const timer = setTimeout(() => setSlow(true), LONG_WAIT_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return slow;
}
