/**
 * Parity: every fixture workbook read through each host — the Office adapter (over the Excel double),
 * the CLI's .xlsx reading and the preview — gives the same report and the same fix plan. The file is
 * the source of truth: each fixture is written as .xlsx once, and the double is seeded from what the
 * file holds, so any difference comes from a host's own reading.
 *
 * Needs ../shared (seed 002) beside the checkout.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../bench/synthetic';
import type { CliArgs } from '../src/cli/args';
import { analyzeWorkbook, openWorkbook } from '../src/cli/session';
import { analyzeSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import type { SheetReport } from '../src/core/report';
import type { SheetSnapshot } from '../src/core/snapshot';
import { WorkbookService } from '../src/core/workbook/service';
import { createOfficeHost } from '../src/hosts/office/officeHost';
import { loadWorkbook, worksheetSnapshot } from '../src/hosts/xlsx/read';
import { PreviewHost } from '../src/preview/previewHost';
import { ExcelDouble } from './excel-double';
import { HELDOUT } from './fixtures/heldout';
import {
  buildContinuation,
  buildDateCells,
  buildEmptySheet,
  buildExcelTable,
  buildFixWorkbook,
  buildLegacyText,
  buildMergedOwner,
  buildNumericStt,
  buildStatus,
  buildTitleMerged,
  buildTwoRowHeader,
  buildTwoSheets,
  buildTwoTables,
  makeTempDir,
} from './fixtures/workbooks';
import { randomSheet } from './fixtures/random-sheets';
import { seedAppendixSnapshot } from './fixtures/seeds';
import { xlsxOfSnapshot } from './helpers/xlsx-of-snapshot';

const AS_OF = '2024-08-01';

const FIXTURES: { name: string; snapshot: () => SheetSnapshot }[] = [
  { name: 'seed 002', snapshot: seedAppendixSnapshot },
  ...HELDOUT.map((t) => ({ name: t.name, snapshot: () => t.snapshot })),
  ...[1, 2].map((seed) => ({ name: `synthetic ${seed}`, snapshot: () => syntheticSnapshot(300, seed) })),
  ...Array.from({ length: 300 }, (_, i) => ({ name: `random ${i + 1}`, snapshot: () => ({ ...randomSheet(i + 1), name: `S${i + 1}` }) })),
];

/** What must agree: each finding (code, cell, message, fix) and each row, and the plan of every fix. */
function comparable(report: SheetReport) {
  return { report, plan: planFixes(report.findings).edits };
}

/** The CLI tests' workbooks, written once into a temporary folder. */
async function fileFixtures(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const dir = makeTempDir('cchc-parity-');
  try {
    const paths = [
      (await buildTitleMerged(dir)).path,
      (await buildTwoRowHeader(dir)).path,
      (await buildMergedOwner(dir)).path,
      (await buildNumericStt(dir)).path,
      (await buildLegacyText(dir)).path,
      (await buildDateCells(dir)).path,
      (await buildExcelTable(dir)).path,
      (await buildExcelTable(dir, { withIssues: true })).path,
      (await buildContinuation(dir)).path,
      (await buildStatus(dir)).path,
      (await buildTwoSheets(dir)).path,
      (await buildFixWorkbook(dir)).path,
      (await buildTwoTables(dir)).path,
      await buildEmptySheet(dir),
    ];
    return paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One sheet's report through each host. */
async function reportsOf(bytes: Uint8Array, sheetIndex: number) {
  const seeds = (await loadWorkbook(bytes)).worksheets.map((ws) => worksheetSnapshot(ws));
  const sheetName = seeds[sheetIndex]!.name;
  const args: CliArgs = { command: 'check', file: 'x.xlsx', json: true, lang: 'vi', sheet: sheetName, asOf: AS_OF, overwrite: false };
  const cli = analyzeWorkbook(await openWorkbook(bytes), args)[0]!.report;

  const preview = await PreviewHost.fromBytes(bytes, 'x.xlsx', 'vi');
  preview.activateSheet(sheetName);
  const previewUnits = await new WorkbookService(preview).readUnitList();
  const previewReport = analyzeSheet((await new WorkbookService(preview).readActiveSheet()).snapshot, { lang: 'vi', asOf: AS_OF, units: previewUnits ?? undefined }).report;

  const excel = new ExcelDouble();
  seeds.forEach((seed, i) => excel.addSheet(seed.name, seed, { activate: i === sheetIndex }));
  const office = createOfficeHost({ excel, displayLanguage: 'vi-VN' });
  const officeUnits = await new WorkbookService(office).readUnitList();
  const officeReport = analyzeSheet((await new WorkbookService(office).readActiveSheet()).snapshot, { lang: 'vi', asOf: AS_OF, units: officeUnits ?? undefined }).report;
  return { cli, preview: previewReport, office: officeReport };
}

describe('every host reads a workbook the same way', () => {
  it(`gives the same report and plan through Office, the CLI and the preview (${FIXTURES.length} sheets and the CLI's workbooks)`, async () => {
    const files = [...(await fileFixtures()), ...(await Promise.all(FIXTURES.map(async (f) => ({ name: f.name, bytes: await xlsxOfSnapshot(f.snapshot()) }))))];
    const differences: string[] = [];
    let sheets = 0;
    for (const file of files) {
      const count = (await loadWorkbook(file.bytes)).worksheets.length;
      for (let i = 0; i < count; i++) {
        sheets++;
        const r = await reportsOf(file.bytes, i);
        const want = JSON.stringify(comparable(r.cli));
        if (JSON.stringify(comparable(r.preview)) !== want) differences.push(`${file.name} #${i + 1}: the preview differs from the CLI`);
        if (JSON.stringify(comparable(r.office)) !== want) differences.push(`${file.name} #${i + 1}: Office differs from the CLI`);
      }
    }
    expect(differences).toEqual([]);
    expect(sheets).toBeGreaterThan(FIXTURES.length + 14);
    console.log(`parity: ${sheets} sheets in ${files.length} workbooks read through 3 hosts`);
  }, 180_000);
});
