/**
 * Range, RangeAreas and what hangs off them (format/font, conditional formats, data validation).
 */
import type { CellRange } from '../../src/core/snapshot';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/core/address';
import { OfficeError } from './errors';
import {
  assertWritable,
  commonValue,
  officeValue,
  readGrid,
  sheetAddress,
  valueType,
  writeFormat,
  writeNumberFormats,
  writeValues,
} from './grid';
import { DEFAULT_FONT, blankCell, cellAt, cellKey, cellsOf, contains, intersects, newId, type ConditionalFormatModel, type SheetModel, type ValidationModel } from './model';
import { ClientObject, UNKNOWN, queueResult, type ClientResult, type ContextLike, type ScalarResult } from './proxy';
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
          delete c.fill;
          delete c.horizontal;
          delete c.wrap;
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

export class RangeFormat extends ClientObject<RangeEntity> {
  private fontProxy?: RangeFont;
  private fillProxy?: RangeFill;
  private protectionProxy?: FormatProtection;
  /** Cell locking (ExcelApi 1.2): what a protected sheet still lets be written. */
  get protection(): FormatProtection {
    return (this.protectionProxy ??= new FormatProtection(this.context, `${this.$path}.protection`, () => this.$require()));
  }
  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.context, `${this.$path}.font`, () => this.$require()));
  }
  get fill(): RangeFill {
    return (this.fillProxy ??= new RangeFill(this.context, `${this.$path}.fill`, () => this.$require()));
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection as ClientObject<unknown>;
    return name === 'font' ? (this.font as ClientObject<unknown>) : name === 'fill' ? (this.fill as ClientObject<unknown>) : undefined;
  }
  /** Points, per column of the range. */
  set columnWidth(v: number) {
    this.$set('columnWidth', v, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
    });
  }
  set horizontalAlignment(v: string) {
    this.$set('horizontalAlignment', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.horizontal = v)));
  }
  set wrapText(v: boolean) {
    this.$set('wrapText', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.wrap = v)));
  }
  /** RangeFormat.useStandardWidth (ExcelApi 1.1): true puts the columns back to the sheet's standard width. */
  set useStandardWidth(v: boolean) {
    this.$set('useStandardWidth', v, ({ sheet, rect }) => {
      if (v) for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.delete(c);
    });
  }
  get useStandardWidth(): boolean {
    return this.$get('useStandardWidth');
  }
  autofitColumns(): void {
    this.$call('autofitColumns', [], () => undefined);
  }
}

export class FormatProtection extends ClientObject<RangeEntity> {
  get locked(): boolean | null {
    return this.$get('locked');
  }
  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    if (name === 'locked') return commonValue(sheet, rect, (c) => c.locked !== false);
    return UNKNOWN;
  }
}

export class RangeFill extends ClientObject<RangeEntity> {
  set color(v: string) {
    this.$set('color', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.fill = v)));
  }
  clear(): void {
    this.$call('clear', [], ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.fill = null)));
  }
  get color(): string {
    return this.$get('color');
  }
  /** Excel reports a cell without fill as white. */
  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    if (name === 'color') return commonValue(sheet, rect, (c) => c.fill ?? '#FFFFFF');
    return UNKNOWN;
  }
}

export class RangeFont extends ClientObject<RangeEntity> {
  get italic(): boolean | null {
    return this.$get('italic');
  }
  set italic(v: boolean | null) {
    this.$set('italic', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.italic = v === true)));
  }
  get bold(): boolean | null {
    return this.$get('bold');
  }
  set bold(v: boolean | null) {
    this.$set('bold', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.bold = v === true)));
  }
  get name(): string | null {
    return this.$get('name');
  }
  set name(v: string | null) {
    this.$set('name', v, ({ sheet, rect }) => writeFormat(sheet, rect, (c) => (c.fontName = v ?? DEFAULT_FONT)));
  }
  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    if (name === 'italic') return commonValue(sheet, rect, (c) => c.italic);
    if (name === 'name') return commonValue(sheet, rect, (c) => c.fontName);
    if (name === 'bold') return commonValue(sheet, rect, (c) => c.bold);
    return UNKNOWN;
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats
// ---------------------------------------------------------------------------------------------

interface CfEntity {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class ConditionalFormatCollection extends ClientObject<AreasEntity> {
  get items(): ConditionalFormat[] {
    return this.$get('items');
  }

  private current({ sheet, rects }: AreasEntity): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => rects.some((q) => intersects(r, q))));
  }

  protected override $items(entity: AreasEntity): ClientObject<unknown>[] {
    return this.current(entity).map(
      (cf, i) => new ConditionalFormat(this.context, `${this.$path}.items[${i}]`, () => ({ sheet: entity.sheet, cf })) as ClientObject<unknown>,
    );
  }

  /** A new conditional format over the range, at the top of the priority list. */
  add(type: string): ConditionalFormat {
    let created: CfEntity | null = null;
    this.$call('add', [type], ({ sheet, rects }) => {
      assertWritable(sheet);
      const cf: ConditionalFormatModel = { id: newId('cf'), type, ranges: rects.map((r) => ({ ...r })), formula: null, fill: null };
      sheet.conditionalFormats.unshift(cf);
      created = { sheet, cf };
    });
    return new ConditionalFormat(this.context, `${this.$path}.add(${type})`, () => created);
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, `${this.$path}.getItemAt(${index})`, () => {
      const entity = this.$require();
      const cf = this.current(entity)[index];
      return cf ? { sheet: entity.sheet, cf } : null;
    });
  }

  getCount(): ClientResult<number> {
    return queueResult(this.context, this.$path, 'getCount', [], () => this.current(this.$require()).length);
  }

  clearAll(): void {
    this.$call('clearAll', [], (entity) => {
      assertWritable(entity.sheet);
      const gone = new Set(this.current(entity));
      entity.sheet.conditionalFormats = entity.sheet.conditionalFormats.filter((cf) => !gone.has(cf));
    });
  }
}

export class ConditionalFormat extends ClientObject<CfEntity> {
  private customProxy?: CustomConditionalFormat;

  get type(): string {
    return this.$get('type');
  }
  get priority(): number {
    return this.$get('priority');
  }
  get id(): string {
    return this.$get('id');
  }
  get custom(): CustomConditionalFormat {
    return (this.customProxy ??= new CustomConditionalFormat(this.context, `${this.$path}.custom`, () => {
      const e = this.$require();
      if (e.cf.type !== 'Custom') throw new OfficeError('InvalidArgument', `${this.$path} is a ${e.cf.type} conditional format, not Custom.`);
      return e;
    }));
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    return name === 'custom' ? (this.custom as ClientObject<unknown>) : undefined;
  }
  protected override $scalar({ sheet, cf }: CfEntity, name: string): ScalarResult {
    if (name === 'type') return cf.type;
    if (name === 'id') return cf.id;
    if (name === 'priority') return sheet.conditionalFormats.indexOf(cf);
    if (name === 'stopIfTrue') return false;
    return UNKNOWN;
  }
  delete(): void {
    this.$call('delete', [], ({ sheet, cf }) => {
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
  getRangeOrNullObject(): Range {
    return new Range(
      this.context,
      `${this.$path}.getRangeOrNullObject()`,
      () => {
        const { sheet, cf } = this.$require();
        return cf.ranges.length === 1 ? { sheet, rect: cf.ranges[0]! } : null;
      },
      true,
    );
  }
}

export class CustomConditionalFormat extends ClientObject<CfEntity> {
  private ruleProxy?: ConditionalFormatRule;
  private formatProxy?: ConditionalRangeFormat;
  get rule(): ConditionalFormatRule {
    return (this.ruleProxy ??= new ConditionalFormatRule(this.context, `${this.$path}.rule`, () => this.$require()));
  }
  get format(): ConditionalRangeFormat {
    return (this.formatProxy ??= new ConditionalRangeFormat(this.context, `${this.$path}.format`, () => this.$require()));
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'rule') return this.rule as ClientObject<unknown>;
    if (name === 'format') return this.format as ClientObject<unknown>;
    return undefined;
  }
}

export class ConditionalFormatRule extends ClientObject<CfEntity> {
  get formula(): string {
    return this.$get('formula');
  }
  set formula(v: string) {
    this.$set('formula', v, ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.formula = v;
    });
  }
  protected override $scalar({ cf }: CfEntity, name: string): ScalarResult {
    return name === 'formula' || name === 'formulaLocal' ? (cf.formula ?? '') : UNKNOWN;
  }
}

export class ConditionalRangeFormat extends ClientObject<CfEntity> {
  private fillProxy?: ConditionalRangeFill;
  private fontProxy?: ConditionalRangeFont;
  get fill(): ConditionalRangeFill {
    return (this.fillProxy ??= new ConditionalRangeFill(this.context, `${this.$path}.fill`, () => this.$require()));
  }
  get font(): ConditionalRangeFont {
    return (this.fontProxy ??= new ConditionalRangeFont(this.context, `${this.$path}.font`, () => this.$require()));
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'font') return this.font as ClientObject<unknown>;
    return name === 'fill' ? (this.fill as ClientObject<unknown>) : undefined;
  }
}

/** ConditionalRangeFont (ExcelApi 1.6): colour and bold of a conditional format. */
export class ConditionalRangeFont extends ClientObject<CfEntity> {
  set color(v: string) {
    this.$set('color', v, ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.fontColor = v;
    });
  }
  get color(): string {
    return this.$get('color');
  }
  set bold(v: boolean) {
    this.$set('bold', v, ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.bold = v;
    });
  }
  get bold(): boolean {
    return this.$get('bold');
  }
  protected override $scalar({ cf }: CfEntity, name: string): ScalarResult {
    if (name === 'color') return cf.fontColor ?? null;
    if (name === 'bold') return cf.bold ?? null;
    return UNKNOWN;
  }
}

export class ConditionalRangeFill extends ClientObject<CfEntity> {
  get color(): string {
    return this.$get('color');
  }
  set color(v: string) {
    this.$set('color', v, ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.fill = v;
    });
  }
  protected override $scalar({ cf }: CfEntity, name: string): ScalarResult {
    return name === 'color' ? cf.fill : UNKNOWN;
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation
// ---------------------------------------------------------------------------------------------

function ruleType(rule: unknown): string {
  const kinds: Record<string, string> = {
    list: 'List',
    wholeNumber: 'WholeNumber',
    decimal: 'Decimal',
    date: 'Date',
    time: 'Time',
    textLength: 'TextLength',
    custom: 'Custom',
  };
  const key = Object.keys((rule ?? {}) as object).find((k) => k in kinds);
  if (!key) throw new OfficeError('InvalidArgument', 'A data validation rule needs one criterion.');
  return kinds[key]!;
}

export class DataValidation extends ClientObject<AreasEntity> {
  get type(): string {
    return this.$get('type');
  }
  get rule(): unknown {
    return this.$get('rule');
  }
  set rule(v: unknown) {
    this.$set('rule', v, ({ sheet, rects }) => {
      assertWritable(sheet);
      const model: ValidationModel = { type: ruleType(v), rule: v, errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' } };
      forCells(rects, (row, col) => sheet.validation.set(cellKey(row, col), model));
    });
  }
  set errorAlert(v: unknown) {
    this.$set('errorAlert', v, ({ sheet, rects }) => {
      assertWritable(sheet);
      forCells(rects, (row, col) => {
        const m = sheet.validation.get(cellKey(row, col));
        if (m) m.errorAlert = v;
      });
    });
  }
  clear(): void {
    this.$call('clear', [], ({ sheet, rects }) => {
      assertWritable(sheet);
      forCells(rects, (row, col) => sheet.validation.delete(cellKey(row, col)));
    });
  }
  protected override $scalar({ sheet, rects }: AreasEntity, name: string): ScalarResult {
    if (name === 'type') return validationType(sheet, rects);
    if (name === 'rule') return validationAt(sheet, rects)?.rule ?? {};
    if (name === 'errorAlert') return validationAt(sheet, rects)?.errorAlert ?? null;
    return UNKNOWN;
  }
}

function forCells(rects: readonly CellRange[], f: (row: number, col: number) => void): void {
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
}

function validationAt(sheet: SheetModel, rects: readonly CellRange[]): ValidationModel | undefined {
  const r = rects[0];
  return r ? sheet.validation.get(cellKey(r.top, r.left)) : undefined;
}

/** None, the common type, Inconsistent (different rules) or MixedCriteria (some cells without). */
function validationType(sheet: SheetModel, rects: readonly CellRange[]): string {
  const seen = new Set<ValidationModel>();
  let covered = 0;
  let total = 0;
  forCells(rects, (row, col) => {
    total++;
    const m = sheet.validation.get(cellKey(row, col));
    if (m) {
      covered++;
      seen.add(m);
    }
  });
  if (covered === 0) return 'None';
  if (covered < total) return 'MixedCriteria';
  return seen.size === 1 ? [...seen][0]!.type : 'Inconsistent';
}
