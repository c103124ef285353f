/**
 * `cchc sections FILE.xlsx --out OUT.xlsx [--docx OUT.docx] [--appendix]`: the plan's standard sections
 * written into a "Kế hoạch" sheet by the same core operation as the pane's "Chèn kế hoạch" (all sections,
 * filled from the sheet's table and the plan settings kept in the workbook, else its title lines), and the
 * plan with its appendix as a Word document. Only new parts are added to the package: the user's sheets
 * stay byte for byte as they were.
 */
import { analyzeSheet } from '../core/check';
import { buildAppendix, buildPlanDocument, planInputFromTable } from '../core/plan-doc';
import { APPENDIX_SHEET_NAME, insertAppendixSheet, insertPlanSheet, ownSheet, readPlanSettings, savePlanSettings, SETTINGS_SHEET, type Inserted } from '../core/plan-sheet';
import { HostError } from '../core/workbook/adapter';
import { renderPlanDocx } from '../export/docx';
import { writePlan } from '../hosts/xlsx/writer';
import type { CliArgs } from './args';
import { InputError } from './messages';
import { openTableSheet } from './session';

export interface SectionsOutcome {
  bytes: Uint8Array;
  /** The .docx, when --docx was given. */
  docx: Uint8Array | null;
  table: string;
  plan: Inserted;
  appendix: Inserted | null;
  /** Areas and criteria written in II. NỘI DUNG VÀ GIẢI PHÁP. */
  areas: number;
  criteria: number;
  /** Placeholders left for the user to fill (the plan's, then the appendix heading's). */
  placeholders: number;
  /** The workbook had no "Thông tin kế hoạch" sheet: one was added, pre-filled from the title lines. */
  settingsAdded: boolean;
  /** --appendix found our appendix sheet already there and left it as it was. */
  keptAppendix: string | null;
  /** The table is a score table (its criteria lost points); else an appendix (its tasks). */
  scored: boolean;
}

export async function sectionsWorkbook(original: Uint8Array, args: CliArgs): Promise<SectionsOutcome> {
  const { workbook, target, service } = await openTableSheet(original, args);
  const table = target.sheet.snapshot.name;
  try {
    // --plan-date dates the plan (the settings' own date otherwise, or the one in the title lines). The table
    // is read once for the plan sheet, the appendix and the .docx.
    const analysis = analyzeSheet(target.sheet.snapshot, { lang: args.lang, planDate: args.planDate ?? null });
    const read = await readPlanSettings(service, analysis);
    const settings = args.planDate ? { ...read.settings, planDate: args.planDate } : read.settings;
    const source = { analysis, input: planInputFromTable(analysis, settings) };
    const document = buildPlanDocument(source.input);
    const areas = document.blocks.filter((b) => b.kind === 'heading' && b.section === 'content' && b.level === 2).length;
    const criteria = document.blocks.filter((b) => b.kind === 'heading' && b.section === 'content' && b.level === 3).length;
    const plan = await insertPlanSheet(service, { source });
    // An appendix of ours already there holds what the user filled in: the command keeps it (the pane asks
    // before replacing one; here nobody is asked, so nothing typed there is replaced).
    const keptAppendix = args.appendix ? ownSheet(workbook.info(), APPENDIX_SHEET_NAME) : null;
    const added = args.appendix && keptAppendix === null ? await insertAppendixSheet(service, { source, prefill: true }) : null;
    // The settings sheet, pre-filled with what the title lines say, for the user to complete and run again.
    const settingsAdded = read.stored === null;
    if (settingsAdded) await savePlanSettings(service, settings);
    const net = workbook.netPlan();
    const docx = args.docx ? await renderPlanDocx(document, buildAppendix(source.input, { prefill: true })) : null;
    return { bytes: net.steps.length ? await writePlan(original, net) : original, docx, table, plan, appendix: added, areas, criteria, placeholders: plan.placeholders + (added?.placeholders ?? 0), settingsAdded, keptAppendix, scored: source.input.result !== undefined };
  } catch (e) {
    throw e instanceof HostError ? new InputError(`${e.message.replace(/\.$/, '')}; chưa ghi tệp nào`) : e;
  }
}

export function sectionsJson(file: string, o: SectionsOutcome, out: string, docx: string | null): unknown {
  return {
    file,
    out,
    ...(docx ? { docx } : {}),
    table: o.table,
    planSheet: o.plan.sheet,
    updated: o.plan.updated,
    ...(o.appendix ? { appendixSheet: o.appendix.sheet } : {}),
    ...(o.keptAppendix ? { appendixSheet: o.keptAppendix, appendixKept: true } : {}),
    areas: o.areas,
    criteria: o.criteria,
    placeholders: o.placeholders,
    settingsAdded: o.settingsAdded,
  };
}

export function sectionsText(o: SectionsOutcome, where: string, docxWhere: string | null): string {
  const verb = o.plan.updated ? 'Đã cập nhật' : 'Đã chèn';
  const lines = [
    `${verb} trang “${o.plan.sheet}” từ bảng trên trang “${o.table}”: ${o.areas} lĩnh vực, ${o.criteria} ${o.scored ? 'tiêu chí cần khắc phục' : 'nhiệm vụ'}.`,
    ...(o.appendix ? [`Đã chèn trang “${o.appendix.sheet}” (phụ lục mẫu).`] : []),
    ...(o.keptAppendix ? [`Trang “${o.keptAppendix}” (phụ lục mẫu) đã có nên được giữ nguyên; muốn chèn lại thì xóa trang đó trước.`] : []),
    ...(o.settingsAdded ? [`Đã thêm trang “${SETTINGS_SHEET}” (số, ngày, cơ quan, người ký…) với những gì đọc được từ tiêu đề bảng.`] : []),
    o.placeholders
      ? `Còn ${o.placeholders} chỗ cần bổ sung (đánh dấu “…” hoặc “[…: cần bổ sung]”, tô vàng trên trang): điền trang “${SETTINGS_SHEET}” rồi chạy lại lệnh, hoặc sửa ngay trên trang “${o.plan.sheet}”.`
      : 'Không còn chỗ nào cần bổ sung.',
    `${where.charAt(0).toUpperCase()}${where.slice(1)}${docxWhere ? `; ${docxWhere}` : ''}.`,
  ];
  return lines.join('\n') + '\n';
}
