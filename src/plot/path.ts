import type { Curve } from '../math';

/** A linear map from `domain` to pixel `range`, as plain numbers (cheap to compare and memoise). */
export interface Linear {
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * Pixel coordinates are clamped to ±this: a curve leaving the view by orders of magnitude would
 * otherwise give huge or infinite coordinates. The clip path hides everything past the panel
 * and a line to a point this far away is indistinguishable from one to the true point.
 */
export const PX_LIMIT = 1e5;

/**
 * SVG path data for a sampled curve: `M` at index 0, at every `start` flag and after every
 * non-finite point (a gap is a break, never a line across it); `L` otherwise. Coordinates are
 * rounded to 1/`precision` px and repeated points are dropped, which keeps strings short.
 * Never emits `NaN` or `Infinity`.
 */
export function curvePath(c: Curve, sx: Linear, sy: Linear, precision = 10): string {
  const kx = (sx.range[1] - sx.range[0]) / (sx.domain[1] - sx.domain[0]);
  const ky = (sy.range[1] - sy.range[0]) / (sy.domain[1] - sy.domain[0]);
  if (!Number.isFinite(kx) || !Number.isFinite(ky)) return '';
  const x0 = sx.domain[0];
  const y0 = sy.domain[0];
  const rx = sx.range[0];
  const ry = sy.range[0];
  let d = '';
  let broken = true;
  let lastX = NaN;
  let lastY = NaN;
  const n = c.x.length;
  for (let i = 0; i < n; i++) {
    const xv = c.x[i]!;
    const yv = c.y[i]!;
    if (!Number.isFinite(xv) || !Number.isFinite(yv)) {
      broken = true;
      continue;
    }
    const px = round(clampPx(rx + (xv - x0) * kx), precision);
    const py = round(clampPx(ry + (yv - y0) * ky), precision);
    if (broken || c.start[i] === 1) {
      d += `M${px},${py}`;
      broken = false;
    } else if (px !== lastX || py !== lastY) {
      d += `L${px},${py}`;
    } else continue;
    lastX = px;
    lastY = py;
  }
  return d;
}

function clampPx(v: number): number {
  return v > PX_LIMIT ? PX_LIMIT : v < -PX_LIMIT ? -PX_LIMIT : v;
}

function round(v: number, precision: number): number {
  // `+ 0` turns −0 into 0 so strings never read "-0".
  return Math.round(v * precision) / precision + 0;
}

/** Maps one value through a {@link Linear}; non-finite stays non-finite. */
export function toPx(s: Linear, v: number): number {
  return s.range[0] + ((v - s.domain[0]) * (s.range[1] - s.range[0])) / (s.domain[1] - s.domain[0]);
}

/** Inverse of {@link toPx}. */
export function fromPx(s: Linear, px: number): number {
  return (
    s.domain[0] + ((px - s.range[0]) * (s.domain[1] - s.domain[0])) / (s.range[1] - s.range[0])
  );
}
