/**
 * Change events for the pane: user edits on any sheet, without the host's own writes. From ExcelApi 1.14
 * an event says whether this add-in caused it (triggerSource); before that, events whose cells all lie
 * in one of the host's recent writes are dropped (see OwnWrites). Debouncing is the pane's business.
 *
 * Requirement sets: WorksheetCollection.onChanged 1.9 (the event args' address, worksheetId 1.7),
 * triggerSource 1.14 behind a feature test; WorksheetCollection.onActivated 1.7.
 */
import type { SheetChange, Unsubscribe } from '../../core/workbook/adapter';
import { localAddress } from '../../core/address';
import type { OwnWrites } from './ownWrites';
import type { ExcelRunner } from './runner';

/** Sheet names by Worksheet.id: change events carry only the id. */
export class SheetNames {
  private readonly byId = new Map<string, string>();

  constructor(private readonly excel: ExcelRunner) {}

  remember(id: string, name: string): void {
    this.byId.set(id, name);
  }

  async nameOf(id: string): Promise<string | null> {
    const known = this.byId.get(id);
    if (known !== undefined) return known;
    const name = await this.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id).load('name');
      await context.sync();
      return sheet.isNullObject ? null : sheet.name;
    });
    if (name !== null) this.byId.set(id, name);
    return name;
  }
}

export interface ChangeSource {
  excel: ExcelRunner;
  ownWrites: OwnWrites;
  sheetNames: SheetNames;
  /** ExcelApi 1.14 is there: events carry triggerSource. */
  hasTriggerSource: boolean;
}

export async function subscribeSheetChanges(source: ChangeSource, handler: (change: SheetChange) => void): Promise<Unsubscribe> {
  const { excel, ownWrites, sheetNames, hasTriggerSource } = source;
  const deliver = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (hasTriggerSource && event.triggerSource === 'ThisLocalAddin') return;
    const sheet = await sheetNames.nameOf(event.worksheetId).catch(() => null);
    if (sheet === null) return;
    const address = localAddress(event.address);
    if (!hasTriggerSource && ownWrites.covers(sheet, address)) return;
    handler({ sheet, address });
  };
  return register(excel, (worksheets) => worksheets.onChanged.add(deliver));
}

/** Calls `onChange` whenever another worksheet is activated (WorksheetCollection.onActivated, 1.7). */
export async function subscribeSheetActivation(excel: ExcelRunner, onChange: () => void): Promise<Unsubscribe> {
  return register(excel, (worksheets) =>
    worksheets.onActivated.add(async () => {
      onChange();
    }),
  );
}

/** Add an event handler in one batch; the returned function removes it in the context it was added in (Office requires that). */
async function register(
  excel: ExcelRunner,
  add: (worksheets: Excel.WorksheetCollection) => OfficeExtension.EventHandlerResult<unknown>,
): Promise<Unsubscribe> {
  const registration = await excel.run(async (context) => {
    const added = add(context.workbook.worksheets);
    await context.sync();
    return added;
  });
  return async () => {
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
