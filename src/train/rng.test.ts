import { describe, expect, it } from 'vitest';
import { createRng, fillNormal } from './rng';

describe('createRng', () => {
  it('same seed → same stream, bit for bit; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 1000 }, () => a.next());
    const xb = Array.from({ length: 1000 }, () => b.next());
    const xc = Array.from({ length: 1000 }, () => c.next());
    expect(xa).toEqual(xb);
    expect(xa.filter((v, i) => v === xc[i]).length).toBe(0);
  });

  it('next() is uniform on [0, 1): mean, variance and a 10-bin chi-square', () => {
    const rng = createRng(7);
    const n = 200_000;
    const bins = new Array<number>(10).fill(0);
    let s = 0;
    let s2 = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      s += u;
      s2 += u * u;
      bins[Math.floor(u * 10)]!++;
    }
    expect(outside).toBe(0);
    expect(Math.abs(s / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(s2 / n - (s / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    const chi2 = bins.reduce((acc, c) => acc + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9); // 99.9th percentile of χ²(9)
  });

  it('normal() has mean 0, variance 1 and the N(0,1) tail shares', () => {
    const rng = createRng(123);
    const n = 200_000;
    const x = fillNormal(rng, new Float64Array(n));
    let s = 0;
    let s2 = 0;
    let beyond1 = 0;
    let beyond2 = 0;
    for (const v of x) {
      s += v;
      s2 += v * v;
      if (Math.abs(v) > 1) beyond1++;
      if (Math.abs(v) > 2) beyond2++;
    }
    expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    // P(|Z| > 1) = 0.31731050786291415, P(|Z| > 2) = 0.04550026389635842 (erfc(1/√2), erfc(√2)).
    const p1 = 0.31731050786291415;
    const p2 = 0.04550026389635842;
    expect(Math.abs(beyond1 / n - p1)).toBeLessThan(4 * Math.sqrt((p1 * (1 - p1)) / n));
    expect(Math.abs(beyond2 / n - p2)).toBeLessThan(4 * Math.sqrt((p2 * (1 - p2)) / n));
  });

  it('uniform(lo, hi) stays in range', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      const u = rng.uniform(-3, 2);
      expect(u >= -3 && u < 2).toBe(true);
    }
  });
});
