/**
 * Validates the kit's URL parameters (keys.ts) like every other URL parameter: what is valid is
 * used, everything else is ignored with a notice that says why, and nothing throws.
 *
 * `export=gif|video|svg|png|qr` says what to make; for `gif` and `video` also `sweep` (a
 * parameter key of the function, or `range`), `from`, `to` (values of that parameter, or
 * half-widths of the x range about its centre) and `frames` (2–120).
 */
import type { MessageVars } from '../../i18n/catalogue';
import type { exportKit } from '../../i18n/sections/exportKit';
import { parseNumber } from '../../format/number';
import { getActivation, type Activation } from '../../math';
import { MIN_SPAN, X_LIMIT, paramsAccepted, type ExplorerState } from '../../state/defaults';
import { shown } from '../../state/patch';
import type { KitQuery } from './keys';
import { DEFAULT_FRAMES, MAX_FRAMES, MIN_FRAMES, RANGE_SWEEP, type Sweep } from './sweep';

export const KIT_FORMATS = ['gif', 'video', 'svg', 'png', 'qr'] as const;
export type KitFormat = (typeof KIT_FORMATS)[number];
export const isAnimation = (f: KitFormat) => f === 'gif' || f === 'video';

export interface KitRequest {
  format: KitFormat;
  /** For `gif` and `video` only. */
  sweep: Sweep | null;
}

export interface KitNotice {
  key: keyof typeof exportKit;
  vars: MessageVars;
}

type View = Pick<ExplorerState, 'fn' | 'params' | 'range'>;

/** The default sweep of a view: its first parameter over the slider's range, else the range. */
export function defaultSweep(view: View): Sweep {
  const p = getActivation(view.fn)?.params[0];
  return p ? paramSweep(view, p.key) : rangeSweep(view);
}

/** Parameter `key` over its slider's range (its current value at an end the others forbid). */
export function paramSweep(view: View, key: string): Sweep {
  const spec = getActivation(view.fn)!.params.find((p) => p.key === key)!;
  const current = view.params[key] ?? spec.default;
  const end = (v: number) => (sweepValueOk(view, key, v) ? v : current);
  return { target: key, from: end(spec.min), to: end(spec.max), frames: DEFAULT_FRAMES };
}

/** The x range zooming out from its half-width to four times it, about its centre. */
export function rangeSweep(view: View): Sweep {
  const c = (view.range[0] + view.range[1]) / 2;
  const hw = (view.range[1] - view.range[0]) / 2;
  const to = Math.min(hw * 4, X_LIMIT - Math.abs(c));
  return { target: RANGE_SWEEP, from: hw, to: to > hw ? to : hw / 4, frames: DEFAULT_FRAMES };
}

/** Whether `v` is a value the sweep's target can take in this view (as a slider can set it). */
export function sweepValueOk(view: View, target: string, v: number): boolean {
  if (target === RANGE_SWEEP) {
    const c = (view.range[0] + view.range[1]) / 2;
    return v > 0 && 2 * v >= MIN_SPAN && Math.abs(c) + v <= X_LIMIT;
  }
  const a = getActivation(view.fn);
  const spec = a?.params.find((p) => p.key === target);
  // Within the slider's range, as the state's own values are (applyPatch clamps to it).
  return (
    !!a &&
    !!spec &&
    v >= spec.min &&
    v <= spec.max &&
    paramsAccepted(a, { ...view.params, [target]: v })
  );
}

/** Reads the kit's parameters for `view`; `canVideo` says whether this browser records video. */
export function readKitQuery(
  query: KitQuery,
  view: View,
  canVideo: boolean,
): { request: KitRequest | null; notices: KitNotice[] } {
  const notices: KitNotice[] = [];
  const note = (key: KitNotice['key'], param: string, value: string, vars: MessageVars = {}) =>
    notices.push({ key, vars: { param, value: shown(value), ...vars } });
  const first = new Map<string, string>();
  for (const [k, v] of query)
    if (first.has(k)) note('kitNoticeRepeated', k, v);
    else first.set(k, v);

  const given = first.get('export');
  let format = KIT_FORMATS.find((f) => f === given) ?? null;
  if (given !== undefined && format === null) note('kitNoticeUnknownFormat', 'export', given);
  if (format === 'video' && !canVideo) {
    notices.push({ key: 'kitNoticeNoVideo', vars: {} });
    format = 'gif';
  }
  const sweepKeys = ['sweep', 'from', 'to', 'frames'];
  if (format === null || !isAnimation(format)) {
    for (const k of sweepKeys) if (first.has(k)) note('kitNoticeNeedsExport', k, first.get(k)!);
    return { request: format && { format, sweep: null }, notices };
  }
  return { request: { format, sweep: readSweep(first, view, note) }, notices };
}

type Note = (key: KitNotice['key'], param: string, value: string, vars?: MessageVars) => void;

function readSweep(given: Map<string, string>, view: View, note: Note): Sweep {
  const a = getActivation(view.fn);
  let sweep = defaultSweep(view);
  const target = given.get('sweep');
  if (target !== undefined) {
    if (target === RANGE_SWEEP) sweep = rangeSweep(view);
    else if (a?.params.some((p) => p.key === target)) sweep = paramSweep(view, target);
    else noteSweep(a, target, note);
  }
  const base = sweep;
  const what = sweep.target === RANGE_SWEEP ? 'x' : sweep.target;
  for (const end of ['from', 'to'] as const) {
    const text = given.get(end);
    if (text === undefined) continue;
    const v = parseNumber(text);
    if (v === null || !sweepValueOk(view, sweep.target, v))
      note('kitNoticeValue', end, text, { target: what });
    else sweep = { ...sweep, [end]: v };
  }
  if (sweep.from === sweep.to) {
    note('kitNoticeSame', 'to', given.get('to') ?? String(sweep.to));
    sweep = { ...sweep, to: base.to === sweep.from ? base.from : base.to };
  }
  const frames = given.get('frames');
  if (frames !== undefined) {
    const n = /^\d+$/.test(frames.trim()) ? Number(frames) : NaN;
    if (n >= MIN_FRAMES && n <= MAX_FRAMES) sweep = { ...sweep, frames: n };
    else note('kitNoticeFrames', 'frames', frames, { min: MIN_FRAMES, max: MAX_FRAMES });
  }
  return sweep;
}

function noteSweep(a: Activation | undefined, target: string, note: Note) {
  const keys = a?.params.map((p) => p.key) ?? [];
  if (keys.length === 0) note('kitNoticeSweepNone', 'sweep', target, { fn: a?.name ?? '' });
  else note('kitNoticeSweep', 'sweep', target, { fn: a!.name, keys: keys.join(', ') });
}
