/**
 * The preview's sheet grid: column letters, row numbers, merged cells, marks, dropdown hints, an
 * Excel-like selection and in-place editing. Only the rows and columns in view are rendered (plus a
 * few around them), so a sheet of tens of thousands of rows scrolls as fast as a small one.
 *
 * Cell contents are React text nodes, never HTML. ARIA: role="grid" with rowgroups, rows, column and
 * row headers and gridcells (aria-rowindex/aria-colindex for the virtualised rows); the grid keeps DOM
 * focus and points at the selected cell with aria-activedescendant. Styles live in preview.html (cg-*).
 *
 * This file holds the grid's state (view, selection, editing), the mouse, the formula bar and the
 * frame; beside it: gridLayout.ts (row heights, column positions, what is in view, scrolling to a
 * cell), gridKeyboard.ts (the keys), GridRow.tsx (a row and its cells), CellEditor.tsx (the editor)
 * and SheetTabs.tsx (the tab strip).
 */
import {
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { a1, columnLetters, parseA1 } from '../core/address';
import type { Editing } from './CellEditor';
import { editText } from './format';
import { handleGridKey, pageRows, stepFrom } from './gridKeyboard';
import { computeLayout, HEADER_H, mergeAt, scrollToShow, visibleCells, type Viewport } from './gridLayout';
import { GridRow } from './GridRow';
import type { PreviewHost } from './previewHost';
import { SheetTabs, sheetTabId } from './SheetTabs';

export function Grid({ host }: { host: PreviewHost }) {
  useSyncExternalStore(host.subscribe, host.getVersion);
  const sheet = host.activePreview;
  const snap = sheet.snapshot;
  const sheetName = snap.name;
  const strings = host.strings;
  const sel = host.selection.sheet === sheetName ? host.selection : { sheet: sheetName, row: 1, col: 1 };
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const viewportRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<Viewport>({ top: 0, left: 0, width: 800, height: 600 });
  const [editing, setEditing] = useState<Editing | null>(null);

  // Re-measure only when contents change (not on every selection or mark); the sheet grows in steps
  // to hold a selection moved past its end.
  const dataVersion = host.dataVersion;
  const rowReach = Math.ceil(sel.row / 50) * 50;
  const colReach = Math.ceil(sel.col / 10) * 10;
  // Only whole steps of the view's size matter (a resize by a few pixels does not re-measure).
  const fillWidth = Math.ceil(view.width / 256) * 256;
  const fillHeight = Math.ceil(view.height / 256) * 256;
  const layout = useMemo(
    () => computeLayout(sheet, rowReach, colReach, fillWidth, fillHeight),
    // dataVersion: the sheet object is edited in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sheet, dataVersion, rowReach, colReach, fillWidth, fillHeight],
  );

  // Track scroll position and size.
  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((v) =>
        v.top === el.scrollTop && v.left === el.scrollLeft && v.width === el.clientWidth && v.height === el.clientHeight
          ? v
          : { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  // A new sheet starts at the top left.
  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (el) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
    setEditing(null);
  }, [sheetName, host]);

  // Bring the selected cell into view when the selection changes (not when the user scrolls away).
  const seenSeq = useRef(host.selectionSeq);
  const selKey = `${sheetName}!${sel.row}:${sel.col}`;
  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    // A cell the pane asks for is shown with some rows above it, as context; keyboard moves scroll minimally.
    const fromPane = seenSeq.current !== host.selectionSeq;
    seenSeq.current = host.selectionSeq;
    const to = scrollToShow(layout, sel.row, sel.col, el, fromPane);
    if (to.top !== null) el.scrollTop = to.top;
    if (to.left !== null) el.scrollLeft = to.left;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selKey, host.selectionSeq]);

  const focusGrid = useCallback(() => viewportRef.current?.focus({ preventScroll: true }), []);

  const startEdit = useCallback(
    (row: number, col: number, initial?: string) => {
      const r = row - snap.top;
      const c = col - snap.left;
      setEditing({ row, col, initial: initial ?? editText(snap.values[r]?.[c], snap.numFmt?.[r]?.[c], host.locale) });
    },
    [snap, host],
  );

  const move = useCallback(
    (dRow: number, dCol: number) => {
      const [row, col] = stepFrom(layout, sel.row, sel.col, dRow, dCol);
      host.select(row, col);
    },
    [host, layout, sel.row, sel.col],
  );

  const finishEdit = useCallback(
    (commit: boolean, text: string, then?: [number, number]) => {
      const e = editing;
      if (!e) return;
      setEditing(null);
      if (commit && text !== e.initial) host.userEdit(e.row, e.col, text);
      if (then) move(then[0], then[1]);
      focusGrid();
    },
    [editing, host, move, focusGrid],
  );

  // What each key does is gridKeyboard.ts's; while a cell is edited, the keys are the editor's.
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const handled = handleGridKey(e, sel.row, pageRows(view.height), {
      move,
      select: (row, col) => host.select(row, col),
      edit: (initial) => startEdit(sel.row, sel.col, initial),
      clear: () => host.userEdit(sel.row, sel.col, ''),
    });
    if (handled) e.preventDefault();
  };

  const cellFromEvent = (e: ReactMouseEvent): [number, number] | null => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const p = el?.dataset.cell ? parseA1(el.dataset.cell) : null;
    return p ? [p.row, p.col] : null;
  };

  const onMouseDown = (e: ReactMouseEvent) => {
    if ((e.target as HTMLElement).closest('.cg-editor')) return;
    const p = cellFromEvent(e);
    if (!p) return;
    if (editing) finishEditRef.current?.();
    host.select(p[0], p[1]);
    e.preventDefault();
    focusGrid();
  };

  const onDoubleClick = (e: ReactMouseEvent) => {
    if ((e.target as HTMLElement).closest('.cg-editor')) return;
    const p = cellFromEvent(e);
    if (p) startEdit(p[0], p[1]);
  };

  const finishEditRef = useRef<(() => void) | null>(null);
  const registerFlush = useCallback((flush: (() => void) | null) => {
    finishEditRef.current = flush;
  }, []);

  // ---- what to render ----
  const { colX, rowY, nRows, nCols, rowHeaderW } = layout;
  const { rows, c0, c1 } = visibleCells(layout, view, editing ? [sel.row, editing.row] : [sel.row]);
  const selMerge = mergeAt(layout, sel.row, sel.col);

  const totalW = rowHeaderW + colX[nCols]!;
  const totalH = rowY[nRows]!;
  const activeId = `${idPrefix}-${a1(sel.row, sel.col)}`;

  const headerCells = [];
  for (let c = c0; c <= c1; c++) {
    const w = colX[c]! - colX[c - 1]!;
    if (w <= 0) continue;
    const inSel = c >= sel.col && c <= (selMerge?.right ?? sel.col);
    headerCells.push(
      <div
        key={c}
        role="columnheader"
        aria-colindex={c + 1}
        className={inSel ? 'cg-colhead cg-head-sel' : 'cg-colhead'}
        style={{ left: rowHeaderW + colX[c - 1]!, width: w }}
      >
        {columnLetters(c)}
      </div>,
    );
  }

  const rowEls = rows.map((row) => {
    const selectedHere = row === sel.row;
    const editingHere = editing !== null && editing.row === row;
    return (
      <GridRow
        key={row}
        host={host}
        sheet={sheet}
        layout={layout}
        row={row}
        c0={c0}
        c1={c1}
        selCol={selectedHere ? sel.col : 0}
        inSel={row >= sel.row && row <= (selMerge?.bottom ?? sel.row)}
        editing={editingHere ? editing : null}
        onFinishEdit={editingHere ? finishEdit : null}
        registerFlush={registerFlush}
        idPrefix={idPrefix}
        dataVersion={dataVersion}
        decoVersion={host.decoVersion}
      />
    );
  });

  const selText = (() => {
    const r = sel.row - snap.top;
    const c = sel.col - snap.left;
    const f = snap.formulas?.[r]?.[c];
    return f ?? editText(snap.values[r]?.[c], snap.numFmt?.[r]?.[c], host.locale);
  })();

  const tabs = host.tabs;

  const gridEl = (
    <div
      ref={viewportRef}
      role="grid"
      tabIndex={0}
      className="cg-viewport"
      aria-label={strings.gridLabel(sheetName)}
      aria-rowcount={nRows + 1}
      aria-colcount={nCols + 1}
      aria-activedescendant={activeId}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
    >
      <div className="cg-content" style={{ width: totalW, height: HEADER_H + totalH }}>
        <div role="rowgroup" className="cg-headgroup" style={{ width: totalW }}>
          <div role="row" aria-rowindex={1} className="cg-headrow" style={{ width: totalW, height: HEADER_H }}>
            <div role="columnheader" aria-colindex={1} className="cg-corner" style={{ width: rowHeaderW }}>
              <span className="cg-sr-only">{host.lang === 'vi' ? 'Hàng' : 'Row'}</span>
            </div>
            {headerCells}
          </div>
        </div>
        <div role="rowgroup" className="cg-body" style={{ width: totalW, height: totalH }}>
          {rowEls}
        </div>
      </div>
    </div>
  );

  return (
    <div className="cg-root">
      <div className="cg-fbar">
        <div className="cg-namebox">
          <span className="cg-sr-only">{strings.nameBox}: </span>
          {a1(sel.row, sel.col)}
        </div>
        <div className="cg-fx" aria-hidden="true">
          fx
        </div>
        <div className="cg-formula">
          <span className="cg-sr-only">{strings.cellContent}: </span>
          {selText}
        </div>
      </div>
      {tabs.length > 1 ? (
        <div role="tabpanel" className="cg-panel" aria-labelledby={sheetTabId(tabs, idPrefix, sheetName)}>
          {gridEl}
        </div>
      ) : (
        <div className="cg-panel">{gridEl}</div>
      )}
      {tabs.length > 1 ? <SheetTabs host={host} activeSheet={sheetName} idPrefix={idPrefix} /> : null}
    </div>
  );
}
