/**
 * The WorkbookHost for Excel: the task pane's view of the workbook through Office.js. Everything goes
 * through the injected `excel` runner (the `Excel` namespace in the add-in, the in-memory double in
 * tests), so the same code runs in both. Each operation is retried while the user is typing in a cell.
 */
import { HostError, type WorkbookHost } from '../host';
import type { Lang } from '../../core/report';
import { applyEditsWith } from './applyEdits';
import { CATALOG_SHEET } from './catalog';
import { addDropdownsWith } from './dropdowns';
import { SheetNames, subscribeSheetActivation, subscribeSheetChanges } from './events';
import { clearMarksWith, setMarksWith } from './marks';
import { MESSAGES } from './messages';
import { OwnWrites } from './ownWrites';
import { readActiveSheetWith } from './readSheet';
import { realSleep, retryInEditMode, toHostError, type ExcelRunner, type Sleep } from './runner';
import { createUnitListWith, readUnitListWith } from './unitList';

export interface OfficeHostOptions {
  /** `Excel` in the add-in; the test double in tests. */
  excel: ExcelRunner;
  /** Office.context.displayLanguage ("vi-VN", "en-US" …); the UI is Vietnamese unless it says otherwise. */
  displayLanguage?: string;
  /** Office.context.requirements.isSetSupported, for features above the manifest's ExcelApi 1.13. */
  isSetSupported?: (name: string, version: string) => boolean;
  sleep?: Sleep;
  now?: () => number;
}

export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage === undefined || displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function createOfficeHost(options: OfficeHostOptions): WorkbookHost {
  const { excel } = options;
  const lang = langOf(options.displayLanguage);
  const sleep = options.sleep ?? realSleep;
  const ownWrites = new OwnWrites(options.now);
  const sheetNames = new SheetNames(excel);
  const hasTriggerSource = options.isSetSupported?.('ExcelApi', '1.14') ?? false;
  /** Edit-mode retries around every operation; Office errors become HostErrors in the pane's language. */
  const guarded = async <T>(attempt: () => Promise<T>, sheet?: string): Promise<T> => {
    try {
      return await retryInEditMode(attempt, lang, sleep);
    } catch (e) {
      throw toHostError(e, lang, sheet);
    }
  };

  return {
    lang,
    readActiveSheet: () =>
      guarded(async () => {
        const { snapshot, sheetId } = await readActiveSheetWith(excel);
        sheetNames.remember(sheetId, snapshot.name);
        return snapshot;
      }),
    readUnitList: () => guarded(() => readUnitListWith(excel)),
    applyEdits: (sheet, edits) => guarded(() => applyEditsWith(excel, sheet, edits, lang, ownWrites), sheet),
    selectCell: (sheet, cell) => guarded(() => selectCellWith(excel, sheet, cell, lang), sheet),
    setMarks: (sheet, marks) => guarded(() => setMarksWith(excel, sheet, marks), sheet),
    clearMarks: (sheet) => guarded(() => clearMarksWith(excel, sheet), sheet),
    onSheetChanged: (handler) => guarded(() => subscribeSheetChanges({ excel, ownWrites, sheetNames, hasTriggerSource }, handler)),
    onActiveSheetChanged: (handler) => guarded(() => subscribeSheetActivation(excel, handler)),
    createUnitList: (units) => guarded(() => createUnitListWith(excel, units, lang, ownWrites), CATALOG_SHEET),
    addDropdowns: (sheet, targets) => guarded(() => addDropdownsWith(excel, sheet, targets, lang, ownWrites), sheet),
  };
}

/** Select (and scroll to) a cell, activating its sheet first when another one is active (Range.select 1.1). */
async function selectCellWith(excel: ExcelRunner, sheetName: string, cell: string, lang: Lang): Promise<void> {
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const active = sheets.getActiveWorksheet().load('name');
    const target = sheets.getItemOrNullObject(sheetName).load('name');
    await context.sync();
    if (target.isNullObject) throw new HostError('not-found', MESSAGES[lang].sheetNotFound(sheetName));
    // Activating the sheet already active would still raise onActivated in some hosts: skip it.
    if (active.name !== target.name) target.activate();
    target.getRange(cell).select();
    await context.sync();
  });
}
