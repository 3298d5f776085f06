// log(1 + u) for u ∈ [0, 1], the range softplus and logsigmoid need (u = e^{−|z|}), inlined
// instead of Math.log1p (a call into C from optimised code, the largest cost of softplus).
//
// For u > √2 − 1, log(1 + u) = ln 2 + log(1 + w) with w = (u − 1)/2 (exact), so that
// |w| ≤ 0.2929 in both cases; the choice is made by arithmetic, not a branch. Then
// log(1 + w) = 2·atanh(s) with s = w/(2 + w), |s| ≤ 0.1716, from the series
// 2s + 2s³/3 + 2s⁵/5 + … + 2s¹⁹/19 (the next term is below 2^−55 of the first).

// Literals in the code below (V8 reloads module-level constants on every use):
// √2 − 1 = 0.41421356237309503, and ln 2 = 0.6931471805599453 + 2.3190468138462996e-17.

/** log(1 + u) to about 1 ulp for 0 ≤ u ≤ 1 (NaN for NaN); not for other u. */
export function log1pUnit(u: number): number {
  const b = +(u > 0.41421356237309503);
  const w = u * (1 - b) + (u - 1) * 0.5 * b;
  const t = (2 * w) / (2 + w); // 2s, formed so that a subnormal w is not lost
  const z = 0.25 * t * t;
  // 1/3 + z/5 + … + z⁸/19 in Estrin's scheme (independent pairs, short dependency chain).
  const z2 = z * z;
  const z4 = z2 * z2;
  const series =
    z *
    (1 / 3 +
      z / 5 +
      (1 / 7 + z / 9) * z2 +
      (1 / 11 + z / 13 + (1 / 15 + z / 17) * z2) * z4 +
      (z4 * z4) / 19);
  return b * 0.6931471805599453 + (t + (t * series + b * 2.3190468138462996e-17));
}
