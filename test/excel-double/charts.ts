/**
 * Worksheet.charts in the double (ExcelApi 1.1): add a chart over a range, its title and position, and
 * delete it — what the add-in's score summary draws.
 */
import type { CellRange } from '../../src/core/snapshot';
import { OfficeError } from './errors';
import { newId, type SheetModel } from './model';
import { ClientObject, UNKNOWN, type ContextLike, type ScalarResult } from './proxy';

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  source: CellRange;
  title: string;
  position: { start: CellRange; end: CellRange } | null;
}

type ChartEntity = { sheet: SheetModel; chart: ChartModel };
/** A range proxy's sheet and rectangle, as the double's Range resolves them. */
type RangeLike = { $require(): { sheet: SheetModel; rect: CellRange } };

export class ChartCollection extends ClientObject<SheetModel> {
  get items(): Chart[] {
    return this.$get('items');
  }
  protected override $items(sheet: SheetModel): ClientObject<unknown>[] {
    return (sheet.charts ?? []).map((chart, i) => new Chart(this.context, `${this.$path}.items[${i}]`, () => ({ sheet, chart })) as ClientObject<unknown>);
  }
  add(type: string, sourceData: unknown, seriesBy = 'Auto'): Chart {
    let id: string | null = null;
    this.$call('add', [type, seriesBy], (sheet) => {
      const { sheet: from, rect } = (sourceData as RangeLike).$require();
      if (from !== sheet) throw new OfficeError('InvalidArgument', 'The chart data is on another sheet.');
      id = newId('chart');
      (sheet.charts ??= []).push({ id, name: `Chart ${sheet.charts.length + 1}`, type, seriesBy, source: { ...rect }, title: '', position: null });
    });
    return new Chart(this.context, `${this.$path}.add(${type})`, () => {
      const sheet = this.$require();
      const chart = sheet.charts?.find((c) => c.id === id);
      return chart ? { sheet, chart } : null;
    });
  }
}

export class Chart extends ClientObject<ChartEntity> {
  private titleProxy?: ChartTitle;
  get name(): string {
    return this.$get('name');
  }
  get title(): ChartTitle {
    return (this.titleProxy ??= new ChartTitle(this.context, `${this.$path}.title`, () => this.$require()));
  }
  setPosition(startCell: unknown, endCell: unknown): void {
    this.$call('setPosition', [], ({ chart }) => {
      chart.position = { start: (startCell as RangeLike).$require().rect, end: (endCell as RangeLike).$require().rect };
    });
  }
  delete(): void {
    this.$call('delete', [], ({ sheet, chart }) => {
      sheet.charts = (sheet.charts ?? []).filter((c) => c !== chart);
    });
  }
  protected override $nav(name: string): ClientObject<unknown> | undefined {
    return name === 'title' ? (this.title as ClientObject<unknown>) : undefined;
  }
  protected override $scalar({ chart }: ChartEntity, name: string): ScalarResult {
    if (name === 'name') return chart.name;
    return UNKNOWN;
  }
}

export class ChartTitle extends ClientObject<ChartEntity> {
  set text(v: string) {
    this.$set('text', v, ({ chart }) => {
      chart.title = v;
    });
  }
  get text(): string {
    return this.$get('text');
  }
  protected override $scalar({ chart }: ChartEntity, name: string): ScalarResult {
    return name === 'text' ? chart.title : UNKNOWN;
  }
}

export type { ContextLike };
