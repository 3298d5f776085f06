import { useMemo } from 'react';
import {
  computeProperties,
  getActivation,
  sampleActivation,
  type Activation,
  type Params,
  type Range,
  type Sampled,
} from '../../math';
import { createDifference } from '../../plot/difference';
import { chooseYDomain } from '../../plot/domain';
import { formatFunctionLabel } from '../../plot/format';
import { keyboardStops } from '../../plot/stops';
import { useExplorer } from '../../state/context';
import {
  selectCmp,
  selectParams,
  selectShowDerivative,
  selectShowDifference,
  selectXmax,
  selectXmin,
} from '../../state/selectors';

/** One function drawn on the plot. */
export interface Series {
  a: Activation;
  /** Parameter values: the store's for the main function, undefined (defaults) for compared ones. */
  p: Partial<Params> | undefined;
  /** `Leaky ReLU (α = 0.1)` */
  label: string;
  /** 1 for the main function, 2–5 for compared ones: picks `--ae-curve-N`. */
  colour: number;
  sampled: Sampled;
}

/** The difference main − first compared, on its own scale. */
export interface DifferenceSeries {
  a: Activation;
  g: Series;
  h: Series;
  sampled: Sampled;
  domain: [number, number];
}

/** Everything the plot draws, derived from the store and the sample count. */
export interface PlotModel {
  range: Range;
  /** Main function first. Empty when the main id is unknown. */
  series: Series[];
  difference: DifferenceSeries | null;
  showDerivative: boolean;
  fDomain: [number, number];
  dfDomain: [number, number];
  /** Zero-gradient intervals of the main function, clipped to the range. */
  zones: Range[];
  /** x of every kink of every shown function inside the range (pointer snapping). */
  kinkXs: number[];
  /** Keyboard stops: round steps plus every kink. */
  stops: Float64Array;
}

/**
 * Samples every shown function at `n` points and derives domains, zones and stops. Each piece is
 * memoised over the store values it depends on, so a slider step on the main function re-samples
 * only that function, and compared curves keep their arrays (and their memoised paths).
 */
export function usePlotModel(n: number): PlotModel {
  const fn = useExplorer((s) => s.fn);
  const params = useExplorer(selectParams);
  const xmin = useExplorer(selectXmin);
  const xmax = useExplorer(selectXmax);
  const cmp = useExplorer(selectCmp);
  const showDerivative = useExplorer(selectShowDerivative);
  const showDifference = useExplorer(selectShowDifference);

  const main = useMemo(() => {
    const a = getActivation(fn);
    return a ? createSeries(a, params, 1, [xmin, xmax], n) : null;
  }, [fn, params, xmin, xmax, n]);

  const compared = useMemo(() => {
    const out: Series[] = [];
    cmp.forEach((id, i) => {
      const a = getActivation(id);
      if (a) out.push(createSeries(a, undefined, i + 2, [xmin, xmax], n));
    });
    return out;
  }, [cmp, xmin, xmax, n]);

  const first = compared[0];
  const difference = useMemo(() => {
    if (!showDifference || !main || !first) return null;
    const a = createDifference(main, first);
    const sampled = sampleActivation(a, undefined, [xmin, xmax], n);
    const domain = chooseYDomain([sampled.f, dotsY(sampled.fDots)], [xmin, xmax], { cap: null });
    return { a, g: main, h: first, sampled, domain };
  }, [showDifference, main, first, xmin, xmax, n]);

  const zones = useMemo(() => {
    if (!main) return [];
    const out: Range[] = [];
    for (const [lo, hi] of computeProperties(main.a, main.p).zeroGradient) {
      const a = Math.max(lo, xmin);
      const b = Math.min(hi, xmax);
      if (a < b) out.push([a, b]);
    }
    return out;
  }, [main, xmin, xmax]);

  return useMemo(() => {
    const series = main ? [main, ...compared] : compared;
    const range: Range = [xmin, xmax];
    const kinkXs = [...new Set(series.flatMap((s) => s.sampled.kinks.map((k) => k.x)))];
    return {
      range,
      series,
      difference,
      showDerivative,
      fDomain: chooseYDomain(
        series.flatMap((s) => [s.sampled.f, dotsY(s.sampled.fDots)]),
        range,
      ),
      dfDomain: chooseYDomain(
        series.flatMap((s) => [s.sampled.df, dotsY(s.sampled.dfDots)]),
        range,
      ),
      zones,
      kinkXs,
      stops: keyboardStops(range, kinkXs),
    };
  }, [main, compared, difference, showDerivative, zones, xmin, xmax]);
}

function createSeries(
  a: Activation,
  p: Partial<Params> | undefined,
  colour: number,
  range: Range,
  n: number,
): Series {
  return {
    a,
    p,
    label: formatFunctionLabel(a.name, a.params, p),
    colour,
    sampled: sampleActivation(a, p, range, n),
  };
}

function dotsY(dots: readonly { y: number }[]): { y: number[] } {
  return { y: dots.map((d) => d.y) };
}
