// The standard normal distribution Φ and density φ, for the exact GELU.
//
// Φ uses W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations
// for the error function", Math. Comp. 23 (1969) 631–637) in the form of his ANORM routine
// (ACM TOMS Algorithm 715, 1993; the same coefficients as R's pnorm), which works in x itself
// rather than x/√2: computing Φ(x) as ½·erfc(−x/√2) rounds x/√2 and loses up to x²·2^−52
// of relative accuracy in the far tail. The tail factor e^{−x²/2} is computed with x² split
// exactly into p + e (Dekker's product), so it is accurate to an ulp or two even at x ≈ −37,
// where x² ≈ 1400 would otherwise cost ~1e−13.

/** 1/√(2π). */
export const INV_SQRT_2PI = 0.3989422804014327;
/** Past |x| = 40, Φ is 0 or 1 in double precision and x·φ(x) underflows. */
export const NORMAL_LIMIT = 40;

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitting constant

/** e^{−y²/2}, with y² = p + e computed exactly and e folded in as 1 − e/2. Needs |y| < 1e150. */
export function expHalfSq(y: number): number {
  const c = SPLIT * y;
  const hi = c - (c - y);
  const lo = y - hi;
  const p = y * y;
  const e = hi * hi - p + 2 * hi * lo + lo * lo;
  return Math.exp(-0.5 * p) * (1 - 0.5 * e);
}

/** Φ(x) − ½ for |x| ≤ 0.66291 (Cody's first interval), odd in x. */
export function normalCentral(x: number): number {
  const z = x * x;
  const num = (((0.065682337918207449113 * z + 2.2352520354606839287) * z + 161.02823106855587881) *
    z + 1067.6894854603709582) * z + 18154.981253343561249;
  const den = (((z + 47.20258190468824187) * z + 976.09855173777669322) * z +
    10260.932208618978205) * z + 45507.789335026729956;
  return (x * num) / den;
}

/**
 * Φ(−y)·e^{y²/2} for 0.66291 < y: Cody's second interval up to √32, then his asymptotic
 * expansion in 1/y². Multiply by expHalfSq(y) to get the tail Φ(−y).
 */
export function normalTailFactor(y: number): number {
  if (y <= 5.656854249492380195) {
    const num = (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y +
      8.8831497943883759412) * y + 93.506656132177855979) * y + 597.27027639480026226) * y +
      2494.5375852903726711) * y + 6848.1904505362823326) * y + 11602.651437647350124) * y +
      9842.7148383839780218;
    const den = (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y +
      1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y +
      34900.952721145977266) * y + 38912.003286093271411) * y + 19685.429676859990727;
    return num / den;
  }
  const z = 1 / (y * y);
  const num = ((((0.02307344176494017303 * z + 0.21589853405795699) * z +
    0.1274011611602473639) * z + 0.022235277870649807) * z + 0.001421619193227893466) * z +
    2.9112874951168792e-5;
  const den = ((((z + 1.28426009614491121) * z + 0.468238212480865118) * z +
    0.0659881378689285515) * z + 0.00378239633202758244) * z + 7.29751555083966205e-5;
  return (INV_SQRT_2PI - (z * num) / den) / y;
}

/** Φ(x), the standard normal distribution function, accurate to a few ulp for every x. */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.66291) return 0.5 + normalCentral(x);
  if (y < NORMAL_LIMIT) {
    const tail = expHalfSq(y) * normalTailFactor(y);
    return x > 0 ? 1 - tail : tail;
  }
  return x > 0 ? 1 : x < 0 ? 0 : NaN;
}
