// exp and expm1 that V8 can inline into a caller's loop. Math.exp and Math.expm1 are calls
// into C from optimised code (about 2.5× the cost of this on the bench machine) and branch on
// the argument's range inside; these have no data-dependent branch.
//
// Table-driven method of P. T. P. Tang, "Table-driven implementation of the exponential
// function in IEEE floating-point arithmetic", ACM TOMS 15(2), 1989, 144–157: with
// x = (64m + j)·ln2/64 + r, |r| ≤ ln2/128, e^x = 2^m · 2^(j/64) · e^r, where 2^(j/64) comes
// from a table (hi + lo parts) and e^r − 1 from its Taylor polynomial (degree 5 for exp,
// truncation error below 4e−17; degree 6 for expm1). Both stay
// within about 1 ulp of the exact value.

/**
 * 2^(j/64) for j = 0…63, correctly rounded (T), and each one's rounding error (TLO), so that
 * T + TLO is 2^(j/64) to about 2^−106. Computed once, exactly enough, rather than written out:
 * as 128 literals they were 1.4 KB of the web component's gzip size. exp.test.ts checks them
 * bit for bit against the literals.
 */
export const T = new Float64Array(64);
export const TLO = new Float64Array(64);
{
  // 2^(j/64) in fixed point with 256 fraction bits: 2^(1/64) by six square roots of 2, then
  // its powers. Each step truncates once, so every entry is within 2^−248 of the exact value,
  // far below the 2^−106 that T + TLO can hold. Number(bigint) rounds to nearest, so
  // T = Number(v)·2^−256 is correctly rounded, and v − T·2^256 is its exact rounding error.
  const BITS = 256n;
  const ULP = 2 ** -256;
  /** ⌊√n⌋ by Newton's method from just above the double-precision root (n < 2^1000). */
  const isqrt = (n: bigint): bigint => {
    let x = BigInt(Math.sqrt(Number(n)) * (1 + 2 ** -40));
    for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
    return x;
  };
  let root = 2n << BITS;
  for (let i = 0; i < 6; i++) root = isqrt(root << BITS);
  let v = 1n << BITS;
  for (let j = 0; j < 64; j++) {
    const t = Number(v);
    T[j] = t * ULP;
    TLO[j] = Number(v - BigInt(t)) * ULP;
    v = (v * root) >> BITS;
  }
}

/**
 * 2^(j/64) and its rounding error side by side (TT[2j] = T[j], TT[2j + 1] = TLO[j]): one array
 * read twice at neighbouring indices instead of two arrays.
 */
const TT = new Float64Array(128);
for (let j = 0; j < 64; j++) {
  TT[2 * j] = T[j]!;
  TT[2 * j + 1] = TLO[j]!;
}

/** 2^m for m = −1100…1100 at P2[1100 + m] (0 and ∞ at the far ends), by exact doubling and halving. */
const P2 = new Float64Array(2201);
P2[1100] = 1;
for (let m = 1; m <= 1100; m++) {
  P2[1100 + m] = P2[1100 + m - 1]! * 2;
  P2[1100 - m] = P2[1100 - m + 1]! / 2;
}

// The hot paths below write their constants as literals: V8 reloads a module-level constant on
// every use, which cost a third of exp's time. They are:
//   92.33248261689366       64/ln2
//   0.010830424695086549    ln2/64, high part: k·it is exact for every k used (|k| < 2^17)
//   1.162596423439437e-12   ln2/64, low part
//   6755399441055744        1.5·2^52: adding and subtracting it rounds to the nearest integer
//                           without a branch
//   −746, 710               beyond these e^x is 0 or ∞; clamping keeps the table index in range
//   1100                    the offset of 2^0 in P2

/**
 * e^x to within about 1 ulp for every x; NaN for NaN, 0 at −∞, ∞ above 709.78.
 * The result is assembled as (t + (t·p + tlo))·2^m1·2^m2 with t + tlo = 2^(j/64): small terms
 * first, and two power-of-two factors so that neither over- or underflows on its own and a
 * subnormal result is rounded once. (A range test with a separate path for extreme x measured
 * slower than this, even though it is never taken.)
 */
export function exp(x: number): number {
  const xc = Math.min(Math.max(x, -746), 710); // predictable: data stays inside
  const k = xc * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = xc - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = (ki & 63) << 1;
  const m = ki >> 6;
  const m1 = m >> 1;
  const t = TT[j]!;
  return (t + (t * p + TT[j + 1]!)) * P2[1100 + m1]! * P2[1100 + m - m1]!;
}

/**
 * e^x for −708 < x < 709 only, where the result is a normal number: exp without the range
 * handling, for callers that know their argument (GELU's e^{−x²/2} with |x| ≤ √32).
 */
export function expNormal(x: number): number {
  const k = x * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = x - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = (ki & 63) << 1;
  const t = TT[j]!;
  return (t + (t * p + TT[j + 1]!)) * P2[1100 + (ki >> 6)]!;
}

/**
 * e^x − 1 to about 1 ulp for every x, without cancellation near 0: it is evaluated as
 * ((S − 2^−m2) + (S·p + tlo·2^m1))·2^m2 with S = 2^(j/64)·2^m1, where S − 2^−m2 is exact
 * (Sterbenz) wherever the result is small, so the tiny terms keep their relative accuracy.
 * The polynomial has one degree more than exp's, as its truncation error is relative to the
 * result here, which can be as small as ln2/128.
 */
export function expm1(x: number): number {
  const xc = Math.min(Math.max(x, -746), 710);
  const k = xc * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = xc - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const ki = k | 0;
  const j = (ki & 63) << 1;
  const m = ki >> 6;
  const m1 = m >> 1;
  const m2 = m - m1;
  const scale = P2[1100 + m1]!;
  const s = TT[j]! * scale;
  return (s - P2[1100 - m2]! + (s * p + TT[j + 1]! * scale)) * P2[1100 + m2]!;
}

/**
 * e^x for callers that use only 1 + e^x (the logistic function): x is raised to −40 first,
 * where e^x < 2^−57 and 1 + e^x is 1 either way, so the result always has m ≥ −58 and one
 * power-of-two factor suffices. For x ≥ −40 it equals exp bit for bit: scaling by 2^m in one
 * step or two is exact.
 */
export function expOnePlus(x: number): number {
  const xc = Math.min(Math.max(x, -40), 710); // predictable: data stays inside
  const k = xc * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = xc - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = (ki & 63) << 1;
  const t = TT[j]!;
  // 2·2^(m−1), not 2^m: near x = 709.78, m is 1024 while t·(1 + p) < 1.
  return (t + (t * p + TT[j + 1]!)) * 2 * P2[1099 + (ki >> 6)]!;
}

/**
 * e^x − 1 for x ≤ 0, as expm1 with x raised to −40 first (below it the result is −1 to
 * every digit): 2^m is then a normal number, so the result is assembled in one scale instead
 * of expm1's three, and equals expm1 bit for bit (scaling by a power of two is exact).
 */
export function expm1Neg(x: number): number {
  const xc = Math.max(x, -40);
  const k = xc * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = xc - k * 0.010830424695086549 - k * 1.162596423439437e-12;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const ki = k | 0;
  const scale = P2[1100 + (ki >> 6)]!;
  const j = (ki & 63) << 1;
  const s = TT[j]! * scale;
  return s - 1 + (s * p + TT[j + 1]! * scale);
}
