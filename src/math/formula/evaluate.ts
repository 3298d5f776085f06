// A formula tree compiled into a tree of closures, with the parameter values bound in: every
// part that does not depend on x is folded to a number once, and the common shapes (x op c,
// c op x, f(x)) get closures of their own, so evaluating a point is a few direct calls.
import { getActivation } from '../registry';
import type { BoundActivation } from '../types';
import type { CmpOp, Node } from './ast';
import { UNARY } from './functions';

type F = (x: number) => number;
/** A compiled part: a number when it does not depend on x. */
type C = number | F;

const ID: F = (x) => x;
const NAN_BOUND: BoundActivation = { f: () => NaN, df: () => NaN };

/** The registry activation `id` bound to parameter values; NaN everywhere if they are invalid. */
export function bindActivation(id: string, values: readonly number[]): BoundActivation {
  const a = getActivation(id);
  if (!a) return NAN_BOUND;
  const p: Record<string, number> = {};
  a.params.forEach((s, i) => {
    p[s.key] = values[i]!;
  });
  try {
    return a.bind(p);
  } catch {
    return NAN_BOUND; // a value outside the parameter's domain (CELU with α = 0, …)
  }
}

const lift = (c: C): F => (typeof c === 'number' ? () => c : c);

/** x ↦ −x, recognised by identity so that parents fold the sign into a constant. */
const NEG_X: F = (x) => -x;

/**
 * What some compiled closures compute, so that a parent can do it inline instead of calling
 * them: `neg` is −a(x), `sq` is a(x)², `lin` is x op c (or c op x when `first`), `scaled` is
 * g(x·c), or g(x/c) when `div`, times `by` when `by` is given.
 */
type Shape =
  | { k: 'neg'; a: F }
  | { k: 'sq'; a: F }
  | { k: 'lin'; op: '+' | '-' | '*' | '/'; c: number; first: boolean }
  | { k: 'scaled'; g: F; c: number; div: boolean; by?: number };

/** g(x·c) or g(x/c) (`s` a scaled shape), computed inline by a parent. */
function scaledOf(c: C): { g: F; c: number; div: boolean; by?: number } | undefined {
  if (typeof c === 'number') return undefined;
  const s = SHAPES.get(c);
  return s?.k === 'scaled' ? s : undefined;
}
const SHAPES = new WeakMap<F, Shape>();
function shaped(f: F, s: Shape): F {
  SHAPES.set(f, s);
  return f;
}

/**
 * An operand read inline where it is cheap: 0 the number `v`, 1 x, 2 |x|, 3 a call of `f`.
 * The generic closures below branch on these kinds (the same way at every point, so the
 * branches predict) rather than call a closure for a number or for x.
 */
type Kind = 0 | 1 | 2 | 3;
function kindOf(c: C): Kind {
  return typeof c === 'number' ? 0 : c === ID ? 1 : c === Math.abs ? 2 : 3;
}
const valOf = (k: Kind, c: C, x: number): number =>
  k === 0 ? (c as number) : k === 1 ? x : k === 2 ? Math.abs(x) : (c as F)(x);

function plus(a: C, b: C): C {
  const sa = scaledOf(a);
  if (sa && sa.by === undefined && typeof b !== 'number' && b !== ID) {
    // g(x·c) + b(x), g(x/c) + b(x): the scaled call made here.
    const { g, c } = sa;
    return sa.div ? (x) => g(x / c) + b(x) : (x) => g(x * c) + b(x);
  }
  if (typeof a === 'number') {
    if (typeof b === 'number') return a + b;
    if (b === Math.abs) return (x) => a + Math.abs(x);
    return b === ID
      ? shaped((x) => a + x, { k: 'lin', op: '+', c: a, first: true })
      : (x) => a + b(x);
  }
  if (typeof b === 'number') {
    if (a === Math.abs) return (x) => Math.abs(x) + b;
    return a === ID
      ? shaped((x) => x + b, { k: 'lin', op: '+', c: b, first: false })
      : (x) => a(x) + b;
  }
  if (a === ID) return (x) => x + b(x);
  if (b === ID) return (x) => a(x) + x;
  return (x) => a(x) + b(x);
}

function minus(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    if (b === Math.abs) return (x) => a - Math.abs(x);
    return b === ID
      ? shaped((x) => a - x, { k: 'lin', op: '-', c: a, first: true })
      : (x) => a - b(x);
  }
  if (typeof b === 'number') {
    if (a === Math.abs) return (x) => Math.abs(x) - b;
    return a === ID
      ? shaped((x) => x - b, { k: 'lin', op: '-', c: b, first: false })
      : (x) => a(x) - b;
  }
  if (a === ID) return (x) => x - b(x);
  if (b === ID) return (x) => a(x) - x;
  return (x) => a(x) - b(x);
}

function times(a: C, b: C): C {
  const sb = scaledOf(b);
  if (a === ID && sb) {
    // x·g(x·c), x·g(x/c), and x·(g(x/c)·k) in that order of operations.
    const { g, c, by } = sb;
    if (by === undefined) return sb.div ? (x) => x * g(x / c) : (x) => x * g(x * c);
    return sb.div ? (x) => x * (g(x / c) * by) : (x) => x * (g(x * c) * by);
  }
  const sa = scaledOf(a);
  if (sa && sa.by === undefined && typeof b === 'number') {
    const { g, c, div } = sa;
    return shaped(div ? (x) => g(x / c) * b : (x) => g(x * c) * b, {
      k: 'scaled',
      g,
      c,
      div,
      by: b,
    });
  }
  if (typeof a === 'number') {
    if (typeof b === 'number') return a * b;
    // (−u)·c = u·(−c) exactly: the sign folds into the constant.
    const s = SHAPES.get(b);
    if (s?.k === 'neg') return times(-a, s.a);
    if (b === NEG_X) return times(-a, ID);
    return b === ID
      ? shaped((x) => a * x, { k: 'lin', op: '*', c: a, first: true })
      : (x) => a * b(x);
  }
  if (typeof b === 'number') {
    const s = SHAPES.get(a);
    if (s?.k === 'neg') return times(s.a, -b);
    if (a === NEG_X) return times(ID, -b);
    return a === ID
      ? shaped((x) => x * b, { k: 'lin', op: '*', c: b, first: false })
      : (x) => a(x) * b;
  }
  if (a === ID) return b === ID ? (x) => x * x : (x) => x * b(x);
  if (b === ID) return (x) => a(x) * x;
  return (x) => a(x) * b(x);
}

function over(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a / b;
    const s = SHAPES.get(b);
    if (s?.k === 'sq') {
      const f = s.a;
      return (x) => {
        const y = f(x);
        return a / (y * y);
      };
    }
    return b === ID
      ? shaped((x) => a / x, { k: 'lin', op: '/', c: a, first: true })
      : (x) => a / b(x);
  }
  if (typeof b === 'number') {
    // (−u)/c = u/(−c) exactly.
    const s = SHAPES.get(a);
    if (s?.k === 'neg') return over(s.a, -b);
    if (a === NEG_X) return over(ID, -b);
    return a === ID
      ? shaped((x) => x / b, { k: 'lin', op: '/', c: b, first: false })
      : (x) => a(x) / b;
  }
  if (a === ID) return (x) => x / b(x);
  if (b === ID) return (x) => a(x) / x;
  return (x) => a(x) / b(x);
}

function power(a: C, b: C): C {
  if (typeof a === 'number' && typeof b === 'number') return Math.pow(a, b);
  if (b === 2) {
    // x·x is the correctly rounded square, as Math.pow(x, 2) is.
    const f = a as F;
    return f === ID
      ? (x) => x * x
      : shaped(
          (x) => {
            const y = f(x);
            return y * y;
          },
          { k: 'sq', a: f },
        );
  }
  const fa = lift(a);
  const fb = lift(b);
  return (x) => Math.pow(fa(x), fb(x));
}

/** f of a compiled argument, with x op c, −x and |x| computed inline. */
function unary(f: F, a: C): C {
  if (typeof a === 'number') return f(a);
  if (a === ID) return f;
  if (a === NEG_X) return (x) => f(-x);
  if (a === Math.abs) return (x) => f(Math.abs(x));
  const s = SHAPES.get(a);
  if (s?.k === 'lin') {
    const c = s.c;
    switch (s.op) {
      case '+':
        return s.first ? (x) => f(c + x) : (x) => f(x + c);
      case '-':
        return s.first ? (x) => f(c - x) : (x) => f(x - c);
      case '*':
        return shaped(s.first ? (x) => f(c * x) : (x) => f(x * c), {
          k: 'scaled',
          g: f,
          c,
          div: false,
        });
      case '/':
        if (s.first) return (x) => f(c / x);
        return shaped((x) => f(x / c), { k: 'scaled', g: f, c, div: true });
    }
  }
  return (x) => f(a(x));
}

const FLIP = new Map<CmpOp, CmpOp>([
  ['<', '>'],
  ['<=', '>='],
  ['>', '<'],
  ['>=', '<='],
  ['==', '=='],
  ['!=', '!='],
]);

const CMP_CODE = { '<': 0, '<=': 1, '>': 2, '>=': 3, '==': 4, '!=': 5 } as const;
type Code = 0 | 1 | 2 | 3 | 4 | 5;
/** a op b for an operator's code (a switch the same way at every point: it predicts). */
function test(op: Code, a: number, b: number): boolean {
  switch (op) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a > b;
    case 3:
      return a >= b;
    case 4:
      return a === b;
    default:
      return a !== b;
  }
}

/** A comparison with x or f(x) on one side: evaluated inline by `choose` (no call). */
interface Cmp {
  op: Code;
  a: C;
  b: C;
}

/** A comparison as a predicate, or as its parts when `choose` can test it inline. */
function pred(op: CmpOp, a: C, b: C): boolean | Cmp {
  if (typeof a === 'number') {
    if (typeof b === 'number') return test(CMP_CODE[op], a, b);
    return pred(FLIP.get(op)!, b, a);
  }
  return { op: CMP_CODE[op], a, b };
}

/**
 * `where(p, a, b)` for a comparison p: the test and the branches that are numbers, x or |x|
 * are evaluated inline; `root` fuses in the finiteness test of compileFinite.
 */
function choose(p: Cmp, a: C, b: C, root = false): F {
  const { op, a: pa, b: pb } = p;
  const kpa = kindOf(pa);
  const kpb = kindOf(pb);
  const ka = kindOf(a);
  const kb = kindOf(b);
  // The common where(x op c, …): x read directly.
  if (kpa === 1 && kpb === 0) {
    const c = pb as number;
    return root
      ? (x) => finite(test(op, x, c) ? valOf(ka, a, x) : valOf(kb, b, x))
      : (x) => (test(op, x, c) ? valOf(ka, a, x) : valOf(kb, b, x));
  }
  return root
    ? (x) =>
        finite(test(op, valOf(kpa, pa, x), valOf(kpb, pb, x)) ? valOf(ka, a, x) : valOf(kb, b, x))
    : (x) => (test(op, valOf(kpa, pa, x), valOf(kpb, pb, x)) ? valOf(ka, a, x) : valOf(kb, b, x));
}

/** min or max of two compiled parts, not both numbers; `root` as for choose. */
function extreme(max: boolean, a: C, b: C, root = false): F {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (max)
    return root
      ? (x) => finite(Math.max(valOf(ka, a, x), valOf(kb, b, x)))
      : (x) => Math.max(valOf(ka, a, x), valOf(kb, b, x));
  return root
    ? (x) => finite(Math.min(valOf(ka, a, x), valOf(kb, b, x)))
    : (x) => Math.min(valOf(ka, a, x), valOf(kb, b, x));
}

/** A comparison's 0/1 value. */
function compare(p: Cmp): F {
  const { op, a, b } = p;
  const ka = kindOf(a);
  const kb = kindOf(b);
  return (x) => +test(op, valOf(ka, a, x), valOf(kb, b, x));
}

/** Compiles `n` with the parameters' values (`par` nodes look their name up in `values`). */
export function compileNode(n: Node, values: ReadonlyMap<string, number>): C {
  switch (n.k) {
    case 'num':
      return n.v;
    case 'x':
      return ID;
    case 'par':
      return values.get(n.name) ?? NaN;
    case 'neg': {
      const a = compileNode(n.a, values);
      if (typeof a === 'number') return -a;
      return a === ID ? NEG_X : shaped((x) => -a(x), { k: 'neg', a });
    }
    case 'bin': {
      const a = compileNode(n.a, values);
      const b = compileNode(n.b, values);
      switch (n.op) {
        case '+':
          return plus(a, b);
        case '-':
          return minus(a, b);
        case '*':
          return times(a, b);
        case '/':
          return over(a, b);
        case '^':
          return power(a, b);
      }
      break;
    }
    case 'cmp': {
      const p = pred(n.op, compileNode(n.a, values), compileNode(n.b, values));
      return typeof p === 'boolean' ? +p : compare(p);
    }
    case 'fn': {
      if (n.name === 'where') return where(n.args, values, false);
      const args = n.args.map((m) => compileNode(m, values));
      if (n.name === 'min' || n.name === 'max') {
        const [a, b] = args as [C, C];
        if (typeof a === 'number' && typeof b === 'number')
          return n.name === 'min' ? Math.min(a, b) : Math.max(a, b);
        return extreme(n.name === 'max', a, b);
      }
      return unary(UNARY.get(n.name)!, args[0]!);
    }
    case 'act': {
      const ps = n.params.map((m) => compileNode(m, values) as number);
      const bound = bindActivation(n.id, ps);
      return unary(n.d ? bound.df : bound.f, compileNode(n.a, values));
    }
  }
  return NaN;
}

/** where(c, a, b); `root` fuses in the finiteness test. */
function where(args: readonly Node[], values: ReadonlyMap<string, number>, root: boolean): C {
  const [cond, an, bn] = args as [Node, Node, Node];
  const a = compileNode(an, values);
  const b = compileNode(bn, values);
  if (cond.k === 'cmp') {
    // The comparison decides directly (its 0/1 value is never NaN).
    const p = pred(cond.op, compileNode(cond.a, values), compileNode(cond.b, values));
    return typeof p === 'boolean' ? (p ? a : b) : choose(p, a, b, root);
  }
  const c = compileNode(cond, values);
  if (typeof c === 'number') return c !== c ? NaN : c !== 0 ? a : b;
  const ka = kindOf(a);
  const kb = kindOf(b);
  const pick = (x: number): number => {
    const t = c(x);
    return t !== t ? t : t !== 0 ? valOf(ka, a, x) : valOf(kb, b, x);
  };
  return root ? (x) => finite(pick(x)) : pick;
}

/** y where it is finite, else NaN (one function, so every caller inlines it). */
function finite(y: number): number {
  return y - y === 0 ? y : NaN;
}

/** `op` applied to a closure and a number (`first`: the number on the left), then `finite`. */
function rootWithNumber(op: '+' | '-' | '*' | '/', f: F, c: number, first: boolean): F {
  if (f === Math.abs) {
    switch (op) {
      case '+':
        return (x) => finite(c + Math.abs(x));
      case '-':
        return first ? (x) => finite(c - Math.abs(x)) : (x) => finite(Math.abs(x) - c);
      case '*':
        return (x) => finite(c * Math.abs(x));
      case '/':
        return first ? (x) => finite(c / Math.abs(x)) : (x) => finite(Math.abs(x) / c);
    }
  }
  switch (op) {
    case '+':
      return first ? (x) => finite(c + f(x)) : (x) => finite(f(x) + c);
    case '-':
      return first ? (x) => finite(c - f(x)) : (x) => finite(f(x) - c);
    case '*':
      return first ? (x) => finite(c * f(x)) : (x) => finite(f(x) * c);
    case '/':
      return first ? (x) => finite(c / f(x)) : (x) => finite(f(x) / c);
  }
}

/** Functions whose value is finite or NaN for every input, ±∞ and NaN included. */
const BOUNDED: ReadonlySet<string> = new Set([
  'sin',
  'cos',
  'tanh',
  'sigmoid',
  'erf',
  'erfc',
  'sign',
  'step',
  'dsigmoid',
  'sech2',
  'derf',
  'tsp',
  'dtsp',
  'dxsigmoid',
  'dxtsp',
]);

/** The root operation with the finiteness test fused in, saving a call per point. */
function fusedRoot(n: Node, values: ReadonlyMap<string, number>): F | undefined {
  if (n.k === 'bin' && n.op !== '^') {
    let a = compileNode(n.a, values);
    let b = compileNode(n.b, values);
    if (typeof a === 'number' && typeof b === 'number') return undefined;
    const op = n.op;
    if (op === '*' || op === '/') {
      // (−u)·c = u·(−c) and (−u)/c = u/(−c) exactly.
      if (typeof b === 'number') {
        const s = SHAPES.get(a as F);
        if (s?.k === 'neg' || a === NEG_X) [a, b] = [s?.k === 'neg' ? s.a : ID, -b];
      } else if (op === '*' && typeof a === 'number') {
        const s = SHAPES.get(b);
        if (s?.k === 'neg' || b === NEG_X) [a, b] = [-a, s?.k === 'neg' ? s.a : ID];
      }
    }
    if (op === '/' && typeof a === 'number') {
      const s = SHAPES.get(b as F);
      if (s?.k === 'sq') {
        const f = s.a;
        const c = a;
        return (x) => {
          const y = f(x);
          return finite(c / (y * y));
        };
      }
    }
    if (typeof a === 'number' || typeof b === 'number') {
      const first = typeof a === 'number';
      const c = (first ? a : b) as number;
      const f = (first ? b : a) as F;
      return rootWithNumber(op, f, c, first);
    }
    const fa = a;
    const fb = b;
    switch (op) {
      case '+':
        if (fa === ID) return (x) => finite(x + fb(x));
        return (x) => finite(fa(x) + fb(x));
      case '-':
        if (fa === ID) return (x) => finite(x - fb(x));
        return (x) => finite(fa(x) - fb(x));
      case '*':
        if (fa === ID) return (x) => finite(x * fb(x));
        return (x) => finite(fa(x) * fb(x));
      case '/':
        if (fa === ID) return (x) => finite(x / fb(x));
        return (x) => finite(fa(x) / fb(x));
    }
  }
  if (n.k === 'fn') {
    if (n.name === 'where') {
      const w = where(n.args, values, true);
      return typeof w === 'number' ? undefined : w;
    }
    if (n.name === 'min' || n.name === 'max') {
      const a = compileNode(n.args[0]!, values);
      const b = compileNode(n.args[1]!, values);
      if (typeof a === 'number' && typeof b === 'number') return undefined;
      return extreme(n.name === 'max', a, b, true);
    }
    const f = UNARY.get(n.name)!;
    const a = compileNode(n.args[0]!, values);
    if (typeof a === 'number') return undefined;
    // A bounded function is already finite or NaN at every input (±∞ too): itself is the root.
    if (a === ID) return BOUNDED.has(n.name) ? f : (x) => finite(f(x));
    if (a === NEG_X) return (x) => finite(f(-x));
    const s = SHAPES.get(a);
    if (s?.k === 'lin' && !s.first && (s.op === '*' || s.op === '/')) {
      const c = s.c;
      return s.op === '*' ? (x) => finite(f(x * c)) : (x) => finite(f(x / c));
    }
    return (x) => finite(f(a(x)));
  }
  return undefined;
}

/**
 * `n` as a function of x that gives NaN wherever the formula is undefined or overflows
 * (1/0, log of a negative, e^1000): the plot draws NaN as a gap, never a spike to ±∞.
 */
export function compileFinite(n: Node, values: ReadonlyMap<string, number>): F {
  const fused = fusedRoot(n, values);
  if (fused) return fused;
  const c = compileNode(n, values);
  if (typeof c === 'number') {
    const v = finite(c);
    return () => v;
  }
  return (x) => finite(c(x));
}
