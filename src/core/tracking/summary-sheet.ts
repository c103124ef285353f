/**
 * The "Tổng hợp tiến độ" sheet the layer adds: the as-of date, a row per unit and one for the whole plan
 * with live formulas over the layer's columns, and the status list the flags and the dropdown read.
 */
import { sheetReference } from '../address';
import type { CellRange } from '../snapshot';
import type { TableLayout } from '../table/detect';
import type { NewCell, PlanStep } from '../workbook/plan';
import { NAMES, summaryFormulas, type SummaryRanges } from './formulas';
import type { LayerPlace } from './layout';
import type { StatusList } from './status';

export const SUMMARY_SHEET = 'Tổng hợp tiến độ';
export const SUMMARY_HEADERS = ['STT', 'Đơn vị', 'Số nhiệm vụ', 'Hoàn thành', 'Đang thực hiện', 'Quá hạn', 'Sắp đến hạn'] as const;
export const WHOLE_PLAN = 'Toàn kế hoạch';
const GROUP_LABEL = { done: 'Hoàn thành', 'in-progress': 'Đang thực hiện', 'not-done': 'Chưa thực hiện' } as const;

/** Where things are on the summary sheet (tests and the pane read figures back from here). */
export const SUMMARY_LAYOUT = { headerRow: 5, firstUnitRow: 6, listCol: 9 } as const;
export const SUMMARY_HEADER_FILL = 'D9E1F2';
/** The sheet's column widths and merges (the title across the table, the as-of label over two columns). */
export const SUMMARY_FRAME = {
  columnWidths: [
    { col: 1, width: 6 },
    { col: 2, width: 40 },
    ...[3, 4, 5, 6, 7].map((col) => ({ col, width: 12 })),
    { col: 8, width: 4 },
    { col: SUMMARY_LAYOUT.listCol, width: 22 },
    { col: SUMMARY_LAYOUT.listCol + 1, width: 16 },
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 7 },
    { top: 2, left: 1, bottom: 2, right: 2 },
  ],
};

type AddSheet = Omit<Extract<PlanStep, { kind: 'addSheet' }>, 'kind' | 'sheet'>;

export function summarySheet(
  tableSheet: string,
  place: LayerPlace,
  layout: TableLayout,
  units: readonly string[],
  list: StatusList,
): { sheet: AddSheet; lists: { all: CellRange; done: CellRange; inProgress: CellRange } } {
  const data = (col: number) => sheetReference(tableSheet, { top: layout.firstRow, left: col, bottom: Math.max(layout.lastRow, layout.firstRow), right: col });
  const ranges: SummaryRanges = { units: data(place.unitsCol), flags: data(place.flagCol), status: data(place.statusCol) };
  const { headerRow, firstUnitRow, listCol } = SUMMARY_LAYOUT;
  const cells: NewCell[] = [
    { row: 1, col: 1, value: 'TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH', bold: true, horizontal: 'center' },
    { row: 2, col: 1, value: 'Ngày đánh giá', bold: true },
    { row: 2, col: 3, formula: `=${NAMES.asOf}`, numFmt: 'dd/mm/yyyy', horizontal: 'left' },
    { row: 3, col: 1, value: `Theo bảng trên trang “${tableSheet}”; nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị.`, italic: true },
  ];
  SUMMARY_HEADERS.forEach((h, i) => cells.push({ row: headerRow, col: i + 1, value: h, bold: true, horizontal: 'center', wrap: true, fill: SUMMARY_HEADER_FILL }));
  units.forEach((unit, i) => {
    const row = firstUnitRow + i;
    cells.push({ row, col: 1, value: i + 1, horizontal: 'center' }, { row, col: 2, value: unit, wrap: true });
    summaryFormulas(ranges, `$B${row}`).forEach((formula, k) => cells.push({ row, col: 3 + k, formula }));
  });
  const totalRow = firstUnitRow + units.length;
  cells.push({ row: totalRow, col: 2, value: WHOLE_PLAN, bold: true });
  summaryFormulas(ranges, null).forEach((formula, k) => cells.push({ row: totalRow, col: 3 + k, formula, bold: true }));

  // The status list: done words first, then in progress, then not done; each name covers one group.
  cells.push({ row: headerRow, col: listCol, value: 'Tình trạng', bold: true, fill: SUMMARY_HEADER_FILL }, { row: headerRow, col: listCol + 1, value: 'Nhóm', bold: true, fill: SUMMARY_HEADER_FILL });
  let row = firstUnitRow;
  const span = (words: readonly string[], group: keyof typeof GROUP_LABEL): CellRange => {
    const top = row;
    for (const w of words) {
      cells.push({ row, col: listCol, value: w }, { row, col: listCol + 1, value: GROUP_LABEL[group] });
      row++;
    }
    return { top, left: listCol, bottom: row - 1, right: listCol };
  };
  const done = span(list.done, 'done');
  const inProgress = span(list['in-progress'], 'in-progress');
  span(list['not-done'], 'not-done');
  const all = { top: done.top, left: listCol, bottom: row - 1, right: listCol };
  return {
    sheet: { cells, ...SUMMARY_FRAME },
    lists: { all, done, inProgress },
  };
}
