import { kernelsOf } from '../math';
import type { Range } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { runToEnd, type Steps } from './progress';
import { createRng, fillNormal } from './rng';
import { analyticZeroShare } from './zeroset';

export const SPARSITY_LIMITS = { maxSamples: 2_000_000, maxBins: 1000 };

export interface SparsityOptions {
  /** Functions to compare, all on the same samples. */
  activations: readonly ActivationChoice[];
  /** Pre-activations z ~ N(mu, sigma²). */
  mu: number;
  sigma: number;
  /** Number of samples (default 100 000). */
  samples?: number;
  seed: number;
  /** Histogram range over the outputs f(z) (default [mu − 4σ, mu + 4σ]). */
  range?: Range;
  /** Histogram bins (default 80). */
  bins?: number;
  /** |f(z)| < nearZero counts as "near zero" (default 0.05). */
  nearZero?: number;
}

export interface SparsitySeries {
  activation: Required<ActivationChoice>;
  /** Bin i counts outputs in [lo + i·w, lo + (i+1)·w) (the last bin includes hi); exact zeros included. */
  counts: Float64Array;
  /** Outputs below / above the range (NaN counts in neither). */
  below: number;
  above: number;
  /** Outputs exactly 0 (+0 or −0) and their share of the samples. */
  zeros: number;
  zeroShare: number;
  /** Outputs with |f(z)| < nearZero (exact zeros included) and their share. */
  nearZeroCount: number;
  nearZeroShare: number;
  /** P(f(z) = 0) in exact arithmetic where known (Φ(−μ/σ) for ReLU), else null. */
  analyticZeroShare: number | null;
  /** Sampling standard error of zeroShare around the analytic share: √(p(1 − p)/n). */
  standardError: number | null;
}

export interface SparsityResult {
  mu: number;
  sigma: number;
  samples: number;
  range: Range;
  bins: number;
  nearZero: number;
  series: SparsitySeries[];
}

/**
 * Sparsity of each function's outputs for Gaussian pre-activations, one function per chunk.
 * The samples are drawn once (seeded) and shared, so the functions are compared on the same z.
 */
export function* sparsitySteps(o: SparsityOptions): Steps<SparsityResult> {
  const n = o.samples ?? 100_000;
  const bins = o.bins ?? 80;
  const nearZero = o.nearZero ?? 0.05;
  if (!(o.sigma > 0) || !Number.isFinite(o.sigma) || !Number.isFinite(o.mu))
    throw new RangeError(`Need finite mu and sigma > 0 (got ${o.mu}, ${o.sigma})`);
  if (!Number.isInteger(n) || n < 1 || n > SPARSITY_LIMITS.maxSamples)
    throw new RangeError(`samples = ${n} outside 1…${SPARSITY_LIMITS.maxSamples}`);
  if (!Number.isInteger(bins) || bins < 1 || bins > SPARSITY_LIMITS.maxBins)
    throw new RangeError(`bins = ${bins} outside 1…${SPARSITY_LIMITS.maxBins}`);
  const range: Range = o.range ?? [o.mu - 4 * o.sigma, o.mu + 4 * o.sigma];
  const [lo, hi] = range;
  if (!(hi > lo)) throw new RangeError(`Empty histogram range [${lo}, ${hi}]`);
  const z = fillNormal(createRng(o.seed), new Float64Array(n), o.mu, o.sigma);
  const y = new Float64Array(n);
  const scale = bins / (hi - lo);
  const series: SparsitySeries[] = [];
  for (let s = 0; s < o.activations.length; s++) {
    const choice = o.activations[s]!;
    const act = resolveActivation(choice.id);
    const params = fullParams(act, choice.params);
    kernelsOf(act).fArray(z, y, params);
    const counts = new Float64Array(bins);
    let below = 0;
    let above = 0;
    let zeros = 0;
    let near = 0;
    for (let i = 0; i < n; i++) {
      const v = y[i]!;
      if (v === 0) zeros++;
      if (Math.abs(v) < nearZero) near++;
      if (v < lo) below++;
      else if (v > hi) above++;
      else if (v >= lo) counts[Math.min(bins - 1, Math.floor((v - lo) * scale))]!++;
    }
    const analytic = analyticZeroShare(act.id, params, o.mu, o.sigma);
    series.push({
      activation: { id: act.id, params },
      counts,
      below,
      above,
      zeros,
      zeroShare: zeros / n,
      nearZeroCount: near,
      nearZeroShare: near / n,
      analyticZeroShare: analytic,
      standardError: analytic === null ? null : Math.sqrt((analytic * (1 - analytic)) / n),
    });
    yield { done: s + 1, total: o.activations.length };
  }
  return { mu: o.mu, sigma: o.sigma, samples: n, range, bins, nearZero, series };
}

/** Runs `sparsitySteps` synchronously. */
export function measureSparsity(options: SparsityOptions): SparsityResult {
  return runToEnd(sparsitySteps(options));
}
