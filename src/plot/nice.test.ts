import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceDomain } from './nice';

const d3Nice = (a: number, b: number, count: number) =>
  scaleLinear().domain([a, b]).nice(count).domain();

describe('niceDomain', () => {
  it('rounds out to tick steps', () => {
    expect(niceDomain(-5.4, 5.4, 5)).toEqual([-6, 6]);
    expect(niceDomain(0.013, 0.987, 5)).toEqual([0, 1]);
    expect(niceDomain(5.4, -5.4, 5)).toEqual([6, -6]);
  });

  it('leaves a domain without a tick step as it is', () => {
    expect(niceDomain(1, 1, 5)).toEqual([1, 1]);
    expect(niceDomain(NaN, 1, 5)).toEqual([NaN, 1]);
  });

  it("is d3-scale's linear nice, exactly", () => {
    const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 1, max: 20 }), (a, b, count) => {
        expect(niceDomain(a, b, count)).toEqual(d3Nice(a, b, count));
      }),
      { numRuns: 2000 },
    );
    for (const [a, b] of [
      [-1e-300, 1e-300],
      [1e300, 1.0000000001e300],
      [-0, 0],
      [0.1 + 0.2, 0.3],
    ] as const)
      for (const count of [1, 5, 10]) expect(niceDomain(a, b, count)).toEqual(d3Nice(a, b, count));
  });
});
