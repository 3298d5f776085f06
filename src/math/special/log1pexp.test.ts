import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { log1pExp } from './log1pexp';

// Math.exp and Math.log1p (V8's fdlibm ports, each within an ulp) are the independent reference
// here, as in log1p.test.ts; Softplus built on log1pExp is checked against mpmath in
// accuracy.test.ts. The table holds one Taylor polynomial per node k/32, so the points include
// every node and both edges of every node's interval, where the truncation error is largest.
describe('log1pExp', () => {
  /** log(1 + e^z) from libm: log1p(e^z) for z ≤ 0, z + log1p(e^{−z}) above. */
  const ref = (z: number) => (z <= 0 ? Math.log1p(Math.exp(z)) : z + Math.log1p(Math.exp(-z)));

  it('is within 4 ulp of libm on [−40, 40]: every node, interval edge and random points', () => {
    const ys = [
      ...Array.from({ length: 1185 }, (_, k) => k / 32),
      ...Array.from({ length: 1185 }, (_, k) => (k + 0.5) / 32 - 2 ** -40),
      ...Array.from({ length: 1185 }, (_, k) => (k + 0.5) / 32 + 2 ** -40),
      37,
      36.99999999999999,
      37.00000000000001,
      5e-324,
      1e-300,
      ...fc.sample(fc.double({ min: 0, max: 40, noNaN: true }), { numRuns: 20000, seed: 5 }),
    ];
    for (const y of ys) {
      for (const z of [y, -y]) {
        const want = ref(z);
        const err = Math.abs(log1pExp(z) - want);
        if (!(err <= 4 * 2 ** -52 * want)) expect([z, log1pExp(z)]).toEqual([z, want]);
      }
    }
  });

  it('holds the limits: z at +∞, e^z at −∞ and in the far tail, ln 2 at ±0, NaN for NaN', () => {
    expect(log1pExp(Infinity)).toBe(Infinity);
    expect(log1pExp(-Infinity)).toBe(0);
    expect(log1pExp(1e308)).toBe(1e308);
    expect(log1pExp(-700)).toBe(Math.exp(-700));
    expect(log1pExp(-800)).toBe(0);
    expect(log1pExp(0)).toBe(Math.LN2);
    expect(log1pExp(-0)).toBe(Math.LN2);
    expect(log1pExp(NaN)).toBeNaN();
  });
});
