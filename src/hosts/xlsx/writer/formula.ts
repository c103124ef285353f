/**
 * Formula and name text as the file stores it: the plan writes Office.js's form ("=NUMBERVALUE(…)"), the
 * file wants no "=" and the `_xlfn.` prefix on functions newer than Excel 2007 (without it Excel and
 * LibreOffice show #NAME?). Also the rules Excel applies to sheet names and defined names.
 */
import { looksLikeReference, sheetReference } from '../../../core/address';
import { XlsxPatchError } from '../patch/errors';
import { stripInvalidXmlChars } from '../patch/xml';

/**
 * Functions added after Excel 2007 that a plan may plausibly write; the file needs them as `_xlfn.NAME`.
 * (Dynamic-array functions such as FILTER or LET need more than a prefix and are not listed.)
 */
const NEWER_FUNCTIONS = new Set([
  // Excel 2010
  'AGGREGATE', 'NETWORKDAYS.INTL', 'WORKDAY.INTL',
  // Excel 2013
  'NUMBERVALUE', 'DAYS', 'ISOWEEKNUM', 'IFNA', 'XOR', 'SHEET', 'SHEETS', 'FORMULATEXT', 'ISFORMULA', 'UNICHAR',
  'UNICODE', 'CEILING.MATH', 'FLOOR.MATH',
  // Excel 2019 and Microsoft 365
  'IFS', 'SWITCH', 'CONCAT', 'TEXTJOIN', 'MAXIFS', 'MINIFS', 'XLOOKUP', 'XMATCH',
]);

/** Excel's limit for the text of one formula. */
const MAX_FORMULA = 8192;

/** Calls `f` on every stretch of the formula outside string literals ("…") and quoted sheet names ('…'). */
function mapOutsideQuotes(formula: string, f: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.slice(i).search(/["']/);
    if (q < 0) return out + f(formula.slice(i));
    const open = i + q;
    out += f(formula.slice(i, open));
    const quote = formula[open]!;
    let j = open + 1;
    for (;;) {
      const k = formula.indexOf(quote, j);
      if (k < 0) {
        j = formula.length;
        break;
      }
      if (formula[k + 1] === quote) j = k + 2; // doubled quote inside
      else {
        j = k + 1;
        break;
      }
    }
    out += formula.slice(open, j);
    i = j;
  }
  return out;
}

/** Formula text as element content: only what XML requires is escaped, quotes stay as Excel writes them. */
export function escapeFormula(formula: string): string {
  return stripInvalidXmlChars(formula).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The formula as the file stores it: no leading "=", `_xlfn.` before newer functions. */
export function formulaForFile(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body.trim() === '') throw new XlsxPatchError('A formula is empty.', 'bad-patch');
  if (body.length > MAX_FORMULA) throw new XlsxPatchError(`A formula is longer than Excel's limit of ${MAX_FORMULA} characters.`, 'bad-patch');
  return mapOutsideQuotes(body, (code) =>
    code.replace(/(?<![\w.\\])([A-Za-z][\w.]*)(?=\()/g, (name: string) => (NEWER_FUNCTIONS.has(name.toUpperCase()) ? `_xlfn.${name}` : name)),
  );
}

/** Characters Excel does not allow in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Refuses a name Excel would not accept for a sheet. */
export function checkSheetName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.trim() === '') throw new XlsxPatchError('A sheet name must be a non-empty text.', 'bad-patch');
  if (name.length > 31) throw new XlsxPatchError(`The sheet name "${name}" is longer than Excel's limit of 31 characters.`, 'bad-patch');
  if (SHEET_NAME_FORBIDDEN.test(name)) throw new XlsxPatchError(`The sheet name "${name}" contains one of the characters [ ] : * ? / \\ that Excel does not allow.`, 'bad-patch');
  if (name.startsWith("'") || name.endsWith("'")) throw new XlsxPatchError(`The sheet name "${name}" begins or ends with an apostrophe, which Excel does not allow.`, 'bad-patch');
  if (name.toLowerCase() === 'history') throw new XlsxPatchError('"History" is a sheet name Excel reserves.', 'bad-patch');
}

export { quoteSheetName } from '../../../core/address';

/** "'Danh mục'!$B$2:$B$9" */
export const areaFormula = sheetReference;

/** Whether the formula mentions the sheet ('Danh mục'!… or Sheet2!…), compared case-insensitively. */
export function refersToSheet(formula: string, sheet: string): boolean {
  const lower = formula.toLowerCase();
  const quoted = `'${sheet.replace(/'/g, "''")}'!`.toLowerCase();
  if (lower.includes(quoted)) return true;
  const plain = `${sheet}!`.toLowerCase();
  for (let i = lower.indexOf(plain); i >= 0; i = lower.indexOf(plain, i + 1)) {
    if (i === 0 || !/[\w.'\\]/.test(lower[i - 1]!)) return true;
  }
  return false;
}

/** Refuses a name Excel would not accept as a defined name. */
export function checkDefinedName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) {
    throw new XlsxPatchError(`"${String(name)}" is not a valid name (letters, digits, "_" and "." only, starting with a letter or "_").`, 'bad-patch');
  }
  if (looksLikeReference(name)) throw new XlsxPatchError(`The name "${name}" reads as a cell reference.`, 'bad-patch');
}
