import { mergeRanges, piecesBetween, same, sortedKinks, zeroGradient, type Piece } from './pieces';
import type { Activation, BoundActivation, Kink, Params, Range } from './types';

export { zeroGradientRanges } from './pieces';

/** The infimum or supremum of f over the real line. */
export interface Extremum {
  /** The value; ±Infinity when f is unbounded on that side. */
  value: number;
  /**
   * Where it is attained; null if only approached as x → ±∞. When f equals it on a whole
   * interval (ReLU's minimum 0 on x ≤ 0) this is the interval's finite end, normally its kink.
   * When it is only a one-sided limit at a jump (`attained` false), this is the jump's x.
   */
  at: number | null;
  /** Whether f takes the value somewhere (false for sigmoid's 0 and 1, ELU's −α). */
  attained: boolean;
}

/** A kink with its classification. */
export interface KinkInfo extends Kink {
  /** 'corner' (f continuous, one-sided f′ differ), 'c1' (f′ continuous), 'jump' (f jumps) */
  kind: 'corner' | 'c1' | 'jump';
}

/** Properties of an activation for given parameter values, computed from f, f′ and the kinks. */
export interface Properties {
  /** inf f and sup f over ℝ, with where they occur. */
  min: Extremum;
  max: Extremum;
  /**
   * Strict ('increasing') unless f is constant on some interval ('nondecreasing'). Jumps count:
   * a jump down makes an otherwise increasing f 'none'. A constant f is 'nondecreasing'.
   */
  monotonic: 'increasing' | 'nondecreasing' | 'decreasing' | 'nonincreasing' | 'none';
  /**
   * From the kinks: 'discontinuous' if f jumps anywhere, 'C0' if some kink is a corner, 'C1' if
   * every kink has matching one-sided f′ (a higher derivative jumps there), 'Cinf' if there are
   * no kinks (f is analytic everywhere).
   */
  smoothness: 'discontinuous' | 'C0' | 'C1' | 'Cinf';
  /** f(0) = 0 exactly. */
  zeroAtOrigin: boolean;
  /**
   * f′(0) = 1 from both sides (identity to first order near 0). At a kink at 0 both one-sided
   * derivatives must be 1, so ReLU (f′ = 0 on the left) is false and ELU α = 1 is true.
   */
  unitSlopeAtOrigin: boolean;
  /** f′ → 0 as x → −∞ and f(−∞) is finite. */
  saturatesLeft: boolean;
  /** f′ → 0 as x → +∞ and f(+∞) is finite. */
  saturatesRight: boolean;
  /**
   * Maximal intervals of positive length where f′ is exactly 0 (the dying-ReLU zone), ends may
   * be ±Infinity. Ranges are closed, so each is the closure of the set: a finite end at a kink
   * belongs to the set itself only if PyTorch's df there is 0 (ReLU: [−∞, 0] and df(0) = 0;
   * hardswish: [−∞, −3] but df(−3) = −0.5). Two zero intervals are merged across a kink only
   * when df at that kink is 0.
   */
  zeroGradient: Range[];
  /**
   * Maximal intervals of positive length where f is exactly 0 (sparse outputs), closed like
   * `zeroGradient`; merged across a kink only when f is 0 there.
   */
  exactZeros: Range[];
  /**
   * f takes both signs: inf f < 0 < sup f. This is a statement about the range only (tanh,
   * ELU, Leaky ReLU with α > 0 and GELU are zero-centred; ReLU and sigmoid are not); it says
   * nothing about symmetry or the mean activation on some input distribution.
   */
  zeroCentred: boolean;
  /** Every kink, sorted by x, classified. */
  kinks: KinkInfo[];
}

/** Classifies a kink from its one-sided limits. */
function classify(k: Kink): KinkInfo {
  const continuous = same(k.fLeft, k.f) && same(k.f, k.fRight);
  const kind = !continuous ? 'jump' : same(k.dfLeft, k.dfRight) ? 'c1' : 'corner';
  return { ...k, kind };
}

/** A candidate for min or max. */
interface Candidate {
  value: number;
  at: number | null;
  attained: boolean;
}

/**
 * Picks the extreme candidate (`sign` 1 for max, −1 for min). Near-ties (a few ulps) prefer a
 * value f attains, then the x nearest 0: ReLU's minimum is the attained 0 at x = 0, not the
 * limit at −∞.
 */
function pick(cands: readonly Candidate[], sign: 1 | -1): Extremum {
  let best: Candidate = { value: -sign * Infinity, at: null, attained: false };
  for (const c of cands) {
    if (Number.isNaN(c.value)) continue;
    if (!same(c.value, best.value)) {
      if (sign * c.value > sign * best.value) best = c;
      continue;
    }
    const better =
      (c.attained && !best.attained) ||
      (c.attained === best.attained &&
        c.at !== null &&
        (best.at === null || Math.abs(c.at) < Math.abs(best.at)));
    if (better) best = c;
  }
  // `+ 0` turns −0 into 0: the registry leaves the sign of a zero free, and a UI that formats
  // with Intl would print "−0" as a minimum.
  return {
    value: best.value + 0,
    at: best.at === null ? null : best.at + 0,
    attained: best.attained,
  };
}

/** Where on a flat piece its value is reported: its finite end nearest 0 if f attains it there. */
function flatAt(piece: Piece, kinkF: (x: number) => number | undefined): number {
  const ends = [piece.lo, piece.hi]
    .filter((x) => Number.isFinite(x) && kinkF(x) === piece.value)
    .sort((u, v) => Math.abs(u) - Math.abs(v));
  if (ends.length > 0) return ends[0]!;
  if (Number.isFinite(piece.lo) && Number.isFinite(piece.hi)) return (piece.lo + piece.hi) / 2;
  return Number.isFinite(piece.lo) ? piece.lo + 1 : Number.isFinite(piece.hi) ? piece.hi - 1 : 0;
}

/**
 * Computes the properties of `a` for parameter values `p` numerically from f, f′ and the
 * kinks — no per-function tables, so they follow the sliders (PReLU stops being monotonic at
 * α < 0; ELU is C¹ only at α = 1).
 *
 * Method: the kinks cut ℝ into open pieces on which f is analytic. On each piece f′ is sampled
 * on an asinh-spaced grid out to ±1e6 (dense near the kinks and the origin), then sparsely to
 * the largest double; a sign change is refined by bisection into a local extremum. The extrema
 * of f are then among those critical points, the kink values and one-sided limits, and f(±∞),
 * which the registry returns as limits. Two critical points closer together than ~1% of their
 * distance from the nearest kink or the origin (beyond 1e6: within a factor ~4) could be
 * missed; no registered function comes close. A critical point beyond the largest double
 * (SiLU with a subnormal β) is not seen, so f(−∞) is reported instead. Cost: about 10⁴
 * evaluations of f′ per piece (about a millisecond in all), so it can follow a slider.
 *
 * @param a the activation
 * @param p parameter values; missing keys take their defaults
 */
export function computeProperties(a: Activation, p?: Partial<Params>): Properties {
  const b = a.bind(p);
  const kinks = sortedKinks(a, p).map(classify);
  const pieces = piecesBetween(b, kinks);
  const kinkF = (x: number): number | undefined => kinks.find((k) => k.x === x)?.f;

  const fLo = b.f(-Infinity);
  const fHi = b.f(Infinity);
  const cands: Candidate[] = [
    { value: fLo, at: null, attained: false },
    { value: fHi, at: null, attained: false },
  ];
  for (const k of kinks) {
    cands.push({ value: k.f, at: k.x, attained: true });
    cands.push({ value: k.fLeft, at: k.x, attained: same(k.fLeft, k.f) });
    cands.push({ value: k.fRight, at: k.x, attained: same(k.fRight, k.f) });
  }
  for (const piece of pieces) {
    if (piece.flat) cands.push({ value: piece.value, at: flatAt(piece, kinkF), attained: true });
    for (const x of piece.critical) cands.push({ value: b.f(x), at: x, attained: true });
  }

  const min = pick(cands, -1);
  const max = pick(cands, 1);
  return {
    min,
    max,
    monotonic: monotonicity(pieces, kinks),
    smoothness: kinks.some((k) => k.kind === 'jump')
      ? 'discontinuous'
      : kinks.some((k) => k.kind === 'corner')
        ? 'C0'
        : kinks.length > 0
          ? 'C1'
          : 'Cinf',
    zeroAtOrigin: b.f(0) === 0,
    unitSlopeAtOrigin: unitSlopeAtOrigin(b, kinks),
    saturatesLeft: b.df(-Infinity) === 0 && Number.isFinite(fLo),
    saturatesRight: b.df(Infinity) === 0 && Number.isFinite(fHi),
    zeroGradient: zeroGradient(pieces, kinks),
    exactZeros: mergeRanges(
      pieces,
      kinks,
      (q) => q.flat && q.value === 0,
      (k) => k.fLeft === 0 && k.f === 0 && k.fRight === 0,
    ),
    zeroCentred: min.value < 0 && max.value > 0,
    kinks,
  };
}

/**
 * Monotonicity from the sign of f′ on each piece and the direction of each jump. Isolated
 * zeros of f′ (tanhshrink at 0) keep it strict; a flat piece makes it non-strict.
 */
function monotonicity(
  pieces: readonly Piece[],
  kinks: readonly KinkInfo[],
): Properties['monotonic'] {
  let up = false;
  let down = false;
  let flat = false;
  for (const q of pieces) {
    up ||= q.hasPos;
    down ||= q.hasNeg;
    flat ||= q.flat;
  }
  for (const k of kinks) {
    for (const [from, to] of [
      [k.fLeft, k.f],
      [k.f, k.fRight],
    ] as const) {
      if (same(from, to)) continue;
      if (to > from) up = true;
      else down = true;
    }
  }
  if (up && down) return 'none';
  if (down) return flat ? 'nonincreasing' : 'decreasing';
  if (up) return flat ? 'nondecreasing' : 'increasing';
  return 'nondecreasing';
}

/** f′(0) = 1 from both sides; a jump of f at 0 rules it out. */
function unitSlopeAtOrigin(b: BoundActivation, kinks: readonly KinkInfo[]): boolean {
  const k = kinks.find((q) => q.x === 0);
  if (k === undefined) return same(b.df(0), 1);
  return k.kind !== 'jump' && same(k.dfLeft, 1) && same(k.dfRight, 1);
}
