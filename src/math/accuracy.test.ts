import { describe, expect, it } from 'vitest';
import { loadFixture, miss, type FixtureCase } from './fixtures/load';
import { activations } from './registry';

// Accuracy against mpmath (60 digits, at the exact double x; see fixtures/generate.py):
// 1. f and f′ within 1e−13·max(|ref|, 1) everywhere, up to ±1.7976931348623157e308;
// 2. f within 1e−12 relative wherever |ref| ≥ 1e−300;
// 3. ±∞ rows hold the limits (evaluated far beyond the double range) and must match;
//    a reference beyond the double range must come out as the same infinity.

type Fn = (x: number) => number;

/** Every fixture row that f or df misses, as readable lines. */
function failures(c: FixtureCase, f: Fn, df: Fn): string[] {
  const out: string[] = [];
  for (const [xs, fs, dfs] of c.points) {
    const x = Number(xs);
    const mf = miss(f(x), Number(fs), true);
    if (mf) out.push(`f(${xs}) = ${f(x)}, ref ${fs}: ${mf}`);
    const md = miss(df(x), Number(dfs), false);
    if (md) out.push(`df(${xs}) = ${df(x)}, ref ${dfs}: ${md}`);
  }
  return out;
}

describe('accuracy against mpmath fixtures', () => {
  for (const a of activations) {
    it(`${a.id}: f and f′ within the issue's bounds at every fixture point`, () => {
      const fx = loadFixture(a.id);
      expect(fx.id).toBe(a.id);
      expect(fx.digits).toBeGreaterThanOrEqual(50);
      // Defaults plus every non-default set; each set must be accepted by the registry.
      expect(fx.cases.length).toBeGreaterThanOrEqual(1);
      for (const c of fx.cases) {
        const b = a.bind(c.params);
        const bad = failures(c, b.f, b.df);
        expect(bad.slice(0, 8), `${a.id} ${JSON.stringify(c.params)}`).toEqual([]);
      }
    });
  }

  it('covers defaults first and the whole double range', () => {
    for (const a of activations) {
      const fx = loadFixture(a.id);
      const defaults = Object.fromEntries(a.params.map((s) => [s.key, s.default]));
      expect(fx.cases[0]!.params).toEqual(defaults);
      const xs = fx.cases[0]!.points.map((r) => Number(r[0]));
      expect(xs).toContain(1.7976931348623157e308);
      expect(xs).toContain(-1.7976931348623157e308);
      expect(xs).toContain(Infinity);
      expect(xs).toContain(-Infinity);
      expect(xs).toContain(5e-324);
    }
  });

  it('has teeth: the naive formulas the issue warns about fail these checks', () => {
    const naive: [id: string, f: Fn, df: Fn][] = [
      ['tanhshrink', (x) => x - Math.tanh(x), (x) => Math.tanh(x) ** 2],
      ['elu', (x) => (x > 0 ? x : Math.exp(x) - 1), (x) => (x > 0 ? 1 : Math.exp(x))],
      ['logsigmoid', (x) => -Math.log(1 + Math.exp(-x)), (x) => 1 / (1 + Math.exp(x))],
      ['softsign', (x) => x / (1 + Math.abs(x)), (x) => 1 / (1 + Math.abs(x)) ** 2],
      [
        'hardswish',
        (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6, // x·6 overflows above 3e307
        (x) => (x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : 1),
      ],
    ];
    for (const [id, f, df] of naive) {
      const c = loadFixture(id).cases[0]!;
      expect(failures(c, f, df).length, id).toBeGreaterThan(0);
    }
  });
});
