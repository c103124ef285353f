/** Status cells: done / in progress / not done; blank counts as not done. */
import type { StatusValue } from '../report';
import { fold } from '../text/normalize';

const DONE = /^(da hoan thanh|hoan thanh|da thuc hien|da xong|xong|da trien khai|hoan tat|da ban hanh|dat)\b/;
const IN_PROGRESS = /^(dang thuc hien|dang trien khai|dang xay dung|dang hoan thien|dang tien hanh|dang)\b/;
const NOT_DONE = /^(chua thuc hien|chua hoan thanh|chua trien khai|chua xong|chua|khong hoan thanh|khong thuc hien|cham|tre han|qua han)\b/;

const memo = new Map<string, StatusValue | null | undefined>();

/** null for a blank cell; undefined for text outside the vocabulary. Memoised: a status column has a handful of values. */
export function parseStatus(text: string): StatusValue | null | undefined {
  if (memo.has(text)) return memo.get(text);
  const s = parseStatusUncached(text);
  if (memo.size >= 5_000) memo.clear();
  memo.set(text, s);
  return s;
}

function parseStatusUncached(text: string): StatusValue | null | undefined {
  const f = fold(text.replace(/<[^>]*>/g, ''));
  if (!f || /^[-–.]+$/.test(f)) return null;
  if (NOT_DONE.test(f)) return 'not-done';
  if (IN_PROGRESS.test(f)) return 'in-progress';
  if (DONE.test(f)) return 'done';
  return undefined;
}
