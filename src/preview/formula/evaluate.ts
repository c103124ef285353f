/**
 * Computes a formula parsed by @borgar/fx (MIT), with Excel's array semantics: an operator, or a
 * function argument that takes one value, given a range works cell by cell, so SUMPRODUCT(--(A1:A9<>""))
 * and MATCH(TRIM(F6:F62),…) compute as in Excel. (The MIT evaluators on npm that we tried compute those
 * wrongly — see ./workbook.ts — which is why the evaluation is ours and only the grammar is borrowed.)
 */
import { parse, parseA1Ref, tokenize, type AstExpression } from '@borgar/fx';
import type { Arg } from './define';
import { FUNCTIONS } from './functions';
import {
  Area,
  deref,
  err,
  isError,
  isMatrix,
  lift,
  num,
  scalarOf,
  toNumber,
  toText,
  compare,
  COMPARISONS,
  Unsupported,
  VALUE,
  type EvalContext,
  type Matrix,
  type Scalar,
  type Value,
} from './values';

/** Throws on a formula that is not valid Excel syntax. */
export function parseFormula(formula: string): AstExpression {
  return parse(tokenize(formula, { withLocation: false }), {});
}

/** The value a formula cell shows: a blank it refers to shows 0; an array, its first value. */
export function evaluateCell(ast: AstExpression, ctx: EvalContext): Scalar {
  const v = scalarOf(evaluate(ast, ctx), ctx);
  return v === null ? 0 : v;
}

/** An omitted argument (IF(A1,,1)) is a blank. */
export function evaluate(node: AstExpression | null, ctx: EvalContext): Value {
  if (!node) return null;
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ErrorLiteral':
      return err(node.value.toUpperCase());
    case 'ReferenceIdentifier':
      return reference(node.value, node.kind, ctx);
    case 'UnaryExpression': {
      const v = evaluate(node.arguments[0]!, ctx);
      if (node.operator === '+') return v;
      if (node.operator === '@') return scalarOf(v, ctx);
      if (node.operator !== '-' && node.operator !== '%') throw new Unsupported(`operator ${node.operator}`);
      const k = node.operator === '-' ? -1 : 0.01;
      return lift([deref(v, ctx)], ([x]) => {
        const n = toNumber(x!);
        return isError(n) ? n : n * k;
      });
    }
    case 'BinaryExpression': {
      const op = node.operator;
      if (op === ':') return rangeOf(evaluate(node.arguments[0]!, ctx), evaluate(node.arguments[1]!, ctx));
      if (op === ' ' || op === ',') throw new Unsupported(`operator "${op}"`);
      const a = deref(evaluate(node.arguments[0]!, ctx), ctx);
      const b = deref(evaluate(node.arguments[1]!, ctx), ctx);
      return lift([a, b], ([x, y]) => binary(op, x!, y!));
    }
    case 'CallExpression':
      return call(node.callee.name.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, ''), node.arguments, ctx);
    case 'ArrayExpression':
      return node.elements.map((row) => row.map((e) => scalarOf(evaluate(e, ctx), ctx)));
    default:
      throw new Unsupported(node.type);
  }
}

function reference(text: string, kind: string, ctx: EvalContext): Area | Scalar {
  if (kind === 'table') throw new Unsupported('table reference');
  const ref = parseA1Ref(text, { allowNamed: kind === 'name' });
  const context = ref?.context ?? [];
  if (!ref || context.length > 1) throw new Unsupported(`reference ${text}`);
  const sheet = context[0] ?? null;
  if ('name' in ref) return ctx.name(ref.name, sheet);
  const r = ref.range;
  const at = (n: number | null | undefined) => (n === null || n === undefined ? null : n + 1);
  return ctx.area(sheet ?? ctx.sheet, at(r.top), at(r.left), at(r.bottom ?? r.top), at(r.right ?? r.left));
}

/** A1:B2 written as two references (A1:INDEX(…) and the like). */
function rangeOf(a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (!(a instanceof Area) || !(b instanceof Area) || a.sheet !== b.sheet) return VALUE;
  return new Area(a.sheet, Math.min(a.top, b.top), Math.min(a.left, b.left), Math.max(a.bottom, b.bottom), Math.max(a.right, b.right));
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') return (toText(a) as string) + (toText(b) as string);
  const comparison = COMPARISONS[op];
  if (comparison) return comparison(compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === '+') return num(x + y);
  if (op === '-') return num(x - y);
  if (op === '*') return num(x * y);
  if (op === '/') return y === 0 ? err('#DIV/0!') : num(x / y);
  if (op === '^') return num(x ** y);
  throw new Unsupported(`operator "${op}"`);
}

/**
 * A function call. Each argument reaches the function as its definition says (see `Arg`); when an
 * argument that takes one value is given an array, the function is applied cell by cell.
 */
function call(name: string, nodes: AstExpression[], ctx: EvalContext): Value {
  const def = FUNCTIONS[name];
  if (!def) throw new Unsupported(`function ${name}`);
  if (nodes.length < def.min || nodes.length > (def.max ?? def.min)) return VALUE;
  if (def.lazy) return def.lazy(nodes.map((n) => () => deref(evaluate(n, ctx), ctx)), ctx);
  const kinds: Arg[] = nodes.map((_, i) => def.args[Math.min(i, def.args.length - 1)]!);
  const values = nodes.map((n, i): Value => {
    const v = evaluate(n, ctx);
    if (kinds[i] === 'ref') return v;
    if (kinds[i] === 'array') return v instanceof Area ? ctx.cells(v) : v;
    return deref(v, ctx);
  });
  const run = (args: Value[]): Scalar | Matrix => {
    if (!def.errors) for (let i = 0; i < args.length; i++) if (kinds[i] === 'one' && isError(args[i] as Scalar)) return args[i] as Scalar;
    return def.call(args, ctx);
  };
  const ones = kinds.flatMap((k, i) => (k === 'one' && isMatrix(values[i]!) ? [i] : []));
  if (ones.length === 0) return run(values);
  return lift(
    ones.map((i) => values[i] as Matrix),
    (xs) => {
      const args = values.slice();
      for (let j = 0; j < ones.length; j++) args[ones[j]!] = xs[j]!;
      const r = run(args);
      return isMatrix(r) ? r[0]![0]! : r;
    },
  );
}
