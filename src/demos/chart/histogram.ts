import type { SparsityResult, SparsitySeries } from '../../train/sparsity';
import { project, type ChartAxis } from './axes';

export interface HistogramBars {
  /** Share of all samples per bin, exact zeros taken out of the bin that holds 0. */
  shares: Float64Array;
  /** The largest share (the y domain's top). */
  max: number;
  /** All bars as one SVG path (one closed rectangle per non-empty bin). */
  path(x: ChartAxis, y: ChartAxis): string;
}

/**
 * The histogram of one function's outputs without its exact zeros: those are a point mass, not
 * a density, and are drawn as a separate spike, so the rest of the shape stays readable.
 * Bins use the same rule as the measurement: v in bin ⌊(v − lo)·bins/(hi − lo)⌋, clamped.
 */
export function histogramBars(
  result: Pick<SparsityResult, 'bins' | 'samples' | 'range'>,
  series: Pick<SparsitySeries, 'counts' | 'zeros'>,
): HistogramBars {
  const { bins, samples } = result;
  const [lo, hi] = result.range;
  const counts = Float64Array.from(series.counts);
  if (series.zeros > 0 && lo <= 0 && hi >= 0) {
    const b = Math.min(bins - 1, Math.floor((0 - lo) * (bins / (hi - lo))));
    counts[b] = Math.max(0, counts[b]! - series.zeros);
  }
  const shares = counts.map((c) => c / samples);
  let max = 0;
  for (const v of shares) max = Math.max(max, v);
  const width = (hi - lo) / bins;
  const r = (v: number) => Math.round(v * 10) / 10;
  return {
    shares,
    max,
    path(x, y) {
      const base = r(project(y, 0));
      let d = '';
      shares.forEach((v, i) => {
        if (v <= 0) return;
        const x0 = r(project(x, lo + i * width));
        const x1 = r(project(x, lo + (i + 1) * width));
        d += `M${x0},${base}V${r(project(y, v))}H${x1}V${base}Z`;
      });
      return d;
    },
  };
}
