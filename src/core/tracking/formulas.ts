/**
 * The tracking layer's formulas, in Office.js's form (English names, "," separators). They must compute the
 * same in Excel 2016+, Excel on the web and LibreOffice (../../../shared/docs/formulas.md): no dynamic
 * arrays, LET, LAMBDA, XLOOKUP, IFS, TEXTJOIN; statuses matched whole against the list, never by substring.
 * Each mirrors a core function of ./due.ts or ./summary.ts, and the LibreOffice tests compare the two.
 */
import { isoToSerial } from '../dates';
import type { Recurrence } from '../parse/schedule';
import { FLAG, type TrackedDeadline } from './due';

/** Names the layer defines (workbook scope). */
export const NAMES = {
  asOf: 'NgayDanhGia',
  window: 'SoNgaySapDenHan',
  /** The layer's columns on the table's sheet, header row to last row: what "Gỡ cột theo dõi" clears. */
  layer: 'CCHC_TheoDoi',
  /** A1 of the summary sheet, so that the sheet is found even when the user renames it. */
  summary: 'CCHC_TongHop',
  /** The cells of the status dropdown the layer added (absent when the user's status column had one). */
  statusDropdown: 'CCHC_TheoDoi_TinhTrang',
  statusAll: 'TinhTrang_DanhSach',
  statusDone: 'TinhTrang_HoanThanh',
  statusInProgress: 'TinhTrang_DangThucHien',
} as const;

const N = NAMES.asOf;

/** Excel's text literal. */
export const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A recurring row's next due date on the as-of date: mirrors `dueOn` of ./due.ts. */
export function recurringDueFormula(recurrence: Recurrence, dueDay: number | null): string {
  switch (recurrence) {
    case 'yearly':
      return `=DATE(YEAR(${N}),12,31)`;
    case 'quarterly':
      return `=EOMONTH(DATE(YEAR(${N}),INT((MONTH(${N})-1)/3)*3+3,1),0)`;
    case 'monthly': {
      if (dueDay === null) return `=EOMONTH(${N},0)`;
      if (dueDay <= 28) return `=IF(DAY(${N})<=${dueDay},DATE(YEAR(${N}),MONTH(${N}),${dueDay}),DATE(YEAR(${N}),MONTH(${N})+1,${dueDay}))`;
      // A day past the 28th is capped at each month's last day.
      const capped = (months: number) => `MIN(${dueDay},DAY(EOMONTH(${N},${months})))`;
      return `=IF(DAY(${N})<=${capped(0)},DATE(YEAR(${N}),MONTH(${N}),${capped(0)}),DATE(YEAR(${N}),MONTH(${N})+1,${capped(1)}))`;
    }
  }
}

export const DATE_FORMAT = 'dd/mm/yyyy';

/** What "Hạn hoàn thành" holds for a deadline: its date, or a recurring row's next due date as a formula. */
export function deadlineCell(d: TrackedDeadline): { value: number | null; formula?: string; numFmt: string } {
  return d.kind === 'date' ? { value: isoToSerial(d.date), numFmt: DATE_FORMAT } : { value: null, formula: recurringDueFormula(d.recurrence, d.dueDay), numFmt: DATE_FORMAT };
}

/** "Cảnh báo" of one row: mirrors `flagOf` of ./due.ts. `status` is null when the row has no status cell. */
export function flagFormula(status: string | null, deadline: string): string {
  const late = `IF(NOT(ISNUMBER(${deadline})),"",IF(${deadline}<${N},${quote(FLAG.overdue)},IF(${deadline}-${N}<=${NAMES.window},${quote(FLAG.dueSoon)},"")))`;
  if (status === null) return `=${late}`;
  return `=IF(ISNUMBER(MATCH(TRIM(${status}),${NAMES.statusDone},0)),${quote(FLAG.done)},${late})`;
}

/** Rows of the units column that name a unit: "; A; B;" holds "; A;" (FIND: exact case, no wildcards). */
const ofUnit = (unitCell: string, units: string) => `ISNUMBER(FIND("; "&${unitCell}&";","; "&${units}&";"))`;

export interface SummaryRanges {
  /** Absolute references on the table's sheet ('Phụ lục'!$J$5:$J$40). */
  units: string;
  flags: string;
  status: string;
}

/** Tasks, done, in progress, late, due soon of the unit named in `unitCell` (null: the whole plan). */
export function summaryFormulas(r: SummaryRanges, unitCell: string | null): [string, string, string, string, string] {
  const rows = unitCell === null ? `(${r.units}<>"")` : ofUnit(unitCell, r.units);
  const inProgress = `ISNUMBER(MATCH(TRIM(${r.status}),${NAMES.statusInProgress},0))`;
  const flagged = (label: string) => `=SUMPRODUCT(${rows}*(${r.flags}=${quote(label)}))`;
  return [`=SUMPRODUCT(--${rows})`, flagged(FLAG.done), `=SUMPRODUCT(${rows}*${inProgress})`, flagged(FLAG.overdue), flagged(FLAG.dueSoon)];
}
