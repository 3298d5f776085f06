// The symbolic f′ of random formulas against central finite differences of f, and their TeX
// against KaTeX's parser (structure, not snapshots).
import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { compileFormula } from './index';

/** Random formula source in x and a parameter `a`, every operator and function included. */
const formula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'x', 'a', '2', '0.5', '3', 'pi'),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e'))
      .map(([l, o, r]) => `(${l} ${o} ${r})`),
    tie('e').map((e) => `(${e}) / (1 + (${e})^2)`),
    fc.tuple(tie('e'), fc.constantFrom('2', '3')).map(([e, k]) => `(${e})^${k}`),
    tie('e').map((e) => `-(${e})`),
    fc
      .tuple(
        fc.constantFrom(
          'sin',
          'cos',
          'tanh',
          'sigmoid',
          'softplus',
          'erf',
          'erfc',
          'abs',
          'relu',
          'gelu',
          'mish',
        ),
        tie('e'),
      )
      .map(([f, e]) => `${f}(${e})`),
    tie('e').map((e) => `exp(-(${e})^2)`),
    tie('e').map(
      (e) => `sqrt(1 + (${e})^2) + log(2 + sin(${e})) + log1p((${e})^2) + expm1(sin(${e}))`,
    ),
    fc.tuple(tie('e'), tie('e')).map(([l, r]) => `max(${l}, ${r})`),
    fc.tuple(tie('e'), tie('e')).map(([l, r]) => `min(${l}, ${r})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, l, r]) => `where(${c} > 0.3, ${l}, ${r})`),
    tie('e').map((e) => `elu(${e}, alpha=a)`),
    tie('e').map((e) => `(${e}) * (x > a)`),
  ),
})).e;

describe('symbolic derivative', () => {
  it('agrees with central differences at random points away from kinks', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        formula,
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (src, x, a) => {
          runs++;
          const r = compileFormula(src);
          expect(r.ok || r.error.code === 'too-long', src).toBe(true);
          if (!r.ok) return;
          const p = { a };
          const { f, df } = r.formula.activation.bind(p);
          const h = 1e-5 * Math.max(1, Math.abs(x));
          // No switch near x (checked through the kink search itself).
          if (r.formula.kinksIn(p, [x - 4 * h, x + 4 * h]).length > 0) return;
          const d1 = (f(x + h) - f(x - h)) / (2 * h);
          const d2 = (f(x + h / 2) - f(x - h / 2)) / h;
          const d = df(x);
          // Skip where f is undefined, huge, or too curved for differences to mean anything.
          if (![d, d1, d2].every(Number.isFinite) || Math.abs(d) > 1e4) return;
          if (Math.abs(d1 - d2) > 1e-6 * (1 + Math.abs(d2))) return;
          checked++;
          expect(Math.abs(d - d2), `${src} at x=${x}, a=${a}: ${d} vs ${d2}`).toBeLessThanOrEqual(
            1e-5 * (1 + Math.abs(d)),
          );
        },
      ),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(runs * 0.3);
  });

  it('writes TeX that KaTeX parses, for f and f′ of random formulas', () => {
    fc.assert(
      fc.property(formula, (src) => {
        const r = compileFormula(src);
        if (!r.ok) return;
        for (const tex of [r.formula.tex.f, r.formula.tex.df]) {
          expect(
            () => katex.renderToString(tex, { throwOnError: true, strict: 'error' }),
            tex,
          ).not.toThrow();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('simplifies f′ to what one would write', () => {
    const d = (src: string) => {
      const r = compileFormula(src);
      if (!r.ok) throw new Error(src);
      return r.formula.tex.df;
    };
    expect(d('x')).toBe('1');
    expect(d('3 * x + 2')).toBe('3');
    expect(d('a * x')).toBe('a');
    expect(d('x^3')).toBe('3\\,{x}^{2}');
    expect(d('x^2')).toBe('2\\,x');
    expect(d('exp(x)')).toBe('\\exp\\left(x\\right)');
    expect(d('2 * sin(x)')).toBe('2\\,\\cos\\left(x\\right)');
    expect(d('x * (x > 0)')).toBe('\\left[x > 0\\right]');
    // max′: the three rows of torch.maximum's rule, each with its own exact condition.
    expect(d('max(0, x)')).toBe(
      '\\begin{cases} 0 & 0 > x \\\\ 1 & 0 < x \\\\ 0.5 & 0 = x \\end{cases}',
    );
    // A right operand with its own minus sign is parenthesised: x·(−3), never "x −3".
    const f = (src: string) => {
      const r = compileFormula(src);
      if (!r.ok) throw new Error(src);
      return r.formula.tex.f;
    };
    expect(f('x * -3')).toBe('x \\cdot \\left(-3\\right)');
    expect(f('x - -x')).toBe('x - \\left(-x\\right)');
    expect(f('-(x + 1)')).toBe('-\\left(x + 1\\right)');
    expect(d('where(x > 0, x, a * x)')).toBe(
      '\\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}',
    );
  });
});

describe('evaluation where the formula is undefined', () => {
  it('gives NaN (a gap), never ±∞ or an exception', () => {
    const at = (src: string, x: number) => {
      const r = compileFormula(src);
      if (!r.ok) throw new Error(src);
      return [r.formula.activation.f(x), r.formula.activation.df(x)];
    };
    expect(at('1 / x', 0)).toEqual([NaN, NaN]);
    expect(at('log(x)', -1)).toEqual([NaN, NaN]);
    expect(at('log(x)', 0)).toEqual([NaN, NaN]);
    expect(at('exp(x)', 1000)).toEqual([NaN, NaN]);
    expect(at('sqrt(x)', -4)).toEqual([NaN, NaN]);
    expect(at('1 / x', 2)).toEqual([0.5, -0.25]);
  });
});

describe('kink search', () => {
  const kinksOf = (src: string, range: [number, number], p = {}) => {
    const r = compileFormula(src);
    if (!r.ok) throw new Error(src);
    return r.formula.kinksIn(p, range);
  };

  it('finds switches of non-linear arguments to the double where the branch changes', () => {
    const ks = kinksOf('sign(x^2 - 2)', [-5, 5]);
    expect(ks.map((k) => k.x)).toEqual([-Math.SQRT2, Math.SQRT2].map((v) => expect.closeTo(v, 15)));
    for (const k of ks) {
      // The kink is the last double before the sign of x² − 2 changes, or its zero.
      const s = (v: number) => Math.sign(v * v - 2);
      expect(s(k.x)).not.toBe(s(k.x + Math.abs(k.x) * 2.3e-16));
      expect([k.fLeft, k.fRight].sort()).toEqual([-1, 1]);
    }
    // Over the whole axis too (activation.kinks searches ±1e6).
    const r = compileFormula('abs(x^3 - 0.001) + sign(sin(x))');
    if (!r.ok) throw new Error();
    expect(r.formula.activation.kinks().some((k) => Math.abs(k.x - 0.1) < 1e-12)).toBe(true);
  });

  it('solves linear switches exactly and reports one-sided values and jumps', () => {
    const [k] = kinksOf('where(3 * x - 1 > 0, x^2, 2 * x)', [-5, 5]);
    expect(k!.x).toBeCloseTo(1 / 3, 15);
    expect(k!.fLeft).toBeCloseTo(2 / 3, 14);
    expect(k!.fRight).toBeCloseTo(1 / 9, 14);
    expect(k!.dfLeft).toBeCloseTo(2, 9);
    expect(k!.dfRight).toBeCloseTo(2 / 3, 9);
    expect(kinksOf('abs(x - a)', [-5, 5], { a: 2.5 }).map((q) => q.x)).toEqual([2.5]);
    expect(kinksOf('abs(x - a)', [-5, 5], { a: 7 })).toEqual([]); // outside the range
    expect(kinksOf('max(x, 0) + min(x, 0)', [-5, 5])).toEqual([]); // x itself: nothing changes
    // A kink of f″ only: f and f′ continuous at 0.
    expect(kinksOf('x^2 * (x > 0)', [-1, 1]).map((q) => q.x)).toEqual([0]);
  });
});
