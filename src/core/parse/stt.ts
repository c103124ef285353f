/**
 * STT, the outline number: Roman "I".."XX", arabic "1", dotted "1.1" / "2.4.2", letters "a)" "b.",
 * bullets "-" "+". A number cell is read as the text Excel would have kept had it not coerced it.
 */
import { memoize } from '../memo';

export type SttKind = 'roman' | 'number' | 'letter' | 'bullet' | 'none' | 'other';

export interface Stt {
  kind: SttKind;
  /** Canonical text: "1.1", "II", "a", "-"; "" when none. */
  text: string;
  /** Outline segments for numbers ([2, 4, 2]); [n] for roman and letters (a = 1). */
  segments: number[];
}

const NONE: Stt = { kind: 'none', text: '', segments: [] };
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(s: string): number | null {
  if (!s || !ROMAN.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** Text of a number STT cell: 1.1 → "1.1", 2.4000000001 → "2.4". */
export function numberSttText(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

const DOTTED = /^(\d{1,3})((?:[.,]\d{1,3})*)[.)]?$/;
const LETTER = /^([a-zđ])[).]$/i;
const BULLET = /^[-+•–—*·●○▪]+$/;

// STT texts repeat ("1", "2", "1.1", "-"): parse each once. Results are shared; treat them as read-only.
const parseSttText = memoize((text: string) => parseSttUncached(text));

export function parseStt(value: unknown): Stt {
  if (value === null || value === undefined || value === '') return NONE;
  return typeof value === 'string' ? parseSttText(value) : parseSttUncached(value);
}

function parseSttUncached(value: unknown): Stt {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { kind: 'other', text: String(value), segments: [] };
    const text = numberSttText(value);
    return { kind: 'number', text, segments: text.split('.').map(Number) };
  }
  if (typeof value !== 'string') return { kind: 'other', text: String(value), segments: [] };
  const t = value.replace(/^'+/, '').replace(/<[^>]*>/g, '').trim();
  if (!t) return NONE;
  const d = DOTTED.exec(t);
  if (d) {
    const segments = [Number(d[1]), ...(d[2] ? d[2].slice(1).split(/[.,]/).map(Number) : [])];
    return { kind: 'number', text: segments.join('.'), segments };
  }
  const upper = t.replace(/[.)]$/, '');
  const rv = romanValue(upper);
  if (rv !== null && upper === upper.toUpperCase()) return { kind: 'roman', text: upper, segments: [rv] };
  const l = LETTER.exec(t);
  if (l) {
    const ch = l[1]!.toLowerCase();
    const idx = ch === 'đ' ? 5 : ch.charCodeAt(0) - 96 + (ch > 'd' ? 1 : 0);
    return { kind: 'letter', text: l[1]!, segments: [idx] };
  }
  if (BULLET.test(t)) return { kind: 'bullet', text: t[0]!, segments: [] };
  return { kind: 'other', text: t, segments: [] };
}

/** "1.1" is a child of "1"; "2.4.2" of "2.4" and of "2". */
export function isPrefixOf(parent: number[], child: number[]): boolean {
  if (parent.length >= child.length) return false;
  for (let i = 0; i < parent.length; i++) if (parent[i] !== child[i]) return false;
  return true;
}

/**
 * The text a coerced number most likely was: 1.1 after "1.9" was "1.10" (trailing zeros are lost
 * when Excel turns "1,10" into a number); otherwise the number's own digits.
 */
export function inferCoercedStt(n: number, previous: Stt | null): Stt {
  const stt = parseStt(n);
  if (!previous || previous.kind !== 'number') return stt;
  const a = stt.segments;
  const b = previous.segments;
  if (a.length !== b.length || a.length < 2) return stt;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return stt;
  const last = a[a.length - 1]!;
  const prevLast = b[b.length - 1]!;
  if (last <= prevLast && last * 10 === prevLast + 1) {
    const segments = [...a.slice(0, -1), last * 10];
    return { kind: 'number', text: a.slice(0, -1).join('.') + '.' + String(last) + '0', segments };
  }
  return stt;
}
