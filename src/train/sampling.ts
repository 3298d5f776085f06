/**
 * Sampling pieces of the distribution demo: a layer's pre-activations drawn exactly at O(1)
 * per sample, and sample moments with their standard errors.
 */
import type { Rng } from './rng';

/** Sample mean, variance, share of exact zeros and mean of f′, each with its standard error. */
export interface SampleStats {
  mean: number;
  meanSe: number;
  variance: number;
  varianceSe: number;
  zeroShare: number;
  zeroShareSe: number;
  dfMean: number;
  dfMeanSe: number;
}

/**
 * Marsaglia–Tsang (2000) Gamma(shape, 1) for shape ≥ 1: one normal and one uniform per try,
 * accepted ~98 % of the time or more.
 */
function gamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    if (Math.log(1 - rng.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * z = Σ w_i x_i with fresh weights and inputs per sample. Given the weights, z is N(0, Σ w_i²)
 * and Σ w_i² = (g/n)·χ²_n, so z = √((g/n)·χ²_n)·ε: exact, at O(1) per sample for any fan-in n.
 */
export function fillLayerPreActivations(
  rng: Rng,
  out: Float64Array,
  gain: number,
  n: number,
): void {
  for (let i = 0; i < out.length; i++) {
    const chi2 = n === 1 ? rng.normal() ** 2 : 2 * gamma(rng, n / 2);
    out[i] = Math.sqrt((gain / n) * chi2) * rng.normal();
  }
}

/** Mean, variance and standard errors of y, and of f′ in dy, and y's exact zeros. */
export function sampleStats(y: Float64Array, dy: Float64Array): SampleStats {
  const n = y.length;
  let sum = 0;
  let dsum = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    sum += y[i]!;
    dsum += dy[i]!;
    if (y[i] === 0) zeros++;
  }
  const mean = sum / n;
  const dfMean = dsum / n;
  let m2 = 0;
  let m4 = 0;
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - mean;
    m2 += e * e;
    m4 += e * e * e * e;
    d2 += (dy[i]! - dfMean) ** 2;
  }
  const variance = m2 / n;
  const p = zeros / n;
  return {
    mean,
    meanSe: Math.sqrt(variance / n),
    variance,
    // Var(s²) ≈ (μ4 − σ⁴)/n for the sample variance.
    varianceSe: Math.sqrt(Math.max(0, m4 / n - variance * variance) / n),
    zeroShare: p,
    zeroShareSe: Math.sqrt((p * (1 - p)) / n),
    dfMean,
    dfMeanSe: Math.sqrt(d2 / n / n),
  };
}
