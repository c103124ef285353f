/**
 * Application and its cultureInfo: the system's culture (vi-VN or en-US in the double) and Excel's own
 * separator override (Application.decimalSeparator with useSystemSeparators off).
 */
import { CULTURES, type WorkbookModel } from './model';
import { ClientObject, UNKNOWN, type ContextLike, type ScalarResult } from './proxy';

export class Application extends ClientObject<WorkbookModel> {
  readonly cultureInfo: CultureInfo;
  constructor(context: ContextLike, path: string, resolver: () => WorkbookModel) {
    super(context, path, resolver);
    this.cultureInfo = new CultureInfo(context, `${path}.cultureInfo`, resolver);
  }
  get decimalSeparator(): string {
    return this.$get('decimalSeparator');
  }
  get useSystemSeparators(): boolean {
    return this.$get('useSystemSeparators');
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    return name === 'cultureInfo' ? (this.cultureInfo as ClientObject<unknown>) : undefined;
  }
  protected override $scalar(model: WorkbookModel, name: string): ScalarResult {
    if (name === 'decimalSeparator') return model.useSystemSeparators ? model.cultureDecimalSeparator : model.appDecimalSeparator;
    if (name === 'useSystemSeparators') return model.useSystemSeparators;
    if (name === 'calculationMode') return 'Automatic';
    return UNKNOWN;
  }
}

export class CultureInfo extends ClientObject<WorkbookModel> {
  readonly numberFormat: NumberFormatInfo;
  readonly datetimeFormat: DatetimeFormatInfo;
  constructor(context: ContextLike, path: string, resolver: () => WorkbookModel) {
    super(context, path, resolver);
    this.numberFormat = new NumberFormatInfo(context, `${path}.numberFormat`, resolver);
    this.datetimeFormat = new DatetimeFormatInfo(context, `${path}.datetimeFormat`, resolver);
  }
  get name(): string {
    return this.$get('name');
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    if (name === 'numberFormat') return this.numberFormat as ClientObject<unknown>;
    return name === 'datetimeFormat' ? (this.datetimeFormat as ClientObject<unknown>) : undefined;
  }
  protected override $scalar(model: WorkbookModel, name: string): ScalarResult {
    return name === 'name' ? model.cultureName : UNKNOWN;
  }
}

export class NumberFormatInfo extends ClientObject<WorkbookModel> {
  get numberDecimalSeparator(): string {
    return this.$get('numberDecimalSeparator');
  }
  protected override $scalar(model: WorkbookModel, name: string): ScalarResult {
    if (name === 'numberDecimalSeparator') return model.cultureDecimalSeparator;
    if (name === 'numberGroupSeparator') return model.cultureDecimalSeparator === ',' ? '.' : ',';
    return UNKNOWN;
  }
}

/** ExcelApi 1.12: the system's date patterns (the built-in date format shows shortDatePattern). */
export class DatetimeFormatInfo extends ClientObject<WorkbookModel> {
  get shortDatePattern(): string {
    return this.$get('shortDatePattern');
  }
  get dateSeparator(): string {
    return this.$get('dateSeparator');
  }
  protected override $scalar(model: WorkbookModel, name: string): ScalarResult {
    const culture = CULTURES[model.cultureName];
    if (name === 'shortDatePattern') return culture.shortDatePattern;
    if (name === 'dateSeparator') return culture.dateSeparator;
    return UNKNOWN;
  }
}
