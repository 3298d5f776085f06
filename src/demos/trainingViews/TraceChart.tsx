import { useMemo } from 'react';
import { positiveExtent } from '../chart/axes';
import { Chart } from '../chart/Chart';
import { Line } from '../chart/Line';
import { decimate, toCurve } from '../chart/series';

/** One line; give new objects (and views) when the data grows, as the chart memoises on them. */
export interface TraceSeries {
  /** Value per training step (entry i: after i updates). */
  values: ArrayLike<number>;
  /** 1–5: `--ae-curve-N`. */
  colour: number;
  faint?: boolean;
}

export interface TraceChartProps {
  series: readonly TraceSeries[];
  /** The x axis runs to the session's target. */
  target: number;
  /** A fixed y domain; default: the data's (whole decades on a log axis). */
  yDomain?: readonly [number, number];
  yLog?: boolean;
  xTitle: string;
  height?: number;
  testId?: string;
}

/** Points per series at most: ~2 per pixel of a wide chart. */
const MAX_POINTS = 600;

/** Per-step traces of one or more runs (dead units, loss, α), decimated for drawing. */
export function TraceChart({
  series,
  target,
  yDomain,
  yLog = false,
  xTitle,
  height = 170,
  testId,
}: TraceChartProps) {
  const curves = useMemo(
    () =>
      series.map((s) => {
        const d = decimate(s.values, MAX_POINTS);
        return { ...s, curve: toCurve(d.x, d.y, yLog) };
      }),
    [series, yLog],
  );
  const domain = useMemo<readonly [number, number]>(() => {
    if (yDomain) return yDomain;
    if (yLog) return positiveExtent(series.map((s) => s.values)) ?? [1e-3, 1];
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series)
      for (let i = 0; i < s.values.length; i++) {
        const v = s.values[i]!;
        if (Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    if (!(lo <= hi)) return [0, 1];
    const pad = Math.max((hi - lo) * 0.08, 0.01);
    return [lo - pad, hi + pad];
  }, [series, yDomain, yLog]);
  return (
    <Chart
      xDomain={[0, Math.max(1, target)]}
      yDomain={domain}
      yLog={yLog}
      height={height}
      xTitle={xTitle}
    >
      {({ x, y }) =>
        curves.map((c, i) => (
          <Line
            key={i}
            curve={c.curve}
            x={x}
            y={y}
            colour={c.colour}
            faint={c.faint}
            testId={testId}
          />
        ))
      }
    </Chart>
  );
}
