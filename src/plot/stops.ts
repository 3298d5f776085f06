import { ticks } from 'd3-array';
import type { Range } from '../math';

/** About this many keyboard steps across the range, before kinks are added. */
const STOP_TARGET = 100;

/**
 * The x values the keyboard crosshair steps through: round numbers (d3 ticks about
 * range/{@link STOP_TARGET} apart, e.g. 0.1 on [−5, 5]), both ends, and every kink exactly,
 * sorted and distinct. Sample points themselves (≈ 2 per pixel) would make a keyboard user
 * press an arrow a thousand times and land on values like 0.0050042; round stops keep the
 * readout legible while every kink — where the interesting values are — is still a stop.
 */
export function keyboardStops(
  range: Range,
  kinkXs: Iterable<number>,
  target = STOP_TARGET,
): Float64Array {
  const [min, max] = range;
  const all: number[] = [min, max, ...ticks(min, max, target)];
  for (const k of kinkXs) if (k >= min && k <= max) all.push(k);
  const sorted = Float64Array.from(all).sort();
  let m = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]! + 0; // −0 → 0
    if (m === 0 || v !== sorted[m - 1]) sorted[m++] = v;
  }
  return sorted.slice(0, m);
}

/** Index of the stop closest to `x` (the lower one on a tie); −1 for no stops. */
export function nearestIndex(stops: ArrayLike<number>, x: number): number {
  const n = stops.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  // lo is the first stop ≥ x (or the last stop).
  if (lo > 0 && Math.abs(stops[lo - 1]! - x) <= Math.abs(stops[lo]! - x)) return lo - 1;
  return lo;
}

/**
 * The stop `delta` steps from `x`. When `x` lies between stops, the first step lands on the
 * neighbouring stop in that direction rather than skipping it. Clamped to the ends.
 */
export function stepStop(stops: ArrayLike<number>, x: number, delta: number): number {
  const n = stops.length;
  if (n === 0) return x;
  let i = nearestIndex(stops, x);
  const at = stops[i]!;
  if (delta > 0 && at > x) delta -= 1;
  if (delta < 0 && at < x) delta += 1;
  i = Math.max(0, Math.min(n - 1, i + delta));
  return stops[i]!;
}

/**
 * The x a pointer at pixel `px` reads: a kink when one is within `snapPx` pixels (so the exact
 * kink value is easy to hit), otherwise the data x rounded to a decimal just finer than one
 * pixel, clamped to the range.
 */
export function pointerX(
  px: number,
  range: Range,
  pxRange: readonly [number, number],
  kinkXs: readonly number[],
  snapPx = 4,
): number {
  const [min, max] = range;
  const perPx = (max - min) / (pxRange[1] - pxRange[0]);
  const raw = min + (px - pxRange[0]) * perPx;
  let best = NaN;
  let bestDist = snapPx;
  for (const k of kinkXs) {
    const dist = Math.abs(k - raw) / perPx;
    if (k >= min && k <= max && dist <= bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  if (!Number.isNaN(best)) return best;
  const decimals = Math.max(0, -Math.floor(Math.log10(perPx)));
  const rounded = Number((Math.round(raw / 10 ** -decimals) * 10 ** -decimals).toFixed(decimals));
  return Math.min(max, Math.max(min, rounded)) + 0;
}
