/**
 * Defined names: Workbook.names holds the workbook's own names only, Worksheet.names (ExcelApi 1.4) the
 * names local to that sheet, as the Office.js reference documents them ("a collection of workbook-scoped
 * named items"; "names scoped to the current worksheet"). The same name may exist once per scope. A name
 * refers to a rectangle on a sheet, or to #REF!: defined so ("=#REF!"), or left so when its sheet was
 * deleted (NamedItem.type "Error", formula "=#REF!"). A sheet's local names go with the sheet.
 */
import type { CellRange } from '../../src/core/snapshot';
import { parseA1Address } from '../../src/core/address';
import { OfficeError } from './errors';
import { sheetAddress } from './grid';
import type { NameModel, SheetModel, WorkbookModel } from './model';
import { ClientObject, UNKNOWN, type ScalarResult } from './proxy';
import { Range } from './range';

/** A collection reached from the workbook (scope null) or from a worksheet. */
interface CollectionEntity {
  model: WorkbookModel;
  scope: SheetModel | null;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class NamedItemCollection extends ClientObject<CollectionEntity> {
  get items(): NamedItem[] {
    return this.$get('items');
  }

  private inScope({ model, scope }: CollectionEntity): NameModel[] {
    const id = scope?.id ?? null;
    return model.names.filter((n) => n.scopeId === id);
  }

  protected override $items(entity: CollectionEntity): ClientObject<unknown>[] {
    return this.inScope(entity).map((n, i) => new NamedItem(this.context, `${this.$path}.items[${i}]`, () => ({ model: entity.model, name: n })) as ClientObject<unknown>);
  }

  private find(name: string): () => NameEntity | null {
    return () => {
      const { model, scope } = this.$require();
      const n = model.nameByName(name, scope?.id ?? null);
      return n ? { model, name: n } : null;
    };
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `${this.$path}.getItem(${JSON.stringify(name)})`, this.find(name));
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, `${this.$path}.getItemOrNullObject(${JSON.stringify(name)})`, this.find(name), true);
  }

  /** A name in this collection's scope for a range (a Range proxy, "=Sheet!$A$1:$A$9" or "=#REF!"). */
  add(name: string, reference: Range | string, comment = ''): NamedItem {
    this.$call('add', [name, typeof reference === 'string' ? reference : reference.$path, comment], ({ model, scope }) => {
      if (!NAME.test(name)) throw new OfficeError('InvalidArgument', `'${name}' is not a valid name.`);
      if (model.nameByName(name, scope?.id ?? null)) throw new OfficeError('ItemAlreadyExists', `The name '${name}' already exists.`);
      let target: { sheetId: string | null; range: CellRange };
      if (typeof reference !== 'string') {
        const r = reference.$require();
        target = { sheetId: r.sheet.id, range: { ...r.rect } };
      } else if (/^=?#REF!$/i.test(reference.trim())) {
        target = { sheetId: null, range: { top: 1, left: 1, bottom: 1, right: 1 } };
      } else {
        const parsed = parseA1Address(reference.replace(/^=/, ''));
        const sheet = parsed?.sheet ? model.sheetByName(parsed.sheet) : undefined;
        if (!parsed || !sheet) throw new OfficeError('InvalidArgument', `'${reference}' is not a range reference.`);
        target = { sheetId: sheet.id, range: parsed.range };
      }
      model.names.push({ name, ...target, comment, scopeId: scope?.id ?? null });
    });
    return this.getItemOrNullObject(name);
  }
}

interface NameEntity {
  model: WorkbookModel;
  name: NameModel;
}

export class NamedItem extends ClientObject<NameEntity> {
  get name(): string {
    return this.$get('name');
  }
  get type(): string {
    return this.$get('type');
  }
  get formula(): string {
    return this.$get('formula');
  }
  get scope(): string {
    return this.$get('scope');
  }
  get comment(): string {
    return this.$get('comment');
  }
  protected override $scalar({ model, name }: NameEntity, prop: string): ScalarResult {
    const sheet = name.sheetId === null ? undefined : model.sheetById(name.sheetId);
    const reference = sheet ? sheetAddress(sheet, name.range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2') : '#REF!';
    if (prop === 'name') return name.name;
    // A name that refers to #REF! is an error, not a range.
    if (prop === 'type') return sheet ? 'Range' : 'Error';
    if (prop === 'comment') return name.comment;
    if (prop === 'scope') return name.scopeId === null ? 'Workbook' : 'Worksheet';
    if (prop === 'visible') return true;
    if (prop === 'formula') return `=${reference}`;
    // "For a named range, it will return the range address."
    if (prop === 'value') return reference;
    return UNKNOWN;
  }
  getRange(): Range {
    return new Range(this.context, `${this.$path}.getRange()`, () => this.rangeOf());
  }
  getRangeOrNullObject(): Range {
    return new Range(this.context, `${this.$path}.getRangeOrNullObject()`, () => this.rangeOf(), true);
  }
  delete(): void {
    this.$call('delete', [], ({ model, name }) => {
      model.names = model.names.filter((n) => n !== name);
    });
  }
  private rangeOf(): { sheet: SheetModel; rect: CellRange } | null {
    const { model, name } = this.$require();
    const sheet = name.sheetId === null ? undefined : model.sheetById(name.sheetId);
    return sheet ? { sheet, rect: name.range } : null;
  }
}
