/**
 * The plan's settings kept in the workbook, so that they travel with it: a sheet "Thông tin kế hoạch" of
 * labelled rows (Mục | Nội dung) under the name CCHC_ThongTinKeHoach. The user can read and edit it like
 * any sheet; the pane and `cchc sections` read it by its labels (rows may be moved), and the pane writes
 * it when the user saves the form — each save one undo step.
 *
 * Dates are written as text "05/01/2024" (a partial date "01/2024" or "2024" when the day is not known
 * yet), so that Excel keeps them as typed; a real date typed over them is read too.
 */
import { a1 } from '../address';
import type { CellEdit } from '../report';
import type { RawValue } from '../snapshot';
import { fold } from '../text/normalize';
import { clean, dateParts } from '../plan-doc/write';
import type { PlanSettings, Rank } from '../plan-doc/model';
import type { CellBlock, DefinedName } from '../workbook/catalog';
import { workbookName } from '../workbook/catalog';
import type { NewCell, PlanStep } from '../workbook/plan';

export const SETTINGS_SHEET = 'Thông tin kế hoạch';
export const SETTINGS_NAME = 'CCHC_ThongTinKeHoach';

type Key = 'parentAgency' | 'issuingAgency' | 'unitName' | 'planNumber' | 'planSymbol' | 'place' | 'planDate' | 'indexYear' | 'decisionNumber' | 'decisionDate' | 'decisionIssuer'
  | 'rank' | 'signerAuthority' | 'signerTitle' | 'signerName' | 'recipients' | 'trackingUnit';

/** The rows of the sheet, in order: key, label, and an example shown in the third column. */
export const SETTINGS_FIELDS: readonly { key: Key; label: string; hint: string }[] = [
  { key: 'parentAgency', label: 'Cơ quan chủ quản', hint: 'UBND TỈNH LẠNG SƠN' },
  { key: 'issuingAgency', label: 'Cơ quan ban hành', hint: 'SỞ CÔNG THƯƠNG' },
  { key: 'unitName', label: 'Tên đơn vị (trong câu văn)', hint: 'Sở Công Thương' },
  { key: 'planNumber', label: 'Số kế hoạch', hint: '04 (để trống đến khi vào sổ)' },
  { key: 'planSymbol', label: 'Ký hiệu', hint: 'KH-SCT' },
  { key: 'place', label: 'Địa danh', hint: 'Lạng Sơn' },
  { key: 'planDate', label: 'Ngày ban hành', hint: '05/01/2024, hoặc 01/2024 khi chưa có ngày' },
  { key: 'indexYear', label: 'Năm của Chỉ số CCHC', hint: '2023 (mặc định: năm trước năm kế hoạch)' },
  { key: 'decisionNumber', label: 'Quyết định công bố Chỉ số: số', hint: '102/QĐ-UBND' },
  { key: 'decisionDate', label: 'Quyết định công bố Chỉ số: ngày', hint: '16/01/2024' },
  { key: 'decisionIssuer', label: 'Quyết định công bố Chỉ số: của', hint: 'Chủ tịch UBND tỉnh Lạng Sơn' },
  { key: 'rank', label: 'Xếp hạng', hint: '13/20' },
  { key: 'signerAuthority', label: 'Thẩm quyền ký (KT., TM., TL.)', hint: 'KT. GIÁM ĐỐC' },
  { key: 'signerTitle', label: 'Chức vụ người ký', hint: 'PHÓ GIÁM ĐỐC' },
  { key: 'signerName', label: 'Họ và tên người ký', hint: 'Nguyễn Văn A' },
  { key: 'recipients', label: 'Nơi nhận (cách nhau bởi dấu ;)', hint: 'Văn phòng UBND tỉnh; Sở Nội vụ; Lưu: VT, VP' },
  { key: 'trackingUnit', label: 'Đơn vị theo dõi, báo cáo', hint: 'Văn phòng Sở' },
];

const FIRST_ROW = 2;

/** "05/01/2024" for "2024-01-05"; "01/2024" for "2024-01"; "2024". */
export function dateText(iso: string | undefined): string {
  const { year, month, day } = dateParts(iso);
  if (!year) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return day && month ? `${pad(day)}/${pad(month)}/${year}` : month ? `${pad(month)}/${year}` : String(year);
}

/** A date as typed or stored: "05/01/2024", "5/1/2024", "01/2024", "2024", "2024-01-05", or an Excel date serial. */
export function isoOf(v: RawValue): string | undefined {
  if (typeof v === 'number' && v > 0 && v < 2958466) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = typeof v === 'string' ? clean(v) : '';
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
  return undefined;
}

/** A field of the settings as the sheet writes it (and the pane's form shows it): "05/01/2024", "13/20", "a; b". */
export function settingText(s: PlanSettings, key: Key): string {
  switch (key) {
    case 'planDate':
      return dateText(s.planDate);
    case 'indexYear':
      return s.indexYear ? String(s.indexYear) : '';
    case 'decisionNumber':
      return clean(s.decision?.number);
    case 'decisionDate':
      return dateText(s.decision?.date);
    case 'decisionIssuer':
      return clean(s.decision?.issuer);
    case 'rank':
      return s.rank ? `${s.rank.position}/${s.rank.of}` : '';
    case 'recipients':
      return (s.recipients ?? []).map(clean).filter(Boolean).join('; ');
    default:
      return clean(s[key]);
  }
}

function apply(s: PlanSettings, key: Key, raw: RawValue): void {
  const text = typeof raw === 'string' ? clean(raw) : typeof raw === 'number' ? String(raw) : '';
  if (!text && typeof raw !== 'number') return;
  switch (key) {
    case 'planDate': {
      const iso = isoOf(raw);
      if (iso) s.planDate = iso;
      return;
    }
    case 'indexYear':
      if (/^\d{4}$/.test(text)) s.indexYear = Number(text);
      return;
    case 'decisionNumber':
      s.decision = { ...s.decision, number: text };
      return;
    case 'decisionDate': {
      const iso = isoOf(raw);
      if (iso) s.decision = { ...s.decision, date: iso };
      return;
    }
    case 'decisionIssuer':
      s.decision = { ...s.decision, issuer: text };
      return;
    case 'rank': {
      const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
      if (m) s.rank = { position: Number(m[1]), of: Number(m[2]) } satisfies Rank;
      return;
    }
    case 'recipients':
      s.recipients = text.split(/\s*;\s*/).filter(Boolean);
      return;
    default:
      s[key] = text;
  }
}

/** The settings in the cells read under the name (labels in the name's first column, values in the next). */
export function settingsFrom(block: CellBlock | null): PlanSettings {
  const s: PlanSettings = {};
  for (const line of block?.values ?? []) {
    const key = keyOf(line[0]);
    if (key) apply(s, key, line[1] ?? null);
  }
  return s;
}

const BY_LABEL = new Map(SETTINGS_FIELDS.map((f) => [fold(f.label), f.key]));

/** The setting a row's label names (labels compare without case and diacritics: rows may be retyped). */
function keyOf(label: RawValue | undefined): Key | undefined {
  return typeof label === 'string' ? BY_LABEL.get(fold(label)) : undefined;
}

/** The cells to read for the settings: the name's rows, labels and values (null when the workbook has none). */
export function settingsArea(names: readonly DefinedName[]): { sheet: string; range: { top: number; left: number; bottom: number; right: number } } | null {
  const target = workbookName(names, SETTINGS_NAME)?.target;
  return target ? { sheet: target.sheet, range: { ...target.range, right: target.range.left + 1 } } : null;
}

/**
 * Save the settings: a new sheet and its name when the workbook has none, else the value cells that
 * changed (each with what it held, so the save undoes exactly). Rows are found by label in what was read.
 */
export function settingsSteps(settings: PlanSettings, existing: { sheet: string; block: CellBlock | null } | null): PlanStep[] {
  if (!existing) {
    const header = (col: number, value: string): NewCell => ({ row: 1, col, value, bold: true });
    const cells: NewCell[] = [header(1, 'Mục'), header(2, 'Nội dung'), header(3, 'Ví dụ')];
    SETTINGS_FIELDS.forEach((f, i) => {
      const row = FIRST_ROW + i;
      const value = settingText(settings, f.key);
      cells.push({ row, col: 1, value: f.label }, { row, col: 2, value: value || null, numFmt: '@' }, { row, col: 3, value: f.hint, italic: true });
    });
    return [
      { kind: 'addSheet', sheet: SETTINGS_SHEET, cells, columnWidths: [{ col: 1, width: 34 }, { col: 2, width: 50 }, { col: 3, width: 44 }] },
      {
        kind: 'defineName',
        key: { name: SETTINGS_NAME, scope: null },
        target: { sheet: SETTINGS_SHEET, range: { top: FIRST_ROW, left: 1, bottom: FIRST_ROW + SETTINGS_FIELDS.length - 1, right: 1 } },
        comment: 'Thông tin kế hoạch (CCHC Phụ lục)',
      },
    ];
  }
  const { sheet, block } = existing;
  const edits: CellEdit[] = [];
  block?.values.forEach((line, i) => {
    const key = keyOf(line[0]);
    if (!key) return;
    const row = block.top + i;
    const col = block.left + 1;
    const before = line[1] ?? null;
    const now = settingText(settings, key);
    // What the cell says, as the settings read it: a date typed as a real date is not rewritten as text.
    const held: PlanSettings = {};
    apply(held, key, before);
    if (now === settingText(held, key)) return;
    // Text format: Excel would read "04" as 4 and "05/01/2024" as a date.
    edits.push({ cell: a1(row, col), row, col, value: now || null, before, numFmt: '@' });
  });
  return edits.length ? [{ kind: 'cells', sheet, edits }] : [];
}
