/**
 * An in-memory Excel behind the subset of the Excel JavaScript API the Office host uses, with Office's
 * proxy-object model: `run(batch)` hands out a request context; loads, sets and calls queue until
 * `await context.sync()`, which is counted, checked against Excel on the web's 5 MB payload limit, run
 * in order against the workbook, and only then fills what was loaded. Errors surface at sync with
 * Office's codes (InvalidOperationInCellEditMode while a test holds the double in cell edit mode,
 * AccessDenied on a protected sheet, …). Tests seed it from SheetSnapshot-like grids and inspect it.
 */
import type { CellRange, RawValue, SheetSnapshot, TableObject } from '../../src/core/snapshot';
import { parseA1Address, parseRange } from '../../src/core/address';
import { OfficeError } from './errors';
import { localAddress } from './grid';
import { enterValue } from './input';
import { CULTURES, DEFAULT_FONT, cellAt, cellForWrite, cellKey, newId, usedRange, WorkbookModel, type ConditionalFormatModel, type CultureName, type SheetModel } from './model';
import { Stage, type ClientObject, type Op } from './proxy';
import { Workbook, type DoubleContextLike, type EventKind, type EventRegistry } from './workbook';

/** Excel on the web: "a payload size limit for requests and responses of 5MB". */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  /** Serialized commands sent (object paths, loads, sets with their values, calls). */
  requestBytes: number;
  /** Serialized results returned (loaded properties, method results). */
  responseBytes: number;
  ops: number;
  /** The error code when the sync failed. */
  error?: string;
}

export interface SheetSeed {
  values?: RawValue[][];
  /** 1-based position of values[0][0]; A1 by default. */
  top?: number;
  left?: number;
  numFmt?: string[][];
  italic?: boolean[][];
  /** Font names per cell (the default font where absent). */
  fontName?: (string | null)[][];
  formulas?: (string | null)[][];
  merges?: CellRange[];
  tables?: TableObject[];
  hiddenRows?: number[];
  protected?: boolean;
}

export interface DoubleOptions {
  /** The system's culture: Range.text's separators and short date (default: vi-VN, or en-US for decimalSeparator "."). */
  culture?: CultureName;
  /** The culture's decimal separator (vi-VN: ","). */
  decimalSeparator?: string;
  /** The ExcelApi version the double claims: 1.14 adds triggerSource to change events. */
  apiVersion?: number;
  payloadLimitBytes?: number;
  /**
   * The list separator Excel desktop expects in Worksheet.getRanges: the culture's (";" where the decimal
   * separator is ",", as in vi-VN; office-js issues #1167, #1985). Excel on the web takes "," whatever the culture.
   */
  listSeparator?: ',' | ';';
  /** What an oversized request fails with: older Excel on the web builds answer GeneralException. */
  oversizeError?: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
}

export class DoubleContext implements DoubleContextLike {
  readonly workbook: Workbook;
  readonly application;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  queue: Op[] = [];
  fresh: ClientObject<unknown>[] = [];
  open = true;

  constructor(readonly double: ExcelDouble) {
    this.workbook = new Workbook(this, double.model);
    this.application = this.workbook.application;
  }

  get events(): EventRegistry {
    return this.double;
  }

  get model(): WorkbookModel {
    return this.double.model;
  }

  enqueue(op: Op): void {
    if (!this.open) throw new OfficeError('InvalidRequestContext', 'The request context is no longer valid: its Excel.run has ended.');
    this.queue.push(op);
  }

  created(object: ClientObject<unknown>): void {
    this.fresh.push(object);
  }

  sync(): Promise<void> {
    return this.double.sync(this);
  }
}

type Handler = (args: unknown) => Promise<unknown>;

function utf8Bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class ExcelDouble implements EventRegistry {
  readonly model = new WorkbookModel();
  readonly syncLog: SyncRecord[] = [];
  readonly apiVersion: number;
  readonly payloadLimitBytes: number;
  readonly oversizeError: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  private editModeSyncs = 0;
  /** Batches that waited for the user to leave cell edit mode (delayForCellEdit). */
  delayedForCellEdit = 0;
  private handlers: { kind: EventKind; sheetId: string | null; handler: Handler }[] = [];
  private deliveries: Promise<void>[] = [];

  constructor(options: DoubleOptions = {}) {
    this.model.cultureName = options.culture ?? (options.decimalSeparator === '.' ? 'en-US' : 'vi-VN');
    this.model.cultureDecimalSeparator = options.decimalSeparator ?? CULTURES[this.model.cultureName].decimal;
    this.model.appDecimalSeparator = this.model.cultureDecimalSeparator;
    this.apiVersion = options.apiVersion ?? 1.13;
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.model.listSeparator = options.listSeparator ?? ',';
    this.oversizeError = options.oversizeError ?? 'RequestPayloadSizeLimitExceeded';
  }

  /** A double holding one sheet seeded from a snapshot, active. */
  static fromSnapshot(snapshot: SheetSnapshot, options: DoubleOptions = {}): ExcelDouble {
    const excel = new ExcelDouble(options);
    excel.addSheet(snapshot.name, {
      values: snapshot.values,
      top: snapshot.top,
      left: snapshot.left,
      ...(snapshot.numFmt ? { numFmt: snapshot.numFmt } : {}),
      ...(snapshot.italic ? { italic: snapshot.italic } : {}),
      ...(snapshot.formulas ? { formulas: snapshot.formulas } : {}),
      merges: snapshot.merges,
      tables: snapshot.tables,
      ...(snapshot.hiddenRows ? { hiddenRows: snapshot.hiddenRows } : {}),
    });
    return excel;
  }

  // -------------------------------------------------------------------------------------------
  // The Excel.run entry point

  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    a: OfficeExtension.ClientRequestContext | { delayForCellEdit?: boolean } | ((context: Excel.RequestContext) => Promise<T>),
    b?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    if (typeof a === 'object' && a !== null && !(a instanceof DoubleContext)) {
      // delayForCellEdit: the batch waits until the user leaves cell edit mode (here: it ends at once).
      if ((a as { delayForCellEdit?: boolean }).delayForCellEdit && this.editModeSyncs > 0) {
        this.editModeSyncs = 0;
        this.delayedForCellEdit++;
      }
      return this.run(b!);
    }
    const reused = typeof a === 'function' ? null : (a as unknown as DoubleContext);
    const batch = typeof a === 'function' ? a : b!;
    const context = reused ?? new DoubleContext(this);
    context.open = true;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run syncs what the batch left queued.
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.open = false;
    }
  }

  /** context.sync(): counted, size-checked, run in order, then committed to the proxies. */
  async sync(context: DoubleContext): Promise<void> {
    await Promise.resolve(); // a round trip is asynchronous
    if (!context.open) throw new OfficeError('InvalidRequestContext', 'The request context is no longer valid: its Excel.run has ended.');
    const ops = context.queue;
    const fresh = context.fresh;
    context.queue = [];
    context.fresh = [];
    const record: SyncRecord = { requestBytes: utf8Bytes(ops.map((o) => o.describe)), responseBytes: 0, ops: ops.length };
    this.syncLog.push(record);
    const failWith = (e: OfficeError): never => {
      record.error = e.code;
      throw e;
    };
    if (ops.length > 0 && this.editModeSyncs > 0) {
      this.editModeSyncs--;
      failWith(new OfficeError('InvalidOperationInCellEditMode', 'The operation cannot be performed while Excel is in cell editing mode.'));
    }
    if (record.requestBytes > this.payloadLimitBytes) {
      failWith(new OfficeError(this.oversizeError, 'The request payload size has exceeded the limit.'));
    }
    const stage = new Stage(this.model);
    try {
      for (const op of ops) op.run(stage);
    } catch (e) {
      // Commands before the failing one stay done, as in Excel (a batch is not a transaction).
      this.dispatch(stage);
      failWith(e instanceof OfficeError ? e : new OfficeError('GeneralException', String(e)));
    }
    record.responseBytes = utf8Bytes(stage.response());
    if (record.responseBytes > this.payloadLimitBytes) {
      this.dispatch(stage);
      failWith(new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'));
    }
    stage.commit();
    for (const object of fresh) object.$settle();
    this.dispatch(stage);
  }

  // -------------------------------------------------------------------------------------------
  // Events

  register(kind: EventKind, sheetId: string | null, handler: Handler): void {
    this.handlers.push({ kind, sheetId, handler });
  }

  unregister(handler: Handler): void {
    this.handlers = this.handlers.filter((h) => h.handler !== handler);
  }

  /** Events reach the add-in asynchronously, after the sync that caused them. */
  private dispatch(stage: Stage, triggerSource: 'ThisLocalAddin' | 'Unknown' = 'ThisLocalAddin'): void {
    for (const { sheet, range } of stage.changes) {
      const args: Record<string, unknown> = {
        type: 'WorksheetChanged',
        worksheetId: sheet.id,
        address: localAddress(range),
        source: 'Local',
        changeType: 'RangeEdited',
      };
      if (this.apiVersion >= 1.14) args.triggerSource = triggerSource;
      this.deliver('changed', sheet.id, args);
    }
    for (const sheet of stage.activations) this.deliver('activated', sheet.id, { type: 'WorksheetActivated', worksheetId: sheet.id });
  }

  private deliver(kind: EventKind, sheetId: string, args: unknown): void {
    for (const h of this.handlers) {
      if (h.kind !== kind || (h.sheetId !== null && h.sheetId !== sheetId)) continue;
      this.deliveries.push(
        new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => h.handler(args).then(() => undefined, () => undefined)),
      );
    }
  }

  /** Wait until every event raised so far has been handled. */
  async flushEvents(): Promise<void> {
    while (this.deliveries.length > 0) {
      const pending = this.deliveries;
      this.deliveries = [];
      await Promise.all(pending);
    }
  }

  // -------------------------------------------------------------------------------------------
  // What tests do to the workbook (as the user would), and what they inspect

  /** Unlock a cell, as a template leaves its input cells unlocked before protecting the sheet. */
  unlock(sheetName: string, address: string): void {
    const at = parseA1Address(address)!.range;
    cellForWrite(this.sheet(sheetName), at.top, at.left).locked = false;
  }

  isSetSupported(name: string, version: string): boolean {
    // Requirement sets compare by their minor number: 1.9 comes before 1.13.
    const minor = (v: string) => Number(v.split('.')[1] ?? 0);
    return name === 'ExcelApi' && minor(version) <= minor(String(this.apiVersion));
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  /** Largest request + response of one sync so far. */
  get maxPayloadBytes(): number {
    return Math.max(0, ...this.syncLog.map((s) => s.requestBytes + s.responseBytes));
  }

  resetLog(): void {
    this.syncLog.length = 0;
  }

  /** The next `syncs` syncs that carry commands fail as if the user were typing in a cell. */
  setEditMode(syncs: number): void {
    this.editModeSyncs = syncs;
  }

  addSheet(name: string, seed: SheetSeed = {}, options: { activate?: boolean } = {}): SheetModel {
    const sheet = this.model.addSheet(name);
    const top = seed.top ?? 1;
    const left = seed.left ?? 1;
    seed.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        const numFmt = seed.numFmt?.[r]?.[c] ?? 'General';
        const italic = seed.italic?.[r]?.[c] ?? false;
        const formula = seed.formulas?.[r]?.[c] ?? null;
        const fontName = seed.fontName?.[r]?.[c] ?? DEFAULT_FONT;
        if (v === null && numFmt === 'General' && !italic && formula === null && fontName === DEFAULT_FONT) return;
        Object.assign(cellForWrite(sheet, top + r, left + c), { value: v === '' ? null : v, numFmt, italic, formula, fontName });
      }),
    );
    sheet.merges = (seed.merges ?? []).map((m) => ({ ...m }));
    sheet.tables = (seed.tables ?? []).map((t) => ({ id: newId('table'), name: t.name, range: { ...t.range }, showHeaders: t.showHeaders }));
    sheet.hiddenRows = new Set(seed.hiddenRows ?? []);
    sheet.protected = seed.protected ?? false;
    if (options.activate) this.model.activeId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The user types into cells (raising the change event a user edit raises). */
  userEdit(sheetName: string, address: string, value: string | number | null): void {
    const sheet = this.sheet(sheetName);
    const range = parseRange(address)!;
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) enterValue(cellForWrite(sheet, r, c), value ?? '');
    const stage = new Stage(this.model);
    stage.changes.push({ sheet, range });
    this.dispatch(stage, 'Unknown');
  }

  /** The user clicks another sheet tab. */
  userActivate(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    if (this.model.activeId === sheet.id) return;
    this.model.activeId = sheet.id;
    const stage = new Stage(this.model);
    stage.activations.push(sheet);
    this.dispatch(stage, 'Unknown');
  }

  protect(sheetName: string, on = true): void {
    this.sheet(sheetName).protected = on;
  }

  /** A conditional format the user made (Home › Conditional Formatting). */
  addUserConditionalFormat(sheetName: string, cf: Omit<ConditionalFormatModel, 'id'>): void {
    this.sheet(sheetName).conditionalFormats.push({ id: newId('cf'), ...cf, ranges: cf.ranges.map((r) => ({ ...r })) });
  }

  conditionalFormatsOf(sheetName: string): Omit<ConditionalFormatModel, 'id'>[] {
    return this.sheet(sheetName).conditionalFormats.map(({ type, ranges, formula, fill, fontColor, bold }) => ({
      type,
      ranges: ranges.map((r) => ({ ...r })),
      formula,
      fill,
      ...(fontColor != null ? { fontColor } : {}),
      ...(bold != null ? { bold } : {}),
    }));
  }

  /** Data validation the user set (Data › Data Validation). */
  addUserValidation(sheetName: string, address: string, rule: unknown, type = 'List'): void {
    const sheet = this.sheet(sheetName);
    const range = parseRange(address)!;
    const model = { type, rule, errorAlert: null };
    for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) sheet.validation.set(cellKey(r, c), model);
  }

  validationAt(sheetName: string, address: string): { type: string; rule: unknown } | null {
    const { range } = parseA1Address(address)!;
    const m = this.sheet(sheetName).validation.get(cellKey(range.top, range.left));
    return m ? { type: m.type, rule: m.rule } : null;
  }

  /** Everything cell-level on a sheet's used range: for before/after comparisons. */
  cellsOf(sheetName: string): { values: RawValue[][]; numFmt: string[][]; italic: boolean[][]; fontName: string[][]; formulas: (string | null)[][] } {
    const sheet = this.sheet(sheetName);
    const used = usedRange(sheet, false) ?? { top: 1, left: 1, bottom: 0, right: 0 };
    const grid = <T>(pick: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = used.top; r <= used.bottom; r++) {
        const row: T[] = [];
        for (let c = used.left; c <= used.right; c++) row.push(pick(r, c));
        out.push(row);
      }
      return out;
    };
    return {
      values: grid((r, c) => cellAt(sheet, r, c).value),
      numFmt: grid((r, c) => cellAt(sheet, r, c).numFmt),
      italic: grid((r, c) => cellAt(sheet, r, c).italic),
      fontName: grid((r, c) => cellAt(sheet, r, c).fontName),
      formulas: grid((r, c) => cellAt(sheet, r, c).formula),
    };
  }

  valueAt(sheetName: string, address: string): RawValue {
    const { range } = parseA1Address(address)!;
    return cellAt(this.sheet(sheetName), range.top, range.left).value;
  }

  cellAt(sheetName: string, address: string): Readonly<ReturnType<typeof cellAt>> {
    const { range } = parseA1Address(address)!;
    return cellAt(this.sheet(sheetName), range.top, range.left);
  }
}
