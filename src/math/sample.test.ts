import { describe, expect, it } from 'vitest';
import { getActivation } from './registry';
import { sampleActivation, sampleStops, type Curve, type Dot } from './sample';
import type { Activation, Kink } from './types';

function act(id: string): Activation {
  const a = getActivation(id);
  if (a === undefined) throw new Error(`activation ${id} is not registered`);
  return a;
}

/**
 * The curve as plain [x, y, start] triples, for readable exact assertions. `+ 0` maps −0 to 0:
 * the registry leaves the sign of a zero result free, and toEqual tells them apart.
 */
function points(c: Curve): [number, number, number][] {
  return Array.from(c.x, (x, i) => [x + 0, c.y[i]! + 0, c.start[i]!]);
}

/** Dots with −0 mapped to 0 (see `points`). */
function dots(ds: readonly Dot[]): Dot[] {
  return ds.map((d) => ({ x: d.x + 0, y: d.y + 0, filled: d.filled }));
}

/** A minimal activation around arbitrary f, f′ and kinks, to exercise the sampler's guards. */
function fake(f: (x: number) => number, df: (x: number) => number, kinks: Kink[] = []): Activation {
  return {
    ...act('relu'),
    f,
    df,
    bind: () => ({ f, df }),
    kinks: () => kinks,
  };
}

describe('sampleActivation', () => {
  it('puts a kink on the grid once for f (corner) and twice for a jumping f′, with dots', () => {
    const s = sampleActivation(act('relu'), undefined, [-2, 2], 5);
    expect(points(s.f)).toEqual([
      [-2, 0, 1],
      [-1, 0, 0],
      [0, 0, 0],
      [1, 1, 0],
      [2, 2, 0],
    ]);
    expect(points(s.df)).toEqual([
      [-2, 0, 1],
      [-1, 0, 0],
      [0, 0, 0],
      [0, 1, 1],
      [1, 1, 0],
      [2, 1, 0],
    ]);
    expect(dots(s.fDots)).toEqual([]);
    expect(dots(s.dfDots)).toEqual([
      { x: 0, y: 0, filled: true },
      { x: 0, y: 1, filled: false },
    ]);
    expect(s.kinks.map((k) => k.x)).toEqual([0]);
  });

  it('adds a kink that falls between grid points at its exact x', () => {
    const s = sampleActivation(act('relu'), undefined, [-1, 2], 3);
    expect(Array.from(s.f.x)).toEqual([-1, 0, 0.5, 2]);
    expect(Array.from(s.df.x)).toEqual([-1, 0, 0, 0.5, 2]);
  });

  it('breaks f at the jumps of hardshrink, filled at the value PyTorch uses', () => {
    const s = sampleActivation(act('hardshrink'), { lambd: 0.5 }, [-1, 1], 5);
    expect(points(s.f)).toEqual([
      [-1, -1, 1],
      [-0.5, -0.5, 0],
      [-0.5, 0, 1],
      [0, 0, 0],
      [0.5, 0, 0],
      [0.5, 0.5, 1],
      [1, 1, 0],
    ]);
    expect(dots(s.fDots)).toEqual([
      { x: -0.5, y: 0, filled: true },
      { x: -0.5, y: -0.5, filled: false },
      { x: 0.5, y: 0, filled: true },
      { x: 0.5, y: 0.5, filled: false },
    ]);
  });

  it('marks the jump of threshold with the replacement value filled', () => {
    const s = sampleActivation(act('threshold'), { threshold: 1, value: -2 }, [-1, 3], 3);
    expect(points(s.f)).toEqual([
      [-1, -2, 1],
      [1, -2, 0],
      [1, 1, 1],
      [3, 3, 0],
    ]);
    expect(dots(s.fDots)).toEqual([
      { x: 1, y: -2, filled: true },
      { x: 1, y: 1, filled: false },
    ]);
  });

  it('shows both jumps of hardtanh′, where PyTorch uses 0', () => {
    const s = sampleActivation(act('hardtanh'), undefined, [-2, 2], 5);
    expect(points(s.df)).toEqual([
      [-2, 0, 1],
      [-1, 0, 0],
      [-1, 1, 1],
      [0, 1, 0],
      [1, 1, 0],
      [1, 0, 1],
      [2, 0, 0],
    ]);
    expect(dots(s.dfDots)).toEqual([
      { x: -1, y: 0, filled: true },
      { x: -1, y: 1, filled: false },
      { x: 1, y: 0, filled: true },
      { x: 1, y: 1, filled: false },
    ]);
    expect(dots(s.fDots)).toEqual([]);
  });

  it('joins ELU′ at 0 for α = 1 (C¹) and breaks it for α = 0.5', () => {
    const c1 = sampleActivation(act('elu'), { alpha: 1 }, [-1, 1], 3);
    expect(Array.from(c1.df.x)).toEqual([-1, 0, 1]);
    expect(dots(c1.dfDots)).toEqual([]);
    const c0 = sampleActivation(act('elu'), { alpha: 0.5 }, [-1, 1], 3);
    expect(Array.from(c0.df.x)).toEqual([-1, 0, 0, 1]);
    expect(dots(c0.dfDots)).toEqual([
      { x: 0, y: 0.5, filled: true },
      { x: 0, y: 1, filled: false },
    ]);
    // f itself is continuous for every α: one point at the kink.
    expect(Array.from(c0.f.x)).toEqual([-1, 0, 1]);
  });

  it("draws softplus's 2e-9 threshold jump as continuous but keeps the kink", () => {
    const s = sampleActivation(act('softplus'), undefined, [0, 30], 7);
    expect(s.kinks.map((k) => k.x)).toEqual([20]);
    expect(Array.from(s.f.x)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(Array.from(s.df.x)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(dots(s.fDots)).toEqual([]);
    expect(dots(s.dfDots)).toEqual([]);
  });

  it('draws the same softplus jump once the view is zoomed in far enough to see it', () => {
    const s = sampleActivation(act('softplus'), undefined, [20 - 1e-6, 20 + 1e-6], 3);
    const at20 = Array.from(s.f.x).filter((x) => x === 20).length;
    expect(at20).toBe(2);
    expect(s.fDots.filter((d) => d.filled)).toEqual([
      { x: 20, y: Math.log1p(Math.exp(20)), filled: true },
    ]);
  });

  it('draws only the inside half of a jump on the edge of the range', () => {
    const right = sampleActivation(act('relu'), undefined, [0, 1], 3);
    expect(points(right.df)).toEqual([
      [0, 1, 1],
      [0.5, 1, 0],
      [1, 1, 0],
    ]);
    expect(dots(right.dfDots)).toEqual([
      { x: 0, y: 0, filled: true },
      { x: 0, y: 1, filled: false },
    ]);
    const left = sampleActivation(act('relu'), undefined, [-1, 0], 3);
    expect(points(left.df)).toEqual([
      [-1, 0, 1],
      [-0.5, 0, 0],
      [0, 0, 0],
    ]);
    expect(dots(left.dfDots)).toEqual([]);
  });

  it('leaves out kinks outside the range', () => {
    const s = sampleActivation(act('relu6'), undefined, [1, 5], 5);
    expect(s.kinks).toEqual([]);
    expect(Array.from(s.df.x)).toEqual([1, 2, 3, 4, 5]);
  });

  it('breaks a curve at non-finite values instead of joining across them', () => {
    const f = (x: number) => (x > -0.5 && x < 0.5 ? NaN : x === 1 ? Infinity : x);
    const s = sampleActivation(
      fake(f, () => 1),
      undefined,
      [-2, 2],
      9,
    );
    expect(points(s.f)).toEqual([
      [-2, -2, 1],
      [-1.5, -1.5, 0],
      [-1, -1, 0],
      [-0.5, -0.5, 0],
      [0.5, 0.5, 1],
      [1.5, 1.5, 1],
      [2, 2, 0],
    ]);
  });

  it('rejects an empty or non-finite range and too few points', () => {
    const relu = act('relu');
    expect(() => sampleActivation(relu, undefined, [1, 1], 10)).toThrow(RangeError);
    expect(() => sampleActivation(relu, undefined, [2, 1], 10)).toThrow(RangeError);
    expect(() => sampleActivation(relu, undefined, [0, Infinity], 10)).toThrow(RangeError);
    expect(() => sampleActivation(relu, undefined, [0, 1], 1)).toThrow(RangeError);
    expect(() => sampleActivation(relu, undefined, [0, 1], 2.5)).toThrow(RangeError);
  });

  it('takes the plain grid values from bind(p), bit for bit', () => {
    const a = act('gelu');
    const s = sampleActivation(a, undefined, [-6, 6], 1001);
    for (let i = 0; i < s.f.x.length; i++) {
      expect(s.f.y[i]).toBe(a.f(s.f.x[i]!));
      expect(s.df.y[i]).toBe(a.df(s.df.x[i]!));
    }
  });

  it('binds once and calls f and f′ about once per point (a slider resamples every step)', () => {
    // Counted, not timed: speed lives in the benchmarks. This catches re-binding per point or
    // re-evaluating points, which is what would make a slider step slow.
    for (const id of ['gelu', 'softplus', 'hardswish', 'relu']) {
      const a = act(id);
      let binds = 0;
      let calls = 0;
      const counted = {
        ...a,
        bind(p?: Parameters<typeof a.bind>[0]) {
          binds++;
          const b = a.bind(p);
          return {
            f: (x: number) => (calls++, b.f(x)),
            df: (x: number) => (calls++, b.df(x)),
          };
        },
      };
      const n = 1000;
      sampleActivation(counted, undefined, [-8, 8], n);
      expect(binds, id).toBe(1);
      expect(calls, id).toBeLessThanOrEqual(2 * (n + 4 * a.kinks().length));
      expect(calls, id).toBeGreaterThanOrEqual(2 * n);
    }
  });
});

describe('sampleStops', () => {
  it('lists each x once, sorted, kinks included', () => {
    const s = sampleActivation(act('relu'), undefined, [-1, 2], 3);
    expect(Array.from(sampleStops(s))).toEqual([-1, 0, 0.5, 2]);
  });

  it('merges the doubled x of a jump into one stop', () => {
    const s = sampleActivation(act('hardshrink'), { lambd: 0.3 }, [-1, 1], 3);
    expect(Array.from(sampleStops(s))).toEqual([-1, -0.3, 0, 0.3, 1]);
  });
});
