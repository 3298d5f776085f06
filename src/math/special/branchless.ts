// Selections without data-dependent branches. In V8, `c ? a : b` and Math.max/Math.min on
// doubles compile to conditional jumps, which mispredict half the time on random-order input
// (5× slower than a copy loop); a comparison turned into a number, `+(a > b)`, compiles to a
// flag move, so selecting with it by arithmetic costs a few cycles whatever the data. The
// ternaries left below only catch ±∞ or NaN, so they are always predicted.
// Every form here gives exactly the branchy result (multiplying by 1 or 0 and adding 0 are
// exact); only the sign of a zero may differ.
//
// 1.7976931348623157e308 (Number.MAX_VALUE) is written as a literal: V8 reloads a
// module-level constant on every use, which made these loops twice as slow.

/** max(x, 0); NaN for NaN. −∞ is caught first (a predicted branch), as −∞·0 would be NaN. */
export function pos(x: number): number {
  return x < -1.7976931348623157e308 ? 0 : x * +(x > 0);
}

/** min(x, 0); NaN for NaN. +∞ is caught first. */
export function neg(x: number): number {
  return x > 1.7976931348623157e308 ? 0 : x * +(x <= 0);
}

/** x > 0 ? 1 : 0 (PyTorch's 0 at x = 0), NaN for NaN. */
export function step(x: number): number {
  return x !== x ? x : +(x > 0);
}

/**
 * x with ±∞ replaced by ±Number.MAX_VALUE, so that selecting by multiplying with 0 gives 0
 * rather than NaN; NaN stays NaN.
 */
export function capInfinity(x: number): number {
  return x > 1.7976931348623157e308
    ? 1.7976931348623157e308
    : x < -1.7976931348623157e308
      ? -1.7976931348623157e308
      : x;
}

/** min(max(x, lo), hi) for finite lo < hi; NaN for NaN. */
export function clamp(x: number, lo: number, hi: number): number {
  const y = capInfinity(x);
  const below = +(y <= lo);
  const above = +(y >= hi);
  return y * (1 - below - above) + lo * below + hi * above;
}

/** lo < x < hi ? 1 : 0 for lo < hi (0 at both ends, as PyTorch), NaN for NaN. */
export function inside(x: number, lo: number, hi: number): number {
  return x !== x ? x : 1 - +(x <= lo) - +(x >= hi);
}
