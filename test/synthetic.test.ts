/**
 * The synthetic appendix generator (bench/synthetic.ts) and the checker against it: the generator is
 * deterministic and exact in size; the checker finds the table, finds every injected problem (recall) and
 * nothing else on the clean generated rows (precision), and reads the .xlsx the same way as the snapshot.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import type { Finding } from '../src/core/report';
import { loadWorkbook, worksheetSnapshot } from '../src/hosts/xlsx/read';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  INJECTED_CODES,
  snapshotOfTable,
  syntheticRows,
  syntheticSnapshot,
  workbookOfTable,
  type InjectedProblem,
  type SyntheticTable,
} from '../bench/synthetic';

const AS_OF = '2024-08-01';
/** Infos the clean generated rows may legitimately raise ("Thường xuyên", "Theo yêu cầu …", blank rows, gaps). */
const ALLOWED_EXTRA = new Set(['time-no-deadline', 'row-blank', 'stt-gap']);

const key = (code: string, cell: string | null) => `${code} ${cell}`;

function byCode<T extends { code: string }>(list: T[], code: string): T[] {
  return list.filter((x) => x.code === code);
}

function check(t: SyntheticTable) {
  return checkSheet(snapshotOfTable(t), { asOf: AS_OF });
}

/** Findings of the injected codes that match no injected problem, and injected problems no finding matches. */
function compare(problems: InjectedProblem[], findings: Finding[]) {
  const injected = new Set(problems.map((p) => key(p.code, p.cell)));
  const found = new Set(findings.map((f) => key(f.code, f.cell)));
  const missed = problems.filter((p) => !found.has(key(p.code, p.cell))).map((p) => `${p.code} ${p.cell} (${p.detail})`);
  const falseAlarms = findings
    .filter((f) => !injected.has(key(f.code, f.cell)) && !ALLOWED_EXTRA.has(f.code))
    .map((f) => `${f.code} ${f.cell}: ${f.message}`);
  return { missed, falseAlarms };
}

describe('synthetic generator', () => {
  it('is deterministic: same seed, same rows and problems', () => {
    const a = syntheticRows(3000, 42);
    const b = syntheticRows(3000, 42);
    expect(b.rows).toEqual(a.rows);
    expect(b.merges).toEqual(a.merges);
    expect(b.italic).toEqual(a.italic);
    expect(b.problems).toEqual(a.problems);
    expect(syntheticSnapshot(500, 7)).toEqual(syntheticSnapshot(500, 7));
    // …and a different seed gives a different table.
    expect(syntheticRows(3000, 43).rows).not.toEqual(a.rows);
  });

  it('produces exactly the requested number of data rows under 4 title lines and a header', () => {
    for (const n of [0, 1, 2, 3, 4, 17, 250, 2000]) {
      const t = syntheticRows(n, n + 1);
      expect(t.rows.length).toBe(HEADER_ROW + n);
      expect(t.dataRows).toBe(n);
      expect(t.kinds.length).toBe(n);
      expect(t.lastDataRow).toBe(HEADER_ROW + n);
      for (const r of t.rows) expect(r.length).toBe(6);
      if (n > 0) expect(t.kinds[n - 1]).not.toBe('blank'); // a blank last row would not be inside the table
    }
    const t = syntheticRows(10, 1);
    expect(t.rows[0]![0]).toBe('PHỤ LỤC');
    expect(t.rows[3]![0]).toBe('(Kèm theo Kế hoạch số 19/KH-SCT ngày 31/3/2024 của Sở Công Thương)');
    expect(t.rows[HEADER_ROW - 1]).toEqual(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', 'Tình trạng']);
    expect(t.merges.slice(0, 4)).toEqual([1, 2, 3, 4].map((r) => ({ top: r, left: 1, bottom: r, right: 6 })));
  });

  it('writes realistic rows: Roman sections then caps headings, text STTs mostly, criteria of 40–200 characters', () => {
    const t = syntheticRows(20_000, 5);
    const stts = t.rows.slice(FIRST_DATA_ROW - 1).map((r) => r[0]);
    const romans = stts.filter((s) => typeof s === 'string' && /^[IVX]+$/.test(s));
    expect(romans.slice(0, 3)).toEqual(['I', 'II', 'III']);
    expect(romans.length).toBe(20);
    expect(romans[19]).toBe('XX');
    const sections = t.kinds.filter((k) => k === 'section').length;
    expect(sections).toBeGreaterThan(20); // past XX: plain caps headings
    const dotted = stts.filter((s) => (typeof s === 'string' && /^\d+\.\d+$/.test(s)) || (typeof s === 'number' && !Number.isInteger(s)));
    const asText = dotted.filter((s) => typeof s === 'string').length;
    expect(asText / dotted.length).toBeGreaterThan(0.95);
    t.kinds.forEach((k, i) => {
      if (k !== 'item') return;
      const text = t.rows[FIRST_DATA_ROW - 1 + i]![1] as string;
      expect(text.length).toBeGreaterThanOrEqual(40);
      expect(text.length).toBeLessThanOrEqual(200 + 60); // + an injected "<i>(…)</i>"
    });
    // A few percent of problems, not more.
    expect(t.problems.length / t.dataRows).toBeGreaterThan(0.02);
    expect(t.problems.length / t.dataRows).toBeLessThan(0.08);
  });

  it('generates 100,000 rows well under 2 s', () => {
    const t0 = performance.now();
    const t = syntheticRows(100_000, 1);
    const ms = performance.now() - t0;
    expect(t.rows.length).toBe(100_005);
    expect(ms).toBeLessThan(2000);
  });
});

describe('the checker on a 2,000-row synthetic table', () => {
  const table = syntheticRows(2000, 2024);
  const report = check(table);

  it('finds the table: header row 5, the six columns mapped', () => {
    expect(report.table).not.toBeNull();
    expect(report.table!.headerRow).toBe(5);
    expect(report.table!.firstRow).toBe(6);
    expect(report.table!.lastRow).toBe(2005);
    expect(report.table!.columns).toMatchObject({ stt: 'A', criterion: 'B', owner: 'C', product: 'D', time: 'E', status: 'F' });
    expect(report.planDate).toBe('2024-03-31');
    expect(byCode(report.findings, 'table-not-found')).toEqual([]);
    expect(byCode(report.findings, 'column-missing')).toEqual([]);
  });

  it('the table has every kind of injected problem', () => {
    for (const code of INJECTED_CODES) expect(byCode(table.problems, code).length, code).toBeGreaterThan(0);
  });

  it('flags every numeric STT as stt-number-coerced, and nothing else', () => {
    const injected = byCode(table.problems, 'stt-number-coerced');
    const found = byCode(report.findings, 'stt-number-coerced');
    expect(found.length).toBe(injected.length);
    expect(found.map((f) => f.cell).sort()).toEqual(injected.map((p) => p.cell).sort());
  });

  it.each(INJECTED_CODES.map((c) => [c]))('finds exactly the injected %s problems (cells)', (code) => {
    const injected = byCode(table.problems, code).map((p) => p.cell).sort();
    const found = byCode(report.findings, code).map((f) => f.cell).sort();
    expect(found).toEqual(injected);
  });

  it('recall: no injected problem is missed', () => {
    expect(compare(table.problems, report.findings).missed).toEqual([]);
  });

  it('precision: no findings on clean generated rows except time-no-deadline / row-blank / stt-gap infos', () => {
    // The clean rows include the product "Tin, bài" (~1% of items): one product with a comma in its name, which
    // product-unknown once flagged in every such cell. A false alarm is listed here with its cell and message.
    expect(compare(table.problems, report.findings).falseAlarms).toEqual([]);
    for (const f of report.findings) if (ALLOWED_EXTRA.has(f.code)) expect(f.severity).toBe('info');
  });

  it('classifies every row as the generator meant it (section, group, item, detail, blank)', () => {
    const kinds = report.rows.map((r) => `${r.row} ${r.kind}`);
    const meant = table.kinds.map((k, i) => `${FIRST_DATA_ROW + i} ${k}`);
    expect(kinds).toEqual(meant);
  });

  it('precision and recall hold for other seeds too', () => {
    for (const seed of [1, 2, 3, 99]) {
      const t = syntheticRows(2000, seed);
      const { missed, falseAlarms } = compare(t.problems, check(t).findings);
      expect({ seed, missed, falseAlarms }).toEqual({ seed, missed: [], falseAlarms: [] });
    }
  });

  it('reads the same table from the .xlsx as from the snapshot (exceljs host)', async () => {
    const buf = await workbookOfTable(table).xlsx.writeBuffer();
    const wb = await loadWorkbook(new Uint8Array(buf as ArrayBuffer));
    const ws = wb.worksheets[0]!;
    const fromXlsx = checkSheet(worksheetSnapshot(ws), { asOf: AS_OF });
    expect(fromXlsx.table).toEqual(report.table);
    expect(fromXlsx.findings.map((f) => key(f.code, f.cell))).toEqual(report.findings.map((f) => key(f.code, f.cell)));
    expect(fromXlsx.rows).toEqual(report.rows);
  });
});
