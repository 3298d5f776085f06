import { useMemo } from 'react';
import {
  getActivation,
  sampleActivation,
  type Activation,
  type Params,
  type Range,
  type Sampled,
  zeroGradientRanges,
} from '../../math';
import { createDifference } from '../../plot/difference';
import { chooseYDomain, extentOf, unionExtent, type Extent } from '../../plot/domain';
import { formatFunctionLabel } from '../../format/number';
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
  /** Finite extents of f and f′ (dots included), computed once per sampling. */
  fExtent: Extent;
  dfExtent: Extent;
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
    const domain = chooseYDomain([curveExtent(sampled.f.y, sampled.fDots)], [xmin, xmax], {
      cap: null,
    });
    return { a, g: main, h: first, sampled, domain };
  }, [showDifference, main, first, xmin, xmax, n]);

  const zoneList = useMemo(() => {
    // The zero-gradient analysis costs a few ms; skip it when the samples show no flat f′ at
    // all (a zone in view always covers two consecutive samples: its ends are kinks, which are
    // samples).
    if (!main || !hasZeroRun(main.sampled.df.y)) return [];
    const out: Range[] = [];
    for (const [lo, hi] of zeroGradientRanges(main.a, main.p)) {
      const a = Math.max(lo, xmin);
      const b = Math.min(hi, xmax);
      if (a < b) out.push([a, b]);
    }
    return out;
  }, [main, xmin, xmax]);
  // As a string key (numbers print exactly), like the kinks below: an α step that leaves the
  // zones where they were leaves the panels' memoised frames, which draw them, alone.
  const zoneKey = zoneList.flat().join(',');
  const zones = useMemo(() => {
    const v = zoneKey ? zoneKey.split(',').map(Number) : [];
    const out: Range[] = [];
    for (let i = 0; i + 1 < v.length; i += 2) out.push([v[i]!, v[i + 1]!]);
    return out;
  }, [zoneKey]);

  const series = useMemo(() => (main ? [main, ...compared] : compared), [main, compared]);
  // Kinks as a string key: the stops only change when some kink moves, not on every α step.
  const kinkKey = [...new Set(series.flatMap((s) => s.sampled.kinks.map((k) => k.x)))].join(',');
  const kinkXs = useMemo(() => (kinkKey ? kinkKey.split(',').map(Number) : []), [kinkKey]);
  const stops = useMemo(() => keyboardStops([xmin, xmax], kinkXs), [xmin, xmax, kinkXs]);

  return useMemo(
    () => ({
      range: [xmin, xmax],
      series,
      difference,
      showDerivative,
      fDomain: chooseYDomain(
        series.map((s) => s.fExtent),
        [xmin, xmax],
      ),
      dfDomain: chooseYDomain(
        series.map((s) => s.dfExtent),
        [xmin, xmax],
      ),
      zones,
      kinkXs,
      stops,
    }),
    [series, difference, showDerivative, zones, kinkXs, stops, xmin, xmax],
  );
}

function createSeries(
  a: Activation,
  p: Partial<Params> | undefined,
  colour: number,
  range: Range,
  n: number,
): Series {
  const sampled = sampleActivation(a, p, range, n);
  return {
    a,
    p,
    label: formatFunctionLabel(a.name, a.params, p),
    colour,
    sampled,
    fExtent: curveExtent(sampled.f.y, sampled.fDots),
    dfExtent: curveExtent(sampled.df.y, sampled.dfDots),
  };
}

function curveExtent(ys: Float64Array, dots: readonly { y: number }[]): Extent {
  return unionExtent([extentOf(ys), extentOf(Float64Array.from(dots, (d) => d.y))]);
}

/** Whether two consecutive values are exactly 0. */
function hasZeroRun(ys: Float64Array): boolean {
  for (let i = 1; i < ys.length; i++) if (ys[i] === 0 && ys[i - 1] === 0) return true;
  return false;
}
