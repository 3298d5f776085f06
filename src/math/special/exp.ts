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

/** 2^(j/64) for j = 0…63, correctly rounded, and each one's rounding error (T + TLO). */
const T = new Float64Array([
  1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138,
  1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577, 1.102382583307841,
  1.1143867425958924, 1.1265216186082418, 1.1387886347566916, 1.1511892299529827,
  1.1637248587775775, 1.1763969916502812, 1.189207115002721, 1.202156731452703, 1.215247359980469,
  1.22848053610687, 1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783,
  1.2968395546510096, 1.3109612115247644, 1.3252366431597413, 1.339667524053303, 1.3542555469368927,
  1.3690024229745905, 1.383909881963832, 1.3989796725383112, 1.4142135623730951, 1.42961333839197,
  1.4451808069770467, 1.460917794180647, 1.4768261459394993, 1.4929077282912648, 1.5091644275934228,
  1.5255981507445384, 1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267,
  1.6104903319492543, 1.6280274218573478, 1.645755478153965, 1.6636765803267364, 1.681792830507429,
  1.7001063537185235, 1.718619298122478, 1.7373338352737062, 1.7562521603732995, 1.7753764925265212,
  1.7947090750031072, 1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103,
  1.8945759815869656, 1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
]);
const TLO = new Float64Array([
  0.0, -1.5234778603368577e-17, 5.109225028973444e-17, 7.600838874027088e-18, 8.551889705537965e-17,
  1.759325738772092e-18, -7.899853966841582e-17, -6.656660436056593e-17, -3.046782079812471e-17,
  5.2660368715706944e-17, 1.0410278456845571e-16, 5.165856758795457e-17, 8.912812676025408e-17,
  3.250710218863827e-17, 3.8292048369240935e-17, 5.554203254218079e-17, 3.982015231465646e-17,
  6.644981499252301e-17, -7.712630692681488e-17, -1.89878163130253e-17, 4.658027591836937e-17,
  -6.7113898212968784e-18, 2.667932131342186e-18, 1.713594918243561e-17, 2.5382502794888315e-17,
  -7.181536135519454e-17, -2.8587312100388614e-17, 8.927282594831732e-17, 7.70094837980299e-17,
  9.593797919118849e-17, -6.770511658794786e-17, -9.614213209051323e-17, -9.667293313452913e-17,
  -1.2031642489053655e-17, -3.0237581349939873e-17, -5.600377186075216e-17, -3.483994556892796e-17,
  1.4192920154284036e-17, -1.016455327754295e-16, -1.1024941712342561e-16, 7.949834809697621e-17,
  3.7812070533575275e-17, -1.0136916471278304e-17, -1.0094406542311964e-16, 2.4707192569797888e-17,
  -6.712955084707084e-17, -1.0125679913674773e-16, 5.8909926967131e-17, 8.199010020581497e-17,
  -8.0237193703977e-18, -1.851380418263111e-17, 3.164389299292957e-17, 2.960140695448873e-17,
  6.429731796556572e-17, 1.8227458427912087e-17, -9.969531538920349e-17, 3.283107224245627e-17,
  9.761887490727594e-17, -6.122763413004143e-17, 3.4034035352165297e-17, -1.0619946056195963e-16,
  1.0332385960676326e-16, 8.960767791036668e-17, 4.0388753109278167e-17,
]);

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
