/**
 * One row of the preview grid and its cells: the text as Excel would display it, the cell's look
 * (alignment, wrapping, bold, italic, underline, font size, borders, merges), the pane's marks, dropdown hints, edited cells, the
 * selection and the editor. Its own module because this is what a scroll re-renders: rows are memoised
 * and only get the props that change what they show.
 */
import { type CSSProperties, memo } from 'react';
import { a1 } from '../core/address';
import { DOCUMENT_TYPES } from '../core/parse/products';
import type { CellRange } from '../core/snapshot';
import { CellEditor, type Editing } from './CellEditor';
import { displayText } from './format';
import { LINE_H, mergeAt, type Layout } from './gridLayout';
import type { PreviewHost, PreviewSheet } from './previewHost';

export interface GridRowProps {
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
export const GridRow = memo(function GridRow(props: GridRowProps) {
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
    const value = host.valueAt(sheetName, row, col);
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
    if (look?.underline) cls += ' cg-underline';
    if (look?.border) cls += ' cg-border';
    if (span) cls += ' cg-merged';
    if (mark) cls += ` cg-mark cg-mark-${mark}`;
    if (dropdown) cls += ' cg-has-dd';
    if (host.isEdited(sheetName, row, col)) cls += ' cg-changed';
    if (selected) cls += ' cg-selected';
    if (isEditing) cls += ' cg-editing';
    const style: CSSProperties = { left: rowHeaderW + colX[col - 1]!, width, height: h };
    // The grid's 13 px is Excel's 11 pt: other sizes in proportion.
    if (look?.sizePt) style.fontSize = `${Math.round((13 * look.sizePt) / 11)}px`;
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
