/**
 * Range and RangeAreas: values, formulas, number formats, merges, special cells; their format (./format.ts),
 * conditional formats and data validation (./rules.ts) hang off them.
 */
import type { CellRange } from '../../src/core/snapshot';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/core/address';
import { OfficeError } from './errors';
import { officeValue, readGrid, sheetAddress, valueType, writeFormat, writeNumberFormats, writeValues } from './grid';
import { blankCell, cellAt, cellsOf, contains, type SheetModel } from './model';
import { RangeFormat } from './format';
import { ClientObject, UNKNOWN, queueResult, type ClientResult, type ContextLike, type ScalarResult } from './proxy';
import { ConditionalFormatCollection, DataValidation } from './rules';
import { cellText } from './text';

export interface RangeEntity {
  sheet: SheetModel;
  rect: CellRange;
}

export interface AreasEntity {
  sheet: SheetModel;
  rects: CellRange[];
}

/** getMergedAreas fails above this many areas (documented on Range.getMergedAreasOrNullObject). */
export const MAX_MERGED_AREAS = 512;

function checkedRect(top: number, left: number, bottom: number, right: number): CellRange {
  if (!(top >= 1 && left >= 1 && bottom >= top && right >= left && bottom <= MAX_ROWS && right <= MAX_COLUMNS)) {
    throw new OfficeError('InvalidArgument', `The range R${top}C${left}:R${bottom}C${right} is outside the grid or empty.`);
  }
  return { top, left, bottom, right };
}

export class Range extends ClientObject<RangeEntity> {
  private formatProxy?: RangeFormat;
  private cfProxy?: ConditionalFormatCollection;
  private validationProxy?: DataValidation;

  constructor(context: ContextLike, path: string, resolver: () => RangeEntity | null, orNull = false) {
    super(context, path, resolver, orNull);
  }

  get address(): string {
    return this.$get('address');
  }
  get rowIndex(): number {
    return this.$get('rowIndex');
  }
  get columnIndex(): number {
    return this.$get('columnIndex');
  }
  get rowCount(): number {
    return this.$get('rowCount');
  }
  get columnCount(): number {
    return this.$get('columnCount');
  }
  get valueTypes(): string[][] {
    return this.$get('valueTypes');
  }
  get text(): string[][] {
    return this.$get('text');
  }
  get values(): unknown[][] {
    return this.$get('values');
  }
  set values(v: unknown[][]) {
    this.$set('values', v, (e, stage) => {
      writeValues(e.sheet, e.rect, v);
      stage.changes.push({ sheet: e.sheet, range: e.rect });
    });
  }
  get numberFormat(): unknown[][] {
    return this.$get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.$set('numberFormat', v, (e) => writeNumberFormats(e.sheet, e.rect, v));
  }
  get formulas(): unknown[][] {
    return this.$get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.$set('formulas', v, (e, stage) => {
      writeValues(e.sheet, e.rect, v);
      stage.changes.push({ sheet: e.sheet, range: e.rect });
    });
  }

  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this.context, `${this.$path}.format`, () => this.$require()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfProxy ??= new ConditionalFormatCollection(this.context, `${this.$path}.conditionalFormats`, () => {
      const e = this.$require();
      return { sheet: e.sheet, rects: [e.rect] };
    }));
  }
  get dataValidation(): DataValidation {
    return (this.validationProxy ??= new DataValidation(this.context, `${this.$path}.dataValidation`, () => {
      const e = this.$require();
      return { sheet: e.sheet, rects: [e.rect] };
    }));
  }

  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'format') return this.format as ClientObject<unknown>;
    if (name === 'conditionalFormats') return this.conditionalFormats as ClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as ClientObject<unknown>;
    return undefined;
  }

  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    switch (name) {
      case 'address':
        return sheetAddress(sheet, rect);
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return cellsOf(rect);
      case 'values':
        return readGrid(sheet, rect, (c) => officeValue(c.value));
      case 'valueTypes':
        return readGrid(sheet, rect, (c) => valueType(c.value));
      case 'numberFormat':
        return readGrid(sheet, rect, (c) => c.numFmt);
      case 'formulas':
        return readGrid(sheet, rect, (c) => c.formula ?? officeValue(c.value));
      case 'text': {
        const culture = this.context.model.displayCulture();
        return readGrid(sheet, rect, (c) => cellText(c.value, c.numFmt, culture));
      }
      default:
        return UNKNOWN;
    }
  }

  private derived(name: string, args: unknown[], make: (e: RangeEntity) => CellRange): Range {
    return new Range(this.context, `${this.$path}.${name}(${args.join(',')})`, () => {
      const e = this.$require();
      return { sheet: e.sheet, rect: make(e) };
    });
  }

  getRow(i: number): Range {
    return this.derived('getRow', [i], ({ rect }) => checkedRect(rect.top + i, rect.left, rect.top + i, rect.right));
  }
  getColumn(i: number): Range {
    return this.derived('getColumn', [i], ({ rect }) => checkedRect(rect.top, rect.left + i, rect.bottom, rect.left + i));
  }
  getCell(row: number, column: number): Range {
    return this.derived('getCell', [row, column], ({ rect }) => checkedRect(rect.top + row, rect.left + column, rect.top + row, rect.left + column));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], ({ rect }) =>
      checkedRect(rect.top, rect.left, rect.bottom + deltaRows, rect.right + deltaColumns),
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], ({ rect }) =>
      checkedRect(rect.top + rowOffset, rect.left + columnOffset, rect.bottom + rowOffset, rect.right + columnOffset),
    );
  }

  /** Cells with formulas or constants (optionally only errors), as row runs; null object when none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return new RangeAreas(
      this.context,
      `${this.$path}.getSpecialCellsOrNullObject(${cellType},${cellValueType ?? ''})`,
      () => {
        const { sheet, rect } = this.$require();
        const rects = specialCells(sheet, rect, cellType, cellValueType);
        return rects.length === 0 ? null : { sheet, rects };
      },
      true,
    );
  }

  /** Merged areas whose top-left cell is in the range (office-js issue #3611); fails above 512. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      `${this.$path}.getMergedAreasOrNullObject()`,
      () => {
        const { sheet, rect } = this.$require();
        const rects = sheet.merges.filter((m) => contains(rect, m.top, m.left));
        if (rects.length > MAX_MERGED_AREAS) throw new OfficeError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
        return rects.length === 0 ? null : { sheet, rects };
      },
      true,
    );
  }

  /** Range.clear(applyTo) (ExcelApi 1.1): "All" (the default) empties the cells and resets their formats. */
  clear(applyTo: string = 'All'): void {
    this.$call('clear', [applyTo], ({ sheet, rect }) => {
      if (applyTo !== 'All' && applyTo !== 'Contents' && applyTo !== 'Formats') throw new OfficeError('NotImplemented', `clear(${applyTo}) is not modelled.`);
      writeFormat(sheet, rect, (c) => {
        const blank = blankCell();
        if (applyTo !== 'Formats') Object.assign(c, { value: blank.value, formula: blank.formula, quotePrefix: false });
        if (applyTo !== 'Contents') {
          Object.assign(c, { numFmt: blank.numFmt, italic: false, bold: false, fontName: blank.fontName });
          for (const key of ['fill', 'horizontal', 'wrap', 'vertical', 'fontSize', 'underline', 'borders'] as const) delete c[key];
        }
      });
    });
  }

  merge(across = false): void {
    this.$call('merge', [across], ({ sheet, rect }) => {
      if (across) for (let r = rect.top; r <= rect.bottom; r++) sheet.merges.push({ ...rect, top: r, bottom: r });
      else sheet.merges.push({ ...rect });
    });
  }

  /** Range.getCellProperties (ExcelApi 1.9): per cell, only the properties asked for. No fill reads as white. */
  getCellProperties(options: {
    format?: { font?: { italic?: boolean; bold?: boolean; name?: boolean }; fill?: { color?: boolean }; protection?: boolean };
  }): ClientResult<unknown[][]> {
    return queueResult(this.context, this.$path, 'getCellProperties', [options], () => {
      const { sheet, rect } = this.$require();
      const asked = options.format;
      return readGrid(sheet, rect, (c) => {
        if (!asked) return {};
        const format: Record<string, unknown> = {};
        if (asked.font) {
          const f: Record<string, unknown> = {};
          if (asked.font.italic) f.italic = c.italic;
          if (asked.font.bold) f.bold = c.bold;
          if (asked.font.name) f.name = c.fontName;
          format.font = f;
        }
        if (asked.fill?.color) format.fill = { color: c.fill ?? '#FFFFFF' };
        if (asked.protection) format.protection = { locked: c.locked !== false, formulaHidden: false };
        return { format };
      });
    });
  }

  getRowProperties(options: { rowHidden?: boolean; rowIndex?: boolean }): ClientResult<{ rowHidden?: boolean; rowIndex?: number }[]> {
    return queueResult(this.context, this.$path, 'getRowProperties', [options], () => {
      const { sheet, rect } = this.$require();
      const out: { rowHidden?: boolean; rowIndex?: number }[] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const p: { rowHidden?: boolean; rowIndex?: number } = {};
        if (options.rowIndex) p.rowIndex = row - 1;
        if (options.rowHidden) p.rowHidden = sheet.hiddenRows.has(row);
        out.push(p);
      }
      return out;
    });
  }

  select(): void {
    this.$call('select', [], ({ sheet, rect }, stage) => {
      if (stage.model.activeId !== sheet.id) throw new OfficeError('InvalidSelection', 'The current selection is invalid for this operation: the sheet is not active.');
      sheet.selection = rect;
    });
  }
}

function specialCells(sheet: SheetModel, rect: CellRange, cellType: string, cellValueType: string | undefined): CellRange[] {
  const wanted = (row: number, col: number): boolean => {
    const c = cellAt(sheet, row, col);
    const isFormula = c.formula !== null;
    if (cellType === 'Formulas' ? !isFormula : cellType === 'Constants' ? isFormula || c.value === null : true) return false;
    if (cellType !== 'Formulas' && cellType !== 'Constants') throw new OfficeError('NotImplemented', `getSpecialCells(${cellType}) is not in the double.`);
    if (!cellValueType || cellValueType === 'All') return true;
    if (cellValueType === 'Errors') return c.value !== null && typeof c.value === 'object';
    throw new OfficeError('NotImplemented', `cellValueType ${cellValueType} is not in the double.`);
  };
  const out: CellRange[] = [];
  const lastRow = Math.min(rect.bottom, sheet.rows.length);
  for (let row = rect.top; row <= lastRow; row++) {
    let start = 0;
    for (let col = rect.left; col <= rect.right + 1; col++) {
      const hit = col <= rect.right && wanted(row, col);
      if (hit && !start) start = col;
      if (!hit && start) {
        out.push({ top: row, left: start, bottom: row, right: col - 1 });
        start = 0;
      }
    }
  }
  return out;
}

export class RangeAreas extends ClientObject<AreasEntity> {
  private areasProxy?: RangeCollection;
  private cfProxy?: ConditionalFormatCollection;
  private validationProxy?: DataValidation;

  get address(): string {
    return this.$get('address');
  }
  get areaCount(): number {
    return this.$get('areaCount');
  }
  get areas(): RangeCollection {
    return (this.areasProxy ??= new RangeCollection(this.context, `${this.$path}.areas`, () => this.$require()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfProxy ??= new ConditionalFormatCollection(this.context, `${this.$path}.conditionalFormats`, () => this.$require()));
  }
  get dataValidation(): DataValidation {
    return (this.validationProxy ??= new DataValidation(this.context, `${this.$path}.dataValidation`, () => this.$require()));
  }

  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'areas') return this.areas as ClientObject<unknown>;
    if (name === 'conditionalFormats') return this.conditionalFormats as ClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as ClientObject<unknown>;
    return undefined;
  }

  protected override $scalar({ sheet, rects }: AreasEntity, name: string): ScalarResult {
    if (name === 'address') return rects.map((r) => sheetAddress(sheet, r)).join(',');
    if (name === 'areaCount') return rects.length;
    if (name === 'cellCount') return rects.reduce((n, r) => n + cellsOf(r), 0);
    return UNKNOWN;
  }
}

export class RangeCollection extends ClientObject<AreasEntity> {
  get items(): Range[] {
    return this.$get('items');
  }
  protected override $items({ sheet, rects }: AreasEntity): ClientObject<unknown>[] {
    return rects.map((rect, i) => new Range(this.context, `${this.$path}.items[${i}]`, () => ({ sheet, rect })) as ClientObject<unknown>);
  }
}
