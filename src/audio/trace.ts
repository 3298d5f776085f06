import type { Activation, Params, Range } from '../math';

// The audio trace as data: what to play and when, from the same f, f′ and kinks the plot draws.
// No Web Audio here (player.ts schedules it), so the plan is tested without a browser.

/** Which curve is heard: f or its derivative f′. */
export type Quantity = 'f' | 'df';

/** Values ≥ 0 play a sine; values below zero a square wave, which sounds buzzier. */
export type Waveform = 'sine' | 'square';

/** One step of the trace: a steady tone from `t` for `dur` seconds. */
export interface Tone {
  /** Start, in seconds from the start of the trace. */
  t: number;
  dur: number;
  /** The x the tone stands for, and f(x) or f′(x) there: what the readout shows at that x. */
  x: number;
  value: number;
  /** Hz: {@link LOW_HZ} at the bottom of the plotted y-range, {@link HIGH_HZ} at the top. */
  freq: number;
  /** Stereo position, −1 (left) at the range's left end to 1 (right) at its right end. */
  pan: number;
  waveform: Waveform;
  gain: number;
}

/** A whole sweep: tones in time order and the times of the clicks that mark kinks. */
export interface TracePlan {
  duration: number;
  tones: Tone[];
  /** Seconds from the start, one per kink inside the range, in x order. */
  clicks: number[];
}

/** Two octaves, A3 to A5: low enough not to tire, high enough for small speakers. */
export const LOW_HZ = 220;
export const HIGH_HZ = 880;
/** A square wave sounds louder than a sine at the same amplitude; this evens them out. */
const GAIN: Readonly<Record<Waveform, number>> = { sine: 0.3, square: 0.12 };

/**
 * The pitch of `value` on the plotted y-range `[y0, y1]`: equal steps of value are equal musical
 * intervals (a log scale of frequency), clamped to the range's ends; NaN for a value that is not
 * finite (no tone). A flat range (y0 = y1) gives the middle pitch.
 */
export function frequencyOf(value: number, [y0, y1]: Range): number {
  if (!Number.isFinite(value)) return NaN;
  const u = y1 > y0 ? Math.min(Math.max((value - y0) / (y1 - y0), 0), 1) : 0.5;
  return LOW_HZ * (HIGH_HZ / LOW_HZ) ** u;
}

/** Stereo position of `x` on `range`: −1 at the left end, 1 at the right end. */
export function panOf(x: number, [x0, x1]: Range): number {
  return Math.min(Math.max(((x - x0) / (x1 - x0)) * 2 - 1, -1), 1);
}

/** What is heard for one activation: its parameters, the x-range and the y-range plotted. */
export interface TraceInput {
  a: Activation;
  p: Partial<Params> | undefined;
  quantity: Quantity;
  range: Range;
  /** The plotted y-range of the panel of `quantity` (the plot model's fDomain or dfDomain). */
  yRange: Range;
}

/**
 * The tone for x, lasting `dur` seconds from `t`, or null when x is outside the range or the
 * value there is not finite: nothing plays then.
 */
export function toneAt(input: TraceInput, x: number, t = 0, dur = 0.15): Tone | null {
  const { a, p, quantity, range, yRange } = input;
  if (!(x >= range[0] && x <= range[1])) return null;
  const value = quantity === 'f' ? a.f(x, p) : a.df(x, p);
  const freq = frequencyOf(value, yRange);
  if (Number.isNaN(freq)) return null;
  const waveform: Waveform = value < 0 ? 'square' : 'sine';
  return { t, dur, x, value, freq, pan: panOf(x, range), waveform, gain: GAIN[waveform] };
}

/**
 * A sweep of x across the range in `duration` seconds, in `steps` equal tones, each at the x of
 * its middle, plus a click at the moment the sweep passes each kink of f (the registry's
 * kinks(), where f′ jumps too).
 */
export function planTrace(input: TraceInput, duration = 4, steps = 200): TracePlan {
  const [x0, x1] = input.range;
  const dur = duration / steps;
  const tones: Tone[] = [];
  for (let i = 0; i < steps; i++) {
    const tone = toneAt(input, x0 + ((i + 0.5) / steps) * (x1 - x0), i * dur, dur);
    if (tone) tones.push(tone);
  }
  const clicks = input.a
    .kinks(input.p)
    .filter((k) => k.x >= x0 && k.x <= x1)
    .map((k) => ((k.x - x0) / (x1 - x0)) * duration);
  return { duration, tones, clicks };
}
