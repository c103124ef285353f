/**
 * parseTime with a bounded memo: real tables repeat the same few time texts ("Hàng tháng", "Tháng 12")
 * over thousands of rows.
 */
import type { Schedule } from './schedule';
import { parseTime } from './time';

const MAX_ENTRIES = 20_000;
const memo = new Map<string, Schedule>();

export function cachedParseTime(value: string | number, planYear: number | null, isDate: boolean): Schedule {
  const key = `${planYear ?? ''}|${isDate ? 'd' : typeof value === 'number' ? 'n' : 's'}|${value}`;
  let s = memo.get(key);
  if (!s) {
    s = parseTime(value, { planYear }, isDate);
    if (memo.size >= MAX_ENTRIES) memo.clear();
    memo.set(key, s);
  }
  return s;
}
