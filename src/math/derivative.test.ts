import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load';
import { activations } from './registry';
import type { BoundActivation } from './types';

/**
 * Central difference with one Richardson step: truncation error O(h⁴), far below the 1e−7
 * tolerance with h = 1e−3·max(1, |x|), plus rounding error ≲ 3ε·|f|/h, added to the tolerance.
 */
function centralDifference(f: (x: number) => number, x: number, h: number): number {
  const d1 = (f(x + h) - f(x - h)) / (2 * h);
  const d2 = (f(x + h / 2) - f(x - h / 2)) / h;
  return (4 * d2 - d1) / 3;
}

function checkAt(b: BoundActivation, kinks: number[], x: number): string | undefined {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  if (kinks.some((k) => Math.abs(k - x) <= 2 * h)) return undefined; // not smooth there
  const fd = centralDifference(b.f, x, h);
  const df = b.df(x);
  const rounding = (3 * Number.EPSILON * Math.max(Math.abs(b.f(x - h)), Math.abs(b.f(x + h)))) / h;
  const tol = 1e-7 * Math.max(1, Math.abs(df)) + rounding;
  return Math.abs(fd - df) <= tol ? undefined : `${x}: ${df} vs ${fd}`;
}

describe('f′ agrees with a finite difference of f away from kinks', () => {
  for (const a of activations) {
    it(a.id, () => {
      for (const { params } of loadFixture(a.id).cases) {
        const b = a.bind(params);
        const kinks = a.kinks(params).map((k) => k.x);
        const xs = fc.sample(
          fc.oneof(
            fc.double({ min: -12, max: 12, noNaN: true }),
            fc.double({ min: -1e4, max: 1e4, noNaN: true }),
          ),
          { numRuns: 400, seed: 42 },
        );
        const bad = xs.map((x) => checkAt(b, kinks, x)).filter(Boolean);
        expect(bad.slice(0, 5), JSON.stringify(params)).toEqual([]);
      }
    });
  }

  it('would catch a wrong derivative', () => {
    const wrong: BoundActivation = { f: Math.tanh, df: (x) => 1 - Math.tanh(x) };
    const bad = [0.3, 1, 2].map((x) => checkAt(wrong, [], x)).filter(Boolean);
    expect(bad.length).toBe(3);
  });
});
