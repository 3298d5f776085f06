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

/** Default simplification tolerance in CSS pixels: invisible even at 3× device pixel ratio. */
export const TOLERANCE_PX = 0.05;

/**
 * SVG path data for a sampled curve: `M` at index 0, at every `start` flag and after every
 * non-finite point (a gap is a break, never a line across it); `L` otherwise. Never emits `NaN`
 * or `Infinity`.
 *
 * Points that lie within `tolerance` px (vertically) of a straight run are dropped — the
 * "sleeve" test: the run from the last emitted point extends while one line through it stays
 * inside every skipped point's ±tolerance band. Straight pieces (most of the ReLU family)
 * shrink to their end points and corners stay exactly where the samples put them, so strings
 * stay short and the browser parses and paints far fewer points. Coordinates are rounded to
 * 1/`precision` px.
 */
export function curvePath(
  c: Curve,
  sx: Linear,
  sy: Linear,
  precision = 10,
  tolerance = TOLERANCE_PX,
): string {
  const kx = (sx.range[1] - sx.range[0]) / (sx.domain[1] - sx.domain[0]);
  const ky = (sy.range[1] - sy.range[0]) / (sy.domain[1] - sy.domain[0]);
  if (!Number.isFinite(kx) || !Number.isFinite(ky)) return '';
  const x0 = sx.domain[0];
  const y0 = sy.domain[0];
  const rx = sx.range[0];
  const ry = sy.range[0];
  let d = '';
  let lastX = NaN; // last emitted (rounded) point, to drop exact repeats
  let lastY = NaN;
  const emit = (cmd: string, x: number, y: number) => {
    const px = round(x, precision);
    const py = round(y, precision);
    if (cmd === 'L' && px === lastX && py === lastY) return;
    d += `${cmd}${px},${py}`;
    lastX = px;
    lastY = py;
  };
  let open = false; // inside a segment
  let ax = 0; // anchor: the last emitted point, unrounded
  let ay = 0;
  let pending = false; // a point absorbed into the current run, not yet emitted
  let qx = 0;
  let qy = 0;
  let lo = -Infinity; // slopes from the anchor that stay inside every absorbed band
  let hi = Infinity;
  const n = c.x.length;
  for (let i = 0; i < n; i++) {
    const xv = c.x[i]!;
    const yv = c.y[i]!;
    if (!Number.isFinite(xv) || !Number.isFinite(yv)) {
      if (pending) emit('L', qx, qy);
      pending = false;
      open = false;
      continue;
    }
    const px = clampPx(rx + (xv - x0) * kx);
    const py = clampPx(ry + (yv - y0) * ky);
    if (!open || c.start[i] === 1) {
      if (pending) emit('L', qx, qy);
      emit('M', px, py);
      ax = px;
      ay = py;
      pending = false;
      lo = -Infinity;
      hi = Infinity;
      open = true;
      continue;
    }
    let dx = px - ax;
    if (dx > 0) {
      const slope = (py - ay) / dx;
      if (slope >= lo && slope <= hi) {
        lo = Math.max(lo, (py - tolerance - ay) / dx);
        hi = Math.min(hi, (py + tolerance - ay) / dx);
        qx = px;
        qy = py;
        pending = true;
        continue;
      }
    }
    // The run cannot take this point: close it at the pending point and start a new one there.
    if (pending) {
      emit('L', qx, qy);
      ax = qx;
      ay = qy;
      pending = false;
      dx = px - ax;
      if (dx > 0) {
        lo = (py - tolerance - ay) / dx;
        hi = (py + tolerance - ay) / dx;
        qx = px;
        qy = py;
        pending = true;
        continue;
      }
    }
    // No horizontal progress (a vertical step): draw it as is.
    emit('L', px, py);
    ax = px;
    ay = py;
    lo = -Infinity;
    hi = Infinity;
  }
  if (pending) emit('L', qx, qy);
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
