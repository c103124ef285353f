/** How the preview's worksheet functions are declared (./functions.ts, ./dates.ts, ./lookup.ts). */
import type { ErrorValue } from '../../core/snapshot';
import { Area, isError, isMatrix, toNumber, toText, type EvalContext, type Matrix, type Scalar, type Value } from './values';

/**
 * How an argument reaches the function: 'one' a single value (given an array, the function is applied
 * cell by cell; an error is returned at once unless the function takes `errors`); 'array' a reference's
 * cells as a matrix, even of one cell (aggregates skip text in references but not in literal arguments);
 * 'ref' the area itself (ROW, COLUMN). The last kind listed repeats.
 */
export type Arg = 'one' | 'array' | 'ref';

export type FnDef = { min: number; max?: number } & (
  | { args: Arg[]; errors?: boolean; call: (args: Value[], ctx: EvalContext) => Scalar | Matrix; lazy?: undefined }
  /** IF and the like: each argument evaluated only when needed. */
  | { lazy: (args: (() => Scalar | Matrix)[], ctx: EvalContext) => Scalar | Matrix }
);

export const MANY = 255;

/** A function of single values, which it coerces itself. */
export const one = (min: number, max: number, f: (...xs: Scalar[]) => Scalar, errors = false): FnDef => ({
  min,
  max,
  args: ['one'],
  errors,
  call: (a) => f(...(a as Scalar[])),
});

/** A function of numbers (text that is no number makes #VALUE!). */
export const numeric = (min: number, max: number, f: (...ns: number[]) => Scalar): FnDef =>
  one(min, max, (...xs) => {
    const ns: number[] = [];
    for (const x of xs) {
      const n = toNumber(x);
      if (isError(n)) return n;
      ns.push(n);
    }
    return f(...ns);
  });

/** A function of texts (numbers as Excel writes them, TRUE/FALSE, a blank as ""). */
export const text = (min: number, max: number, f: (...xs: string[]) => Scalar): FnDef => one(min, max, (...xs) => f(...xs.map((x) => toText(x) as string)));

/** Every value of the arguments, arrays flattened (areas have none: only 'ref' arguments are areas). */
export const valuesOf = (args: Value[]): Scalar[] => args.flatMap((a) => (isMatrix(a) ? a.flat() : a instanceof Area ? [] : [a]));

/**
 * The numbers an aggregate sees: in a reference or an array only numbers count (text, booleans and
 * blanks are skipped); a literal argument is coerced. The first error met is returned instead.
 */
export function numbersOf(args: Value[]): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    if (isMatrix(a)) {
      for (const row of a) {
        for (const v of row) {
          if (typeof v === 'number') out.push(v);
          else if (isError(v)) return v;
        }
      }
    } else if (a !== null && !(a instanceof Area)) {
      const n = toNumber(a);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}
