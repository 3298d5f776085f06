import { describe, expect, it } from 'vitest';
import { chooseYDomain, extentOf, unionExtent } from './domain';

const ys = (...v: number[]) => extentOf(Float64Array.from(v));

describe('extentOf / unionExtent', () => {
  it('skips NaN and infinities', () => {
    expect(extentOf(Float64Array.from([NaN, 2, -Infinity, -1, Infinity]))).toEqual([-1, 2]);
    expect(extentOf(new Float64Array(0))).toEqual([Infinity, -Infinity]);
    expect(
      unionExtent([
        [0, 1],
        [-2, 0.5],
        [Infinity, -Infinity],
      ]),
    ).toEqual([-2, 1]);
  });
});

describe('chooseYDomain', () => {
  it('covers the data with padding, nice bounds and zero', () => {
    const [lo, hi] = chooseYDomain([ys(0, 5)], [-5, 5]);
    expect(lo).toBeLessThan(0);
    expect(lo).toBeGreaterThanOrEqual(-1);
    expect(hi).toBeGreaterThan(5);
    expect(hi).toBeLessThanOrEqual(6);
  });

  it('takes the union of every curve', () => {
    const [lo, hi] = chooseYDomain([ys(0, 5), ys(-2, 1)], [-5, 5]);
    expect(lo).toBeLessThan(-2);
    expect(hi).toBeGreaterThan(5);
  });

  it('includes zero when it is near, not when it would squash the data', () => {
    expect(chooseYDomain([ys(1, 5)], [1, 5])[0]).toBeLessThanOrEqual(0);
    const [lo] = chooseYDomain([ys(100, 101)], [100, 101]);
    expect(lo).toBeGreaterThan(90);
  });

  it('gives a flat curve a visible span', () => {
    expect(chooseYDomain([ys(0, 0, 0)], [-5, -1])).toEqual([-1, 1]);
    const [lo, hi] = chooseYDomain([ys(1, 1)], [1, 5]);
    expect(lo).toBeLessThanOrEqual(0);
    expect(hi).toBeGreaterThan(1);
  });

  it('ignores NaN and infinities, and falls back to [−1, 1] without data', () => {
    const [lo, hi] = chooseYDomain([ys(NaN, Infinity, -Infinity, 2, 3)], [-5, 5]);
    expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    expect(hi).toBeGreaterThan(3);
    expect(chooseYDomain([ys(NaN)], [-5, 5])).toEqual([-1, 1]);
    expect(chooseYDomain([], [-5, 5])).toEqual([-1, 1]);
  });

  it('caps an exploding curve relative to the input range', () => {
    const [lo, hi] = chooseYDomain([ys(0, 1, Math.exp(50))], [-5, 5]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeLessThanOrEqual(60);
    expect(chooseYDomain([ys(0, 1e30)], [-5, 5], { cap: null })[1]).toBeGreaterThanOrEqual(1e30);
  });

  it('never cuts all the data away', () => {
    const [lo, hi] = chooseYDomain([ys(1e6, 2e6)], [-5, 5]);
    expect(lo).toBeLessThanOrEqual(1e6);
    expect(hi).toBeGreaterThanOrEqual(2e6);
  });

  it('resolves tiny differences (the difference panel)', () => {
    const [lo, hi] = chooseYDomain([ys(-3e-4, 0, 2e-4)], [-5, 5], { cap: null });
    expect(lo).toBeLessThan(-3e-4);
    expect(lo).toBeGreaterThan(-1e-3);
    expect(hi).toBeGreaterThan(2e-4);
    expect(hi).toBeLessThan(1e-3);
  });

  it('is stable under small data changes (nice bounds)', () => {
    const a = chooseYDomain([ys(-0.5, 5)], [-5, 5]);
    const b = chooseYDomain([ys(-0.51, 5)], [-5, 5]);
    expect(b).toEqual(a);
  });
});
