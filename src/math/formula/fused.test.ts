// What the evaluated trees and closures change (optimize.ts, evaluate.ts) and what they must
// not: fused compositions against mpmath, every closure shape against a plain walk of the
// tree bit for bit, and f′ still NaN wherever f is undefined.
import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { derivative } from './diff';
import { bindActivation } from './evaluate';
import reference from './fixtures/fused.json';
import { UNARY } from './functions';
import { compileFormula } from './index';
import { fuse, tidy } from './optimize';
import { parse } from './parse';

function compiled(source: string, p?: Record<string, number>) {
  const r = compileFormula(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.code}`);
  return r.formula.activation.bind(p);
}

describe('fused compositions', () => {
  // fixtures/fused.py: mpmath at 60 digits, from −740 to 700.
  for (const [source, rows] of Object.entries(reference as Record<string, number[][]>)) {
    it(`${source}: f and f′ within 1e-13 of mpmath (absolutely 1e-300 below that)`, () => {
      const b = compiled(source);
      for (const [x, y, dy] of rows as [number, number, number][]) {
        expect(Math.abs(b.f(x) - y), `f(${x})`).toBeLessThanOrEqual(1e-13 * Math.abs(y) + 1e-300);
        expect(Math.abs(b.df(x) - dy), `f′(${x})`).toBeLessThanOrEqual(
          1e-13 * Math.abs(dy) + 1e-300,
        );
      }
    });
  }

  it('are what is evaluated, while TeX shows f′ as derived', () => {
    const r = compileFormula('x * tanh(softplus(x))');
    if (!r.ok) throw new Error('refused');
    expect(r.formula.tex.df).toContain('\\operatorname{sech}^2');
    expect(JSON.stringify(fuse(parseAst('x * tanh(softplus(x))')))).toContain('"xtsp"');
    expect(JSON.stringify(fuse(parseAst('x * sigmoid(2 * x)')))).not.toContain('xsigmoid');
  });
});

function parseAst(source: string): Node {
  const r = parse(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.code}`);
  return r.value.ast;
}

/** The tree walked node by node, with the closures' semantics and none of their shortcuts. */
function walk(n: Node, x: number, values: Record<string, number>): number {
  const w = (m: Node) => walk(m, x, values);
  switch (n.k) {
    case 'num':
      return n.v;
    case 'x':
      return x;
    case 'par':
      return values[n.name] ?? 1;
    case 'neg':
      return -w(n.a);
    case 'bin': {
      const a = w(n.a);
      const b = w(n.b);
      switch (n.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return b === 2 ? a * a : Math.pow(a, b);
      }
      break;
    }
    case 'cmp': {
      const a = w(n.a);
      const b = w(n.b);
      const t = {
        '<': a < b,
        '<=': a <= b,
        '>': a > b,
        '>=': a >= b,
        '==': a === b,
        '!=': a !== b,
      };
      return +t[n.op];
    }
    case 'fn': {
      if (n.name === 'where') {
        const c = w(n.args[0]!);
        return c !== c ? c : c !== 0 ? w(n.args[1]!) : w(n.args[2]!);
      }
      if (n.name === 'min') return Math.min(w(n.args[0]!), w(n.args[1]!));
      if (n.name === 'max') return Math.max(w(n.args[0]!), w(n.args[1]!));
      return UNARY.get(n.name)!(w(n.args[0]!));
    }
    case 'act': {
      const b = bindActivation(n.id, n.params.map(w));
      return (n.d ? b.df : b.f)(w(n.a));
    }
  }
  return NaN;
}

const finite = (y: number) => (Number.isFinite(y) ? y : NaN);

describe('compiled closures', () => {
  // Each takes one of the shapes evaluate.ts builds: abs, x op c and g(x op c) read inline,
  // scaled calls, signs folded into constants, c/u², where chains, min/max, comparisons.
  const sources = [
    'x / (1 + abs(x))',
    '1 / (1 + exp(-x))',
    'x * erfc(-x / sqrt(2)) / 2',
    'exp(x * 2) + sin(x)',
    'x * (sin(x / 3) * 2)',
    'sin(x * 2) * 3 + x',
    'cos(x / 2) + x^3',
    'abs(x) - 2',
    '2 - abs(x)',
    '3 * abs(x)',
    'abs(x) / 4',
    '4 / abs(x)',
    '1 / (1 + x^2)',
    '-x / 3',
    '-x * 3',
    '3 * -sin(x)',
    '-sin(x) / a',
    'where(x > 0, x, 0.01 * x)',
    'where(x < -1, 0, where(x <= 1, x, 1))',
    'where(sin(x) > cos(x), x, abs(x))',
    'where(sin(x), x, 2)',
    'max(0, x)',
    'min(x, 1)',
    'max(sin(x), cos(x))',
    '(x > 0.5) * x + (x != 1)',
    'where(abs(x) > 1, x, 0)',
    'log(2 - x) + sqrt(3 - x)',
    'cos(1 / x)',
    'gelu(x / 2)',
    'elu(-x, alpha=a)',
    'x * tanh(x) + tanh(x + 1)',
    'sigmoid(2 * x) * exp(x - 1)',
    'relu(x) - step(x) + sign(x)',
    // Bounded functions of x are their own root (no finiteness test): also at ±∞ and NaN.
    'tanh(x)',
    'sigmoid(x)',
    'erf(x)',
    'erfc(x)',
    'sin(x)',
    'cos(x)',
    'sign(x)',
    'step(x)',
  ];
  const xs = [
    ...[-Infinity, -1e308, -30, -10, -3, -1.5, -1, -0.5, -1e-9, -0, 0, 1e-9, 0.5, 1, 1.5],
    ...[3, 10, 30, 1e308, Infinity, NaN],
  ];
  const values = { a: 0.7 };

  it('give f bit for bit as the tree walked point by point', () => {
    for (const source of sources) {
      const b = compiled(source, values);
      const ast = parseAst(source);
      for (const x of xs) expect(b.f(x), `${source} at ${x}`).toBe(finite(walk(ast, x, values)));
    }
  });

  it('give f′ bit for bit as its evaluated tree walked (where f is defined)', () => {
    for (const source of sources) {
      const b = compiled(source, values);
      const f = fuse(parseAst(source));
      const df = tidy(derivative(f));
      for (const x of xs) {
        if (b.f(x) !== b.f(x)) continue;
        expect(b.df(x), `${source} at ${x}`).toBe(finite(walk(df, x, values)));
      }
    }
  });
});

describe('f′ where f is undefined', () => {
  it('is NaN wherever f is, also when a divisor is a parameter that is 0', () => {
    const at = (s: string, x: number, p?: Record<string, number>) => {
      const b = compiled(s, p);
      return [b.f(x), b.df(x)];
    };
    expect(at('x / a', 1, { a: 0 })).toEqual([NaN, NaN]);
    expect(at('x + log(a)', 1, { a: -1 })).toEqual([NaN, NaN]);
    expect(at('sqrt(x) + x', -1)).toEqual([NaN, NaN]);
    expect(at('1 / (x - 1)', 1)).toEqual([NaN, NaN]);
    expect(at('x^0.5', -2)).toEqual([NaN, NaN]);
  });

  it('needs no test where no divisor can be 0: f′ of x/(1 + |x|) is 1/(1 + |x|)² exactly', () => {
    const b = compiled('x / (1 + abs(x))');
    for (const x of [-7, -1, -0.25, 0, 0.25, 1, 7, 1e300]) {
      const d = 1 + Math.abs(x);
      expect(b.df(x)).toBe(1 / (d * d));
    }
  });
});
