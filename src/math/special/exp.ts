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

const P2_BIAS = 1100;
/** 2^m for m = −1100…1100 (0 and ∞ at the far ends), built by exact doubling and halving. */
const P2 = new Float64Array(2 * P2_BIAS + 1);
P2[P2_BIAS] = 1;
for (let m = 1; m <= P2_BIAS; m++) {
  P2[P2_BIAS + m] = P2[P2_BIAS + m - 1]! * 2;
  P2[P2_BIAS - m] = P2[P2_BIAS - m + 1]! / 2;
}

const INV_STEP = 92.33248261689366; // 64/ln2
/** ln2/64 split so that k·STEP_HI is exact for every k used (|k| < 2^17). */
const STEP_HI = 0.010830424695086549;
const STEP_LO = 1.162596423439437e-12;
/** Adding and subtracting 1.5·2^52 rounds to the nearest integer without a branch. */
const ROUND = 6755399441055744;
/** Beyond these, e^x is 0 or ∞ in double precision; clamping keeps the table index in range. */
const LO = -746;
const HI = 710;

/**
 * e^x to within about 1 ulp for every x; NaN for NaN, 0 at −∞, ∞ above 709.78.
 * The result is assembled as (t + (t·p + tlo))·2^m1·2^m2 with t + tlo = 2^(j/64): small terms
 * first, and two power-of-two factors so that neither over- or underflows on its own and a
 * subnormal result is rounded once. (A range test with a separate path for extreme x measured
 * slower than this, even though it is never taken.)
 */
export function exp(x: number): number {
  const xc = Math.min(Math.max(x, LO), HI); // predictable: data stays inside
  const k = xc * INV_STEP + ROUND - ROUND;
  const r = xc - k * STEP_HI - k * STEP_LO;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = ki & 63;
  const m = ki >> 6;
  const m1 = m >> 1;
  const t = T[j]!;
  return (t + (t * p + TLO[j]!)) * P2[P2_BIAS + m1]! * P2[P2_BIAS + m - m1]!;
}

/**
 * e^x for −708 < x < 709 only, where the result is a normal number: exp without the range
 * handling, for callers that know their argument (GELU's e^{−x²/2} with |x| ≤ √32).
 */
export function expNormal(x: number): number {
  const k = x * INV_STEP + ROUND - ROUND;
  const r = x - k * STEP_HI - k * STEP_LO;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = ki & 63;
  const t = T[j]!;
  return (t + (t * p + TLO[j]!)) * P2[P2_BIAS + (ki >> 6)]!;
}

/**
 * e^x − 1 to about 1 ulp for every x, without cancellation near 0: it is evaluated as
 * ((S − 2^−m2) + (S·p + tlo·2^m1))·2^m2 with S = 2^(j/64)·2^m1, where S − 2^−m2 is exact
 * (Sterbenz) wherever the result is small, so the tiny terms keep their relative accuracy.
 * The polynomial has one degree more than exp's, as its truncation error is relative to the
 * result here, which can be as small as ln2/128.
 */
export function expm1(x: number): number {
  const xc = Math.min(Math.max(x, LO), HI);
  const k = xc * INV_STEP + ROUND - ROUND;
  const r = xc - k * STEP_HI - k * STEP_LO;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const ki = k | 0;
  const j = ki & 63;
  const m = ki >> 6;
  const m1 = m >> 1;
  const m2 = m - m1;
  const scale = P2[P2_BIAS + m1]!;
  const s = T[j]! * scale;
  return (s - P2[P2_BIAS - m2]! + (s * p + TLO[j]! * scale)) * P2[P2_BIAS + m2]!;
}

/**
 * e^x for callers that use only 1 + e^x (the logistic function): x is raised to −40 first,
 * where e^x < 2^−57 and 1 + e^x is 1 either way, so the result always has m ≥ −58 and one
 * power-of-two factor suffices. For x ≥ −40 it equals exp bit for bit: scaling by 2^m in one step or two is exact.
 */
export function expOnePlus(x: number): number {
  const xc = Math.min(Math.max(x, -40), HI); // predictable: data stays inside
  const k = xc * INV_STEP + ROUND - ROUND;
  const r = xc - k * STEP_HI - k * STEP_LO;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))));
  const ki = k | 0;
  const j = ki & 63;
  const t = T[j]!;
  // 2·2^(m−1), not 2^m: near x = 709.78, m is 1024 while t·(1 + p) < 1.
  return (t + (t * p + TLO[j]!)) * 2 * P2[P2_BIAS - 1 + (ki >> 6)]!;
}

/**
 * e^x − 1 for x ≤ 0, as expm1 with x raised to −40 first (below it the result is −1 to
 * every digit): 2^m is then a normal number, so the result is assembled in one scale instead
 * of expm1's three, and equals expm1 bit for bit (scaling by a power of two is exact).
 */
export function expm1Neg(x: number): number {
  const xc = Math.max(x, -40);
  const k = xc * INV_STEP + ROUND - ROUND;
  const r = xc - k * STEP_HI - k * STEP_LO;
  const p = r + r * r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720)))));
  const ki = k | 0;
  const scale = P2[P2_BIAS + (ki >> 6)]!;
  const j = ki & 63;
  const s = T[j]! * scale;
  return s - 1 + (s * p + TLO[j]! * scale);
}
