/**
 * How one cell of a row reads against the cell above it, for telling a continuation row (a task split
 * across a page break in Word, pasted into Excel) from a row of its own.
 *
 * Signals, per cell (the row's STT cell, empty cells and cells merged down from above are not looked at):
 *
 * - **strong tail** — the cell above stops mid-phrase and this cell goes on:
 *   - the text above ends on a connector word ("về", "và", "của", "các", "theo", …) or on ",", "-", "–",
 *     "(", and this cell starts in lower case ("… dễ hiểu về" / "các quy định …");
 *   - in a list column (owner, coordinator, product, time) the list above is left open — it ends on ",",
 *     "-", "–", "&", "và", or (owner, coordinator) on a bare unit head such as "Phòng", "Sở", "Trung tâm"
 *     standing alone after a separator ("Văn phòng, Phòng") — and this cell starts with any letter: unit
 *     names and time words are capitalised ("Văn phòng, Phòng" / "Nội vụ"; "Quý II và" / "Quý IV");
 *   - in the time column, the text above ends on a word that wants a date ("ngày", "trước", "đến", "từ",
 *     "trong") and this cell starts with a digit ("Trước ngày" / "30/11/2024").
 * - **weak tail** — the cell above has no closing punctuation (. ! ? : ; ) ] ” " …) and this cell starts
 *   in lower case, in a column whose numbered rows are mostly capitalised (where lower case stands out).
 * - **neutral** — a lower-case start under an empty or closed cell or under a placeholder with no word
 *   in it ("-"), or any lower-case start in a column written in lower case: says nothing either way.
 * - **head** — anything else: a capital, digit, bullet ("- Tỷ lệ …") or other sign starting the cell, a
 *   number or date value, or a cell of markup only. One head and the row is a row of its own.
 *
 * The row continues the one above when it has no head, and at least one strong tail or two weak ones.
 * "Ends with a full stop" therefore closes a cell; lower-case sub-items under such a row stay rows.
 */
import type { Role } from '../report';
import { fold, isLowerLetter } from '../text/normalize';

export type CellReading = 'head' | 'neutral' | 'weak' | 'strong';

/** Columns whose cells hold lists of short values that a page break can cut between two items. */
export function isListRole(role: Role | undefined): boolean {
  return role === 'owner' || role === 'coordinator' || role === 'product' || role === 'time';
}

/** A cell's text without markup tags, trimmed. */
export function plainText(v: string): string {
  return (v.includes('<') ? v.replace(/<[^>]*>/g, '') : v).trim();
}

/**
 * How `text` (this row's cell) reads under `above` (the same column's cell in the row above), both
 * plain text. `lowerColumn`: the column is written in lower case, so a lower-case start is no signal.
 */
export function readCell(text: string, above: string, role: Role | undefined, lowerColumn: boolean): CellReading {
  const ch = text[0];
  if (ch === undefined) return 'head';
  const lower = isLowerLetter(ch);
  // A cell above with no word in it ("-", "'-", "…") is a placeholder, not a phrase left open.
  if (!above || CLOSED_END.test(above) || !HAS_LETTER.test(above)) return lower ? 'neutral' : 'head';
  if (lower && endsWithConnector(above)) return 'strong';
  if (isListRole(role)) {
    if (isLetter(ch) && listLeftOpen(above, role === 'owner' || role === 'coordinator')) return 'strong';
    if (role === 'time' && ch >= '0' && ch <= '9' && endsWithDateWord(above)) return 'strong';
  }
  if (!lower) return 'head';
  return lowerColumn ? 'neutral' : 'weak';
}

/** The first character could open a continuation cell: no need to look further to reject the row. */
export function mayStartTail(ch: string | undefined, role: Role | undefined): boolean {
  if (ch === undefined || ch === '<' || isLowerLetter(ch)) return true;
  if (!isListRole(role)) return false;
  return isLetter(ch) || (role === 'time' && ch >= '0' && ch <= '9');
}

const HAS_LETTER = /\p{L}/u;

/** Ends a phrase: the cell above is complete. */
const CLOSED_END = /[.!?:;)\]”"…]$/;

/** Words a phrase does not end on: "… dễ hiểu về" / "các quy định …" (folded). */
const CONNECTORS = new Set(
  've cua va cac cho trong voi theo tai de tu den duoc nhung co la thuoc hoac hay nhu vao o bang tren duoi sau truoc khi ma thi vi do boi nham so cung nay moi mot hai ba tung'.split(
    ' ',
  ),
);

function lastFoldedWord(text: string): string {
  const words = fold(text).split(' ');
  return words[words.length - 1] ?? '';
}

export function endsWithConnector(text: string): boolean {
  if (/[,\-–(]$/.test(text)) return true;
  return CONNECTORS.has(lastFoldedWord(text));
}

/** Unit heads that name no unit on their own, as typed (capitalised): "Văn phòng, Phòng" / "Nội vụ". */
const BARE_UNIT_HEAD = /(?:^|[,;&\-–\n]|\svà)\s*(?:Phòng|Sở|Ban|Cục|Chi cục|Trung tâm|Ủy ban|Uỷ ban|Hội đồng)$/u;

/** A list cell left open: "Phòng Tư pháp,", "Quý II và", "Văn phòng, Phòng". */
function listLeftOpen(text: string, units: boolean): boolean {
  if (/[,\-–&]$/.test(text) || lastFoldedWord(text) === 'va') return true;
  return units && BARE_UNIT_HEAD.test(text);
}

/**
 * Words a time does not end on, before its date: "Trước ngày" / "30/11/2024". Not "tháng", "năm", "quý":
 * "Hàng tháng", "6 tháng", "Hàng năm", "Quý, năm" are complete times.
 */
const DATE_WORDS = new Set(['ngay', 'truoc', 'den', 'tu', 'trong']);

function endsWithDateWord(text: string): boolean {
  return DATE_WORDS.has(lastFoldedWord(text));
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}
