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

function plus(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a + b;
    return b === ID ? (x) => a + x : (x) => a + b(x);
  }
  if (typeof b === 'number') return a === ID ? (x) => x + b : (x) => a(x) + b;
  if (a === ID) return (x) => x + b(x);
  if (b === ID) return (x) => a(x) + x;
  return (x) => a(x) + b(x);
}

function minus(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a - b;
    return b === ID ? (x) => a - x : (x) => a - b(x);
  }
  if (typeof b === 'number') return a === ID ? (x) => x - b : (x) => a(x) - b;
  if (a === ID) return (x) => x - b(x);
  if (b === ID) return (x) => a(x) - x;
  return (x) => a(x) - b(x);
}

function times(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a * b;
    return b === ID ? (x) => a * x : (x) => a * b(x);
  }
  if (typeof b === 'number') return a === ID ? (x) => x * b : (x) => a(x) * b;
  if (a === ID) return b === ID ? (x) => x * x : (x) => x * b(x);
  if (b === ID) return (x) => a(x) * x;
  return (x) => a(x) * b(x);
}

function over(a: C, b: C): C {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a / b;
    return b === ID ? (x) => a / x : (x) => a / b(x);
  }
  if (typeof b === 'number') return a === ID ? (x) => x / b : (x) => a(x) / b;
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
      : (x) => {
          const y = f(x);
          return y * y;
        };
  }
  const fa = lift(a);
  const fb = lift(b);
  return (x) => Math.pow(fa(x), fb(x));
}

const FLIP = new Map<CmpOp, CmpOp>([
  ['<', '>'],
  ['<=', '>='],
  ['>', '<'],
  ['>=', '<='],
  ['==', '=='],
  ['!=', '!='],
]);

const COMPARE = new Map<string, (a: number, b: number) => boolean>([
  ['<', (a, b) => a < b],
  ['<=', (a, b) => a <= b],
  ['>', (a, b) => a > b],
  ['>=', (a, b) => a >= b],
  ['==', (a, b) => a === b],
  ['!=', (a, b) => a !== b],
]);

type P = (x: number) => boolean;

/** A comparison as a predicate, with closures of its own for x or f(x) against a number. */
function pred(op: CmpOp, a: C, b: C): boolean | P {
  if (typeof a === 'number') {
    if (typeof b === 'number') return COMPARE.get(op)!(a, b);
    return pred(FLIP.get(op)!, b, a);
  }
  if (typeof b === 'number') {
    if (a === ID) {
      switch (op) {
        case '<':
          return (x) => x < b;
        case '<=':
          return (x) => x <= b;
        case '>':
          return (x) => x > b;
        case '>=':
          return (x) => x >= b;
        case '==':
          return (x) => x === b;
        case '!=':
          return (x) => x !== b;
      }
    }
    switch (op) {
      case '<':
        return (x) => a(x) < b;
      case '<=':
        return (x) => a(x) <= b;
      case '>':
        return (x) => a(x) > b;
      case '>=':
        return (x) => a(x) >= b;
      case '==':
        return (x) => a(x) === b;
      case '!=':
        return (x) => a(x) !== b;
    }
  }
  switch (op) {
    case '<':
      return (x) => a(x) < b(x);
    case '<=':
      return (x) => a(x) <= b(x);
    case '>':
      return (x) => a(x) > b(x);
    case '>=':
      return (x) => a(x) >= b(x);
    case '==':
      return (x) => a(x) === b(x);
    case '!=':
      return (x) => a(x) !== b(x);
  }
}

/** `where(p, a, b)` for a predicate p; x and numbers in the branches are read inline. */
function choose(p: P, a: C, b: C): F {
  if (a === ID) {
    if (typeof b === 'number') return (x) => (p(x) ? x : b);
    if (b !== ID) return (x) => (p(x) ? x : b(x));
  }
  if (b === ID && typeof a === 'number') return (x) => (p(x) ? a : x);
  if (typeof a === 'number' && typeof b === 'number') return (x) => (p(x) ? a : b);
  const fa = lift(a);
  const fb = lift(b);
  return (x) => (p(x) ? fa(x) : fb(x));
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
      return a === ID ? (x) => -x : (x) => -a(x);
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
      return typeof p === 'boolean' ? +p : (x) => +p(x);
    }
    case 'fn': {
      const args = n.args.map((m) => compileNode(m, values));
      if (n.name === 'where') {
        const [c, a, b] = args as [C, C, C];
        const cond = n.args[0]!;
        if (cond.k === 'cmp') {
          // The comparison's predicate decides directly (its 0/1 value is never NaN).
          const p = pred(cond.op, compileNode(cond.a, values), compileNode(cond.b, values));
          return typeof p === 'boolean' ? (p ? a : b) : choose(p, a, b);
        }
        if (typeof c === 'number') return c !== c ? NaN : c !== 0 ? a : b;
        const fa = lift(a);
        const fb = lift(b);
        return (x) => {
          const t = c(x);
          return t !== t ? t : t !== 0 ? fa(x) : fb(x);
        };
      }
      if (n.name === 'min' || n.name === 'max') {
        const m = n.name === 'min' ? Math.min : Math.max;
        const [a, b] = args as [C, C];
        if (typeof a === 'number' && typeof b === 'number') return m(a, b);
        const fa = lift(a);
        const fb = lift(b);
        if (typeof b === 'number') return fa === ID ? (x) => m(x, b) : (x) => m(fa(x), b);
        if (typeof a === 'number') return fb === ID ? (x) => m(a, x) : (x) => m(a, fb(x));
        return (x) => m(fa(x), fb(x));
      }
      const f = UNARY.get(n.name)!;
      const a = args[0]!;
      if (typeof a === 'number') return f(a);
      return a === ID ? f : (x) => f(a(x));
    }
    case 'act': {
      const ps = n.params.map((m) => compileNode(m, values) as number);
      const bound = bindActivation(n.id, ps);
      const f = n.d ? bound.df : bound.f;
      const a = compileNode(n.a, values);
      if (typeof a === 'number') return f(a);
      return a === ID ? f : (x) => f(a(x));
    }
  }
  return NaN;
}

/** y where it is finite, else NaN (one function, so every caller inlines it). */
function finite(y: number): number {
  return y - y === 0 ? y : NaN;
}

/** The root operation with the finiteness test fused in, saving a call per point. */
function fusedRoot(n: Node, values: ReadonlyMap<string, number>): F | undefined {
  if (n.k === 'bin' && n.op !== '^') {
    const a = compileNode(n.a, values);
    const b = compileNode(n.b, values);
    if (typeof a === 'number' && typeof b === 'number') return undefined;
    const fa = lift(a);
    const fb = lift(b);
    const ca = a as number;
    const cb = b as number;
    const aNum = typeof a === 'number';
    const bNum = typeof b === 'number';
    switch (n.op) {
      case '+':
        if (a === ID && !bNum) return (x) => finite(x + fb(x));
        if (bNum) return (x) => finite(fa(x) + cb);
        return aNum ? (x) => finite(ca + fb(x)) : (x) => finite(fa(x) + fb(x));
      case '-':
        if (a === ID && !bNum) return (x) => finite(x - fb(x));
        if (bNum) return (x) => finite(fa(x) - cb);
        return aNum ? (x) => finite(ca - fb(x)) : (x) => finite(fa(x) - fb(x));
      case '*':
        if (a === ID && !bNum) return (x) => finite(x * fb(x));
        if (bNum) return (x) => finite(fa(x) * cb);
        return aNum ? (x) => finite(ca * fb(x)) : (x) => finite(fa(x) * fb(x));
      case '/':
        if (a === ID && !bNum) return (x) => finite(x / fb(x));
        if (bNum) return (x) => finite(fa(x) / cb);
        return aNum ? (x) => finite(ca / fb(x)) : (x) => finite(fa(x) / fb(x));
    }
  }
  if (n.k === 'fn' && UNARY.has(n.name)) {
    const f = UNARY.get(n.name)!;
    const a = compileNode(n.args[0]!, values);
    if (typeof a === 'number') return undefined;
    return a === ID ? (x) => finite(f(x)) : (x) => finite(f(a(x)));
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
