/**
 * The plot model: everything the plot draws, derived from the explorer's state and the plot's
 * width by one pure function. Given the previous model it hands back the previous model's
 * parts wherever their inputs are equal by value, so memoised views of an unchanged part
 * (a compared curve's path, a panel's frame) keep their props' identity across a slider step.
 */
import {
  sampleActivation,
  zeroGradientRanges,
  type Activation,
  type Params,
  type Range,
  type Sampled,
} from '../math';
import { activationIn, type ExplorerState } from '../state/defaults';
import { createDifference } from './difference';
import { chooseYDomain, extentOf, unionExtent, type Extent } from './domain';
import { formatFunctionLabel } from '../format/number';
import { createGeometry, type Geometry } from './geometry';
import { sampleCount, type PanelKind } from './layout';
import { keyboardStops } from './stops';

/** The state fields the plot draws. */
export type PlotInput = Pick<
  ExplorerState,
  'fn' | 'params' | 'range' | 'cmp' | 'showDerivative' | 'showDifference'
> &
  /** The custom formula (the default one when absent), where `fn` or `cmp` is `custom`. */
  Partial<Pick<ExplorerState, 'expr' | 'paramRanges'>>;

/** One function drawn on the plot. */
export interface Series {
  a: Activation;
  /** Parameter values: the state's for the main function, undefined (defaults) for compared ones. */
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

/** Everything the plot draws. */
export interface PlotModel {
  /** The plot's width in CSS pixels, as given. */
  width: number;
  /** Evenly spaced samples per curve (kinks come on top). */
  n: number;
  range: Range;
  /** Main function first. Without a main function (unknown id) only the compared ones. */
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
  /** Panels, their pixel boxes and axes. */
  geometry: Geometry;
}

/** Rough left margin, only to pick the sample count before the layout is known. */
const MARGIN_GUESS = 50;

/**
 * Samples every shown function for a plot `width` CSS pixels wide and derives domains, zones,
 * stops and the panel geometry. Parts of `previous` whose inputs are equal by value are reused
 * as they are: a compared function is not resampled when only the main one's parameters move,
 * and zones, kinks, stops, domains and geometry keep their identity while their values do.
 *
 * @throws RangeError (from sampling) on an empty range or parameter values the function rejects
 */
export function buildPlotModel(input: PlotInput, width: number, previous?: PlotModel): PlotModel {
  const n = sampleCount(width - MARGIN_GUESS);
  const range = reuse<Range>(previous?.range, [input.range[0], input.range[1]]);
  // Earlier samples are reusable only at the same x's.
  const old = previous && previous.n === n && previous.range === range ? previous : undefined;

  const series: Series[] = [];
  // A custom formula's kinks are searched in the visible range (the same object per range).
  const resolve = (id: string) => activationIn(input, id, range);
  const mainA = resolve(input.fn);
  if (mainA) series.push(seriesFor(mainA, input.params, 1, range, n, old));
  input.cmp.forEach((id, i) => {
    const a = resolve(id);
    if (a) series.push(seriesFor(a, undefined, i + 2, range, n, old));
  });
  const main = mainA ? series[0] : undefined;
  const first = mainA ? series[1] : undefined;

  const difference =
    input.showDifference && main && first ? differenceOf(main, first, range, n, old) : null;

  const zones = reuse(previous?.zones, main ? zonesOf(main, range, old) : []);
  const kinkXs = reuse(previous?.kinkXs, [
    ...new Set(series.flatMap((s) => s.sampled.kinks.map((k) => k.x))),
  ]);
  const stops =
    previous && previous.kinkXs === kinkXs && previous.range === range
      ? previous.stops
      : keyboardStops(range, kinkXs);

  const fDomain = reuse(
    previous?.fDomain,
    chooseYDomain(
      series.map((s) => s.fExtent),
      range,
    ),
  );
  const dfDomain = reuse(
    previous?.dfDomain,
    chooseYDomain(
      series.map((s) => s.dfExtent),
      range,
    ),
  );
  const showDerivative = input.showDerivative;
  const geometry =
    previous &&
    previous.width === width &&
    previous.range === range &&
    previous.fDomain === fDomain &&
    previous.dfDomain === dfDomain &&
    previous.showDerivative === showDerivative &&
    same(previous.difference?.domain, difference?.domain)
      ? previous.geometry
      : geometryOf(width, range, fDomain, dfDomain, showDerivative, difference);

  const model: PlotModel = {
    width,
    n,
    range,
    series,
    difference,
    showDerivative,
    fDomain,
    dfDomain,
    zones,
    kinkXs,
    stops,
    geometry,
  };
  return previous && sameModel(previous, model) ? previous : model;
}

/** The series of `a` with `p`: the earlier model's when it drew the same function. */
function seriesFor(
  a: Activation,
  p: Partial<Params> | undefined,
  colour: number,
  range: Range,
  n: number,
  old: PlotModel | undefined,
): Series {
  const prior = old?.series.find((s) => s.a === a && same(s.p, p));
  if (prior) return prior.colour === colour ? prior : { ...prior, colour };
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

function differenceOf(
  g: Series,
  h: Series,
  range: Range,
  n: number,
  old: PlotModel | undefined,
): DifferenceSeries {
  const prior = old?.difference;
  if (prior && prior.g.sampled === g.sampled && prior.h.sampled === h.sampled)
    return prior.g === g && prior.h === h ? prior : { ...prior, g, h };
  const a = createDifference(g, h);
  const sampled = sampleActivation(a, undefined, range, n);
  const domain = chooseYDomain([curveExtent(sampled.f.y, sampled.fDots)], range, { cap: null });
  return { a, g, h, sampled, domain };
}

/** Zero-gradient intervals of the main function inside the range. */
function zonesOf(main: Series, range: Range, old: PlotModel | undefined): Range[] {
  if (old && old.series[0] === main && old.series[0].colour === 1) return old.zones;
  // The zero-gradient analysis costs a few ms; skip it when the samples show no flat f′ at all
  // (a zone in view always covers two consecutive samples: its ends are kinks, which are
  // samples).
  if (!hasZeroRun(main.sampled.df.y)) return [];
  const out: Range[] = [];
  for (const [lo, hi] of zeroGradientRanges(main.a, main.p)) {
    const a = Math.max(lo, range[0]);
    const b = Math.min(hi, range[1]);
    if (a < b) out.push([a, b]);
  }
  return out;
}

function geometryOf(
  width: number,
  range: Range,
  fDomain: [number, number],
  dfDomain: [number, number],
  showDerivative: boolean,
  difference: DifferenceSeries | null,
): Geometry {
  const kinds: PanelKind[] = ['f'];
  if (showDerivative) kinds.push('df');
  if (difference) kinds.push('diff');
  return createGeometry(
    width,
    kinds,
    { f: fDomain, df: dfDomain, diff: difference?.domain },
    range,
  );
}

function curveExtent(ys: Float64Array, dots: readonly { y: number }[]): Extent {
  return unionExtent([extentOf(ys), extentOf(Float64Array.from(dots, (d) => d.y))]);
}

/** Whether two consecutive values are exactly 0. */
function hasZeroRun(ys: Float64Array): boolean {
  for (let i = 1; i < ys.length; i++) if (ys[i] === 0 && ys[i - 1] === 0) return true;
  return false;
}

/** `previous` when it equals `next` by value, else `next`. */
function reuse<T>(previous: T | undefined, next: T): T {
  return same(previous, next) ? previous! : next;
}

/**
 * Equality by value of numbers and of small arrays and records of them (ranges, domains, zone
 * lists, parameter values); `-0` and `0` differ, as they may print differently.
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], rb[k]))
  );
}

/** Whether every part of two models is the same object (or the same number or flag). */
function sameModel(a: PlotModel, b: PlotModel): boolean {
  return (Object.keys(a) as (keyof PlotModel)[]).every((k) =>
    k === 'series'
      ? a.series.length === b.series.length && a.series.every((s, i) => s === b.series[i])
      : a[k] === b[k],
  );
}

/**
 * A {@link buildPlotModel} that passes its own last model as `previous`: one per plot. Any
 * earlier model is a valid `previous` (parts are reused by value only), so a render React
 * throws away cannot leave a wrong one behind.
 */
export function createPlotModelBuilder(): (input: PlotInput, width: number) => PlotModel {
  let last: PlotModel | undefined;
  return (input, width) => (last = buildPlotModel(input, width, last));
}
