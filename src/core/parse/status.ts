/** Status cells: done / in progress / not done; blank counts as not done. */
import type { StatusValue } from '../report';
import { memoize } from '../memo';
import { fold } from '../text/normalize';

const DONE = /^(da hoan thanh|hoan thanh|da thuc hien|da xong|xong|da trien khai|hoan tat|da ban hanh|dat)\b/;
const IN_PROGRESS = /^(dang thuc hien|dang trien khai|dang xay dung|dang hoan thien|dang tien hanh|dang)\b/;
const NOT_DONE = /^(chua thuc hien|chua hoan thanh|chua trien khai|chua xong|chua|khong hoan thanh|khong thuc hien|cham|tre han|qua han)\b/;

/** null for a blank cell; undefined for text outside the vocabulary. Memoised: a status column has a handful of values. */
export const parseStatus: (text: string) => StatusValue | null | undefined = memoize(parseStatusUncached);

function parseStatusUncached(text: string): StatusValue | null | undefined {
  const f = fold(text.replace(/<[^>]*>/g, ''));
  if (!f || /^[-–.]+$/.test(f)) return null;
  if (NOT_DONE.test(f)) return 'not-done';
  if (IN_PROGRESS.test(f)) return 'in-progress';
  if (DONE.test(f)) return 'done';
  return undefined;
}
