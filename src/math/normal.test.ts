import { describe, expect, it } from 'vitest';
import { evaluate, normalCdf } from './index';

// Reference values of Φ from mpmath (ncdf, 40 digits), rounded to the nearest double.
const PHI: [number, number][] = [
  [-37, 5.725571222524577e-300],
  [-10, 7.619853024160525e-24],
  [-5, 2.866515718791939e-7],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [0, 0.5],
  [0.5, 0.6914624612740131],
  [1, 0.8413447460685429],
  [1.96, 0.9750021048517795],
  [5, 0.9999997133484281],
];

describe('normalCdf (public in the math entry)', () => {
  it.each(PHI)('Φ(%d) matches mpmath to a few ulp', (x, want) => {
    expect(Math.abs(normalCdf(x) - want)).toBeLessThanOrEqual(4 * Number.EPSILON * want);
  });

  it('takes its limits beyond the tails and passes NaN through', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('is the Φ in the exact GELU, x·Φ(x)', () => {
    for (const x of [-3, -0.75, 0.3, 2]) {
      expect(evaluate('gelu', x)).toBeCloseTo(x * normalCdf(x), 15);
    }
  });
});
