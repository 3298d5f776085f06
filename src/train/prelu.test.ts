import { describe, expect, it } from 'vitest';
import { getActivation } from '../math';
import { preluDf, preluF } from './prelu';

describe('preluF / preluDf (learnable-α kernels)', () => {
  it('equal the registry prelu bit for bit, kinks, zeros and infinities included', () => {
    const prelu = getActivation('prelu')!;
    const xs = [-Infinity, -1e308, -3, -1e-300, -0, 0, 1e-300, 2, 1e308, Infinity, NaN];
    for (const alpha of [0.25, 0, -0.5, 1, 1e-300, -1])
      for (const x of xs) {
        expect(Object.is(preluF(x, alpha), prelu.f(x, { alpha }))).toBe(true);
        expect(Object.is(preluDf(x, alpha), prelu.df(x, { alpha }))).toBe(true);
      }
  });
});
