/** The plan's sheets (issue 11): the "Kế hoạch" sheet, the appendix sheet and the settings kept in the workbook. */
export * from './operations';
export { planSheet, sheetLines, sheetOf, PLAN_COLUMNS, type SheetLine } from './plan-sheet';
export { appendixSheet, restoredAppendix } from './appendix-sheet';
export { linesFromCells, restoredPlanSheet } from './restore';
export { SETTINGS_FIELDS, SETTINGS_NAME, SETTINGS_SHEET, dateText, isoOf, settingText, settingsFrom, settingsSteps } from './settings';
export { PLAN_MESSAGES } from './messages';
