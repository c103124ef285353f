/**
 * A range's format (RangeFormat and its font, fill, borders and protection; row heights and column widths):
 * what they set is kept per cell (and per row or column) in the model, and read back as Excel reports it.
 */
import { commonValue, writeFormat } from './grid';
import { DEFAULT_FONT } from './model';
import { ClientObject, UNKNOWN, type ScalarResult } from './proxy';
import type { RangeEntity } from './range';

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
