import { translator } from '../i18n/catalogue';
import { demos } from '../i18n/sections/demos';
// The sparsity demo's lead, claim by claim, against closed forms over the settings a learner
// can reach (μ and σ on their sliders' grids) and against the sampled numbers the table shows.
import { describe, expect, it } from 'vitest';
import { getActivation, normalCdf } from '../math';
import { measureSparsity } from '../train/sparsity';

import { SCHEMA } from './schema';

const EPS = 0.05; // the table's "near 0": |f(z)| < 0.05
const LEAKY_SLOPE = 0.01; // Leaky ReLU's default negative_slope

/** GELU in closed form, z·Φ(z), with the math module's Φ. */
const gelu = (z: number) => z * normalCdf(z);

/** The root of a monotone `f − target` on [lo, hi] by bisection. */
function root(f: (z: number) => number, target: number, lo: number, hi: number): number {
  const sLo = Math.sign(f(lo) - target);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(f(mid) - target) === sLo) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// GELU falls from 0 to its minimum (≈ −0.17 at z ≈ −0.75) and rises back towards 0 below it,
// so |GELU(z)| < ε on (−∞, c) ∪ (a, b).
const b = root(gelu, EPS, 0, 1);
const a = root(gelu, -EPS, -0.75, 0);
const c = root(gelu, -EPS, -10, -0.75);

/** P(|f(z)| < ε) for z ~ N(μ, σ²), in closed form. */
const nearLeaky = (mu: number, s: number) =>
  normalCdf((EPS - mu) / s) - normalCdf((-EPS / LEAKY_SLOPE - mu) / s);
const nearGelu = (mu: number, s: number) =>
  normalCdf((b - mu) / s) - normalCdf((a - mu) / s) + normalCdf((c - mu) / s);

/** Every (μ, σ) on the sliders' grids. */
function reachable(): [number, number][] {
  const { mu, sigma } = SCHEMA.sparsity;
  const out: [number, number][] = [];
  for (let i = 0; mu.min + i * mu.step <= mu.max + 1e-9; i++)
    for (let j = 0; sigma.min + j * sigma.step <= sigma.max + 1e-9; j++)
      out.push([mu.min + i * mu.step, sigma.min + j * sigma.step]);
  return out;
}

describe('sparsity lead', () => {
  it('says "about half of Leaky ReLU’s and about a tenth of GELU’s" at N(0, 1)', () => {
    // mpmath, 30 digits (sparsityLead.mpmath.py).
    expect(nearLeaky(0, 1)).toBeCloseTo(0.5199385191868006, 12);
    expect(nearGelu(0, 1)).toBeCloseTo(0.10636192093981442, 12);
    expect(nearLeaky(-3, 3)).toBeCloseTo(0.5928514484358528, 12);
    expect(nearGelu(-3, 3)).toBeCloseTo(0.6533632809540264, 12);
    expect(translator('en', demos)('demoSparsityLead')).toContain(
      'at N(0, 1), about half of Leaky ReLU’s outputs and about a tenth of GELU’s',
    );
    expect(translator('zh-CN', demos)('demoSparsityLead')).toContain(
      '在 N(0, 1) 下，Leaky ReLU 约有一半输出落在这里，GELU 约为十分之一',
    );
  });

  it('the table’s sampled shares agree with the closed forms (4 standard errors)', () => {
    for (const [mu, sigma] of [
      [0, 1],
      [-3, 3],
      [1.2, 0.4],
    ] as const) {
      const n = 100_000;
      const r = measureSparsity({
        activations: [{ id: 'leaky_relu' }, { id: 'gelu' }],
        mu,
        sigma,
        samples: n,
        seed: 1,
      });
      const [leaky, g] = r.series;
      for (const [share, p] of [
        [leaky!.nearZeroShare, nearLeaky(mu, sigma)],
        [g!.nearZeroShare, nearGelu(mu, sigma)],
      ] as const) {
        const se = Math.sqrt((p * (1 - p)) / n);
        expect(Math.abs(share - p)).toBeLessThanOrEqual(4 * se + 1e-12);
      }
    }
  });

  it('"which function has most of them depends on μ and σ": each leads somewhere reachable', () => {
    const grid = reachable();
    expect(grid).toHaveLength(61 * 30);
    const leakyMore = grid.filter(([m, s]) => nearLeaky(m, s) > nearGelu(m, s) + 0.01);
    const geluMore = grid.filter(([m, s]) => nearGelu(m, s) > nearLeaky(m, s) + 0.01);
    expect(leakyMore.length).toBeGreaterThan(0);
    expect(geluMore.length).toBeGreaterThan(0);
    // e.g. N(−3, 3²): GELU's far-negative outputs are near 0, Leaky ReLU's (0.01·z) are not.
    expect(nearGelu(-3, 3)).toBeGreaterThan(nearLeaky(-3, 3));
  });

  it('"0 only at z = 0": no sample gives an exact 0 at the extremes of the sliders', () => {
    for (const [mu, sigma] of [
      [-3, 3],
      [-3, 0.1],
      [3, 3],
      [0, 0.1],
    ] as const) {
      const r = measureSparsity({
        activations: [{ id: 'leaky_relu' }, { id: 'gelu' }],
        mu,
        sigma,
        samples: 100_000,
        seed: 1,
      });
      expect(r.series.map((s) => s.zeros)).toEqual([0, 0]);
      expect(r.series.map((s) => s.analyticZeroShare)).toEqual([0, 0]);
    }
  });

  it('"f′(z) is not 0 there": wherever |f(z)| < 0.05, both functions have a slope', () => {
    for (const id of ['leaky_relu', 'gelu']) {
      const act = getActivation(id)!;
      // Beyond ±30 no sample of N(μ, σ²) on the sliders reaches (|μ| + 9σ < 30).
      for (let z = -30; z <= 30; z += 1e-3) {
        if (Math.abs(act.f(z)) < EPS) expect(act.df(z), `${id}′(${z})`).not.toBe(0);
      }
    }
  });
});
