/**
 * An animated sweep: the explorer's state at each frame, one parameter or the x range's
 * half-width moving evenly from `from` to `to`, with the caption burned into that frame.
 */
import { formatShort } from '../../format/number';
import { getActivation } from '../../math';
import { buildPlotModel, type PlotModel } from '../../plot/model';
import { altText, functionsText, kitT, type DescribedState } from './describe';

/** `range` widens or narrows the x range about its centre; any other target is a parameter key. */
export const RANGE_SWEEP = 'range';

export interface Sweep {
  /** A parameter key of the main function, or `range`. */
  target: string;
  /** Parameter values, or half-widths of the x range, of the first and last frame. */
  from: number;
  to: number;
  /** Number of frames, first and last included. */
  frames: number;
}

export const MIN_FRAMES = 2;
export const MAX_FRAMES = 120;
export const DEFAULT_FRAMES = 41;

export interface Frame {
  state: DescribedState;
  model: PlotModel;
  caption: string;
}

/** The swept value of frame `i` of `n`: the ends exactly, evenly spaced between. */
export const frameValue = (s: Sweep, i: number): number =>
  i === s.frames - 1 ? s.to : s.from + ((s.to - s.from) * i) / (s.frames - 1);

/** The state of frame `i`: the parameter set, or the range centred where the view's is. */
export function frameState<S extends DescribedState>(state: S, s: Sweep, i: number): S {
  const v = frameValue(s, i);
  if (s.target === RANGE_SWEEP) {
    const c = (state.range[0] + state.range[1]) / 2;
    return { ...state, range: [c - v, c + v] };
  }
  return { ...state, params: { ...state.params, [s.target]: v } };
}

/** The caption of a frame: its functions (with this frame's values), and what sweeps. */
export function frameCaption(model: PlotModel, state: DescribedState, s: Sweep): string {
  const t = kitT(state.lang);
  const functions = functionsText(model, t);
  const from = formatShort(s.from);
  const to = formatShort(s.to);
  if (s.target === RANGE_SWEEP)
    return t('kitCaptionSweepRange', {
      functions,
      xmin: formatShort(model.range[0]),
      xmax: formatShort(model.range[1]),
      from,
      to,
    });
  const symbol = getActivation(state.fn)?.params.find((p) => p.key === s.target)?.symbol;
  return t('kitCaptionSweepParam', { functions, symbol: symbol ?? s.target, from, to });
}

/** Frame `i` of the sweep, its plot model at `width` and its caption. */
export function sweepFrame(state: DescribedState, s: Sweep, i: number, width: number): Frame {
  const fs = frameState(state, s, i);
  const model = buildPlotModel(fs, width);
  return { state: fs, model, caption: frameCaption(model, fs, s) };
}

/** The alt text of an animation: what sweeps, over how many frames, then the first frame's. */
export function sweepAlt(state: DescribedState, s: Sweep, width: number): string {
  const t = kitT(state.lang);
  const first = sweepFrame(state, s, 0, width);
  const from = formatShort(s.from);
  const to = formatShort(s.to);
  const symbol = getActivation(state.fn)?.params.find((p) => p.key === s.target)?.symbol;
  const what =
    s.target === RANGE_SWEEP
      ? t('kitAltSweepRange', {
          from,
          to,
          centre: formatShort((state.range[0] + state.range[1]) / 2),
        })
      : t('kitAltSweepParam', { symbol: symbol ?? s.target, from, to });
  return `${t('kitAltAnimation', { frames: s.frames, what })} ${altText(first.model, first.state)}`;
}
