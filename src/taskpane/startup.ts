/**
 * What the pane shows when it opens, decided from Office.js (passed in, so tests give an Excel 2019-like
 * host): the pane itself in Excel that has what it needs, an explanation in Excel that is too old
 * (ExcelApi 1.13 is missing in Excel 2016 and 2019, still common in offices), or that it runs in Excel.
 * The manifest asks for ExcelApi 1.1 only, so that an old Excel still opens the pane and hears why, in
 * Vietnamese, instead of Office's generic refusal.
 */

/** The requirement set the Office host needs (Range.getMergedAreasOrNullObject). */
export const REQUIRED_EXCEL_API = '1.13';

export type Startup = 'ready' | 'old-excel' | 'not-excel';

export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
}

export async function decideStartup(office: OfficeLike | undefined): Promise<Startup> {
  if (!office || typeof office.onReady !== 'function') return 'not-excel';
  let info: { host: unknown };
  try {
    info = await office.onReady();
  } catch {
    return 'not-excel';
  }
  if (info.host !== office.HostType.Excel) return 'not-excel';
  return office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) ? 'ready' : 'old-excel';
}
