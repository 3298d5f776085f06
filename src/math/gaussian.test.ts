import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gaussLegendre, leakyReluMoments, quadratureMoments, reluMoments } from './gaussian';
import { getActivation } from './registry';

interface Row {
  id: string;
  params: Record<string, number>;
  mu: number;
  sigma: number;
  mean: string;
  second: string;
  dfMean: string;
}

/** Written by gaussian_moments.py (mpmath, 40 digits). */
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/gaussian_moments.json', import.meta.url), 'utf8'),
) as { cases: Row[] };

const close = (got: number, want: string, tol = 1e-10) =>
  expect(Math.abs(got - Number(want))).toBeLessThanOrEqual(
    tol * Math.max(1, Math.abs(Number(want))),
  );

describe('gaussLegendre', () => {
  it('integrates polynomials up to degree 2n − 1 exactly', () => {
    const { x, w } = gaussLegendre(20);
    for (const deg of [0, 2, 10, 38]) {
      let s = 0;
      x.forEach((t, i) => (s += w[i]! * t ** deg));
      expect(s).toBeCloseTo(2 / (deg + 1), 14);
    }
  });
});

describe('quadratureMoments', () => {
  it('matches mpmath’s E[f], E[f²], E[f′] to 1e−10 for ReLU, Leaky ReLU, ELU, SELU, GELU, tanh, SiLU', () => {
    expect(new Set(fixture.cases.map((c) => c.id)).size).toBeGreaterThanOrEqual(7);
    for (const c of fixture.cases) {
      const act = getActivation(c.id)!;
      const b = act.bind(c.params);
      const breaks = act.kinks(c.params).map((k) => k.x);
      const m = quadratureMoments(b.f, b.df, c.mu, c.sigma, breaks);
      close(m.mean, c.mean);
      close(m.second, c.second);
      close(m.dfMean, c.dfMean);
    }
  });
});

describe('closed forms', () => {
  it('reluMoments and leakyReluMoments match mpmath to 1e−12', () => {
    for (const c of fixture.cases.filter((r) => r.id === 'relu' || r.id === 'leaky_relu')) {
      const m =
        c.id === 'relu'
          ? reluMoments(c.mu, c.sigma)
          : leakyReluMoments(c.params.alpha!, c.mu, c.sigma);
      close(m.mean, c.mean, 1e-12);
      close(m.second, c.second, 1e-12);
      close(m.dfMean, c.dfMean, 1e-12);
    }
  });

  it('gives ReLU’s share of exact zeros Φ(−μ/σ) and none for Leaky ReLU', () => {
    expect(reluMoments(0, 1).zeroShare).toBe(0.5);
    expect(reluMoments(1, 1).zeroShare).toBeCloseTo(0.15865525393145707, 15);
    expect(leakyReluMoments(0.01, 1, 1).zeroShare).toBe(0);
  });
});
