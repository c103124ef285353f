/**
 * Property: over random cell texts (Vietnamese words, digits, odd spaces, stray "<" and ">", real and
 * fake tags, entities, ** and __, apostrophes, TCVN3/VNI and NFD text), the safe fixes `cchc fix` applies
 * by default never remove a letter or digit unless it was part of a well-formed tag or entity that was
 * removed, or a legacy character that was decoded; and no fix turns a non-empty cell empty.
 *
 * "Well-formed" is written here independently of the code under test: an HTML tag whose attributes all
 * have values. A fix may drop fewer tags than that (it keeps links and images), never more.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet } from '../src/core/check';
import { planFixes } from '../src/core/fixes';
import { SAFE_FIX_CODES } from '../src/core/rules';
import { convertLegacyText } from '../src/core/rules/text-legacy-encoding';
import { table } from './helpers/table';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'Văn phòng', 'Sở', 'Báo cáo', 'kết quả', 'Tháng 6', '2024', '1.1', 'x', 'Quý II', 'đơn vị', 'ISO 9001', '80%',
  ' ', '  ', '\u00a0', '\t', '\n', ' \n ', '<', '>', '<=', 'a<b', 'c>d', '<b và c>', '<i và y>', '<b>', '</b>', '<i>',
  '</i>', '<u>', '<br>', '<br/>', '<p>', '</p>', '<span style="color:red">', '</span>', '<font face=Arial>', '</font>',
  '<o:p></o:p>', '<img src="a.png">', '<a href="http://x.vn">', '</a>', '<script>', '<td>', '<b class>', '<br x=>',
  '**', '__', '*', '_', '&amp;', '&nbsp;', '&lt;', '&#65;', '&#0;', '&foo;', '&', "'", '‘', '’', '`',
  'V¨n phßng', 'Së C«ng Th­¬ng', 'Vaên phoøng', 'Sôû', 'Va\u0306n pho\u0300ng', 'Ð', '¸', 'ß',
];

function randomText(r: () => number): string {
  let t = '';
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) t += PIECES[Math.floor(r() * PIECES.length)];
  return t;
}

const WELL_FORMED_TAG = /<\/?[a-z][a-z0-9:]*(?:\s+[a-z_:][-a-z0-9_:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))*\s*\/?>/gi;
const ENTITY = /&(?:[a-z]+|#\d+);/gi;

/** Letters and digits of a text (NFC), except those inside well-formed tags and entities. */
function protectedLetters(text: string): string[] {
  const bare = text.normalize('NFC').replace(WELL_FORMED_TAG, ' ').replace(ENTITY, ' ');
  return bare.match(/[\p{L}\p{N}]/gu) ?? [];
}

function isSubsequence(needle: string[], hay: string[]): boolean {
  let j = 0;
  for (const ch of hay) if (j < needle.length && ch === needle[j]) j++;
  return j === needle.length;
}

describe('safe fixes keep every letter', () => {
  it('over 6,000 random cell texts: no letter or digit lost outside removed tags, no cell emptied', () => {
    const r = rng(20261126);
    let edits = 0;
    const failures: string[] = [];
    for (let sheet = 0; sheet < 100; sheet++) {
      const rows = Array.from({ length: 30 }, (_, i) => [String(i + 1), randomText(r), randomText(r), 'Báo cáo', 'Tháng 6']);
      const report = checkSheet(table(rows), { asOf: '2022-08-01' });
      const plan = planFixes(report.findings, SAFE_FIX_CODES);
      for (const e of plan.edits) {
        if (typeof e.before !== 'string') continue;
        edits++;
        const after = typeof e.value === 'string' ? e.value : '';
        if (e.before.trim() !== '' && after.trim() === '') failures.push(`${e.cell} emptied: ${JSON.stringify(e.before)}`);
        // A decoded legacy text is judged after decoding: its letters were meant to change.
        const legacy = report.findings.some((f) => f.code === 'text-legacy-encoding' && f.cell === e.cell);
        const base = legacy ? convertLegacyText(e.before) : e.before;
        const kept = protectedLetters(base);
        const now = after.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? [];
        if (!isSubsequence(kept, now)) failures.push(`${e.cell} lost letters: ${JSON.stringify(e.before)} → ${JSON.stringify(after)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(edits).toBeGreaterThan(1000);
  });

  it('the property catches the defect it is there for ("Công thức a<b và c>d" → "Công thức ad")', () => {
    const kept = protectedLetters('Công thức a<b và c>d');
    expect(isSubsequence(kept, [...'Côngthứcad'])).toBe(false);
    expect(isSubsequence(protectedLetters('<b>Báo cáo</b>'), [...'Báocáo'])).toBe(true);
  });
});
