/**
 * The worksheet functions the preview computes, with Excel's semantics: those of the tracking layer's
 * formulas (src/core/tracking/formulas.ts) and the common ones of an appendix workbook. A function not
 * here makes the formula unsupported (the cell keeps the value the file had). Dates: ./dates.ts.
 */
import { DATE_FUNCTIONS } from './dates';
import { MANY, numbersOf, numeric, one, text, valuesOf, type FnDef } from './define';
import { LOOKUP_FUNCTIONS } from './lookup';
import { Area, err, isError, isMatrix, lift, NA, num, toBool, toNumber, toText, VALUE, wildcard, type Matrix, type Scalar, type Value } from './values';

const aggregate = (f: (ns: number[]) => Scalar): FnDef => ({
  min: 1,
  max: MANY,
  args: ['array'],
  call: (args) => {
    const ns = numbersOf(args);
    return isError(ns) ? ns : f(ns);
  },
});

/** COUNT: numbers in references; literal arguments that read as numbers. */
const count = (args: Value[]): number =>
  args.reduce<number>((n, a) => n + (isMatrix(a) ? a.flat().filter((v) => typeof v === 'number').length : a !== null && !(a instanceof Area) && !isError(toNumber(a)) ? 1 : 0), 0);

/** AND/OR: booleans and numbers count (text and blanks in references are skipped). */
function logical(args: Value[], all: boolean): Scalar {
  let seen = false;
  let acc = all;
  for (const a of args) {
    const literal = !isMatrix(a);
    for (const v of valuesOf([a])) {
      if (isError(v)) return v;
      if (v === null || (typeof v === 'string' && !literal)) continue;
      const b = toBool(v);
      if (isError(b)) return b;
      seen = true;
      acc = all ? acc && b : acc || b;
    }
  }
  return seen ? acc : VALUE;
}

/** SUMPRODUCT: arrays of one size, multiplied cell by cell; what is not a number counts as 0. */
function sumproduct(args: Value[]): Scalar {
  const ms = args.map((a) => (isMatrix(a) ? a : [[a as Scalar]]));
  const rows = ms[0]!.length;
  const cols = ms[0]![0]!.length;
  if (ms.some((m) => m.length !== rows || m[0]!.length !== cols)) return VALUE;
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let p = 1;
      for (const m of ms) {
        const v = m[i]![j]!;
        if (isError(v)) return v;
        p *= typeof v === 'number' ? v : 0;
      }
      sum += p;
    }
  }
  return num(sum);
}

/** Round half away from zero at `digits`, as Excel does (7.345 → 7.35 despite binary floats). */
function round(x: number, digits: number, mode: 'round' | 'up' | 'down'): Scalar {
  const f = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = mode === 'round' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return num((Math.sign(x) * r) / f);
}

/** Excel's TRIM: spaces (only U+0020) off both ends, runs inside down to one. */
const trim = (s: string) => s.replace(/ +/g, ' ').replace(/^ | $/g, '');

/** SEARCH: case-insensitive, with wildcards. */
function search(find: string, within: string, start: number): Scalar {
  if (start < 1 || start > within.length + 1) return VALUE;
  const re = new RegExp(wildcard(find).source.replace(/^\^|\$$/g, ''), 'iu');
  const m = re.exec(within.slice(start - 1));
  return m ? m.index + start : VALUE;
}

function substitute(s: string, old: string, by: string, nth?: string): Scalar {
  if (old === '') return s;
  if (nth === undefined) return s.split(old).join(by);
  const n = Number(nth);
  if (!Number.isInteger(n) || n < 1) return VALUE;
  let at = -1;
  for (let k = 0; k < n; k++) if ((at = s.indexOf(old, at + 1)) < 0) return s;
  return s.slice(0, at) + by + s.slice(at + old.length);
}

const is = (test: (v: Scalar) => boolean): FnDef => one(1, 1, (v) => test(v), true);

function ifFn([cond, yes, no]: (() => Scalar | Matrix)[]): Scalar | Matrix {
  const branch = (b: boolean) => (b ? (yes ? yes() : true) : no ? no() : false);
  const pick = (x: Scalar, a: Scalar, b: Scalar): Scalar => {
    const t = isError(x) ? x : toBool(x);
    return isError(t) ? t : t ? a : b;
  };
  const c = cond!();
  if (!isMatrix(c)) {
    const t = isError(c) ? c : toBool(c);
    return isError(t) ? t : branch(t);
  }
  // An array condition picks cell by cell from both branches.
  return lift([c, branch(true), branch(false)], ([x, a, b]) => pick(x!, a!, b!));
}

/** IFERROR/IFNA: the fallback replaces the errors (only #N/A for IFNA), cell by cell. */
const ifError = (only?: string): FnDef => ({
  min: 2,
  lazy: ([value, fallback]) => {
    const v = value!();
    const caught = (x: Scalar) => isError(x) && (only === undefined || x.error === only);
    if (!isMatrix(v)) return caught(v) ? fallback!() : v;
    if (!v.some((row) => row.some(caught))) return v;
    return lift([v, fallback!()], ([x, f]) => (caught(x!) ? f! : x!));
  },
});

export const FUNCTIONS: Record<string, FnDef> = {
  // Logical
  IF: { min: 2, max: 3, lazy: ifFn },
  IFERROR: ifError(),
  IFNA: ifError('#N/A'),
  AND: { min: 1, max: MANY, args: ['array'], call: (a) => logical(a, true) },
  OR: { min: 1, max: MANY, args: ['array'], call: (a) => logical(a, false) },
  NOT: one(1, 1, (v) => {
    const b = toBool(v);
    return isError(b) ? b : !b;
  }),
  TRUE: one(0, 0, () => true),
  FALSE: one(0, 0, () => false),
  // Information
  ISNUMBER: is((v) => typeof v === 'number'),
  ISTEXT: is((v) => typeof v === 'string'),
  ISNONTEXT: is((v) => typeof v !== 'string'),
  ISLOGICAL: is((v) => typeof v === 'boolean'),
  ISBLANK: is((v) => v === null),
  ISERROR: is((v) => isError(v)),
  ISERR: is((v) => isError(v) && v.error !== '#N/A'),
  ISNA: is((v) => isError(v) && v.error === '#N/A'),
  NA: one(0, 0, () => NA),
  // Math
  SUM: aggregate((ns) => num(ns.reduce((s, n) => s + n, 0))),
  PRODUCT: aggregate((ns) => num(ns.reduce((s, n) => s * n, 1))),
  MIN: aggregate((ns) => (ns.length ? ns.reduce((a, b) => Math.min(a, b)) : 0)),
  MAX: aggregate((ns) => (ns.length ? ns.reduce((a, b) => Math.max(a, b)) : 0)),
  // LARGE(array, k): the k-th largest number (the score summary's ranking).
  LARGE: {
    min: 2,
    max: 2,
    args: ['array', 'one'],
    call: ([a, k]) => {
      const ns = numbersOf([a!]);
      if (isError(ns)) return ns;
      const n = toNumber(k as Scalar);
      if (isError(n)) return n;
      const i = Math.ceil(n);
      return i >= 1 && i <= ns.length ? [...ns].sort((x, y) => y - x)[i - 1]! : err('#NUM!');
    },
  },
  AVERAGE: aggregate((ns) => (ns.length ? num(ns.reduce((s, n) => s + n, 0) / ns.length) : err('#DIV/0!'))),
  COUNT: { min: 1, max: MANY, args: ['array'], call: count },
  COUNTA: { min: 1, max: MANY, args: ['array'], call: (a) => valuesOf(a).filter((v) => v !== null).length },
  COUNTBLANK: { min: 1, max: 1, args: ['array'], call: (a) => valuesOf(a).filter((v) => v === null || v === '').length },
  SUMPRODUCT: { min: 1, max: MANY, args: ['array'], call: sumproduct },
  ABS: numeric(1, 1, Math.abs),
  INT: numeric(1, 1, Math.floor),
  TRUNC: numeric(1, 2, (x, d = 0) => round(x, d, 'down')),
  ROUND: numeric(2, 2, (x, d) => round(x, d!, 'round')),
  ROUNDUP: numeric(2, 2, (x, d) => round(x, d!, 'up')),
  ROUNDDOWN: numeric(2, 2, (x, d) => round(x, d!, 'down')),
  MOD: numeric(2, 2, (x, d) => (d === 0 ? err('#DIV/0!') : num(x - d! * Math.floor(x / d!)))),
  POWER: numeric(2, 2, (x, y) => num(x ** y!)),
  SQRT: numeric(1, 1, (x) => (x < 0 ? err('#NUM!') : Math.sqrt(x))),
  // Text
  TRIM: text(1, 1, trim),
  LEN: text(1, 1, (s) => s.length),
  UPPER: text(1, 1, (s) => s.toLocaleUpperCase('vi')),
  LOWER: text(1, 1, (s) => s.toLocaleLowerCase('vi')),
  LEFT: text(1, 2, (s, n = '1') => (Number(n) < 0 ? VALUE : s.slice(0, Number(n)))),
  RIGHT: text(1, 2, (s, n = '1') => (Number(n) < 0 ? VALUE : Number(n) === 0 ? '' : s.slice(-Number(n)))),
  MID: text(3, 3, (s, start, n) => (Number(start) < 1 || Number(n) < 0 ? VALUE : s.slice(Number(start) - 1, Number(start) - 1 + Number(n)))),
  FIND: text(2, 3, (find, within, start = '1') => {
    const from = Number(start);
    const at = from >= 1 && from <= within!.length + 1 ? within!.indexOf(find!, from - 1) : -1;
    return at < 0 ? VALUE : at + 1;
  }),
  SEARCH: text(2, 3, (find, within, start = '1') => search(find!, within!, Number(start))),
  SUBSTITUTE: text(3, 4, (s, old, by, nth) => substitute(s!, old!, by!, nth)),
  // NUMBERVALUE(text, decimal, group): the locale-free reading the score columns use (Excel 2013+).
  NUMBERVALUE: text(1, 3, (s, dec = '.', group = ',') => numberValue(s!, dec, group)),
  CONCATENATE: text(1, MANY, (...xs) => xs.join('')),
  CONCAT: { min: 1, max: MANY, args: ['array'], call: (a) => valuesOf(a).find(isError) ?? valuesOf(a).map((v) => toText(v) as string).join('') },
  EXACT: text(2, 2, (a, b) => a === b),
  REPT: text(2, 2, (s, n) => (Number(n) < 0 ? VALUE : s!.repeat(Math.floor(Number(n))))),
  VALUE: one(1, 1, (v) => (typeof v === 'string' || typeof v === 'number' ? toNumber(v) : VALUE)),
  ...DATE_FUNCTIONS,
  ...LOOKUP_FUNCTIONS,
};

/** NUMBERVALUE's reading: spaces and group separators dropped, the decimal one made a dot, a trailing % divides. */
function numberValue(s: string, dec: string, group: string): Scalar {
  if (dec === '' || group === '') return VALUE;
  let t = s.replace(/\s+/g, '');
  if (t === '') return 0;
  let percents = 0;
  while (t.endsWith('%')) {
    percents++;
    t = t.slice(0, -1);
  }
  const d = dec[0]!;
  const g = group[0]!;
  const parts = t.split(d);
  if (parts.length > 2) return VALUE;
  const whole = parts[0]!.split(g).join('');
  const text = parts.length === 2 ? `${whole}.${parts[1]}` : whole;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return VALUE;
  return Number(text) / 100 ** percents;
}
