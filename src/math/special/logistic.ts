import { exp, expOnePlus } from './exp';

// The logistic function and its relatives, written so that no intermediate overflows and
// nothing cancels: every result keeps its relative accuracy down to the subnormal range.

/**
 * σ(z) = 1/(1 + e^{−z}). For z < 0 the exponential is large but exact to an ulp, so the
 * quotient stays relatively accurate; below z ≈ −709.8 it overflows and σ rounds to 0, where
 * the true value is already subnormal.
 */
export function sigmoid(z: number): number {
  return 1 / (1 + expOnePlus(-z));
}

/** σ′(z) = σ(z)·σ(−z) = e^{−|z|}/(1 + e^{−|z|})², symmetric and free of overflow. */
export function sigmoidDf(z: number): number {
  const e = exp(-Math.abs(z));
  const d = 1 + e;
  return e / d / d;
}
