/**
 * The status vocabulary as the sheet judges it. The tracking layer writes the list onto its summary sheet
 * and the flag formulas look a status up there with MATCH(TRIM(cell), list, 0): an exact, case-insensitive
 * match of the whole cell, never a substring ("Chưa hoàn thành" contains "hoàn thành"). The core judges
 * with the same list and the same comparison, so that the core and the recalculated sheet always agree.
 */
import type { StatusValue } from '../report';
import { parseStatus } from '../parse/status';

/** The words of the domain doc, in the order the dropdown offers them. */
export const STATUS_WORDS: Readonly<Record<StatusValue, readonly string[]>> = {
  done: ['Hoàn thành', 'Đã hoàn thành', 'Đã thực hiện'],
  'in-progress': ['Đang thực hiện'],
  'not-done': ['Chưa thực hiện', 'Chưa hoàn thành'],
};

const GROUPS: readonly StatusValue[] = ['done', 'in-progress', 'not-done'];

/** The layer's list: each group's words, then the table's own statuses that the checker understands. */
export type StatusList = Record<StatusValue, string[]>;

/** Excel's TRIM: spaces (U+0020 only) off both ends and runs of them inside collapsed to one. */
export function excelTrim(text: string): string {
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

/**
 * Excel's MATCH ignores case but not the Unicode form: a decomposed (NFD) "Hoàn thành" is another text.
 * So no normalisation here; the table's own NFD statuses join the list as they are.
 */
const key = (text: string) => excelTrim(text).toLocaleLowerCase('vi');

/**
 * The vocabulary plus every status the table already holds that the checker reads as done / in progress /
 * not done ("Đã xong", "Hoàn thành 80%"): a status typed before the layer existed keeps its meaning.
 */
export function statusList(tableStatuses: Iterable<string>): StatusList {
  const list: StatusList = { done: [...STATUS_WORDS.done], 'in-progress': [...STATUS_WORDS['in-progress']], 'not-done': [...STATUS_WORDS['not-done']] };
  const seen = new Set(GROUPS.flatMap((g) => list[g].map(key)));
  for (const raw of tableStatuses) {
    const text = excelTrim(raw);
    // Excel's MATCH reads *, ? and ~ as wildcards: such a text could match other statuses.
    if (!text || seen.has(key(text)) || /[*?~]/.test(text) || text.length > 255) continue;
    const group = parseStatus(text);
    if (!group) continue;
    seen.add(key(text));
    list[group].push(text);
  }
  return list;
}

/**
 * What the sheet makes of a status cell: its group when the trimmed text is in the list (the first group
 * that has it), else not done. The list is indexed once, for every row judged with it.
 */
export function statusGroups(list: StatusList): (cell: string) => StatusValue {
  const byKey = new Map<string, StatusValue>();
  for (const g of GROUPS) for (const w of list[g]) if (!byKey.has(key(w))) byKey.set(key(w), g);
  return (cell) => {
    const k = key(cell);
    return (k && byKey.get(k)) || 'not-done';
  };
}
