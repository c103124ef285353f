/**
 * The workbook behind the double: plain data that sync() reads and writes. Rows and columns are 1-based.
 */
import type { CellRange, RawValue } from '../../src/core/snapshot';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/core/address';

export interface Cell {
  value: RawValue;
  /** Formula text ("=…") when the cell holds one; `value` is then its (simulated) result. */
  formula: string | null;
  numFmt: string;
  italic: boolean;
  bold: boolean;
  /** The font's name (Excel's default body font unless set). */
  fontName: string;
  /** Entered with a leading apostrophe (Excel's quotePrefix style). */
  quotePrefix: boolean;
  fill?: string | null;
  /** False for a cell unlocked for editing on a protected sheet (Excel's cells are locked by default). */
  locked?: boolean;
  horizontal?: string;
  wrap?: boolean;
  /** RangeFormat.verticalAlignment ("Top", "Center", "Bottom"); absent: Excel's default, Bottom. */
  vertical?: string;
  /** Points; absent: the default font's 11. */
  fontSize?: number;
  /** RangeFont.underline ("Single" …); absent: None. */
  underline?: string;
  /** The line style of each side (RangeBorder.style: "Continuous" …); an absent side has none. */
  borders?: Partial<Record<BorderSide, string>>;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export const blankCell = (): Cell => ({ value: null, formula: null, numFmt: 'General', italic: false, bold: false, fontName: DEFAULT_FONT, quotePrefix: false });

export const DEFAULT_FONT = 'Calibri';
export const DEFAULT_FONT_SIZE = 11;
/** Excel's standard row height for Calibri 11, in points. */
export const STANDARD_ROW_HEIGHT = 15;

/** One header or footer (HeaderFooter, ExcelApi 1.9): the text of its three parts. */
export interface HeaderFooterModel {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Worksheet.pageLayout (ExcelApi 1.9): margins in points, as Office.js takes them. */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The rows repeated at the top of each page ("$5:$5"), set with setPrintTitleRows; null: none. */
  printTitleRows: string | null;
  headersFooters: { state: string; defaultForAllPages: HeaderFooterModel; firstPage: HeaderFooterModel; oddPages: HeaderFooterModel; evenPages: HeaderFooterModel };
}

const blankHeaderFooter = (): HeaderFooterModel => ({ leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' });

/** A new sheet's page layout in Excel (en-US): Letter, portrait, the "Normal" margins, 100 %. */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printTitleRows: null,
    headersFooters: { state: 'Default', defaultForAllPages: blankHeaderFooter(), firstPage: blankHeaderFooter(), oddPages: blankHeaderFooter(), evenPages: blankHeaderFooter() },
  };
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  ranges: CellRange[];
  formula: string | null;
  fill: string | null;
  /** Font colour ("#9C0006") and bold of the format, when set. */
  fontColor?: string | null;
  bold?: boolean | null;
}

export interface ValidationModel {
  type: string;
  rule: unknown;
  errorAlert: unknown;
}

export interface TableModel {
  id: string;
  name: string;
  range: CellRange;
  showHeaders: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  protected: boolean;
  rows: (Cell | undefined)[][];
  merges: CellRange[];
  tables: TableModel[];
  hiddenRows: Set<number>;
  /** In priority order (index 0 first). */
  conditionalFormats: ConditionalFormatModel[];
  /** Validation per cell (key row * MAX_COLUMNS + col); cells of one rule share the object. */
  validation: Map<number, ValidationModel>;
  selection: CellRange | null;
  /** Column widths set through format.columnWidth, in points. */
  columnWidths: Map<number, number>;
  /** Row heights set through format.rowHeight, in points (others: the standard height). */
  rowHeights: Map<number, number>;
  pageLayout: PageLayoutModel;
  /** Charts (./charts.ts). */
  charts?: import('./charts').ChartModel[];
}

export interface NameModel {
  name: string;
  /** The sheet it refers to; null when it refers to #REF! (defined so, or the sheet was deleted). */
  sheetId: string | null;
  range: CellRange;
  comment: string;
  /** The sheet the name is local to (Worksheet.names); null for a workbook name (Workbook.names). */
  scopeId: string | null;
}

/** The Windows cultures the double knows: what Range.text and cultureInfo follow. */
export type CultureName = 'vi-VN' | 'en-US';

export interface CultureModel {
  name: CultureName;
  decimal: string;
  group: string;
  /** cultureInfo.datetimeFormat.shortDatePattern: what the built-in date format (id 14, "m/d/yyyy") shows. */
  shortDatePattern: string;
  dateSeparator: string;
}

export const CULTURES: Record<CultureName, CultureModel> = {
  'vi-VN': { name: 'vi-VN', decimal: ',', group: '.', shortDatePattern: 'dd/MM/yyyy', dateSeparator: '/' },
  'en-US': { name: 'en-US', decimal: '.', group: ',', shortDatePattern: 'M/d/yyyy', dateSeparator: '/' },
};

export const WHOLE_SHEET: CellRange = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;

export function cellsOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

let ids = 0;
export const newId = (prefix: string): string => `{${prefix}-${(++ids).toString(16).padStart(8, '0')}}`;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  /** Review › Protect Workbook (structure): sheets cannot be added, removed or renamed. */
  structureProtected = false;
  activeId: string | null = null;
  /** Workbook and sheet-scoped names, in the order they were defined. */
  names: NameModel[] = [];
  /** The system's culture (cultureInfo.name, its short date pattern). */
  cultureName: CultureName = 'vi-VN';
  /** cultureInfo.numberFormat.numberDecimalSeparator (the system's). */
  cultureDecimalSeparator = ',';
  /** Application.decimalSeparator / useSystemSeparators (Excel's own override). */
  useSystemSeparators = true;
  appDecimalSeparator = ',';
  /** A chart sheet is active: getActiveWorksheet() fails. */
  chartSheetActive = false;
  /** What Worksheet.getRanges takes between areas (see DoubleOptions.listSeparator). */
  listSeparator: ',' | ';' = ',';
  /** A chart or shape is selected: getSelectedRange() fails (InvalidSelection). */
  selectionIsNotARange = false;

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** By name or id, as WorksheetCollection.getItem takes either. */
  sheet(key: string): SheetModel | undefined {
    return this.sheetById(key) ?? this.sheetByName(key);
  }

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: newId('sheet'),
      name,
      protected: false,
      rows: [],
      merges: [],
      tables: [],
      hiddenRows: new Set(),
      conditionalFormats: [],
      validation: new Map(),
      selection: null,
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    this.activeId ??= sheet.id;
    return sheet;
  }

  /** A name in one scope (null: the workbook's), compared case-insensitively as Excel does. */
  nameByName(name: string, scopeId: string | null = null): NameModel | undefined {
    const key = name.toLocaleLowerCase();
    return this.names.find((n) => n.scopeId === scopeId && n.name.toLocaleLowerCase() === key);
  }

  /** The culture as Range.text shows numbers and dates: Excel's own separators when it overrides the system's. */
  displayCulture(): CultureModel {
    const culture = CULTURES[this.cultureName];
    const decimal = this.useSystemSeparators ? this.cultureDecimalSeparator : this.appDecimalSeparator;
    return { ...culture, decimal, group: decimal === ',' ? '.' : ',' };
  }
}

/** The cell as it is (a blank one, not stored, when never written). */
export function cellAt(sheet: SheetModel, row: number, col: number): Cell {
  return sheet.rows[row - 1]?.[col - 1] ?? BLANK;
}
const BLANK: Readonly<Cell> = Object.freeze(blankCell());

/** The cell to write into, created when needed. */
export function cellForWrite(sheet: SheetModel, row: number, col: number): Cell {
  const cells = (sheet.rows[row - 1] ??= []);
  return (cells[col - 1] ??= blankCell());
}

function isUsed(cell: Cell, valuesOnly: boolean): boolean {
  if (cell.value !== null || cell.formula !== null) return true;
  return !valuesOnly && (cell.numFmt !== 'General' || cell.italic || cell.bold || cell.fontName !== DEFAULT_FONT);
}

/** Worksheet.getUsedRange(valuesOnly): the bounding box of used cells (and merges unless valuesOnly). */
export function usedRange(sheet: SheetModel, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell || !isUsed(cell, valuesOnly)) return;
      top = Math.min(top, r + 1);
      bottom = Math.max(bottom, r + 1);
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    });
  });
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}
