/**
 * A tracking table the tracking code has never seen (plan year 2025, a two-row header, an owner merged
 * down two rows, an Excel date cell, recurring rows with and without a day), with every deadline, flag and
 * count worked out by hand: `cchc check --json` must give these deadlines and overdue / due-soon states,
 * and the annotated workbook, recalculated by LibreOffice, these flags and counts. (The LibreOffice half is
 * skipped, saying why, where LibreOffice is not installed; .ci/run installs it.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SUMMARY_LAYOUT, SUMMARY_SHEET, WHOLE_PLAN } from '../src/core/tracking/summary-sheet';
import { run } from './cli-helpers';
import { readBook, soffice, throughLibreOffice } from './xlsx-writer-fixtures';

const AS_OF = '2025-07-10';
const dir = mkdtempSync(join(tmpdir(), 'cchc-heldout-track-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row → [STT, task, owner, coordinator, time, status], with what a person works out for 10/07/2025. */
const ROWS: { cells: [string, string, string | null, string | null, string | Date, string | null]; deadline: string | null; recurrence: string | null; overdue: boolean | null; dueSoon: boolean | null; flag: string; shown: string | null }[] = [
  { cells: ['1', 'Ban hành kế hoạch CCHC', 'Văn phòng', 'Phòng Nội vụ', '6 tháng đầu năm', 'Đã hoàn thành'], deadline: '2025-06-30', recurrence: null, overdue: false, dueSoon: false, flag: 'Hoàn thành', shown: '2025-06-30' },
  { cells: ['2', 'Kiểm tra công tác CCHC', null, null, 'Quý III', 'Đang thực hiện'], deadline: '2025-09-30', recurrence: null, overdue: false, dueSoon: false, flag: '', shown: '2025-09-30' },
  { cells: ['3', 'Tuyên truyền CCHC', 'Phòng Văn hóa và Thông tin', null, '15/7/2025', null], deadline: '2025-07-15', recurrence: null, overdue: false, dueSoon: true, flag: 'Sắp đến hạn', shown: '2025-07-15' },
  { cells: ['4', 'Báo cáo CCHC định kỳ', 'Văn phòng', null, 'Hàng quý', 'Đang thực hiện'], deadline: null, recurrence: 'quarterly', overdue: false, dueSoon: false, flag: '', shown: '2025-09-30' },
  { cells: ['5', 'Rà soát quy chế làm việc', 'Phòng Tư pháp', null, 'Tháng 5', 'Chưa hoàn thành'], deadline: '2025-05-31', recurrence: null, overdue: true, dueSoon: false, flag: 'Quá hạn', shown: '2025-05-31' },
  { cells: ['6', 'Số hóa hồ sơ TTHC', 'Phòng Nội vụ', null, new Date(Date.UTC(2025, 6, 20)), 'Chưa thực hiện'], deadline: '2025-07-20', recurrence: null, overdue: false, dueSoon: true, flag: 'Sắp đến hạn', shown: '2025-07-20' },
  { cells: ['7', 'Bồi dưỡng công chức', 'Phòng Nội vụ', null, 'Thường xuyên', 'Đang thực hiện'], deadline: null, recurrence: null, overdue: false, dueSoon: false, flag: '', shown: null },
  { cells: ['8', 'Khảo sát sự hài lòng', 'Văn phòng', null, 'trước ngày 25 hàng tháng', null], deadline: null, recurrence: 'monthly', overdue: false, dueSoon: true, flag: 'Sắp đến hạn', shown: '2025-07-25' },
  { cells: ['9', 'Tổng kết CCHC năm 2025', 'Văn phòng', null, 'Tháng 12', 'Hoàn thành'], deadline: '2025-12-31', recurrence: null, overdue: false, dueSoon: false, flag: 'Hoàn thành', shown: '2025-12-31' },
];
const FIRST = 7;
/** Unit → tasks, done, in progress, late, due soon (a coordinator does not count; the merged owner does). */
const COUNTS: Record<string, number[]> = {
  'Văn phòng': [5, 2, 2, 0, 1],
  'Phòng Văn hóa và Thông tin': [1, 0, 0, 0, 1],
  'Phòng Tư pháp': [1, 0, 0, 1, 0],
  'Phòng Nội vụ': [2, 0, 1, 0, 1],
  [WHOLE_PLAN]: [9, 2, 3, 1, 3],
};

async function heldoutWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KH 2025');
  ws.getCell('A1').value = 'PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '(Kèm theo Kế hoạch số 07/KH-UBND ngày 10/02/2025 của UBND phường Đông Kinh)';
  ws.mergeCells('A2:F2');
  for (const [col, text] of [['A', 'STT'], ['B', 'Nhiệm vụ'], ['E', 'Thời gian'], ['F', 'Kết quả thực hiện']] as const) {
    ws.getCell(`${col}4`).value = text;
    ws.mergeCells(`${col}4:${col}5`);
  }
  ws.getCell('C4').value = 'Đơn vị thực hiện';
  ws.mergeCells('C4:D4');
  ws.getCell('C5').value = 'Chủ trì';
  ws.getCell('D5').value = 'Phối hợp';
  ws.getCell('A6').value = 'I';
  ws.getCell('B6').value = 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH';
  ROWS.forEach(({ cells }, i) =>
    cells.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(FIRST + i, j + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
  ws.mergeCells(`C${FIRST}:C${FIRST + 1}`);
  const path = join(dir, 'heldout.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('a tracking table never seen before', () => {
  it('check --json gives every row its deadline, overdue and due-soon state', async () => {
    const file = await heldoutWorkbook();
    const r = await run(['check', file, '--json', '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    const rows: { row: number; deadline: string | null; recurrence: string | null; overdue: boolean | null; dueSoon: boolean | null }[] = JSON.parse(r.stdout).sheets[0].rows;
    ROWS.forEach((expected, i) => {
      const got = rows.find((r) => r.row === FIRST + i)!;
      expect({ deadline: got.deadline, recurrence: got.recurrence, overdue: got.overdue, dueSoon: got.dueSoon }, `row ${FIRST + i}`).toEqual({
        deadline: expected.deadline,
        recurrence: expected.recurrence,
        overdue: expected.overdue,
        dueSoon: expected.dueSoon,
      });
    });
  });

  it.skipIf(soffice === '')(`annotated and recalculated by LibreOffice, shows these deadlines, flags and counts${soffice === '' ? ' (skipped: LibreOffice "soffice" is not installed)' : ''}`, async () => {
    const file = await heldoutWorkbook();
    const outFile = join(dir, 'heldout-annotated.xlsx');
    const r = await run(['annotate', file, '--out', outFile, '--as-of', AS_OF, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBeLessThan(2);
    const columns = JSON.parse(r.stdout).columns as { deadline: string; flag: string };
    // The header goes in the header row's last line; the layer's columns follow the table.
    expect(columns).toMatchObject({ deadline: 'G', flag: 'H' });
    const wb = await readBook(throughLibreOffice(new Uint8Array(readFileSync(outFile))));
    const ws = wb.getWorksheet('KH 2025')!;
    expect([ws.getCell('G5').value, ws.getCell('H5').value, ws.getCell('I5').value]).toEqual(['Hạn hoàn thành', 'Cảnh báo', 'Đơn vị theo dõi']);
    const result = (address: string) => {
      const v = ws.getCell(address).value as { result?: unknown } | Date | string | number | null;
      const r = v && typeof v === 'object' && !(v instanceof Date) ? (v.result ?? null) : v;
      return r instanceof Date ? r.toISOString().slice(0, 10) : r === '' ? null : r;
    };
    ROWS.forEach((expected, i) => {
      expect(result(`G${FIRST + i}`), `deadline of row ${FIRST + i}`).toBe(expected.shown);
      expect(result(`H${FIRST + i}`) ?? '', `flag of row ${FIRST + i}`).toBe(expected.flag);
    });
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    const figures: Record<string, number[]> = {};
    for (let r = SUMMARY_LAYOUT.firstUnitRow; typeof summary.getCell(r, 2).value === 'string'; r++) {
      figures[summary.getCell(r, 2).value as string] = [3, 4, 5, 6, 7].map((c) => Number((summary.getCell(r, c).value as { result?: number }).result ?? 0));
    }
    expect(figures).toEqual(COUNTS);
  });
});
