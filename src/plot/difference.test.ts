import { describe, expect, it } from 'vitest';
import { sampleActivation } from '../math';
import { createDifference } from './difference';
import { hardshrink, leakyRelu, relu, softsign } from './activations.testing';

describe('createDifference', () => {
  it('subtracts f and f′ pointwise', () => {
    const d = createDifference(
      { a: leakyRelu, p: { negative_slope: 0.1 } },
      { a: relu, p: undefined },
    );
    expect(d.f(-2)).toBeCloseTo(-0.2, 12);
    expect(d.f(3)).toBe(0);
    expect(d.df(-2)).toBeCloseTo(0.1, 12);
    expect(d.bind().f(-2)).toBe(d.f(-2));
  });

  it('merges kinks, subtracting one-sided limits and PyTorch values', () => {
    const d = createDifference({ a: hardshrink, p: undefined }, { a: relu, p: undefined });
    const ks = d.kinks();
    expect(ks.map((k) => k.x)).toEqual([-1, 0, 1]);
    const at0 = ks[1]!;
    expect([at0.dfLeft, at0.df, at0.dfRight]).toEqual([0, 0, -1]);
    const at1 = ks[2]!;
    expect([at1.fLeft, at1.f, at1.fRight]).toEqual([-1, -1, 0]);
  });

  it('samples with breaks where either function jumps', () => {
    const d = createDifference({ a: hardshrink, p: undefined }, { a: softsign, p: undefined });
    const s = sampleActivation(d, undefined, [-3, 3], 61);
    const starts = Array.from(s.f.start).filter((v) => v === 1).length;
    expect(starts).toBe(3);
    expect(s.fDots.filter((dot) => dot.filled)).toHaveLength(2);
  });
});
