// The trees as they are evaluated, which may differ from the trees shown (TeX, code): a few
// exact identities that save work at every point, and a finer test of where f can be
// undefined than ast.partial's, now that the parameters have values.
import { add, div, fn, hasX, mul, neg, pow, same, sub, where, type Node } from './ast';
import { compileNode } from './evaluate';

/** Rebuilds `n` bottom-up through `rule`, keeping every unchanged subtree (and shared ones once). */
function rewrite(n: Node, rule: (m: Node) => Node, memo = new Map<Node, Node>()): Node {
  const done = memo.get(n);
  if (done) return done;
  const r = (m: Node) => rewrite(m, rule, memo);
  let out: Node = n;
  switch (n.k) {
    case 'neg': {
      const a = r(n.a);
      if (a !== n.a) out = neg(a);
      break;
    }
    case 'bin': {
      const a = r(n.a);
      const b = r(n.b);
      if (a !== n.a || b !== n.b) {
        const make = { '+': add, '-': sub, '*': mul, '/': div, '^': pow }[n.op];
        out = make(a, b);
      }
      break;
    }
    case 'cmp': {
      const a = r(n.a);
      const b = r(n.b);
      if (a !== n.a || b !== n.b) out = { ...n, a, b };
      break;
    }
    case 'fn': {
      const args = n.args.map(r);
      if (args.some((m, i) => m !== n.args[i]))
        out = n.name === 'where' ? where(args[0]!, args[1]!, args[2]!) : fn(n.name, ...args);
      break;
    }
    case 'act': {
      const a = r(n.a);
      if (a !== n.a) out = { ...n, a };
      break;
    }
    default:
      break;
  }
  out = rule(out);
  memo.set(n, out);
  return out;
}

const isFn = (n: Node, name: string): n is { k: 'fn'; name: string; args: Node[] } =>
  n.k === 'fn' && n.name === name;

/** The self-gated u·g(u) of these g, by the name of its fused function. */
const GATED: ReadonlyMap<string, string> = new Map([
  ['sigmoid', 'xsigmoid'],
  ['tsp', 'xtsp'],
]);

/** `n` as u·g(u) for a g of GATED (either order), or undefined. */
function gated(n: Node): Node | undefined {
  if (n.k !== 'bin' || n.op !== '*') return undefined;
  for (const [u, g] of [
    [n.a, n.b],
    [n.b, n.a],
  ] as const) {
    if (g.k === 'fn' && GATED.has(g.name) && same(u, g.args[0]!)) return fn(GATED.get(g.name)!, u);
  }
  return undefined;
}

/**
 * f for evaluation: tanh(softplus(u)) (Mish) becomes one function of u with one exponential,
 * in place of softplus's exponential and logarithm and tanh's exponential; u·σ(u) and
 * u·tanh(softplus(u)) (SiLU's and Mish's self-gated shape) become one function each, whose
 * f′ g(u) + u·g′(u) computes g's exponential once (diff.ts differentiates them).
 */
export function fuse(f: Node): Node {
  return rewrite(f, (n) => {
    if (isFn(n, 'tanh') && isFn(n.args[0]!, 'softplus')) return fn('tsp', n.args[0].args[0]!);
    return gated(n) ?? n;
  });
}

/**
 * f′ for evaluation, with sums that cancel exactly taken out: u·sgn(u) = |u| (also at ±0),
 * (a + b) − b = a. The quotient rule writes these, e.g. for x/(1 + |x|):
 * (1 + |x| − x·sgn x)/(1 + |x|)² is 1/(1 + |x|)², and the short form is the more accurate.
 */
export function tidy(df: Node): Node {
  return rewrite(df, (n) => {
    if (n.k !== 'bin') return n;
    const { a, b } = n;
    if (n.op === '*') {
      if (isFn(b, 'sign') && same(a, b.args[0]!)) return fn('abs', a);
      if (isFn(a, 'sign') && same(b, a.args[0]!)) return fn('abs', b);
    }
    if (n.op === '-' && a.k === 'bin' && a.op === '+') {
      if (a.b === b || same(a.b, b)) return a.a;
      if (a.a === b || same(a.a, b)) return a.b;
    }
    return n;
  });
}

/** Whether `n` is ≥ 0 at every finite x (never NaN), with the parameters' values. */
function nonNegative(n: Node, values: ReadonlyMap<string, number>): boolean {
  switch (n.k) {
    case 'num':
      return n.v >= 0;
    case 'par':
      return (values.get(n.name) ?? NaN) >= 0;
    case 'cmp':
      return !partial(n, values);
    case 'fn':
      switch (n.name) {
        case 'abs':
        case 'exp':
        case 'sigmoid':
        case 'softplus':
        case 'relu':
        case 'step':
        case 'dsigmoid':
        case 'sech2':
        case 'derf':
          return !partial(n.args[0]!, values);
        default:
          return false;
      }
    case 'bin':
      if (n.op === '^')
        return n.b.k === 'num' && n.b.v > 0 && n.b.v % 2 === 0 && !partial(n.a, values);
      return (n.op === '+' || n.op === '*') && nonNegative(n.a, values) && nonNegative(n.b, values);
    default:
      return false;
  }
}

/**
 * Whether `n` is > 0 at every finite x: a positive number plus something non-negative (which
 * cannot round the sum below the positive part), like the 1 + |x| and 1 + e^{−x} of
 * quotients.
 */
function positive(n: Node, values: ReadonlyMap<string, number>): boolean {
  if (n.k === 'num') return n.v > 0;
  if (n.k === 'par') return (values.get(n.name) ?? NaN) > 0;
  if (n.k !== 'bin' || n.op !== '+') return false;
  return (
    (positive(n.a, values) && nonNegative(n.b, values)) ||
    (positive(n.b, values) && nonNegative(n.a, values))
  );
}

/**
 * Whether `n` can be undefined (NaN) at a finite x with these parameter values, as against
 * only overflowing: like ast.partial, but a quotient whose divisor cannot be 0 (a non-zero
 * number, 1 + |x|), a power with a positive integer exponent and a log or square root of
 * something positive are defined everywhere. Where this is false, f′ needs no test of f.
 */
export function partial(n: Node, values: ReadonlyMap<string, number>): boolean {
  switch (n.k) {
    case 'num':
    case 'x':
    case 'par':
      return false;
    case 'neg':
      return partial(n.a, values);
    case 'cmp':
      return partial(n.a, values) || partial(n.b, values);
    case 'bin': {
      if (partial(n.a, values) || partial(n.b, values)) return true;
      if (n.op === '/') return !divisorSafe(n.b, values);
      if (n.op === '^') {
        const e = n.b.k === 'num' ? n.b.v : undefined;
        return !(e !== undefined && Number.isInteger(e) && e > 0);
      }
      return false;
    }
    case 'fn': {
      if (n.args.some((m) => partial(m, values))) return true;
      const u = n.args[0]!;
      switch (n.name) {
        case 'log':
          return !positive(u, values);
        case 'log1p':
        case 'sqrt':
          return !nonNegative(u, values);
        default:
          return false;
      }
    }
    case 'act':
      return partial(n.a, values) || n.params.some((m) => partial(m, values));
  }
}

/** A divisor that is never 0: a non-zero number (with these values) or something positive. */
function divisorSafe(b: Node, values: ReadonlyMap<string, number>): boolean {
  if (positive(b, values)) return true;
  if (hasX(b)) return false;
  const c = compileNode(b, values) as number;
  return c !== 0 && c === c;
}
