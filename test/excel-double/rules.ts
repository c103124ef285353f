/**
 * Conditional formats and data validation of a range or of several areas.
 */
import type { CellRange } from '../../src/core/snapshot';
import { OfficeError } from './errors';
import { assertWritable } from './grid';
import { cellKey, intersects, newId, type ConditionalFormatModel, type SheetModel, type ValidationModel } from './model';
import { ClientObject, UNKNOWN, queueResult, type ClientResult, type ScalarResult } from './proxy';
import { Range, type AreasEntity } from './range';

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
