import { expNormal } from './exp';

// The standard normal distribution Φ and density φ, for the exact GELU.
//
// Φ uses W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations
// for the error function", Math. Comp. 23 (1969) 631–637) in the form of his ANORM routine
// (ACM TOMS Algorithm 715, 1993; the same coefficients as R's pnorm), which works in x itself
// rather than x/√2: computing Φ(x) as ½·erfc(−x/√2) rounds x/√2 and loses up to x²·2^−52
// of relative accuracy in the far tail. The tail factor e^{−x²/2} is computed with x² split
// exactly into p + e (Dekker's product), so it is accurate to an ulp or two even at x ≈ −37,
// where x² ≈ 1400 would otherwise cost ~1e−13. Coefficients are the doubles nearest Cody's
// published 20-digit values. Constants in hot paths are written as literals (V8 reloads
// module-level bindings on every use): 0.66291 and √32 = 5.656854249492381 end Cody's first
// two intervals. Beyond |x| = 37.5 the tail is below 5e−308: Φ is taken as 0 or 1 there
// (x·Φ(x) stays below 1e−300, where only absolute accuracy is asked for).
//
// The functions are kept small on purpose: V8 inlines at most ~920 bytes of bytecode into
// one optimised loop, and GELU's loop must hold all of them (a call that is not inlined
// returns its double boxed on the heap, which doubled the cost per element).

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitting constant

/**
 * e^{−y²/2} for |y| ≤ 37.6 (the result stays a normal number), with y² = p + e computed
 * exactly and e folded in as 1 − e/2.
 */
export function expHalfSq(y: number): number {
  const c = SPLIT * y;
  const hi = c - (c - y);
  const lo = y - hi;
  const p = y * y;
  const e = hi * hi - p + 2 * hi * lo + lo * lo;
  return expNormal(-0.5 * p) * (1 - 0.5 * e);
}

/** Φ(x) − ½ for |x| ≤ 0.66291 (Cody's first interval), odd in x. */
export function normalCentral(x: number): number {
  const z = x * x;
  const num =
    (((0.06568233791820745 * z + 2.2352520354606837) * z + 161.02823106855587) * z +
      1067.6894854603709) *
      z +
    18154.98125334356;
  const den =
    (((z + 47.202581904688245) * z + 976.0985517377767) * z + 10260.932208618979) * z +
    45507.78933502673;
  return (x * num) / den;
}

/** Φ(−y)·e^{y²/2} for 0.66291 < y ≤ √32 (Cody's second interval). */
export function normalMid(y: number): number {
  const num =
    (((((((1.0765576773720192e-8 * y + 0.39894151208813466) * y + 8.883149794388377) * y +
      93.50665613217785) *
      y +
      597.2702763948002) *
      y +
      2494.5375852903726) *
      y +
      6848.190450536283) *
      y +
      11602.65143764735) *
      y +
    9842.714838383978;
  const den =
    (((((((y + 22.266688044328117) * y + 235.387901782625) * y + 1519.3775994075547) * y +
      6485.558298266761) *
      y +
      18615.571640885097) *
      y +
      34900.95272114598) *
      y +
      38912.00328609327) *
      y +
    19685.429676859992;
  return num / den;
}

/** Φ(−y)·e^{y²/2} for y > √32: Cody's asymptotic expansion in 1/y². */
export function normalFar(y: number): number {
  const z = 1 / (y * y);
  const num =
    ((((0.023073441764940174 * z + 0.215898534057957) * z + 0.12740116116024736) * z +
      0.022235277870649807) *
      z +
      0.0014216191932278934) *
      z +
    2.9112874951168793e-5;
  const den =
    ((((z + 1.284260096144911) * z + 0.4682382124808651) * z + 0.06598813786892856) * z +
      0.0037823963320275824) *
      z +
    7.297515550839662e-5;
  return (0.3989422804014327 - (z * num) / den) / y; // 1/√(2π) − …
}

/** Φ(x), the standard normal distribution function, accurate to a few ulp for every x. */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.66291) return 0.5 + normalCentral(x);
  if (y < 37.5) {
    const tail = expHalfSq(y) * (y <= 5.656854249492381 ? normalMid(y) : normalFar(y));
    return x > 0 ? 1 - tail : tail;
  }
  return x > 0 ? 1 : x < 0 ? 0 : NaN;
}
