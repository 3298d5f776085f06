// Symbolic f′ by the chain rule, built with the simplifying constructors of ast.ts. At a
// branch switch each rule gives what PyTorch autograd gives: |u|′ = sign(u) (0 at 0), relu′ and
// step′ as PyTorch (0 at 0), max/min split the gradient equally at a tie (torch.maximum), and
// where(c, a, b)′ = where(c, a′, b′).
import {
  add,
  cmp,
  div,
  fn,
  hasX,
  mul,
  neg,
  num,
  ONE,
  pow,
  sub,
  where,
  ZERO,
  type Node,
} from './ast';

/** Derivative branches up to this many nodes are written out per case (readable TeX). */
const SMALL = 40;

/** The number of nodes of `n` as a tree (shared parts counted each time), up to `cap`. */
export function size(n: Node, cap: number): number {
  let count = 0;
  const visit = (m: Node): void => {
    if (++count >= cap) return;
    switch (m.k) {
      case 'neg':
        visit(m.a);
        return;
      case 'bin':
      case 'cmp':
        visit(m.a);
        if (count < cap) visit(m.b);
        return;
      case 'fn':
        for (const a of m.args) if (count < cap) visit(a);
        return;
      case 'act':
        visit(m.a);
        for (const a of m.params) if (count < cap) visit(a);
        return;
      default:
        return;
    }
  };
  visit(n);
  return Math.min(count, cap);
}

/** d/du of a one-argument function, as a tree in u. */
function unaryDerivative(name: string, u: Node): Node {
  switch (name) {
    case 'abs':
      return fn('sign', u);
    case 'exp':
    case 'expm1':
      return fn('exp', u);
    case 'log':
      return div(ONE, u);
    case 'log1p':
      return div(ONE, add(ONE, u));
    case 'sqrt':
      return div(ONE, mul(num(2), fn('sqrt', u)));
    case 'sin':
      return fn('cos', u);
    case 'cos':
      return neg(fn('sin', u));
    case 'tanh':
      return fn('sech2', u);
    case 'sigmoid':
      return fn('dsigmoid', u);
    case 'softplus':
      return fn('sigmoid', u);
    case 'erf':
      return fn('derf', u);
    case 'erfc':
      return neg(fn('derf', u));
    case 'relu':
      return fn('step', u);
    case 'tsp':
      return fn('dtsp', u);
    case 'xsigmoid':
      return fn('dxsigmoid', u);
    case 'xtsp':
      return fn('dxtsp', u);
    default:
      // sign, step: flat on both sides of their jump; σ′, sech², erf′ are never differentiated
      // (f′ only is needed; kinks use one-sided values of f′, not f″).
      return ZERO;
  }
}

/** The derivative of `n` with respect to x. */
export function derivative(n: Node): Node {
  switch (n.k) {
    case 'num':
    case 'par':
      return ZERO;
    case 'x':
      return ONE;
    case 'neg':
      return neg(derivative(n.a));
    case 'cmp':
      return ZERO;
    case 'bin': {
      const { a, b } = n;
      const da = derivative(a);
      const db = derivative(b);
      switch (n.op) {
        case '+':
          return add(da, db);
        case '-':
          return sub(da, db);
        case '*':
          return add(mul(da, b), mul(a, db));
        case '/':
          if (!hasX(b)) return div(da, b);
          if (!hasX(a)) return neg(div(mul(a, db), pow(b, num(2))));
          return div(sub(mul(da, b), mul(a, db)), pow(b, num(2)));
        case '^':
          if (!hasX(b)) {
            if (b.k === 'num' && b.v === 2) return mul(mul(num(2), a), da);
            return mul(mul(b, pow(a, sub(b, ONE))), da);
          }
          if (!hasX(a)) return mul(mul(n, fn('log', a)), db);
          return mul(n, add(mul(db, fn('log', a)), div(mul(b, da), a)));
      }
      break;
    }
    case 'fn': {
      const [u, v, w] = n.args as [Node, Node, Node];
      if (n.name === 'where') return where(u, derivative(v), derivative(w));
      if (n.name === 'min' || n.name === 'max') {
        const du = derivative(u);
        const dv = derivative(v);
        const [first, second] = n.name === 'max' ? (['>', '<'] as const) : (['<', '>'] as const);
        if (size(du, SMALL) + size(dv, SMALL) < SMALL)
          return where(
            cmp(first, u, v),
            du,
            where(cmp(second, u, v), dv, mul(num(0.5), add(du, dv))),
          );
        // Large branches: as weights, so that u′ and v′ appear once each. Written as above they
        // appear twice, and nested max(max(max(…))) would double f′'s size at every level.
        const wu = where(cmp(first, u, v), ONE, where(cmp(second, u, v), ZERO, num(0.5)));
        const wv = where(cmp(second, u, v), ONE, where(cmp(first, u, v), ZERO, num(0.5)));
        return add(mul(wu, du), mul(wv, dv));
      }
      return mul(unaryDerivative(n.name, u), derivative(u));
    }
    case 'act':
      // f′ only: an activation's own derivative node is never differentiated again.
      return n.d ? ZERO : mul({ ...n, d: true }, derivative(n.a));
  }
  return ZERO;
}
