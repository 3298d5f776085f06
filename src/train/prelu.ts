// Kernels of PReLU with a learnable α, mirroring the registry's `prelu` (src/math).

/**
 * PReLU with a per-call α, for learnable α (binding the registry's kernel per unit and step
 * would allocate closures in the hot loop). Same arithmetic as the registry's `prelu` — the test
 * `prelu.test.ts` checks bit-for-bit equality of f and f′, kinks and ±∞ included.
 */
export function preluF(x: number, a: number): number {
  if (a === 0) return x > 0 ? x : x !== x ? x : 0;
  const b = +(x > 0);
  return x * (b + (1 - b) * a);
}

/** PReLU′ w.r.t. x: 1 for x > 0, α for x ≤ 0 (PyTorch's value at 0), NaN for NaN. */
export function preluDf(x: number, a: number): number {
  const b = +(x > 0);
  return x !== x ? x : b + (1 - b) * a;
}
