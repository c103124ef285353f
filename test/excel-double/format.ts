/**
 * A range's format (RangeFormat and its font, fill, borders and protection; row heights and column widths):
 * what they set is kept per cell (and per row or column) in the model, and read back as Excel reports it.
 */
import type { CellRange } from '../../src/core/snapshot';
import { OfficeError } from './errors';
import { commonValue, writeFormat } from './grid';
import { DEFAULT_FONT, DEFAULT_FONT_SIZE, STANDARD_ROW_HEIGHT, cellAt, type BorderSide, type SheetModel } from './model';
import { ClientObject, UNKNOWN, type ScalarResult } from './proxy';
import type { RangeEntity } from './range';

const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINE = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

export class RangeFormat extends ClientObject<RangeEntity> {
  private fontProxy?: RangeFont;
  private fillProxy?: RangeFill;
  private protectionProxy?: FormatProtection;
  private bordersProxy?: RangeBorderCollection;
  /** The lines around and inside the range (ExcelApi 1.1). */
  get borders(): RangeBorderCollection {
    return (this.bordersProxy ??= new RangeBorderCollection(this.context, `${this.$path}.borders`, () => this.$require()));
  }
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
    if (name === 'borders') return this.borders as ClientObject<unknown>;
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
  /** RangeFormat.verticalAlignment (ExcelApi 1.1): Bottom unless set. */
  get verticalAlignment(): string {
    return this.$get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.$set('verticalAlignment', v, ({ sheet, rect }) => {
      if (!VERTICAL.includes(v)) throw new OfficeError('InvalidArgument', `'${v}' is not a vertical alignment.`);
      writeFormat(sheet, rect, (c) => (c.vertical = v));
    });
  }
  /** RangeFormat.rowHeight (ExcelApi 1.2): points, for every row of the range; null when they differ. */
  get rowHeight(): number | null {
    return this.$get('rowHeight');
  }
  set rowHeight(v: number) {
    this.$set('rowHeight', v, ({ sheet, rect }) => {
      if (!(typeof v === 'number' && v >= 0 && v <= 409)) throw new OfficeError('InvalidArgument', `A row height of ${String(v)} points is outside 0 to 409.`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
    });
  }
  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    if (name === 'verticalAlignment') return commonValue(sheet, rect, (c) => c.vertical ?? 'Bottom');
    if (name === 'rowHeight') {
      const heights = new Set<number>();
      for (let r = rect.top; r <= rect.bottom && heights.size < 2; r++) heights.add(sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0]! : null;
    }
    return UNKNOWN;
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
  /** Points (ExcelApi 1.1). */
  get size(): number | null {
    return this.$get('size');
  }
  set size(v: number | null) {
    this.$set('size', v, ({ sheet, rect }) => {
      if (!(typeof v === 'number' && v >= 1 && v <= 409)) throw new OfficeError('InvalidArgument', `A font size of ${String(v)} is outside 1 to 409.`);
      writeFormat(sheet, rect, (c) => (c.fontSize = v));
    });
  }
  /** RangeFont.underline (ExcelApi 1.1): "None", "Single" … */
  get underline(): string | null {
    return this.$get('underline');
  }
  set underline(v: string | null) {
    this.$set('underline', v, ({ sheet, rect }) => {
      if (!UNDERLINE.includes(String(v))) throw new OfficeError('InvalidArgument', `'${String(v)}' is not an underline style.`);
      writeFormat(sheet, rect, (c) => {
        if (v === 'None') delete c.underline;
        else c.underline = v!;
      });
    });
  }
  protected override $scalar({ sheet, rect }: RangeEntity, name: string): ScalarResult {
    if (name === 'size') return commonValue(sheet, rect, (c) => c.fontSize ?? DEFAULT_FONT_SIZE);
    if (name === 'underline') return commonValue(sheet, rect, (c) => c.underline ?? 'None');
    if (name === 'italic') return commonValue(sheet, rect, (c) => c.italic);
    if (name === 'name') return commonValue(sheet, rect, (c) => c.fontName);
    if (name === 'bold') return commonValue(sheet, rect, (c) => c.bold);
    return UNKNOWN;
  }
}

// ---------------------------------------------------------------------------------------------
// Borders
// ---------------------------------------------------------------------------------------------

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

/** The cell sides a border of the range draws: each cell holds its own four sides. */
function sidesOf(index: BorderIndex, r: CellRange): { rect: CellRange; side: BorderSide }[] {
  switch (index) {
    case 'EdgeTop':
      return [{ rect: { ...r, bottom: r.top }, side: 'top' }];
    case 'EdgeBottom':
      return [{ rect: { ...r, top: r.bottom }, side: 'bottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...r, right: r.left }, side: 'left' }];
    case 'EdgeRight':
      return [{ rect: { ...r, left: r.right }, side: 'right' }];
    // Between the rows (columns) of the range: none in a single row (column).
    case 'InsideHorizontal':
      return r.top === r.bottom ? [] : [{ rect: { ...r, bottom: r.bottom - 1 }, side: 'bottom' }, { rect: { ...r, top: r.top + 1 }, side: 'top' }];
    case 'InsideVertical':
      return r.left === r.right ? [] : [{ rect: { ...r, right: r.right - 1 }, side: 'right' }, { rect: { ...r, left: r.left + 1 }, side: 'left' }];
  }
}

const BORDER_INDEXES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

interface BorderEntity extends RangeEntity {
  index: BorderIndex;
}

/** RangeBorderCollection (ExcelApi 1.1): getItem by index; the diagonals are not modelled. */
export class RangeBorderCollection extends ClientObject<RangeEntity> {
  getItem(index: string): RangeBorder {
    return new RangeBorder(this.context, `${this.$path}.getItem(${JSON.stringify(index)})`, () => {
      if (!BORDER_INDEXES.includes(index)) throw new OfficeError('NotImplemented', `The border ${index} is not in the double.`);
      return { ...this.$require(), index: index as BorderIndex };
    });
  }
}

export class RangeBorder extends ClientObject<BorderEntity> {
  get style(): string | null {
    return this.$get('style');
  }
  /** "None" takes the line away. */
  set style(v: string) {
    this.$set('style', v, ({ sheet, rect, index }) => {
      if (!LINE_STYLES.includes(v)) throw new OfficeError('InvalidArgument', `'${v}' is not a border line style.`);
      for (const { rect: r, side } of sidesOf(index, rect)) {
        writeFormat(sheet, r, (c) => {
          const borders = { ...c.borders };
          if (v === 'None') delete borders[side];
          else borders[side] = v;
          if (Object.keys(borders).length === 0) delete c.borders;
          else c.borders = borders;
        });
      }
    });
  }
  protected override $scalar({ sheet, rect, index }: BorderEntity, name: string): ScalarResult {
    if (name !== 'style') return UNKNOWN;
    const styles = new Set(sidesOf(index, rect).flatMap(({ rect: r, side }) => sideStyles(sheet, r, side)));
    return styles.size === 1 ? [...styles][0]! : styles.size === 0 ? 'None' : null;
  }
}

function sideStyles(sheet: SheetModel, r: CellRange, side: BorderSide): string[] {
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellAt(sheet, row, col).borders?.[side] ?? 'None');
  return out;
}
