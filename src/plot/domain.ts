import { niceDomain } from './nice';
import type { Range } from '../math';

/** `[min, max]` of the finite values of something drawn; `[Infinity, −Infinity]` when none. */
export type Extent = readonly [lo: number, hi: number];

/**
 * The finite extent of `ys` (NaN and ±Infinity skipped). Computed once per sampled curve, so a
 * slider step on one function does not rescan the others.
 */
export function extentOf(ys: Float64Array): Extent {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i]!;
    if (v < lo && v !== -Infinity) lo = v; // NaN compares false
    if (v > hi && v !== Infinity) hi = v;
  }
  return [lo, hi];
}

/** The extent of several extents. */
export function unionExtent(extents: readonly Extent[]): Extent {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [a, b] of extents) {
    if (a < lo) lo = a;
    if (b > hi) hi = b;
  }
  return [lo, hi];
}

/** How {@link chooseYDomain} pads and bounds the data. */
export interface YDomainOptions {
  /** Fraction of the span added on each side. */
  pad?: number;
  /**
   * |y| is bounded by `cap × max(1, |xmin|, |xmax|)` so one exploding curve cannot flatten the
   * rest; `null` for no bound (the difference panel, whose values are tiny by design).
   */
  cap?: number | null;
  /** Approximate tick count the domain is made nice for. */
  ticks?: number;
}

/** Zero joins the domain when that at most doubles the span: axes through zero, no squashing. */
const ZERO_REACH = 1;

/**
 * The y-domain of a panel from the finite extents of every curve shown: widened to include 0 when
 * 0 is near, bounded (see {@link YDomainOptions.cap}), padded and made nice. A flat curve gets
 * a span around its value (or [−1, 1] at 0); no finite data gives [−1, 1]. Nice bounds move in
 * steps, so a slider rarely changes the scale and curves that did not change keep their paths.
 */
export function chooseYDomain(
  extents: readonly Extent[],
  xRange: Range,
  { pad = 0.08, cap = 10, ticks = 5 }: YDomainOptions = {},
): [number, number] {
  let [lo, hi] = unionExtent(extents);
  if (!(lo <= hi)) return [-1, 1];

  if (cap !== null) {
    const bound = cap * Math.max(1, Math.abs(xRange[0]), Math.abs(xRange[1]));
    // Only bound a side when data remains inside the bound: never cut everything away.
    if (hi > bound && lo < bound) hi = bound;
    if (lo < -bound && hi > -bound) lo = -bound;
  }
  if (lo === hi) {
    if (lo === 0) return [-1, 1];
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  } else if (lo > 0 && lo <= ZERO_REACH * (hi - lo)) lo = 0;
  else if (hi < 0 && -hi <= ZERO_REACH * (hi - lo)) hi = 0;

  // Keep the span resolvable in double precision around large offsets.
  const span = Math.max(hi - lo, Math.max(Math.abs(lo), Math.abs(hi)) * 1e-9);
  const mid = (lo + hi) / 2;
  const half = (span / 2) * (1 + 2 * pad);
  const [a, b] = niceDomain(mid - half, mid + half, ticks);
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? [a, b] : [mid - half, mid + half];
}
