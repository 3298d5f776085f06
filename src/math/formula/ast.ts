// The formula's syntax tree, and constructors that simplify as they build (constant folding,
// 0/1 identities) so that the symbolic derivative reads as a person would write it.

export type BinOp = '+' | '-' | '*' | '/' | '^';
export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type Node =
  /** A number; `sym` keeps `pi` and `e` for TeX and code. */
  | { k: 'num'; v: number; sym?: 'pi' | 'e' }
  | { k: 'x' }
  /** A free parameter. */
  | { k: 'par'; name: string }
  | { k: 'neg'; a: Node }
  | { k: 'bin'; op: BinOp; a: Node; b: Node }
  /** A comparison: 1 when it holds, else 0. */
  | { k: 'cmp'; op: CmpOp; a: Node; b: Node }
  /** A function of the table in functions.ts (min/max binary, where ternary, the rest unary). */
  | { k: 'fn'; name: string; args: Node[] }
  /** A registry activation of `a`, or its derivative (`d`), with its parameters in spec order. */
  | { k: 'act'; id: string; d: boolean; a: Node; params: Node[] };

export const num = (v: number): Node => ({ k: 'num', v });
export const X: Node = { k: 'x' };
export const ZERO = num(0);
export const ONE = num(1);

const isNum = (n: Node): n is { k: 'num'; v: number } => n.k === 'num';
/** Whether `n` is the number `v` (not a type guard: false says nothing about n's kind). */
const is = (n: Node, v: number): boolean => n.k === 'num' && n.v === v;

/** Whether `n` depends on x. */
export function hasX(n: Node): boolean {
  switch (n.k) {
    case 'x':
      return true;
    case 'num':
    case 'par':
      return false;
    case 'neg':
      return hasX(n.a);
    case 'bin':
    case 'cmp':
      return hasX(n.a) || hasX(n.b);
    case 'fn':
      return n.args.some(hasX);
    case 'act':
      return hasX(n.a) || n.params.some(hasX);
  }
}

/** Whether `n` can be undefined at a finite x (log, sqrt, division, powers). */
export function partial(n: Node): boolean {
  switch (n.k) {
    case 'num':
    case 'x':
    case 'par':
      return false;
    case 'neg':
      return partial(n.a);
    case 'bin':
      return n.op === '/' || n.op === '^' || partial(n.a) || partial(n.b);
    case 'cmp':
      return partial(n.a) || partial(n.b);
    case 'fn':
      return n.name === 'log' || n.name === 'log1p' || n.name === 'sqrt' || n.args.some(partial);
    case 'act':
      return partial(n.a) || n.params.some(partial);
  }
}

/** Structural equality. */
export function same(a: Node, b: Node): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'num':
      return Object.is(a.v, (b as typeof a).v);
    case 'x':
      return true;
    case 'par':
      return a.name === (b as typeof a).name;
    case 'neg':
      return same(a.a, (b as typeof a).a);
    case 'bin':
    case 'cmp': {
      const o = b as typeof a;
      return a.op === o.op && same(a.a, o.a) && same(a.b, o.b);
    }
    case 'fn': {
      const o = b as typeof a;
      return a.name === o.name && a.args.every((x, i) => same(x, o.args[i]!));
    }
    case 'act': {
      const o = b as typeof a;
      return (
        a.id === o.id &&
        a.d === o.d &&
        same(a.a, o.a) &&
        a.params.every((x, i) => same(x, o.params[i]!))
      );
    }
  }
}

/** A folded quotient is kept only when it reads well (an integer or a short decimal). */
function nice(v: number): boolean {
  return Number.isFinite(v) && (Number.isInteger(v) || String(v).length <= 6);
}

export function neg(a: Node): Node {
  if (isNum(a)) return num(-a.v);
  if (a.k === 'neg') return a.a;
  return { k: 'neg', a };
}

export function add(a: Node, b: Node): Node {
  if (isNum(a) && isNum(b)) return num(a.v + b.v);
  if (is(a, 0)) return b;
  if (is(b, 0)) return a;
  if (b.k === 'neg') return sub(a, b.a);
  if (isNum(b) && b.v < 0) return sub(a, num(-b.v));
  if (a.k === 'neg') return sub(b, a.a);
  return { k: 'bin', op: '+', a, b };
}

export function sub(a: Node, b: Node): Node {
  if (isNum(a) && isNum(b)) return num(a.v - b.v);
  if (is(b, 0)) return a;
  if (is(a, 0)) return neg(b);
  if (b.k === 'neg') return add(a, b.a);
  if (same(a, b)) return ZERO;
  return { k: 'bin', op: '-', a, b };
}

export function mul(a: Node, b: Node): Node {
  if (isNum(a) && isNum(b)) return num(a.v * b.v);
  if (is(a, 0) || is(b, 0)) return ZERO;
  if (is(a, 1)) return b;
  if (is(b, 1)) return a;
  if (is(a, -1)) return neg(b);
  if (is(b, -1)) return neg(a);
  if (a.k === 'neg') return neg(mul(a.a, b));
  if (b.k === 'neg') return neg(mul(a, b.a));
  if (isNum(a) && a.v < 0) return neg(mul(num(-a.v), b));
  if (isNum(b) && b.v < 0) return neg(mul(a, num(-b.v)));
  // Numbers first (2·x rather than x·2), and 2·(3·u) as 6·u.
  if (isNum(b) && !isNum(a)) return mul(b, a);
  if (isNum(a) && b.k === 'bin' && b.op === '*' && isNum(b.b) === false && isNum(b.a))
    return mul(num(a.v * b.a.v), b.b);
  if (same(a, b)) return pow(a, num(2));
  return { k: 'bin', op: '*', a, b };
}

export function div(a: Node, b: Node): Node {
  if (isNum(a) && isNum(b) && b.v !== 0 && nice(a.v / b.v)) return num(a.v / b.v);
  if (is(a, 0)) return ZERO;
  if (is(b, 1)) return a;
  if (is(b, -1)) return neg(a);
  if (a.k === 'neg') return neg(div(a.a, b));
  if (isNum(a) && a.v < 0) return neg(div(num(-a.v), b));
  if (isNum(b) && b.v < 0) return neg(div(a, num(-b.v)));
  if (b.k === 'neg') return neg(div(a, b.a));
  if (same(a, b)) return ONE;
  return { k: 'bin', op: '/', a, b };
}

export function pow(a: Node, b: Node): Node {
  if (is(b, 1)) return a;
  if (is(b, 0)) return ONE;
  if (isNum(a) && isNum(b) && nice(Math.pow(a.v, b.v))) return num(Math.pow(a.v, b.v));
  return { k: 'bin', op: '^', a, b };
}

export function fn(name: string, ...args: Node[]): Node {
  return { k: 'fn', name, args };
}

/** where(c, a, b), with equal branches merged. */
export function where(c: Node, a: Node, b: Node): Node {
  if (same(a, b)) return a;
  if (isNum(c)) return c.v !== 0 ? a : b;
  return fn('where', c, a, b);
}

export const cmp = (op: CmpOp, a: Node, b: Node): Node => ({ k: 'cmp', op, a, b });
