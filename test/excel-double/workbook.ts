/**
 * Workbook, worksheets, tables and events of the double (names: names.ts; application and culture: culture.ts).
 */
import { ChartCollection } from './charts';
import type { CellRange } from '../../src/core/snapshot';
import { parseA1Address, splitAddressList } from '../../src/core/address';
import { OfficeError } from './errors';
import { usedRange, WHOLE_SHEET, type SheetModel, type TableModel, type WorkbookModel } from './model';
import { Application } from './culture';
import { NamedItemCollection } from './names';
import { PageLayout } from './pageLayout';
import { ClientObject, UNKNOWN, queueResult, type ClientResult, type ContextLike, type ScalarResult } from './proxy';
import { Range, RangeAreas } from './range';

/** What event handlers hang on: the double keeps the registrations. */
export interface EventRegistry {
  register(kind: EventKind, sheetId: string | null, handler: (args: unknown) => Promise<unknown>): void;
  unregister(handler: (args: unknown) => Promise<unknown>): void;
}

export type EventKind = 'changed' | 'activated';

export interface DoubleContextLike extends ContextLike {
  readonly events: EventRegistry;
}

/** OfficeExtension.EventHandlers: add/remove take effect at the next sync. */
export class EventHandlers<T> {
  constructor(
    private readonly context: DoubleContextLike,
    private readonly $path: string,
    private readonly kind: EventKind,
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: (args: T) => Promise<unknown>): EventHandlerResult<T> {
    const h = handler as (args: unknown) => Promise<unknown>;
    this.context.enqueue({
      describe: { path: this.$path, call: 'add' },
      run: (stage) => {
        const sheetId = this.sheetId();
        stage.onCommit.push(() => this.context.events.register(this.kind, sheetId, h));
      },
    });
    return new EventHandlerResult(this.context, this, handler);
  }

  remove(handler: (args: T) => Promise<unknown>): void {
    const h = handler as (args: unknown) => Promise<unknown>;
    this.context.enqueue({
      describe: { path: this.$path, call: 'remove' },
      run: (stage) => stage.onCommit.push(() => this.context.events.unregister(h)),
    });
  }
}

export class EventHandlerResult<T> {
  constructor(
    readonly context: DoubleContextLike,
    private readonly handlers: EventHandlers<T>,
    private readonly handler: (args: T) => Promise<unknown>,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

export class Workbook extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;
  /** WorkbookProtection (ExcelApi 1.7). */
  readonly protection: WorkbookProtection;
  private readonly ctx: DoubleContextLike;

  constructor(context: DoubleContextLike, model: WorkbookModel) {
    super(context, 'workbook', () => model);
    this.ctx = context;
    this.protection = new WorkbookProtection(context, 'workbook.protection', () => model);
    this.worksheets = new WorksheetCollection(context, 'workbook.worksheets', () => model);
    this.names = new NamedItemCollection(context, 'workbook.names', () => ({ model, scope: null }));
    this.application = new Application(context, 'workbook.application', () => model);
  }

  /** The selection on the active sheet (ExcelApi 1.1); fails like Office when a chart or shape is selected. */
  getSelectedRange(): Range {
    return new Range(this.ctx, 'workbook.getSelectedRange()', () => {
      const model = this.$require();
      if (model.selectionIsNotARange) throw new OfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      const sheet = model.sheetById(model.activeId ?? '');
      if (!sheet) return null;
      return { sheet, rect: sheet.selection ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets as ClientObject<unknown>;
    if (name === 'names') return this.names as ClientObject<unknown>;
    if (name === 'application') return this.application as ClientObject<unknown>;
    if (name === 'protection') return this.protection as ClientObject<unknown>;
    return undefined;
  }
}

export class WorkbookProtection extends ClientObject<WorkbookModel> {
  get protected(): boolean {
    return this.$get('protected');
  }
  protected override $scalar(model: WorkbookModel, name: string): ScalarResult {
    return name === 'protected' ? model.structureProtected : UNKNOWN;
  }
}

/** What Excel says when a protected structure refuses a sheet being added or deleted. */
const STRUCTURE_LOCKED = () => new OfficeError('InvalidOperation', 'The workbook is protected: sheets cannot be added or deleted.');

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}

export class WorksheetCollection extends ClientObject<WorkbookModel> {
  readonly onActivated: EventHandlers<unknown>;
  readonly onChanged: EventHandlers<unknown>;

  constructor(private readonly ctx: DoubleContextLike, path: string, resolver: () => WorkbookModel) {
    super(ctx, path, resolver);
    this.onActivated = new EventHandlers(ctx, `${path}.onActivated`, 'activated', () => null);
    this.onChanged = new EventHandlers(ctx, `${path}.onChanged`, 'changed', () => null);
  }

  get items(): Worksheet[] {
    return this.$get('items');
  }

  protected override $items(model: WorkbookModel): ClientObject<unknown>[] {
    return model.sheets.map((s, i) => new Worksheet(this.ctx, `${this.$path}.items[${i}]`, () => s) as ClientObject<unknown>);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, `${this.$path}.getActiveWorksheet()`, () => {
      const model = this.$require();
      // A chart sheet is no worksheet: Excel fails the request (issue 8).
      if (model.chartSheetActive) throw new OfficeError('ItemNotFound', 'The active sheet is not a worksheet.');
      return model.sheetById(model.activeId ?? '') ?? null;
    });
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.ctx, `${this.$path}.getItem(${JSON.stringify(key)})`, () => this.$require().sheet(key) ?? null);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.ctx, `${this.$path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.$require().sheet(key) ?? null, true);
  }

  add(name: string): Worksheet {
    this.$call('add', [name], (model) => {
      if (!validSheetName(name)) throw new OfficeError('InvalidArgument', `'${name}' is not a valid sheet name.`);
      if (model.sheetByName(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
      if (model.structureProtected) throw STRUCTURE_LOCKED();
      model.addSheet(name);
    });
    return new Worksheet(this.ctx, `${this.$path}.add(${JSON.stringify(name)})`, () => this.$require().sheetByName(name) ?? null);
  }

  getCount(): ClientResult<number> {
    return queueResult(this.ctx, this.$path, 'getCount', [], () => this.$require().sheets.length);
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  private protectionProxy?: WorksheetProtection;
  private tablesProxy?: TableCollection;
  private namesProxy?: NamedItemCollection;
  private chartsProxy?: ChartCollection;
  private pageLayoutProxy?: PageLayout;
  readonly onChanged: EventHandlers<unknown>;

  constructor(private readonly ctx: DoubleContextLike, path: string, resolver: () => SheetModel | null, orNull = false) {
    super(ctx, path, resolver, orNull);
    this.onChanged = new EventHandlers(ctx, `${path}.onChanged`, 'changed', () => this.$require().id);
  }

  get name(): string {
    return this.$get('name');
  }
  get id(): string {
    return this.$get('id');
  }
  get position(): number {
    return this.$get('position');
  }
  get protection(): WorksheetProtection {
    return (this.protectionProxy ??= new WorksheetProtection(this.ctx, `${this.$path}.protection`, () => this.$require()));
  }
  get tables(): TableCollection {
    return (this.tablesProxy ??= new TableCollection(this.ctx, `${this.$path}.tables`, () => this.$require()));
  }
  /** Worksheet.charts (ExcelApi 1.1). */
  get charts(): ChartCollection {
    return (this.chartsProxy ??= new ChartCollection(this.ctx, `${this.$path}.charts`, () => this.$require()));
  }
  /** How the sheet prints (ExcelApi 1.9). */
  get pageLayout(): PageLayout {
    return (this.pageLayoutProxy ??= new PageLayout(this.ctx, `${this.$path}.pageLayout`, () => this.$require()));
  }
  /** The names local to this sheet (ExcelApi 1.4). */
  get names(): NamedItemCollection {
    return (this.namesProxy ??= new NamedItemCollection(this.ctx, `${this.$path}.names`, () => ({ model: this.ctx.model, scope: this.$require() })));
  }

  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection as ClientObject<unknown>;
    if (name === 'tables') return this.tables as ClientObject<unknown>;
    if (name === 'names') return this.names as ClientObject<unknown>;
    if (name === 'charts') return this.charts as ClientObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as ClientObject<unknown>;
    return undefined;
  }

  protected override $scalar(sheet: SheetModel, name: string): ScalarResult {
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'visibility') return 'Visible';
    return UNKNOWN;
  }

  private range(name: string, args: unknown[], rect: (sheet: SheetModel) => CellRange | null, orNull = false): Range {
    return new Range(
      this.ctx,
      `${this.$path}.${name}(${args.map((a) => JSON.stringify(a)).join(',')})`,
      () => {
        const sheet = this.$require();
        const r = rect(sheet);
        return r ? { sheet, rect: r } : null;
      },
      orNull,
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): Range {
    return this.range('getRange', address === undefined ? [] : [address], (sheet) => {
      if (address === undefined || address === '') return WHOLE_SHEET;
      const parsed = parseA1Address(address);
      if (!parsed || (parsed.sheet !== null && parsed.sheet.toLocaleLowerCase() !== sheet.name.toLocaleLowerCase())) {
        throw new OfficeError('InvalidArgument', `'${address}' is not a range on this sheet.`);
      }
      return parsed.range;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      if (!(startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1)) {
        throw new OfficeError('InvalidArgument', 'getRangeByIndexes needs a start at or after A1 and a size of at least one cell.');
      }
      return { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    });
  }

  getRanges(address: string): RangeAreas {
    return new RangeAreas(this.ctx, `${this.$path}.getRanges(${JSON.stringify(address)})`, () => {
      const sheet = this.$require();
      const model = this.ctx.model;
      // A list in the other separator is one malformed address to Excel.
      const parts = model.listSeparator === ';' ? address.split(';') : splitAddressList(address);
      const rects = parts.map((part) => {
        const parsed = parseA1Address(part);
        if (!parsed) throw new OfficeError('InvalidArgument', `'${part}' is not a range address.`);
        return parsed.range;
      });
      return { sheet, rects };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.range('getUsedRangeOrNullObject', [valuesOnly], (sheet) => usedRange(sheet, valuesOnly), true);
  }

  getUsedRange(valuesOnly = false): Range {
    return this.range('getUsedRange', [valuesOnly], (sheet) => usedRange(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  activate(): void {
    this.$call('activate', [], (sheet, stage) => {
      if (stage.model.activeId === sheet.id) return;
      stage.model.activeId = sheet.id;
      stage.activations.push(sheet);
    });
  }
  /** Excel refuses to delete the last sheet; its local names go with it, names that pointed at it stay, as =#REF!. */
  delete(): void {
    this.$call('delete', [], (sheet, stage) => {
      const model = stage.model;
      if (model.sheets.length <= 1) throw new OfficeError('InvalidOperation', 'A workbook must keep at least one sheet.');
      if (model.structureProtected) throw STRUCTURE_LOCKED();
      model.sheets = model.sheets.filter((s) => s !== sheet);
      model.names = model.names.filter((n) => n.scopeId !== sheet.id);
      for (const n of model.names) if (n.sheetId === sheet.id) n.sheetId = null;
      if (model.activeId === sheet.id) model.activeId = model.sheets[0]!.id;
    });
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  get protected(): boolean {
    return this.$get('protected');
  }
  protected override $scalar(sheet: SheetModel, name: string): ScalarResult {
    return name === 'protected' ? sheet.protected : UNKNOWN;
  }
  protect(): void {
    this.$call('protect', [], (sheet) => void (sheet.protected = true));
  }
  unprotect(): void {
    this.$call('unprotect', [], (sheet) => void (sheet.protected = false));
  }
}

interface TableEntity {
  sheet: SheetModel;
  table: TableModel;
}

export class TableCollection extends ClientObject<SheetModel> {
  get items(): Table[] {
    return this.$get('items');
  }
  protected override $items(sheet: SheetModel): ClientObject<unknown>[] {
    return sheet.tables.map((table, i) => new Table(this.context, `${this.$path}.items[${i}]`, () => ({ sheet, table })) as ClientObject<unknown>);
  }
  getCount(): ClientResult<number> {
    return queueResult(this.context, this.$path, 'getCount', [], () => this.$require().tables.length);
  }
}

export class Table extends ClientObject<TableEntity> {
  get name(): string {
    return this.$get('name');
  }
  get showHeaders(): boolean {
    return this.$get('showHeaders');
  }
  protected override $scalar({ table }: TableEntity, name: string): ScalarResult {
    if (name === 'name') return table.name;
    if (name === 'id') return table.id;
    if (name === 'showHeaders') return table.showHeaders;
    return UNKNOWN;
  }
  getRange(): Range {
    return new Range(this.context, `${this.$path}.getRange()`, () => {
      const { sheet, table } = this.$require();
      return { sheet, rect: table.range };
    });
  }
}
