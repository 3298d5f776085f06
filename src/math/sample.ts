import type { Activation, Kink, Params, Range } from './types';

/**
 * One drawable polyline set: x non-decreasing; `start[i] === 1` where a new segment starts (index 0 always 1).
 * The arrays may be views into larger buffers: read them, not their `.buffer`.
 */
export interface Curve {
  x: Float64Array;
  y: Float64Array;
  start: Uint8Array;
}

/** A dot at a jump: filled = the value actually used at x (PyTorch's), open = a one-sided limit not attained. */
export interface Dot {
  x: number;
  y: number;
  filled: boolean;
}

/** The result of {@link sampleActivation}: both curves, the dots at their jumps and the kinks in range. */
export interface Sampled {
  f: Curve;
  df: Curve;
  fDots: Dot[];
  dfDots: Dot[];
  /** kinks inside [min, max] */
  kinks: Kink[];
}

/**
 * A jump smaller than this fraction of the curve's y-extent is drawn as continuous: PyTorch
 * softplus's threshold switch (f jumps by ~2e-9 at x = 20) would otherwise break the line
 * for a gap no screen can show. The kink itself stays in `kinks`.
 */
const JUMP_FRACTION = 1e-6;

/** The three values of a kink that one curve (f or f′) cares about. */
type Side = (k: Kink) => [left: number, at: number, right: number];
const fSide: Side = (k) => [k.fLeft, k.f, k.fRight];
const dfSide: Side = (k) => [k.dfLeft, k.df, k.dfRight];

/**
 * Samples f and f′ for plotting: `n` evenly spaced points over `range` plus every kink inside
 * it at its exact x. Where a curve is continuous at a kink the kink is one point (a sharp
 * corner); where it jumps, x₀ appears twice — the left segment ends at (x₀, left limit) and a
 * new segment starts at (x₀, right limit) — and the dots mark the value used at x₀ (filled)
 * and each one-sided limit that differs from it (open). At a kink on the range's edge only
 * the side inside the range is drawn. A non-finite y breaks the curve instead of joining
 * across it.
 *
 * Parameters are bound once (`bind`) and the output is typed arrays, so this is cheap enough
 * to call on every slider step.
 *
 * @param a the activation
 * @param p parameter values; missing keys take their defaults
 * @param range [min, max] with finite min < max
 * @param n number of evenly spaced points (integer ≥ 2), kinks come on top
 * @throws RangeError on an empty or non-finite range, on n < 2, or (from `bind`) on invalid
 *   parameter values
 */
export function sampleActivation(
  a: Activation,
  p: Partial<Params> | undefined,
  range: Range,
  n: number,
): Sampled {
  const [min, max] = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(
      `sampleActivation: range must be finite with min < max, got [${min}, ${max}]`,
    );
  }
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`sampleActivation: n must be an integer ≥ 2, got ${n}`);
  }
  const bound = a.bind(p);
  const kinks = kinksInRange(a.kinks(p), min, max);
  const xs = mergeGrid(min, max, n, kinks);
  const f = sampleCurve(xs, kinks, bound.f, fSide, min, max);
  const df = sampleCurve(xs, kinks, bound.df, dfSide, min, max);
  return { f: f.curve, df: df.curve, fDots: f.dots, dfDots: df.dots, kinks };
}

/**
 * The distinct x stops of a sampled curve pair, sorted, kinks included exactly: what a
 * keyboard user steps through (a doubled x at a jump is one stop).
 */
export function sampleStops(s: Sampled): Float64Array {
  const all = new Float64Array(s.f.x.length + s.df.x.length + s.kinks.length);
  all.set(s.f.x, 0);
  all.set(s.df.x, s.f.x.length);
  for (let i = 0; i < s.kinks.length; i++) all[s.f.x.length + s.df.x.length + i] = s.kinks[i]!.x;
  all.sort();
  let m = 0;
  for (let i = 0; i < all.length; i++) {
    // `sort` puts -0 before 0; they are the same stop.
    if (m === 0 || all[i]! !== all[m - 1]!) all[m++] = all[i]!;
  }
  return all.slice(0, m);
}

/** Kinks with min ≤ x ≤ max, sorted, one per x (the registry promises this; we do not rely on it). */
function kinksInRange(all: readonly Kink[], min: number, max: number): Kink[] {
  const inside = all.filter((k) => k.x >= min && k.x <= max).sort((a, b) => a.x - b.x);
  return inside.filter((k, i) => i === 0 || k.x !== inside[i - 1]!.x);
}

/** Merged sample x's and, per x, the index of its kink or -1. */
interface Grid {
  x: Float64Array;
  kink: Int32Array;
}

/**
 * Evenly spaced x's merged with the kink x's. A grid point that coincides with a kink becomes
 * that kink, so no x is listed twice here (a jump doubles it later, per curve).
 */
function mergeGrid(min: number, max: number, n: number, kinks: readonly Kink[]): Grid {
  const x = new Float64Array(n + kinks.length);
  const kink = new Int32Array(n + kinks.length);
  const width = max - min;
  let m = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    // (width·i)/(n−1) rather than step·i: exact at the midpoint of a symmetric range, so a kink
    // at 0 meets a grid point instead of sitting an ulp beside one. The last point is `max`.
    const xi = i === n - 1 ? max : Math.min(min + (width * i) / (n - 1), max);
    while (j < kinks.length && kinks[j]!.x < xi) {
      x[m] = kinks[j]!.x;
      kink[m++] = j++;
    }
    if (j < kinks.length && kinks[j]!.x === xi) {
      x[m] = xi;
      kink[m++] = j++;
    } else {
      x[m] = xi;
      kink[m++] = -1;
    }
  }
  return { x: x.subarray(0, m), kink: kink.subarray(0, m) };
}

/**
 * Whether two values of a curve differ visibly: more than {@link JUMP_FRACTION} of the
 * curve's y-extent. NaN never compares as a jump here (it breaks the curve instead).
 */
function differs(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) > tol;
}

/** One curve (f or f′) with its jump dots. */
function sampleCurve(
  grid: Grid,
  kinks: readonly Kink[],
  fn: (x: number) => number,
  side: Side,
  min: number,
  max: number,
): { curve: Curve; dots: Dot[] } {
  const len = grid.x.length;
  // First pass: values at the plain grid points, and the y-extent (kink limits included, so a
  // jump always counts towards the scale it is judged against).
  const yv = new Float64Array(len);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < len; i++) {
    const k = grid.kink[i]!;
    if (k < 0) {
      const y = fn(grid.x[i]!);
      yv[i] = y;
      if (Number.isFinite(y)) {
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
    } else {
      for (const y of side(kinks[k]!)) {
        if (Number.isFinite(y)) {
          if (y < lo) lo = y;
          if (y > hi) hi = y;
        }
      }
    }
  }
  // hi − lo can overflow to Infinity for extents near MAX_VALUE; the scale stays finite.
  const tol = hi > lo ? JUMP_FRACTION * Math.min(hi - lo, Number.MAX_VALUE) : 0;

  // Second pass: emit points; a jump kink contributes up to two.
  const x = new Float64Array(len + kinks.length);
  const y = new Float64Array(len + kinks.length);
  const start = new Uint8Array(len + kinks.length);
  const dots: Dot[] = [];
  let m = 0;
  let broken = true; // the next finite point starts a segment
  const push = (xi: number, yi: number, newSegment: boolean): void => {
    if (!Number.isFinite(yi)) {
      broken = true;
      return;
    }
    x[m] = xi;
    y[m] = yi;
    start[m++] = broken || newSegment ? 1 : 0;
    broken = false;
  };
  for (let i = 0; i < len; i++) {
    const xi = grid.x[i]!;
    const k = grid.kink[i]!;
    if (k < 0) {
      push(xi, yv[i]!, false);
      continue;
    }
    const [left, at, right] = side(kinks[k]!);
    const jumpLeft = xi > min && differs(left, at, tol);
    const jumpRight = xi < max && differs(right, at, tol);
    const jumpAcross = xi > min && xi < max && differs(left, right, tol);
    if (!jumpLeft && !jumpRight && !jumpAcross) {
      push(xi, at, false);
      continue;
    }
    if (xi > min) push(xi, left, false);
    if (xi < max) push(xi, right, xi > min);
    if (Number.isFinite(at)) dots.push({ x: xi, y: at, filled: true });
    if (jumpLeft && Number.isFinite(left)) dots.push({ x: xi, y: left, filled: false });
    if (jumpRight && Number.isFinite(right)) dots.push({ x: xi, y: right, filled: false });
  }
  return {
    curve: { x: x.subarray(0, m), y: y.subarray(0, m), start: start.subarray(0, m) },
    dots,
  };
}
