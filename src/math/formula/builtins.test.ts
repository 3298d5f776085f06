// Each of the 24 built-in activations typed from PyTorch's definition (definitions.ts) must give the
// registry's f and f′ (1e-12 relative; 1e-15 absolute where the value is below 1e-3, as at a
// zero of f′ both are rounding noise) at a grid of points away from kinks, and the same kinks:
// the same x, one-sided limits and PyTorch value f′(x).
import { describe, expect, it } from 'vitest';
import { activations, getActivation } from '../registry';
import type { Kink, Params } from '../types';
import { DEFINITIONS, definitionName } from './definitions';
import { compileFormula } from './index';

const FORMULAS = Object.fromEntries(DEFINITIONS);

const NAME = definitionName;
const named = (p: Params): Params =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [NAME(k), v]));

/** Parameter settings besides the defaults (within each domain and cross-check). */
const OTHER: Record<string, Params> = {
  leaky_relu: { alpha: 0.2 },
  prelu: { alpha: -0.5 },
  rrelu: { lower: 0.1, upper: 0.9 },
  threshold: { threshold: 1.5, value: -2 },
  elu: { alpha: 0.5 },
  celu: { alpha: 2.5 },
  silu: { beta: 1.7 },
  softplus: { beta: 2, threshold: 5 },
  hardtanh: { min_val: -2.5, max_val: 0.5 },
  softshrink: { lambd: 1.25 },
  hardshrink: { lambd: 0 },
};

function close(a: number, b: number): boolean {
  if (a !== a || b !== b) return a !== a && b !== b;
  const m = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 1e-12 * m || (m < 1e-3 && Math.abs(a - b) <= 1e-15);
}

const KINK_RANGE: [number, number] = [-25, 25];
const GRID = Array.from({ length: 481 }, (_, i) => -12 + i * 0.05);

function expectSameKinks(mine: Kink[], theirs: Kink[], label: string) {
  expect(
    mine.map((k) => k.x),
    label,
  ).toEqual(theirs.map((k) => k.x));
  mine.forEach((k, i) => {
    const t = theirs[i]!;
    for (const key of ['fLeft', 'f', 'fRight', 'dfLeft', 'dfRight', 'df'] as const) {
      const ok = close(k[key], t[key]) || Math.abs(k[key] - t[key]) <= 1e-300;
      expect(ok, `${label} kink ${t.x} ${key}: ${k[key]} vs ${t[key]}`).toBe(true);
    }
    expect(!!k.removable, `${label} removable`).toBe(!!t.removable);
  });
}

describe('built-in activations typed as formulas', () => {
  it('has a formula for every registry id', () => {
    expect(Object.keys(FORMULAS).sort()).toEqual(activations.map((a) => a.id).sort());
  });

  for (const [id, source] of Object.entries(FORMULAS)) {
    it(`${id}: ${source}`, () => {
      const a = getActivation(id)!;
      const r = compileFormula(source);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      const c = r.formula;
      expect([...c.paramNames].sort()).toEqual(a.params.map((s) => NAME(s.key)).sort());
      const settings: Params[] = [
        Object.fromEntries(a.params.map((s) => [s.key, s.default])),
        ...(OTHER[id] ? [OTHER[id]] : []),
      ];
      for (const p of settings) {
        const label = `${id} ${JSON.stringify(p)}`;
        const theirs = a.kinks(p).filter((k) => k.x >= KINK_RANGE[0] && k.x <= KINK_RANGE[1]);
        const b = c.activation.bind(named(p));
        const ref = a.bind(p);
        let checked = 0;
        for (const x of GRID) {
          if (theirs.some((k) => Math.abs(k.x - x) < 1e-6)) continue;
          expect(close(b.f(x), ref.f(x)), `${label} f(${x}): ${b.f(x)} vs ${ref.f(x)}`).toBe(true);
          expect(close(b.df(x), ref.df(x)), `${label} f'(${x}): ${b.df(x)} vs ${ref.df(x)}`).toBe(
            true,
          );
          checked++;
        }
        expect(checked).toBeGreaterThan(470);
        expectSameKinks(c.kinksIn(named(p), KINK_RANGE), theirs, label);
      }
    });
  }

  it('calls the registry itself by name, with keyword or positional parameters', () => {
    const cases: [string, string, Params][] = [
      ['gelu(x)', 'gelu', {}],
      ['elu(x, alpha=0.5)', 'elu', { alpha: 0.5 }],
      ['leaky_relu(x, negative_slope=0.1)', 'leaky_relu', { alpha: 0.1 }],
      ['hardtanh(x, -2, 0.5)', 'hardtanh', { min_val: -2, max_val: 0.5 }],
      ['softplus(x, beta=2)', 'softplus', { beta: 2 }],
    ];
    for (const [source, id, p] of cases) {
      const r = compileFormula(source);
      expect(r.ok, source).toBe(true);
      if (!r.ok) continue;
      const a = getActivation(id)!;
      for (const x of [-3.5, -0.25, 0.75, 4]) {
        expect(r.formula.activation.f(x)).toBe(a.f(x, p));
        expect(r.formula.activation.df(x)).toBe(a.df(x, p));
      }
      expectSameKinks(
        r.formula.kinksIn({}, [-30, 30]),
        a.kinks(p).filter((k) => Math.abs(k.x) <= 30),
        source,
      );
    }
  });

  it('gives NaN, not an exception, for a registry parameter outside its domain', () => {
    const r = compileFormula('celu(x, alpha=a)');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.formula.activation.f(1, { a: 0 })).toBeNaN();
    expect(r.formula.activation.f(1, { a: 2 })).toBe(1);
    expect(r.formula.kinksIn({ a: 0 }, [-5, 5])).toEqual([]);
  });
});
