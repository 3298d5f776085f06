/**
 * The analysis behind the zero-gradient zones the plot shades: the kinks cut ℝ into pieces, and
 * each piece's f′ is searched for sign changes and flat stretches. Apart from properties.ts
 * (extrema, monotonicity, smoothness), which builds on it: the plot needs only this, so the
 * first load and the web component do not carry the rest.
 */
import type { Activation, BoundActivation, Kink, Params, Range } from './types';

/**
 * Two values of f or f′ are the same if they differ by at most a few ulps: kink limits come
 * from closed forms that may round differently from f itself, but a real jump — even PyTorch
 * softplus's 2e-9 at its threshold — is far larger than this.
 */
export function same(a: number, b: number): boolean {
  if (a === b) return true;
  // Infinities are equal only to themselves (the ulp test below would call ∞ and −∞ the same).
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 16 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** Samples per ray out to {@link FAR}: relative spacing ≈ 1% from 1e-4 out to 1e6. */
const RAY_POINTS = 2048;
/** Where the dense search ends; beyond it a sparse one runs out to {@link HORIZON}. */
const FAR = 1e6;
/**
 * How far the tails are searched. Critical points can sit far out when a parameter is small
 * (SiLU's minimum is at −1.28/β), so the search runs to the end of the doubles, with a spacing
 * ratio of ~4 beyond 1e6: a sign change of f′ that far out spans a long stretch of x.
 */
const HORIZON = Number.MAX_VALUE;
/** Samples per ray between FAR and HORIZON. */
const SPARSE_POINTS = 512;

/**
 * Visits x0 + dir·c·sinh(t) for t in (0, T], reaching min(dist, FAR) from x0: spacing
 * proportional to the distance from x0 (asinh-uniform), so features at any scale near a kink
 * or the origin are resolved; then, if `dist` is larger, geometric steps on to `dist`. Stops
 * early, returning false, once `visit` returns false.
 */
function ray(visit: (x: number) => boolean, x0: number, dir: 1 | -1, dist: number): boolean {
  const c = 1e-4 * Math.max(1, Math.abs(x0));
  const near = Math.min(dist, FAR);
  const t = Math.asinh(near / c);
  for (let k = 1; k <= RAY_POINTS; k++)
    if (!visit(x0 + dir * c * Math.sinh((t * k) / RAY_POINTS))) return false;
  if (dist <= near) return true;
  const ratio = Math.log(dist / near) / SPARSE_POINTS;
  for (let k = 1; k <= SPARSE_POINTS; k++) {
    // min(): exp(log(dist/near)) may round past dist, and dist may be MAX_VALUE.
    if (!visit(x0 + dir * Math.min(near * Math.exp(ratio * k), dist))) return false;
  }
  return true;
}

/**
 * Visits the sample points of (lo, hi) — dense near its ends and near 0 — in no particular
 * order, some of them possibly twice or outside the interval, until `visit` returns false.
 */
function visitPoints(lo: number, hi: number, visit: (x: number) => boolean): void {
  const anchors = [lo];
  if (lo < 0 && hi > 0) anchors.push(0);
  anchors.push(hi);
  if (lo < 0 && hi > 0 && !visit(0)) return;
  for (let i = 0; i + 1 < anchors.length; i++) {
    const u = anchors[i]!;
    const v = anchors[i + 1]!;
    if (u === -Infinity) {
      if (!ray(visit, v, -1, HORIZON)) return;
    } else if (v === Infinity) {
      if (!ray(visit, u, 1, HORIZON)) return;
    } else {
      const half = (v - u) / 2;
      if (!ray(visit, u, 1, half) || !ray(visit, v, -1, half)) return;
    }
  }
}

/** Sorted sample points strictly inside (lo, hi), dense near its ends and near 0. */
function samplePoints(lo: number, hi: number): Float64Array {
  const pts: number[] = [];
  visitPoints(lo, hi, (x) => {
    if (x > lo && x < hi) pts.push(x);
    return true;
  });
  return Float64Array.from(pts).sort();
}

/**
 * Whether f is constant and f′ is 0 at every sample point of (lo, hi): `analysePiece(b, lo,
 * hi).flat` without the rest, stopping at the first point that says no. A page's first frame
 * and every change of the main function's parameters ask this of the plot's function.
 */
function isFlat(b: BoundActivation, lo: number, hi: number): boolean {
  let any = false;
  let f0 = NaN;
  let flat = true;
  visitPoints(lo, hi, (x) => {
    if (!(x > lo && x < hi)) return true;
    if (!any) {
      any = true;
      f0 = b.f(x);
    }
    // NaN never equals f0: a NaN anywhere is not flat, as in analysePiece.
    flat = b.df(x) === 0 && b.f(x) === f0;
    return flat;
  });
  return any && flat;
}

/** Bisection on the sign of f′ in [lo, hi] where sign(f′(lo)) = sLo ≠ sign(f′(hi)), to full precision. */
function bisectRoot(df: (x: number) => number, lo: number, hi: number, sLo: number): number {
  for (let i = 0; i < 2200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const d = df(mid);
    if (d === 0) return mid;
    if (Math.sign(d) === sLo) lo = mid;
    else hi = mid;
  }
  return Math.abs(df(lo)) <= Math.abs(df(hi)) ? lo : hi;
}

/** What f does on one open interval between kinks (or a tail). */
export interface Piece {
  lo: number;
  hi: number;
  /** f′ ≡ 0 and f constant on the whole interval. */
  flat: boolean;
  /** f's constant value when flat. */
  value: number;
  hasPos: boolean;
  hasNeg: boolean;
  /** Zeros of f′ where it changes sign: local extrema. */
  critical: number[];
}

/**
 * f is analytic on each piece, so f′ is either identically 0 there or has isolated zeros: a
 * piece is flat only if f′ is 0 at every sample (so sigmoid′ underflowing to 0 far out does
 * not make sigmoid flat). Sign changes of f′ between samples are refined by bisection.
 */
function analysePiece(b: BoundActivation, lo: number, hi: number): Piece {
  const xs = samplePoints(lo, hi);
  const piece: Piece = {
    lo,
    hi,
    // Two kinks one ulp apart leave no double between them: nothing to call flat.
    flat: xs.length > 0,
    value: NaN,
    hasPos: false,
    hasNeg: false,
    critical: [],
  };
  const f0 = xs.length > 0 ? b.f(xs[0]!) : NaN;
  let lastX = NaN;
  let lastSign = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const d = b.df(x);
    // f is only evaluated while the piece still looks flat.
    if (piece.flat && (d !== 0 || b.f(x) !== f0)) piece.flat = false;
    const s = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (s > 0) piece.hasPos = true;
    if (s < 0) piece.hasNeg = true;
    if (s === 0) continue;
    if (lastSign !== 0 && s !== lastSign) piece.critical.push(bisectRoot(b.df, lastX, x, lastSign));
    lastX = x;
    lastSign = s;
  }
  if (piece.flat) piece.value = f0;
  return piece;
}

/**
 * Merges the pieces selected by `inSet` into maximal closed ranges, joining two neighbours
 * across a kink only if `joins(kink)`.
 */
export function mergeRanges<P extends { lo: number; hi: number }>(
  pieces: readonly P[],
  kinks: readonly Kink[],
  inSet: (p: P) => boolean,
  joins: (k: Kink) => boolean,
): Range[] {
  const out: Range[] = [];
  let open: Range | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (!inSet(p)) {
      open = null;
      continue;
    }
    if (open !== null && joins(kinks[i - 1]!)) open[1] = p.hi + 0;
    else {
      open = [p.lo + 0, p.hi + 0]; // + 0: no −0 end (see `pick`)
      out.push(open);
    }
  }
  return out;
}

/** The kinks of `a` for `p`, sorted by x. */
export function sortedKinks(a: Activation, p: Partial<Params> | undefined): Kink[] {
  return [...a.kinks(p)].sort((u, v) => u.x - v.x);
}

/** `piece(lo, hi)` for each open interval between consecutive sorted kinks and the two tails. */
function eachPiece<P>(kinks: readonly Kink[], piece: (lo: number, hi: number) => P): P[] {
  const edges = [-Infinity, ...kinks.map((k) => k.x), Infinity];
  const pieces: P[] = [];
  for (let i = 0; i + 1 < edges.length; i++) pieces.push(piece(edges[i]!, edges[i + 1]!));
  return pieces;
}

/** The pieces of ℝ between consecutive sorted kinks (and the two tails), each analysed. */
export function piecesBetween(b: BoundActivation, kinks: readonly Kink[]): Piece[] {
  return eachPiece(kinks, (lo, hi) => analysePiece(b, lo, hi));
}

/** `Properties.zeroGradient` from the analysed pieces. */
export function zeroGradient(
  pieces: readonly Pick<Piece, 'lo' | 'hi' | 'flat'>[],
  kinks: readonly Kink[],
): Range[] {
  return mergeRanges(
    pieces,
    kinks,
    (q) => q.flat,
    (k) => k.df === 0,
  );
}

/**
 * Only `computeProperties(a, p).zeroGradient`, the zones the plot shades: the same analysis
 * without the extrema, monotonicity and the rest, so a page that shows no properties (the web
 * component, an embed) does not carry or run that code.
 */
export function zeroGradientRanges(a: Activation, p?: Partial<Params>): Range[] {
  const kinks = sortedKinks(a, p);
  const b = a.bind(p);
  return zeroGradient(
    eachPiece(kinks, (lo, hi) => ({ lo, hi, flat: isFlat(b, lo, hi) })),
    kinks,
  );
}
