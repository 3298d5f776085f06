import { describe, expect, it } from 'vitest';
import { getActivation, normalCdf } from '../math';
import { measureSparsity } from './sparsity';
import { analyticZeroShare, zeroSet } from './zeroset';

const N = 200_000;

describe('share of exact zeros for z ~ N(μ, σ²)', () => {
  it.each([
    [0, 1],
    [1, 2],
    [-1.5, 0.5],
    [0.3, 3],
    [2, 1],
  ])('ReLU matches Φ(−μ/σ) within 4 standard errors at μ = %d, σ = %d', (mu, sigma) => {
    const r = measureSparsity({ activations: [{ id: 'relu' }], mu, sigma, samples: N, seed: 7 });
    const s = r.series[0]!;
    const p = normalCdf(-mu / sigma);
    expect(s.analyticZeroShare).toBeCloseTo(p, 15);
    const se = Math.sqrt((p * (1 - p)) / N);
    expect(Math.abs(s.zeroShare - p)).toBeLessThan(4 * se);
    expect(s.standardError).toBeCloseTo(se, 15);
  });

  it('ReLU ≈ 50 % at μ = 0; Leaky ReLU 0 %; GELU no exact zeros but many near 0', () => {
    const r = measureSparsity({
      activations: [{ id: 'relu' }, { id: 'leaky_relu' }, { id: 'gelu' }],
      mu: 0,
      sigma: 1,
      samples: N,
      seed: 3,
      nearZero: 0.05,
    });
    const [relu, leaky, gelu] = r.series;
    expect(relu!.zeroShare).toBeGreaterThan(0.49);
    expect(relu!.zeroShare).toBeLessThan(0.51);
    expect(leaky!.zeros).toBe(0);
    expect(leaky!.analyticZeroShare).toBe(0);
    expect(gelu!.zeros).toBe(0);
    expect(gelu!.analyticZeroShare).toBe(0);
    // Reference for "near 0": P(|gelu(z)| < 0.05) by midpoint quadrature over the normal density.
    const f = getActivation('gelu')!;
    const steps = 400_000;
    const h = 20 / steps;
    let p = 0;
    for (let i = 0; i < steps; i++) {
      const x = -10 + (i + 0.5) * h;
      if (Math.abs(f.f(x)) < 0.05) p += (Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)) * h;
    }
    expect(p).toBeGreaterThan(0.05); // "many": more than 1 in 20 within ±0.05
    expect(Math.abs(gelu!.nearZeroShare - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
  });

  it('hardshrink zeroes [−λ, λ]: Φ((λ−μ)/σ) − Φ((−λ−μ)/σ)', () => {
    const r = measureSparsity({
      activations: [{ id: 'hardshrink', params: { lambd: 0.8 } }],
      mu: 0.5,
      sigma: 1.2,
      samples: N,
      seed: 11,
    });
    const p = normalCdf((0.8 - 0.5) / 1.2) - normalCdf((-0.8 - 0.5) / 1.2);
    const s = r.series[0]!;
    expect(s.analyticZeroShare).toBeCloseTo(p, 14);
    expect(Math.abs(s.zeroShare - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N));
  });
});

describe('histogram', () => {
  it('accounts for every sample, puts the zero spike in its bin, and is reproducible', () => {
    const opts = {
      activations: [{ id: 'relu' }],
      mu: 0,
      sigma: 1,
      samples: 10_000,
      seed: 5,
      range: [-1, 3] as [number, number],
      bins: 8,
    };
    const a = measureSparsity(opts).series[0]!;
    const b = measureSparsity(opts).series[0]!;
    expect(Array.from(a.counts)).toEqual(Array.from(b.counts));
    const total = a.counts.reduce((s, c) => s + c, 0) + a.below + a.above;
    expect(total).toBe(10_000);
    expect(a.below).toBe(0); // ReLU outputs are ≥ 0
    // 0 falls in bin 2 = [0, 0.5).
    expect(a.counts[2]!).toBeGreaterThanOrEqual(a.zeros);
    expect(a.counts[0]! + a.counts[1]!).toBe(0);
  });

  it('rejects bad settings', () => {
    const base = { activations: [{ id: 'relu' }], mu: 0, sigma: 1, seed: 1 };
    expect(() => measureSparsity({ ...base, sigma: 0 })).toThrow(RangeError);
    expect(() => measureSparsity({ ...base, samples: 0 })).toThrow(RangeError);
    expect(() => measureSparsity({ ...base, range: [1, 1] })).toThrow(RangeError);
  });
});

describe('zeroSet', () => {
  it('knows the ReLU-like zero sets', () => {
    expect(zeroSet('relu', {})).toEqual([[-Infinity, 0]]);
    expect(zeroSet('leaky_relu', { alpha: 0 })).toEqual([[-Infinity, 0]]);
    expect(zeroSet('leaky_relu', { alpha: 0.01 })).toEqual([]);
    expect(zeroSet('threshold', { threshold: 1, value: 0 })).toEqual([[-Infinity, 1]]);
    expect(zeroSet('threshold', { threshold: 1, value: 2 })).toEqual([]);
    expect(zeroSet('hardtanh', { min_val: 0, max_val: 1 })).toEqual([[-Infinity, 0]]);
    expect(zeroSet('hardtanh', { min_val: -1, max_val: 1 })).toEqual([]);
    expect(zeroSet('hardswish', {})).toEqual([[-Infinity, -3]]);
    expect(zeroSet('softshrink', { lambd: 0.5 })).toEqual([[-0.5, 0.5]]);
    expect(zeroSet('sigmoid', {})).toEqual([]);
    expect(zeroSet('not_a_function', {})).toBeNull();
    expect(analyticZeroShare('not_a_function', {}, 0, 1)).toBeNull();
  });

  it('keeps tail precision: P(z ≥ 10) for z ~ N(0, 1) via hardtanh(max_val = 0)', () => {
    // Zero set [0, ∞) shifted: μ = −10 makes it the far right tail, Φ(−10) = 7.619853024160525e-24 (mpmath).
    const p = analyticZeroShare('hardtanh', { min_val: -1, max_val: 0 }, -10, 1)!;
    expect(Math.abs(p - 7.619853024160525e-24) / 7.619853024160525e-24).toBeLessThan(1e-13);
  });
});
