/**
 * Every text a user reads from the rules — each finding's message over every fixture sheet, and each
 * rule's title, help and fix label — in both languages, checked for what a broken template leaves:
 * an empty placeholder ("Ô có , ."), dangling punctuation, "undefined"/"null"/"NaN", or a word of the
 * other language ("Ô có leading or trailing spaces."). Cell text quoted in a message (“…”) is the user's
 * own and is not judged.
 *
 * Needs ../shared (seed 002) beside the checkout.
 */
import { describe, expect, it } from 'vitest';
import { syntheticSnapshot } from '../bench/synthetic';
import { checkSheet } from '../src/core/check';
import { roleLabel } from '../src/core/i18n/labels';
import { DOCUMENT_TYPES } from '../src/core/parse/products';
import { ROLES, type Lang } from '../src/core/report';
import { RULES } from '../src/core/rules';
import { snapshotFromRows, type SheetSnapshot } from '../src/core/snapshot';
import { LAYER_HEADERS } from '../src/core/tracking/headers';
import { HELDOUT } from './fixtures/heldout';
import { randomSheet } from './fixtures/random-sheets';
import { seedAppendixSnapshot } from './fixtures/seeds';
import { allScoreTables } from './fixtures/score-tables';
import { table } from './helpers/table';

/** Rows that make the rules no fixture sets off speak too (a unit list makes owner-unknown speak). */
function everyRuleSheet(): SheetSnapshot {
  return table([
    ['I', 'CÔNG TÁC CHỈ ĐẠO', null, null, null],
    [1.1, '<img src="a.png">', 'V¨n phßng', 'Báo cáo', 'Tháng 13'],
    ['1.1', " Nội dung  ", "'Văn phòng", '<b>Báo cáo</b>', 'Trước 30/11/2019'],
    ['3', 'Nội dung', 'Phòng Không Có', 'Sổ tay', 'Thường xuyên'],
    ['2', 'Nội dung', null, null, null],
    [null, null, null, null, null],
    ['2.4.2', 'các quy định hồ sơ', 'Văn phòng', 'Báo cáo', { error: '#REF!' }],
  ]);
}

/** A table with the tracking layer beside it, whose deadlines no longer follow the time column. */
function staleLayerSheet(): SheetSnapshot {
  const recurring = '=IF(DAY(NgayDanhGia)<=20,DATE(YEAR(NgayDanhGia),MONTH(NgayDanhGia),20),DATE(YEAR(NgayDanhGia),MONTH(NgayDanhGia)+1,20))';
  return snapshotFromRows(
    'Theo dõi',
    [
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Sản phẩm', 'Thời gian', ...Object.values(LAYER_HEADERS).slice(1)],
      ['1', 'Nội dung', 'Văn phòng', 'Báo cáo', 'Tháng 9/2024', 45382, null, 'Văn phòng'],
      ['2', 'Nội dung', 'Văn phòng', 'Báo cáo', 'Quý IV/2024', null, null, 'Văn phòng'],
      ['3', 'Nội dung', 'Văn phòng', 'Báo cáo', 'Thường xuyên', 45382, null, 'Văn phòng'],
      ['4', 'Nội dung', 'Văn phòng', 'Báo cáo', 'Hàng tháng', 45382, null, 'Văn phòng'],
      ['5', 'Nội dung', 'Văn phòng', 'Báo cáo', 'Tháng 9/2024', null, null, 'Văn phòng'],
    ],
    { formulas: [[], [], [], [], [], [null, null, null, null, null, recurring]] },
  );
}

const SHEETS: { name: string; snapshot: SheetSnapshot; asOf: string }[] = [
  { name: 'stale tracking layer', snapshot: staleLayerSheet(), asOf: '2024-08-01' },
  { name: 'seed 002', snapshot: seedAppendixSnapshot(), asOf: '2022-08-01' },
  ...HELDOUT.map((t) => ({ name: t.name, snapshot: t.snapshot, asOf: t.asOf })),
  ...[1, 2, 3].map((seed) => ({ name: `synthetic ${seed}`, snapshot: syntheticSnapshot(400, seed), asOf: '2024-08-01' })),
  ...Array.from({ length: 300 }, (_, i) => ({ name: `random ${i + 1}`, snapshot: randomSheet(i + 1), asOf: '2024-08-01' })),
  { name: 'every rule', snapshot: everyRuleSheet(), asOf: '2022-08-01' },
  // Score tables (seeds 000 and 003, held-out ones): every score rule and every kind of score-mismatch speaks.
  ...allScoreTables().map((t) => ({ name: t.name, snapshot: t.snapshot, asOf: '2025-05-01' })),
];
const UNITS = [{ name: 'Văn phòng', aliases: ['VP'] }];

const words = (text: string) => text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? [];
const isAscii = (w: string) => /^[a-z]+$/.test(w);

/** The words each language's own static texts use: a word of one that the other never uses is foreign there. */
function vocabulary(lang: Lang): Set<string> {
  const out = new Set<string>();
  for (const r of RULES) for (const t of [r.title[lang], r.help[lang], r.fixLabel?.[lang] ?? '']) for (const w of words(t)) out.add(w);
  return out;
}
const VOCAB = { vi: vocabulary('vi'), en: vocabulary('en') };
/**
 * Vietnamese an English text may name: the headers and document types the user types in Vietnamese
 * ("Name the columns … (STT, Nội dung, Đơn vị chủ trì …)").
 */
const DOMAIN_TERMS = new Set(
  [...DOCUMENT_TYPES, ...ROLES.map((r) => roleLabel(r, 'vi')), 'Nội dung', 'Đơn vị chủ trì', 'Thời gian', ...Object.values(LAYER_HEADERS)].flatMap(words),
);
/** Plain English words a Vietnamese text never needs, whether or not the static texts use them. */
const ENGLISH = new Set(['the', 'has', 'and', 'or', 'of', 'with', 'cell', 'cells', 'row', 'rows', 'spaces', 'leading', 'trailing', 'double', 'text', 'missing', 'unknown', 'table', 'column', 'fix']);

/** What is wrong with one rendered text, or null. */
function defect(text: string, lang: Lang): string | null {
  if (text.trim() === '') return 'empty text';
  if (text !== text.trim()) return 'white space at an end';
  // The user's own cell text, quoted, is not judged; what the template wrote around it is.
  const own = text.replace(/“[^”]*”/g, '“x”');
  if (/\b(undefined|null|NaN)\b|\[object /.test(own)) return 'undefined/null/NaN/[object]';
  if (/“\s*”|\(\s*\)|\[\s*\]/.test(text)) return 'empty placeholder';
  if (/ {2}/.test(own)) return 'double space (an empty placeholder?)';
  // ".VnTime", ".xlsx": a dot before a letter starts a name, it does not end a sentence.
  if (/\s[,;:!?)]|\s\.(?![\p{L}\d])/u.test(own) || /[(“]\s/.test(own)) return 'punctuation dangling by a space';
  if (/[,;:(]\s*[.!?]?$/.test(own) || /^[\s,.;:)]/.test(own) || /[,;]\s*([,;]|\.(?!\p{L}))/u.test(own)) return 'dangling punctuation';
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  for (const w of words(own)) {
    if (w.length < 3 || (lang === 'en' && DOMAIN_TERMS.has(w))) continue;
    if (lang === 'en' && !isAscii(w)) return `Vietnamese word “${w}” in English text`;
    const foreign = lang === 'vi' ? ENGLISH.has(w) || (VOCAB.en.has(w) && !VOCAB.vi.has(w)) : VOCAB[other].has(w) && !VOCAB.en.has(w);
    if (foreign) return `${lang === 'vi' ? 'English' : 'Vietnamese'} word “${w}” in ${lang === 'vi' ? 'Vietnamese' : 'English'} text`;
  }
  return null;
}

describe('texts users read', () => {
  it.each(['vi', 'en'] as const)('rule titles, help and fix labels read cleanly (%s)', (lang) => {
    const bad: string[] = [];
    for (const r of RULES) {
      for (const [what, text] of [['title', r.title[lang]], ['help', r.help[lang]], ['fixLabel', r.fixLabel?.[lang]]] as const) {
        if (text === undefined) continue;
        const d = defect(text, lang);
        if (d) bad.push(`${r.id}.${what}: ${d}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('every finding message over every fixture sheet reads cleanly (%s)', (lang) => {
    const bad = new Map<string, string>();
    const seen = new Set<string>();
    for (const s of SHEETS) {
      const report = checkSheet(s.snapshot, { lang, asOf: s.asOf, units: UNITS });
      for (const f of report.findings) {
        seen.add(f.code);
        const d = defect(f.message, lang);
        if (d && !bad.has(f.code)) bad.set(f.code, `${s.name} ${f.cell ?? ''}: ${d}: ${f.message}`);
        const label = f.fix?.label;
        if (label !== undefined && defect(label, lang)) bad.set(`${f.code} fix`, `${label}`);
      }
    }
    expect([...bad.values()]).toEqual([]);
    // Every rule spoke at least once, so every template was rendered.
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  it('catches the defects it is there for', () => {
    expect(defect('Ô có , .', 'vi')).not.toBeNull();
    expect(defect('Ô có .', 'vi')).not.toBeNull();
    expect(defect('Ô có leading or trailing spaces.', 'vi')).not.toBeNull();
    expect(defect('The cell has khoảng trắng thừa.', 'en')).not.toBeNull();
    expect(defect('Thiếu undefined.', 'vi')).not.toBeNull();
    expect(defect('Ô có “”.', 'vi')).not.toBeNull();
    expect(defect('Ô có khoảng trắng thừa ở đầu hoặc cuối.', 'vi')).toBeNull();
    expect(defect('The cell has leading or trailing spaces (“ Văn phòng”).', 'en')).toBeNull();
  });
});
