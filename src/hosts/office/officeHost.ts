/**
 * The workbook service's adapter for Excel through Office.js: reads and writes of primitives, the policy
 * stays in the core. Everything goes through the injected `excel` runner (the `Excel` namespace in the
 * add-in, the in-memory double in tests), so the same code runs in both. Each operation is retried while
 * the user is typing in a cell.
 */
import { HostError, type WorkbookAdapter } from '../../core/workbook/adapter';
import type { Lang } from '../../core/report';
import { SheetNames, subscribeSheetActivation, subscribeSheetChanges } from './events';
import { clearMarksWith, setMarksWith } from './marks';
import { MESSAGES } from './messages';
import { OwnWrites } from './ownWrites';
import { readActiveCellsWith, readFormatsWith, type CellsRead } from './readSheet';
import { ErrorCode, errorCode, realSleep, retryInEditMode, toHostError, waitingForCellEdit, type ExcelRunner, type Sleep } from './runner';
import { readCellsWith, readTargetsWith, readWorkbookInfoWith } from './workbookInfo';
import { writePlanWith, type WriteOptions } from './writePlan';
import type { WorkbookPlan } from '../../core/workbook/plan';
import type { PlanTargets } from '../../core/workbook/settle';

export interface OfficeHostOptions {
  /** `Excel` in the add-in; the test double in tests. */
  excel: ExcelRunner;
  /** Office.context.displayLanguage ("vi-VN", "en-US" …), used only when `lang` is not given. */
  displayLanguage?: string;
  /** The UI language the user chose (the pane's switch); it wins over Office's display language. */
  lang?: Lang;
  /** Office.context.requirements.isSetSupported, for features above the manifest's ExcelApi 1.13. */
  isSetSupported?: (name: string, version: string) => boolean;
  sleep?: Sleep;
  now?: () => number;
}

export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage === undefined || displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function createOfficeHost(options: OfficeHostOptions): WorkbookAdapter {
  const excel = waitingForCellEdit(options.excel, options.isSetSupported?.('ExcelApi', '1.11') ?? false);
  const lang = options.lang ?? langOf(options.displayLanguage);
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

  /** What step 1 of the last read found (its used range, its italic probe), for step 2. */
  let lastRead: CellsRead | null = null;
  /** Number formats of the cells a plan edits, as read with its targets (decides whether Excel would parse a text). */
  let numFmts = new Map<string, string>();
  const remember = (plan: WorkbookPlan, targets: PlanTargets): PlanTargets => {
    numFmts = new Map();
    plan.steps.forEach((step, i) => {
      if (step.kind !== 'cells') return;
      const found = targets.cells.get(i) ?? [];
      step.edits.forEach((e, j) => found[j] && numFmts.set(`${step.sheet.toLocaleLowerCase()}!${e.cell}`, found[j]!.numFmt));
    });
    return targets;
  };
  const writeOptions: WriteOptions = { lang, ownWrites, numFmtOf: (sheet, cell) => numFmts.get(`${sheet.toLocaleLowerCase()}!${cell}`) };
  const sheetOf = (plan: WorkbookPlan) => plan.steps.find((s): s is Extract<typeof s, { sheet: string }> => 'sheet' in s)?.sheet;

  return {
    lang,
    drawsCharts: true,
    readActiveCells: () =>
      guarded(async () => {
        const { snapshot, sheetId, cells } = await readActiveCellsWith(excel).catch((e: unknown) => {
          // Only the active sheet is asked for by position, not by name: not found means it is no worksheet.
          throw errorCode(e) === ErrorCode.itemNotFound ? new HostError('not-found', MESSAGES[lang].noWorksheet) : e;
        });
        sheetNames.remember(sheetId, snapshot.name);
        lastRead = cells;
        return snapshot;
      }),
    readFormats: (sheet, needs) =>
      guarded(async () => (lastRead && lastRead.sheet === sheet ? readFormatsWith(excel, lastRead, needs) : {}), sheet),
    readWorkbookInfo: () => guarded(() => readWorkbookInfoWith(excel)),
    readCells: (sheet, range) => guarded(() => readCellsWith(excel, sheet, range), sheet),
    readTargets: (plan) => guarded(async () => remember(plan, await readTargetsWith(excel, plan)), sheetOf(plan)),
    writePlan: (plan) => guarded(() => writePlanWith(excel, plan, writeOptions), sheetOf(plan)),
    selectCell: (sheet, cell) => guarded(() => selectCellWith(excel, sheet, cell, lang), sheet),
    setMarks: (sheet, marks) => guarded(() => setMarksWith(excel, sheet, marks, writeOptions), sheet),
    clearMarks: (sheet) => guarded(() => clearMarksWith(excel, sheet, writeOptions), sheet),
    onSheetChanged: (handler) => guarded(() => subscribeSheetChanges({ excel, ownWrites, sheetNames, hasTriggerSource }, handler)),
    onActiveSheetChanged: (handler) => guarded(() => subscribeSheetActivation(excel, handler)),
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
