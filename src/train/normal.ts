/**
 * The standard normal CDF Φ for analytic reference values (e.g. ReLU's share of exact zeros
 * Φ(−μ/σ)). Not on a hot path.
 *
 * erfc follows W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969) 631–638, as in his netlib SPECFUN routine CALERF (rev. 1990):
 * three rational approximations on |x| ≤ 0.46875, ≤ 4 and > 4, with exp(−x²) split as
 * exp(−s²)·exp(−(x−s)(x+s)), s = x rounded down to 1/16, to avoid losing digits in x².
 * Relative error is a few ulp across the range (checked against mpmath in normal.test.ts).
 */

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947];
const A4 = 0.185777706184603153;
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131,
  881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725,
];
const C8 = 2.15311535474403846e-8;
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
  3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766,
  6.58749161529837803e-4,
];
const P5 = 0.0163153871373020978;
const Q = [
  2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191,
  0.00233520497626869185,
];
const SQRPI = 0.56418958354775628695; // 1/√π
const XBIG = 26.543; // erfc(x) underflows to 0 beyond this

/** exp(−y²) without the rounding error of forming y² directly. */
function expMinusSquare(y: number): number {
  const s = Math.trunc(y * 16) / 16;
  const del = (y - s) * (y + s);
  return Math.exp(-s * s) * Math.exp(-del);
}

/** Complementary error function erfc(x) = 1 − erf(x), accurate in both tails. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  let r: number;
  if (y <= 0.46875) {
    const ysq = y > 1.11e-16 ? y * y : 0;
    let num = A4 * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * ysq;
      den = (den + B[i]!) * ysq;
    }
    return 1 - (x * (num + A[3]!)) / (den + B[3]!);
  } else if (y <= 4) {
    let num = C8 * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    r = expMinusSquare(y) * ((num + C[7]!) / (den + D[7]!));
  } else if (y >= XBIG) {
    r = 0;
  } else {
    const ysq = 1 / (y * y);
    let num = P5 * ysq;
    let den = ysq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]!) * ysq;
      den = (den + Q[i]!) * ysq;
    }
    r = (ysq * (num + P[4]!)) / (den + Q[4]!);
    r = expMinusSquare(y) * ((SQRPI - r) / y);
  }
  return x < 0 ? 2 - r : r;
}

/** Standard normal CDF Φ(x) = ½·erfc(−x/√2). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
