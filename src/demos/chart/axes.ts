import { scaleLog } from 'd3-scale';
import { formatReadout } from '../../format/number';
import { toPx, type Linear } from '../../plot/path';
import { CHAR_W } from '../../plot/layout';
import { createAxis, type Tick } from '../../plot/ticks';

/**
 * One axis of a demo chart. Values are mapped by `scale` after `log10` on a log axis, so the
 * explorer's path builder (`curvePath`, linear) draws log charts too, and a value ≤ 0 on a log
 * axis becomes −∞: a gap in the line, never a fake point.
 */
export interface ChartAxis {
  /** From (transformed) value to pixels. */
  scale: Linear;
  log: boolean;
  ticks: Tick[];
}

/** d3's nice ticks (about `count`) for a linear axis, labelled with U+2212 minus signs. */
export function linearAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  count: number,
): ChartAxis {
  const { scale, ticks } = createAxis(domain, range, count, range[0]);
  return { scale, log: false, ticks };
}

/**
 * A log axis over whole decades covering `domain` (both ends > 0): d3's `scaleLog`, its ticks
 * kept at the powers of ten (every decade, or every 2nd, 3rd… when there are more than
 * `maxTicks`), labelled `0.01`, `1`, `1e−5`. Paths are drawn through `scale`, the same map
 * written as a linear one on log10 values, which the explorer's path builder takes as is.
 * (d3-scale is only in the lazily loaded demos chunk: the explorer's first load uses d3-array.)
 */
export function logAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  maxTicks = 8,
): ChartAxis {
  const [lo, hi] = decades(domain);
  const log = scaleLog()
    .domain([Number(`1e${lo}`), Number(`1e${hi}`)])
    .range(range as [number, number]);
  const every = Math.ceil((hi - lo + 1) / Math.max(1, maxTicks));
  // The decades are listed here rather than taken from `log.ticks()`: over many decades d3 picks
  // its own subset (1e−20, 1e−15, …), which the every-nth rule could filter down to nothing.
  const ticks: Tick[] = [];
  for (let e = lo; e <= hi; e += every) {
    const value = Number(`1e${e}`);
    ticks.push({ value, px: Math.round(log(value) * 10) / 10, label: formatReadout(value, 1) });
  }
  return { scale: { domain: [lo, hi], range }, log: true, ticks };
}

/** Whole decades [floor(log10 lo), ceil(log10 hi)], at least one wide. */
function decades([a, b]: readonly [number, number]): [number, number] {
  const lo = Math.floor(Math.log10(a)) + 0;
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(b))) + 0;
  return [lo, hi];
}

/** The smallest and largest positive finite values (null when there are none). */
export function positiveExtent(values: Iterable<ArrayLike<number>>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const arr of values) {
    for (let i = 0; i < arr.length; i++) {
      const v = arr[i]!;
      if (v > 0 && v < Infinity) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Pixel position of `v` on `axis` (NaN/∓∞ for values a log axis cannot show). */
export function project(axis: ChartAxis, v: number): number {
  return toPx(axis.scale, axis.log ? Math.log10(v) : v);
}

/** The plot area inside a chart's SVG, in pixels. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartGeometry {
  box: ChartBox;
  x: ChartAxis;
  y: ChartAxis;
}

export interface ChartSpec {
  width: number;
  height: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  yLog?: boolean;
}

/** Pixels per tick, horizontally and vertically. */
const X_TICK_PX = 90;
const Y_TICK_PX = 36;

/**
 * Box and axes of a chart: the y axis first (it depends on the height only), then the left
 * margin from its longest tick label, then the x axis over what is left.
 */
export function chartGeometry({ width, height, xDomain, yDomain, yLog }: ChartSpec): ChartGeometry {
  const top = 10;
  const bottom = height - 38;
  const y = yLog
    ? logAxis(yDomain, [bottom, top], Math.max(2, Math.floor((bottom - top) / 24)))
    : linearAxis(yDomain, [bottom, top], (bottom - top) / Y_TICK_PX);
  const longest = Math.max(1, ...y.ticks.map((t) => t.label.length));
  const left = Math.round(12 + longest * CHAR_W);
  const right = Math.max(left + 40, width - 14);
  const x = linearAxis(xDomain, [left, right], (right - left) / X_TICK_PX);
  return { box: { width, height, left, right, top, bottom }, x, y };
}
