// log1p for arguments in [0, 1] that V8 can inline into a caller's loop: Math.log1p is a call
// into C from optimised code, which made Softplus cost twice NumPy's logaddexp.
//
// Table-driven: with c = 1 + j/32 (j = ⌊32e⌋) and r = e − j/32 (exact: Sterbenz),
// log(1 + e) = log(c) + log(1 + r/c) = log(c) + 2·atanh(s), s = r/(2c + r) < 1/65, and
// 2·atanh(s) = 2s(1 + s²/3 + s⁴/5 + s⁶/7 + s⁸/9) (in t = 2s: t(1 + t²/12 + t⁴/80 +
// t⁶/448 + t⁸/2304)) leaves out less than s¹⁰/11 < 2^−63 of it.
// The result is within a few ulp for every e in [0, 1], down to subnormal e (j = 0: s ≈ e/2).

/** log(1 + j/32) for j = 0…32 (Math.log1p, within an ulp, computed once). */
const LOG_C = new Float64Array(33);
/** 2·(1 + j/32), exact. */
const TWO_C = new Float64Array(33);
for (let j = 0; j <= 32; j++) {
  LOG_C[j] = Math.log1p(j / 32);
  TWO_C[j] = 2 + j / 16;
}

/** log(1 + e) for 0 ≤ e ≤ 1 (NaN for NaN), without a call into C or a data-dependent branch. */
export function log1pUnit(e: number): number {
  const j = (e * 32) | 0;
  const r = e - j * 0.03125;
  // t = 2s directly (not 2·s), so that a subnormal e does not lose its last bit to e/2.
  const t = (2 * r) / (TWO_C[j]! + r);
  const t2 = t * t;
  return LOG_C[j]! + (t + t * t2 * (1 / 12 + t2 * (1 / 80 + t2 * (1 / 448 + t2 * (1 / 2304)))));
}
