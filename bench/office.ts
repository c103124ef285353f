/**
 * Office host figures, measured through the in-memory Excel double (test/excel-double): round trips
 * (context.sync calls) and payload per round trip, which is what makes an add-in slow or fail in Excel
 * on the web, not CPU time.
 *
 *   excel.check.syncs        syncs to read the active sheet (100 and 10,000 data rows)
 *   excel.fix.syncs          syncs to apply the planFixes plan of the check (100 and 10,000 rows)
 *   excel.check.payload_kb   largest request + response of one sync while reading 10,000 rows (limit 5,120 KB)
 *   excel.annotate.syncs     syncs to add the tracking layer ("Chèn cột theo dõi hạn", 100 and 10,000 rows)
 *   excel.annotate_update.syncs  syncs to run it again (the layer is updated in place)
 *   excel.annotate_remove.syncs  syncs to remove it ("Gỡ cột theo dõi")
 *   excel.annotate.payload_kb    largest request + response of one sync while adding the layer to 10,000 rows
 *   excel.sections.syncs     syncs to insert the "Kế hoạch" sheet ("Chèn kế hoạch"; every task of the table a criterion)
 *   excel.sections.payload_kb    largest request + response of one sync while inserting it (10,000 tasks: some 50,000 lines)
 *   excel.sections_update.syncs  syncs to insert it again (our sheet replaced in one plan)
 *   excel.appendix.syncs     syncs to insert the standard appendix, pre-filled with every task
 *
 * Standalone: `npx tsx bench/office.ts` prints one JSON object per line, like bench/run.ts.
 */
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import { WorkbookService } from '../src/core/workbook/service';
import { annotate, removeTracking } from '../src/core/tracking/operations';
import { insertAppendixSheet, insertPlanSheet } from '../src/core/plan-sheet';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { ExcelDouble } from '../test/excel-double';
import { syntheticSnapshot } from './synthetic';

const AS_OF = '2024-08-01';
const SEED = 2024;
const SIZES = [100, 10_000];

export interface Figure {
  name: string;
  rows: number;
  value: number;
  unit: string;
}

export async function officeFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const rows of SIZES) {
    const snapshot = syntheticSnapshot(rows, SEED);
    const sheet = snapshot.name;
    const excel = ExcelDouble.fromSnapshot(snapshot);
    const host = createOfficeHost({ excel, displayLanguage: 'vi-VN' });
    /** The syncs of one operation, and at 10,000 rows its largest request + response when `payload` names it. */
    const measure = async (name: string, operation: () => Promise<unknown>, payload?: string) => {
      excel.resetLog();
      await operation();
      figures.push({ name, rows, value: excel.syncCount, unit: 'syncs' });
      if (payload && rows === 10_000) figures.push({ name: payload, rows, value: Math.round(excel.maxPayloadBytes / 1024), unit: 'KB' });
    };

    await measure('excel.check.syncs', () => new WorkbookService(host).readActiveSheet(), 'excel.check.payload_kb');
    const plan = planFixes(checkSheet(snapshot, { asOf: AS_OF }).findings);
    await measure('excel.fix.syncs', () => new WorkbookService(host).applyEdits(sheet, plan.edits));

    const service = new WorkbookService(host);
    await measure('excel.annotate.syncs', () => annotate(service, { asOf: AS_OF }), 'excel.annotate.payload_kb');
    await measure('excel.annotate_update.syncs', () => annotate(service, {}));
    await measure('excel.annotate_remove.syncs', () => removeTracking(service));
    await measure('excel.sections.syncs', () => insertPlanSheet(service), 'excel.sections.payload_kb');
    await measure('excel.sections_update.syncs', () => insertPlanSheet(service));
    await measure('excel.appendix.syncs', () => insertAppendixSheet(service));
  }
  return figures;
}

// Run directly (tsx compiles this package to CommonJS): print the figures.
if (require.main === module) {
  officeFigures().then(
    (figures) => {
      for (const f of figures) process.stdout.write(JSON.stringify(f) + '\n');
    },
    (e: unknown) => {
      process.stderr.write(`[bench] office figures failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
