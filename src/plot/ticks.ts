import { ticks as d3Ticks } from 'd3-array';
import { formatTicks } from '../format/number';
import { toPx, type Linear } from './path';

/** One tick: its value, pixel position and label (U+2212 for negatives). */
export interface Tick {
  value: number;
  px: number;
  label: string;
}

/** Ticks and the axis line of one scale. */
export interface Axis {
  scale: Linear;
  ticks: Tick[];
  /** Pixel position of the axis line: through 0 when 0 is in the domain, else at the near edge. */
  axisPx: number;
  /** Whether the axis line passes through 0. */
  throughZero: boolean;
}

/**
 * d3's nice ticks (about `count`) for `domain` mapped onto the pixel `range`, labelled.
 * `edge` is where the axis line goes when 0 is outside the domain (the bottom or left edge).
 */
export function createAxis(
  domain: readonly [number, number],
  range: readonly [number, number],
  count: number,
  edge: number,
): Axis {
  const scale: Linear = { domain, range };
  const values = d3Ticks(domain[0], domain[1], Math.max(2, Math.round(count)));
  const labels = formatTicks(values);
  const ticks = values.map((value, i) => ({
    value,
    px: round(toPx(scale, value)),
    label: labels[i]!,
  }));
  const throughZero = domain[0] <= 0 && domain[1] >= 0;
  return { scale, ticks, axisPx: throughZero ? round(toPx(scale, 0)) : edge, throughZero };
}

/** Longest tick label of several axes (for the shared left margin). */
export function maxLabelLength(axes: readonly Axis[]): number {
  let m = 0;
  for (const a of axes) for (const t of a.ticks) m = Math.max(m, t.label.length);
  return m;
}

function round(v: number): number {
  return Math.round(v * 10) / 10 + 0;
}
