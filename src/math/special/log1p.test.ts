import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, expm1, expm1Neg, expOnePlus } from './exp';
import { log1pUnit } from './log1p';

// Math.log1p (V8's fdlibm port, within an ulp) is the independent reference here; the
// activations built on log1pUnit are checked against mpmath in accuracy.test.ts.
describe('log1pUnit', () => {
  it('is within 2 ulp of Math.log1p on [0, 1], at table edges and down to subnormals', () => {
    const xs = [
      0,
      5e-324,
      1e-310,
      2.2250738585072014e-308,
      1e-200,
      1e-17,
      1,
      ...Array.from({ length: 33 }, (_, j) => j / 32),
      ...Array.from({ length: 32 }, (_, j) => (j + 1) / 32 - 2 ** -60),
      ...fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { numRuns: 3000, seed: 3 }),
    ];
    for (const e of xs) {
      const ref = Math.log1p(e);
      const err = Math.abs(log1pUnit(e) - ref);
      if (!(err <= 2 * 2 ** -52 * ref)) expect([e, log1pUnit(e)]).toEqual([e, ref]);
    }
    expect(log1pUnit(NaN)).toBeNaN();
  });
});

describe('the narrowed exponentials', () => {
  const xs = fc.sample(fc.double({ min: -45, max: 720, noNaN: true }), { numRuns: 3000, seed: 4 });
  it('expOnePlus equals exp bit for bit from −40 up, and 1 + it equals 1 + exp below', () => {
    for (const x of [...xs, -40, -1000, -Infinity, 709.78, 709.79, 710, Infinity]) {
      if (x >= -40) expect(Object.is(expOnePlus(x), exp(x)), `${x}`).toBe(true);
      else expect(1 + expOnePlus(x)).toBe(1 + exp(x));
    }
    expect(expOnePlus(NaN)).toBeNaN();
  });
  it('expm1Neg equals expm1 bit for bit on [−40, 0], and is −1 below', () => {
    for (const x of [...xs.map((v) => -Math.abs(v) / 18), -0, 0, -40, -5e-324]) {
      expect(Object.is(expm1Neg(x), expm1(x)), `${x}`).toBe(true);
    }
    for (const x of [-40.5, -745, -Infinity]) expect(expm1Neg(x)).toBe(expm1(x));
    expect(expm1Neg(NaN)).toBeNaN();
  });
});
