/**
 * Captions and alt text for exported pictures, computed from the plot model and the registry
 * (never typed in), in the explorer's language. Every number is the computed value, written
 * exactly or after "about"; bounds are rounded outwards so "stays between" stays true.
 */
import { translator, type Translate } from '../../i18n/catalogue';
import { exportKit } from '../../i18n/sections/exportKit';
import { formatInterval, formatProse, formatShort, parseNumber } from '../../format/number';
import { computeProperties, type Activation, type Params } from '../../math';
import type { PlotModel, Series } from '../../plot/model';
import type { ExplorerState } from '../../state/explorerStore';
import { extremes, valueBounds } from './extremes';

type KitT = Translate<typeof exportKit>;

/** What the describers read: the state's content and language. */
export type DescribedState = Pick<
  ExplorerState,
  'fn' | 'params' | 'range' | 'cmp' | 'showDerivative' | 'showDifference' | 'lang'
>;

/** The kit's translate function for `lang`. */
export const kitT = (lang: DescribedState['lang']): KitT => translator(lang, exportKit);

/** `v` as prose: exact when 4 significant digits write it exactly, else "about …". */
function num(t: KitT, v: number): string {
  const text = formatProse(v);
  return parseNumber(text) === v ? text : t('kitAbout', { n: text });
}

/** The functions a picture shows: `Leaky ReLU (α = 0.1)`, or "… compared with ReLU, ELU". */
export function functionsText(model: PlotModel, t: KitT): string {
  const [main, ...others] = model.series;
  if (!main) return '';
  if (others.length === 0) return main.label;
  return t('kitCompared', {
    main: main.label,
    others: others.map((s) => s.label).join(t('kitListJoin')),
  });
}

/** The caption of a still picture: the functions and the x range. */
export function stillCaption(model: PlotModel, t: KitT): string {
  return t('kitCaption', {
    functions: functionsText(model, t),
    xmin: formatShort(model.range[0]),
    xmax: formatShort(model.range[1]),
  });
}

function mainSeries(model: PlotModel, state: DescribedState): Series & { p: Params } {
  const main = model.series[0];
  if (!main || main.a.id !== state.fn) throw new Error(`unknown function ${state.fn}`);
  return main as Series & { p: Params };
}

/**
 * The alt text of the picture of `model` (drawn from `state`): what is plotted, where f starts
 * and ends, its shape on the range, and, when f′ is shown, its bounds, zero-gradient zones and
 * kinks. Throws when the main function is unknown.
 */
export function altText(model: PlotModel, state: DescribedState): string {
  const t = kitT(state.lang);
  const main = mainSeries(model, state);
  const a = main.a;
  const bound = a.bind(main.p);
  const [lo, hi] = model.range;
  const xmin = num(t, lo);
  const xmax = num(t, hi);
  const out: string[] = [];
  const name = main.label;
  out.push(t(model.showDerivative ? 'kitAltPlotDf' : 'kitAltPlot', { name, xmin, xmax }));
  const others = model.series.slice(1);
  if (others.length > 0)
    out.push(t('kitAltCompared', { names: others.map((s) => s.label).join(t('kitListJoin')) }));
  if (model.difference)
    out.push(t('kitAltDifference', { a: model.difference.g.label, b: model.difference.h.label }));
  out.push(t('kitAltEnds', { fa: num(t, bound.f(lo)), fb: num(t, bound.f(hi)), xmin, xmax }));
  out.push(shapeSentence(a, main.p, model.range, t));
  if (model.showDerivative) out.push(...derivativeSentences(model, main, t));
  return out.join(' ');
}

/** Monotone on ℝ (hence on the range) from the registry's properties; else the range's extremes. */
function shapeSentence(a: Activation, p: Params, range: [number, number], t: KitT): string {
  const m = computeProperties(a, p).monotonic;
  if (m === 'increasing') return t('kitAltIncreasing');
  if (m === 'nondecreasing') return t('kitAltNondecreasing');
  if (m === 'decreasing') return t('kitAltDecreasing');
  if (m === 'nonincreasing') return t('kitAltNonincreasing');
  const e = extremes(a, p, range);
  return t('kitAltExtremes', {
    min: num(t, e.min.value),
    xlo: num(t, e.min.at),
    max: num(t, e.max.value),
    xhi: num(t, e.max.at),
  });
}

/** Rounds `v` to 4 significant digits towards −∞ (`down`) or +∞, so a bound stays a bound. */
function roundOut(v: number, down: boolean): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 3);
  const r = (down ? Math.floor(v / scale) : Math.ceil(v / scale)) * scale;
  // Division by a power of ten is inexact: take the shortest text of r and keep it outside v.
  const text = Number(r.toPrecision(4));
  return down ? (text <= v ? text : r) : text >= v ? text : r;
}

/** f′ on the range: its bounds, the zero-gradient zones and the main function's kinks. */
function derivativeSentences(model: PlotModel, main: Series & { p: Params }, t: KitT): string[] {
  const out: string[] = [];
  const bound = main.a.bind(main.p);
  const b = valueBounds(main.a, main.p, model.range);
  if (b.lo === b.hi) out.push(t('kitAltDfConstant', { value: num(t, b.lo) }));
  else
    out.push(
      t('kitAltDfRange', {
        lo: formatProse(roundOut(b.lo, true)),
        hi: formatProse(roundOut(b.hi, false)),
      }),
    );
  for (const [zlo, zhi] of model.zones) {
    const exact = [zlo, zhi].every((v) => parseNumber(formatProse(v)) === v);
    // An end is in the zone only if f′ is 0 there too (hardswish's f′(−3) is −0.5).
    if (exact && zhi > zlo)
      out.push(
        t('kitAltZero', {
          interval: formatInterval(zlo, zhi, bound.df(zlo) === 0, bound.df(zhi) === 0),
        }),
      );
  }
  const kinks = main.sampled.kinks.filter(
    (k) => !k.removable && (k.fLeft !== k.fRight || k.dfLeft !== k.dfRight),
  );
  for (const k of kinks.slice(0, 3)) {
    const x = num(t, k.x);
    out.push(
      k.fLeft !== k.fRight
        ? t('kitAltJump', { x, left: num(t, k.fLeft), right: num(t, k.fRight) })
        : t('kitAltKink', { x, left: num(t, k.dfLeft), right: num(t, k.dfRight) }),
    );
  }
  if (kinks.length > 3) out.push(t('kitAltMoreKinks', { count: kinks.length - 3 }));
  return out;
}
