import type { Curve } from '../../math';

/**
 * A polyline as the explorer's path builder takes it: x and y (log10 of y on a log axis), no
 * forced breaks (non-finite values break it by themselves).
 */
export function toCurve(x: ArrayLike<number>, y: ArrayLike<number>, logY = false): Curve {
  const n = Math.min(x.length, y.length);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cx[i] = x[i]!;
    cy[i] = logY ? Math.log10(y[i]!) : y[i]!;
  }
  return { x: cx, y: cy, start: new Uint8Array(n) };
}

/**
 * At most about `maxPoints` points of the series y[0…n) (x = index · xStep): the first and last
 * points plus, per bucket, its minimum and maximum in order, so spikes and steps survive and a
 * 20 000-step trace draws as a few hundred points. NaN values are kept (they break the line).
 */
export function decimate(
  y: ArrayLike<number>,
  maxPoints: number,
  xStep = 1,
): { x: Float64Array; y: Float64Array } {
  const n = y.length;
  if (n <= maxPoints) {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = i * xStep;
    return { x, y: Float64Array.from(y) };
  }
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const size = n / buckets;
  const xs: number[] = [];
  const ys: number[] = [];
  const push = (i: number) => {
    if (xs.length > 0 && xs[xs.length - 1] === i * xStep) return;
    xs.push(i * xStep);
    ys.push(y[i]!);
  };
  push(0);
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(n, Math.floor((b + 1) * size));
    let iMin = from;
    let iMax = from;
    let nan = -1;
    for (let i = from; i < to; i++) {
      const v = y[i]!;
      if (Number.isNaN(v)) nan = nan < 0 ? i : nan;
      else {
        if (!(y[iMin]! <= v)) iMin = i;
        if (!(y[iMax]! >= v)) iMax = i;
      }
    }
    const picks = [iMin, iMax, ...(nan >= 0 ? [nan] : [])].sort((a, b) => a - b);
    for (const i of picks) push(i);
  }
  push(n - 1);
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}
