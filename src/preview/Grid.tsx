/**
 * The preview's sheet grid: column letters, row numbers, merged cells, marks, dropdown hints, an
 * Excel-like selection and in-place editing. Only the rows and columns in view are rendered (plus a
 * few around them), so a sheet of tens of thousands of rows scrolls as fast as a small one.
 *
 * Cell contents are React text nodes, never HTML. ARIA: role="grid" with rowgroups, rows, column and
 * row headers and gridcells (aria-rowindex/aria-colindex for the virtualised rows); the grid keeps DOM
 * focus and points at the selected cell with aria-activedescendant. Styles live in preview.html (cg-*).
 */
import {
  type CSSProperties,
  memo,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { a1, columnLetters, parseA1 } from '../core/address';
import type { CellRange } from '../core/snapshot';
import { displayText, editText } from './format';
import { DOCUMENT_TYPES } from '../core/parse/products';
import { DEFAULT_ROW_HEIGHT, type PreviewHost, type PreviewSheet } from './previewHost';

const HEADER_H = 24;
const MIN_ROW_H = 22;
const LINE_H = 17;
const CHAR_W = 6.6;
const MAX_AUTO_LINES = 6;
const OVERSCAN_ROWS = 8;
const OVERSCAN_COLS = 2;
const EXTRA_ROWS = 30;
const EXTRA_COLS = 3;

/** Geometry of one sheet: prefix sums of column widths and row heights, merges by row. */
interface Layout {
  nRows: number;
  nCols: number;
  rowHeaderW: number;
  /** colX[c] is the right edge of column c (colX[0] = 0). */
  colX: Float64Array;
  /** rowY[r] is the bottom edge of row r (rowY[0] = 0). */
  rowY: Float64Array;
  mergesByRow: Map<number, CellRange[]>;
}

function mergeAt(layout: Layout, row: number, col: number): CellRange | undefined {
  const list = layout.mergesByRow.get(row);
  if (!list) return undefined;
  for (const m of list) if (col >= m.left && col <= m.right) return m;
  return undefined;
}

function computeLayout(sheet: PreviewSheet, extraRow: number, extraCol: number, fillWidth: number, fillHeight: number): Layout {
  const snap = sheet.snapshot;
  let usedRows = snap.top - 1 + snap.values.length;
  let usedCols = 0;
  for (const row of snap.values) usedCols = Math.max(usedCols, row.length);
  usedCols += snap.left - 1;
  for (const m of snap.merges) {
    usedRows = Math.max(usedRows, m.bottom);
    usedCols = Math.max(usedCols, m.right);
  }
  const nRows = Math.max(usedRows + EXTRA_ROWS, extraRow + 5, Math.ceil(fillHeight / MIN_ROW_H) + 2);
  // Enough empty columns after the used ones to fill the view, as Excel shows them.
  const width = (c: number) => sheet.colWidths[c - 1] ?? sheet.defaultColWidth;
  let nCols = Math.min(16_384, Math.max(usedCols + EXTRA_COLS, extraCol + 2, 10));
  let total = 0;
  for (let c = 1; c <= nCols; c++) total += width(c);
  while (total < fillWidth && nCols < 16_384) total += width(++nCols);

  const colX = new Float64Array(nCols + 1);
  for (let c = 1; c <= nCols; c++) colX[c] = colX[c - 1]! + width(c);

  const mergesByRow = new Map<number, CellRange[]>();
  for (const m of snap.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let list = mergesByRow.get(r);
      if (!list) mergesByRow.set(r, (list = []));
      list.push(m);
    }
  }

  const hidden = new Set(snap.hiddenRows ?? []);
  const rowY = new Float64Array(nRows + 1);
  for (let r = 1; r <= nRows; r++) {
    rowY[r] = rowY[r - 1]! + (hidden.has(r) ? 0 : rowHeight(sheet, r, colX, mergesByRow));
  }
  const digits = String(nRows).length;
  return { nRows, nCols, rowHeaderW: Math.max(40, digits * 8 + 18), colX, rowY, mergesByRow };
}

/** The stored height, or one fitted to the wrapped text (capped; the formula bar shows the rest). */
function rowHeight(sheet: PreviewSheet, row: number, colX: Float64Array, mergesByRow: Map<number, CellRange[]>): number {
  const stored = sheet.rowHeights[row - 1];
  if (stored !== undefined) return Math.max(stored, 4);
  const snap = sheet.snapshot;
  const values = snap.values[row - snap.top];
  let lines = 1;
  if (values) {
    const merges = mergesByRow.get(row);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'string' || v === '') continue;
      const col = i + snap.left;
      if (!sheet.looks[row - 1]?.[col - 1]?.wrap) continue;
      let right = col;
      if (merges) {
        const m = merges.find((x) => col >= x.left && col <= x.right);
        if (m && (m.top !== row || m.left !== col || m.bottom !== row)) continue; // multi-row merges keep their rows
        if (m) right = m.right;
      }
      const width = (colX[Math.min(right, colX.length - 1)] ?? 0) - (colX[col - 1] ?? 0);
      const perLine = Math.max(1, Math.floor((width - 8) / CHAR_W));
      let n = 0;
      for (const part of v.split('\n')) n += Math.max(1, Math.ceil(part.length / perLine));
      lines = Math.max(lines, Math.min(n, MAX_AUTO_LINES));
    }
  }
  return Math.max(MIN_ROW_H, Math.round((DEFAULT_ROW_HEIGHT * 4) / 3 - 5), lines * LINE_H + 6);
}

/** The smallest index i in 1..n with edges[i] > y (edges ascending, edges[0] = 0). */
function indexAt(edges: Float64Array, y: number): number {
  let lo = 1;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

interface Editing {
  row: number;
  col: number;
  initial: string;
}

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
    const m = mergeAt(layout, sel.row, sel.col);
    const bottomRow = Math.min(m?.bottom ?? sel.row, layout.nRows);
    const rightCol = Math.min(m?.right ?? sel.col, layout.nCols);
    const top = layout.rowY[sel.row - 1] ?? 0;
    const bottom = layout.rowY[bottomRow] ?? top;
    const left = layout.colX[sel.col - 1] ?? 0;
    const right = layout.colX[rightCol] ?? left;
    const visH = el.clientHeight - HEADER_H;
    const visW = el.clientWidth - layout.rowHeaderW;
    // A cell the pane asks for is shown with some rows above it, as context; keyboard moves scroll minimally.
    const fromPane = seenSeq.current !== host.selectionSeq;
    seenSeq.current = host.selectionSeq;
    if (top < el.scrollTop || bottom > el.scrollTop + visH) {
      if (fromPane) el.scrollTop = Math.max(0, Math.min(top - visH / 3, top));
      else if (top < el.scrollTop) el.scrollTop = top;
      else el.scrollTop = Math.min(top, bottom - visH);
    }
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (right > el.scrollLeft + visW) el.scrollLeft = Math.min(left, right - visW);
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
      const m = mergeAt(layout, sel.row, sel.col);
      let row = sel.row;
      let col = sel.col;
      if (dRow > 0) row = (m?.bottom ?? row) + dRow;
      else if (dRow < 0) row = (m?.top ?? row) + dRow;
      if (dCol > 0) col = (m?.right ?? col) + dCol;
      else if (dCol < 0) col = (m?.left ?? col) + dCol;
      row = Math.max(1, Math.min(row, 1_048_576));
      col = Math.max(1, Math.min(col, 16_384));
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

  // Arrows, Page Up/Down, Home, Ctrl+Home move; Enter/F2 or typing edits; Delete clears. Tab is left to
  // the browser (moving on to the pane), so the grid is no keyboard trap.
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (editing || e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((view.height - HEADER_H) / MIN_ROW_H) - 1);
    const k = e.key;
    let handled = true;
    if (k === 'ArrowDown') move(1, 0);
    else if (k === 'ArrowUp') move(-1, 0);
    else if (k === 'ArrowRight') move(0, 1);
    else if (k === 'ArrowLeft') move(0, -1);
    else if (k === 'PageDown') move(page, 0);
    else if (k === 'PageUp') move(-page, 0);
    else if (k === 'Home' && (e.ctrlKey || e.metaKey)) host.select(1, 1);
    else if (k === 'Home') host.select(sel.row, 1);
    else if (k === 'Enter' || k === 'F2') startEdit(sel.row, sel.col);
    else if (k === 'Delete' || k === 'Backspace') host.userEdit(sel.row, sel.col, '');
    else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) startEdit(sel.row, sel.col, k);
    else handled = false;
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
  const bodyTop = view.top;
  const bodyBottom = view.top + Math.max(0, view.height - HEADER_H);
  const r0 = Math.max(1, indexAt(rowY, bodyTop) - OVERSCAN_ROWS);
  const r1 = Math.min(nRows, indexAt(rowY, bodyBottom) + OVERSCAN_ROWS);
  const c0 = Math.max(1, indexAt(colX, view.left) - OVERSCAN_COLS);
  const c1 = Math.min(nCols, indexAt(colX, view.left + Math.max(0, view.width - rowHeaderW)) + OVERSCAN_COLS);

  const selMerge = mergeAt(layout, sel.row, sel.col);
  const rowSet = new Set<number>();
  for (let r = r0; r <= r1; r++) rowSet.add(r);
  for (let r = r0; r <= r1; r++) {
    for (const m of layout.mergesByRow.get(r) ?? []) if (m.right >= c0 && m.left <= c1) rowSet.add(m.top);
  }
  if (sel.row <= nRows) rowSet.add(sel.row);
  if (editing && editing.row <= nRows) rowSet.add(editing.row);
  const rows = [...rowSet].sort((a, b) => a - b);

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
  const tabIds = (name: string) => `${idPrefix}-tab-${tabs.findIndex((t) => t.snapshot.name === name)}`;

  const onTabKeyDown = (e: ReactKeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0 || next >= tabs.length || next === i) return;
    e.preventDefault();
    host.activateSheet(tabs[next]!.snapshot.name);
    requestAnimationFrame(() => document.getElementById(tabIds(tabs[next]!.snapshot.name))?.focus());
  };

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
        <div role="tabpanel" className="cg-panel" aria-labelledby={tabIds(sheetName)}>
          {gridEl}
        </div>
      ) : (
        <div className="cg-panel">{gridEl}</div>
      )}
      {tabs.length > 1 ? (
        <div role="tablist" aria-label={strings.sheetTabs} className="cg-tabs">
          {tabs.map((t, i) => {
            const active = t.snapshot.name === sheetName;
            return (
              <button
                key={t.snapshot.name}
                id={tabIds(t.snapshot.name)}
                type="button"
                role="tab"
                aria-selected={active}
                tabIndex={active ? 0 : -1}
                className={active ? 'cg-tab cg-tab-active' : 'cg-tab'}
                onClick={() => host.activateSheet(t.snapshot.name)}
                onKeyDown={(e) => onTabKeyDown(e, i)}
              >
                {t.snapshot.name}
                {t.created ? <span className="cg-tab-new"> ({strings.newSheet})</span> : null}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

interface GridRowProps {
  host: PreviewHost;
  sheet: PreviewSheet;
  layout: Layout;
  row: number;
  c0: number;
  c1: number;
  /** The selected cell's column when it is in this row, else 0. */
  selCol: number;
  /** Whether the row number shows as part of the selection. */
  inSel: boolean;
  /** Only for the row being edited. */
  editing: Editing | null;
  onFinishEdit: ((commit: boolean, text: string, then?: [number, number]) => void) | null;
  registerFlush: (flush: (() => void) | null) => void;
  idPrefix: string;
  /** Not read: they make the memo re-render the row when contents or marks change. */
  dataVersion: number;
  decoVersion: number;
}

/**
 * One row of the grid. Memoised: scrolling re-renders only the rows that come into view, and moving
 * the selection only the rows it leaves and enters.
 */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { host, sheet, layout, row, c0, c1, selCol, editing, idPrefix } = props;
  const { colX, rowY, nRows, nCols, rowHeaderW } = layout;
  const snap = sheet.snapshot;
  const sheetName = snap.name;
  const strings = host.strings;
  const height = rowY[row]! - rowY[row - 1]!;
  if (height <= 0) return null;
  const totalW = rowHeaderW + colX[nCols]!;

  const renderCell = (col: number, span: CellRange | undefined) => {
    const right = span ? Math.min(span.right, nCols) : col;
    const bottom = span ? Math.min(span.bottom, nRows) : row;
    const width = colX[right]! - colX[col - 1]!;
    const h = span ? rowY[bottom]! - rowY[row - 1]! : height;
    if (width <= 0 || h <= 0) return null;
    const addr = a1(row, col);
    const r = row - snap.top;
    const c = col - snap.left;
    const value = snap.values[r]?.[c];
    const text = displayText(value, snap.numFmt?.[r]?.[c], host.locale);
    const look = sheet.looks[row - 1]?.[col - 1];
    const mark = host.markAt(sheetName, row, col);
    const dropdown = host.dropdownAt(sheetName, row, col);
    const selected = col === selCol;
    const isEditing = editing !== null && editing.col === col;
    const italic = snap.italic?.[r]?.[c] ?? false;
    let cls = 'cg-cell';
    if (typeof value === 'number' && !look?.align) cls += ' cg-num';
    if (look?.align === 'center') cls += ' cg-center';
    else if (look?.align === 'right') cls += ' cg-num';
    // Excel's default vertical alignment is bottom.
    if (look?.valign === 'middle') cls += ' cg-vmiddle';
    else if (look?.valign === 'top') cls += ' cg-vtop';
    if (look?.wrap) cls += ' cg-wrap';
    if (look?.bold) cls += ' cg-bold';
    if (italic) cls += ' cg-italic';
    if (span) cls += ' cg-merged';
    if (mark) cls += ` cg-mark cg-mark-${mark}`;
    if (dropdown) cls += ' cg-has-dd';
    if (host.isEdited(sheetName, row, col)) cls += ' cg-changed';
    if (selected) cls += ' cg-selected';
    if (isEditing) cls += ' cg-editing';
    const style: CSSProperties = { left: rowHeaderW + colX[col - 1]!, width, height: h };
    const titleParts: string[] = [];
    if (mark) titleParts.push(strings.markTitle[mark]);
    if (dropdown) titleParts.push(strings.dropdownTitle[dropdown]);
    return (
      <div
        key={addr}
        id={`${idPrefix}-${addr}`}
        role="gridcell"
        data-cell={addr}
        aria-colindex={col + 1}
        aria-selected={selected}
        aria-colspan={span && right > col ? right - col + 1 : undefined}
        aria-rowspan={span && bottom > row ? bottom - row + 1 : undefined}
        className={cls}
        style={style}
        title={titleParts.length ? titleParts.join(' · ') : undefined}
      >
        <span className="cg-text">{text}</span>
        {dropdown ? (
          <span className="cg-dd" aria-hidden="true">
            ▾
          </span>
        ) : null}
        {isEditing && props.onFinishEdit ? (
          <CellEditor
            key={`${addr}:${editing.initial}`}
            label={strings.editCell(addr)}
            initial={editing.initial}
            width={Math.max(width, 220)}
            height={Math.max(h, 3 * LINE_H + 10)}
            options={dropdown === 'units' ? host.unitNames() : dropdown === 'products' ? DOCUMENT_TYPES : null}
            listId={`${idPrefix}-list`}
            onFinish={props.onFinishEdit}
            registerFlush={props.registerFlush}
          />
        ) : null}
      </div>
    );
  };

  const cells = [];
  const merges = layout.mergesByRow.get(row);
  // Merges that start in this row left of the columns in view but reach into them.
  if (merges) {
    for (const m of merges) if (m.top === row && m.left < c0 && m.right >= c0) cells.push(renderCell(m.left, m));
  }
  for (let col = c0; col <= c1; col++) {
    const m = merges ? mergeAt(layout, row, col) : undefined;
    if (m && (m.top !== row || m.left !== col)) continue;
    cells.push(renderCell(col, m));
  }
  // The selected cell stays in the DOM (aria-activedescendant points at it) even when scrolled sideways.
  if (selCol > 0 && (selCol < c0 || selCol > c1) && !(merges && mergeAt(layout, row, selCol))) cells.push(renderCell(selCol, undefined));
  return (
    <div role="row" aria-rowindex={row + 1} className="cg-row" style={{ top: rowY[row - 1]!, height, width: totalW }}>
      <div role="rowheader" aria-colindex={1} className={props.inSel ? 'cg-rowhead cg-head-sel' : 'cg-rowhead'} style={{ width: rowHeaderW }}>
        {row}
      </div>
      {cells}
    </div>
  );
});

/** The in-place editor: Enter commits (and moves down), Tab commits (and moves right), Esc cancels, Alt+Enter breaks the line. */
function CellEditor(props: {
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
