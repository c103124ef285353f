/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, paper, margins in points, zoom (a scale or a fit to pages),
 * the rows repeated on every printed page, and the headers and footers. Kept in the sheet's model
 * (model.ts PageLayoutModel), so that tests see what Excel would print.
 */
import { OfficeError } from './errors';
import type { HeaderFooterModel, PageLayoutModel, SheetModel } from './model';
import { ClientObject, UNKNOWN, type ScalarResult } from './proxy';
import type { Range } from './range';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];
const STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
const MARGINS = ['topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'headerMargin', 'footerMargin'] as const;

type Margin = (typeof MARGINS)[number];

export class PageLayout extends ClientObject<SheetModel> {
  private headersFootersProxy?: HeaderFooterGroup;

  get headersFooters(): HeaderFooterGroup {
    return (this.headersFootersProxy ??= new HeaderFooterGroup(this.context, `${this.$path}.headersFooters`, () => this.$require().pageLayout));
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    return name === 'headersFooters' ? (this.headersFooters as ClientObject<unknown>) : undefined;
  }

  private setLayout<K extends keyof PageLayoutModel>(name: K, v: PageLayoutModel[K], check: () => boolean): void {
    this.$set(name, v, (sheet) => {
      if (!check()) throw new OfficeError('InvalidArgument', `${String(v)} is not a valid ${name}.`);
      sheet.pageLayout[name] = structuredClone(v);
    });
  }

  get orientation(): string {
    return this.$get('orientation');
  }
  set orientation(v: string) {
    this.setLayout('orientation', v, () => ORIENTATIONS.includes(v));
  }
  get paperSize(): string {
    return this.$get('paperSize');
  }
  set paperSize(v: string) {
    this.setLayout('paperSize', v, () => PAPER.includes(v));
  }
  private margin(name: Margin, v: number): void {
    this.setLayout(name, v, () => typeof v === 'number' && v >= 0);
  }
  set topMargin(v: number) {
    this.margin('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  set leftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  set headerMargin(v: number) {
    this.margin('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.margin('footerMargin', v);
  }
  get topMargin(): number {
    return this.$get('topMargin');
  }
  get leftMargin(): number {
    return this.$get('leftMargin');
  }
  /** A scale (10–400 %) or a fit to pages wide and tall (0: as many as it takes). */
  set zoom(v: PageLayoutModel['zoom']) {
    this.setLayout('zoom', v, () => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      return fit ? v.scale === undefined : typeof v.scale === 'number' && v.scale >= 10 && v.scale <= 400;
    });
  }
  get zoom(): PageLayoutModel['zoom'] {
    return this.$get('zoom');
  }

  /** Rows by address ("$5:$5", "5:6") or a Range of whole rows' cells. */
  setPrintTitleRows(rows: Range | string): void {
    this.$call('setPrintTitleRows', [typeof rows === 'string' ? rows : rows.$path], (sheet) => {
      if (typeof rows !== 'string') {
        const r = rows.$require().rect;
        sheet.pageLayout.printTitleRows = `$${r.top}:$${r.bottom}`;
        return;
      }
      const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1])) throw new OfficeError('InvalidArgument', `'${rows}' is not a range of rows.`);
      sheet.pageLayout.printTitleRows = `$${m[1]}:$${m[2]}`;
    });
  }

  protected override $scalar(sheet: SheetModel, name: string): ScalarResult {
    const layout = sheet.pageLayout;
    if (name === 'orientation' || name === 'paperSize' || (MARGINS as readonly string[]).includes(name)) return layout[name as keyof PageLayoutModel];
    if (name === 'zoom') return { ...layout.zoom };
    return UNKNOWN;
  }
}

export class HeaderFooterGroup extends ClientObject<PageLayoutModel> {
  get state(): string {
    return this.$get('state');
  }
  /** "FirstAndDefault": the first page has a header and footer of its own. */
  set state(v: string) {
    this.$set('state', v, (layout) => {
      if (!STATES.includes(v)) throw new OfficeError('InvalidArgument', `'${v}' is not a header/footer state.`);
      layout.headersFooters.state = v;
    });
  }
  private part(name: 'defaultForAllPages' | 'firstPage' | 'oddPages' | 'evenPages'): HeaderFooter {
    return new HeaderFooter(this.context, `${this.$path}.${name}`, () => this.$require().headersFooters[name]);
  }
  get defaultForAllPages(): HeaderFooter {
    return this.part('defaultForAllPages');
  }
  get firstPage(): HeaderFooter {
    return this.part('firstPage');
  }
  get oddPages(): HeaderFooter {
    return this.part('oddPages');
  }
  get evenPages(): HeaderFooter {
    return this.part('evenPages');
  }
  protected override $scalar(layout: PageLayoutModel, name: string): ScalarResult {
    return name === 'state' ? layout.headersFooters.state : UNKNOWN;
  }
}

const PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;

/** One header/footer: text with Excel's codes ("&P" the page number). */
export class HeaderFooter extends ClientObject<HeaderFooterModel> {
  private put(name: (typeof PARTS)[number], v: string): void {
    this.$set(name, v, (hf) => void (hf[name] = String(v)));
  }
  set leftHeader(v: string) {
    this.put('leftHeader', v);
  }
  set centerHeader(v: string) {
    this.put('centerHeader', v);
  }
  set rightHeader(v: string) {
    this.put('rightHeader', v);
  }
  set leftFooter(v: string) {
    this.put('leftFooter', v);
  }
  set centerFooter(v: string) {
    this.put('centerFooter', v);
  }
  set rightFooter(v: string) {
    this.put('rightFooter', v);
  }
  get centerHeader(): string {
    return this.$get('centerHeader');
  }
  protected override $scalar(hf: HeaderFooterModel, name: string): ScalarResult {
    return (PARTS as readonly string[]).includes(name) ? hf[name as (typeof PARTS)[number]] : UNKNOWN;
  }
}
