/**
 * The explorer's URL vocabulary as a pure codec: `encode` writes only what differs from the
 * defaults (short, readable links), `decode` validates every value, clamps finite
 * out-of-range parameters, and reports each parameter it ignored or adjusted as a `Notice`.
 * No DOM, no history: `urlSync.ts` does the writing.
 *
 * | key          | value                                   | default           |
 * |--------------|-----------------------------------------|-------------------|
 * | `fn`         | activation id                           | `relu`            |
 * | `alpha`, …   | each parameter of `fn`, by its key      | PyTorch's default |
 * | `xmin/xmax`  | input range, |x| ≤ 1e6, xmin < xmax     | −5 / 5            |
 * | `cmp`        | comma list of ≤ 4 compared ids          | none              |
 * | `d`          | `0` hides the derivative                | shown             |
 * | `diff`       | `1` shows main − first compared         | hidden            |
 * | `lang`       | `en` or `zh-CN`                         | browser language  |
 * | `theme`      | `light` or `dark`                       | system            |
 */
import { activations, getActivation, type Params, type Range } from '../math';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import {
  DEFAULT_RANGE,
  MAX_COMPARE,
  X_LIMIT,
  defaultParams,
  defaultState,
  isLang,
  isTheme,
  paramsAccepted,
  rangeError,
  type ExplorerState,
} from './explorerStore';
import { formatExact as formatNumber, parseNumber } from '../format/number';
import { clamp } from './clamp';

/** A URL parameter that was ignored or adjusted, to show to the user (as text). */
export interface Notice {
  /** The URL parameter's name, e.g. `alpha` (`xmin,xmax` when a pair was refused). */
  param: string;
  /** Its raw value, shortened for display. */
  value: string;
  /** What happened, as a catalogue message filled with `param`, `value` and `vars`. */
  message: MessageKey;
  vars?: MessageVars;
}

export interface DecodeResult {
  /** Only the fields the URL set validly; merge it over the defaults. */
  state: Partial<ExplorerState>;
  ignored: Notice[];
}

const FIXED_KEYS = ['fn', 'xmin', 'xmax', 'cmp', 'd', 'diff', 'lang', 'theme'] as const;
/** Every parameter key of every activation: part of the vocabulary even when `fn` lacks it. */
const PARAM_KEYS = new Set(activations.flatMap((a) => a.params.map((p) => p.key)));
const MAX_SHOWN = 40;

/** The raw value as shown in a notice: long values are cut so a hostile URL can't flood it. */
function shown(raw: string): string {
  return raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
}

/** Whether `key` is one of the explorer's URL parameters (others are left alone by urlSync). */
export function isUrlKey(key: string): boolean {
  return (FIXED_KEYS as readonly string[]).includes(key) || PARAM_KEYS.has(key);
}

/**
 * Writes the non-default parts of `state`. `defaults` is the state an empty query decodes to on
 * this page (its `lang` is the browser's), so the same view gives the same link.
 */
export function encode(
  state: ExplorerState,
  defaults: ExplorerState = defaultState(),
): URLSearchParams {
  const q = new URLSearchParams();
  if (state.fn !== defaults.fn) q.set('fn', state.fn);
  for (const spec of getActivation(state.fn)?.params ?? []) {
    const v = state.params[spec.key];
    if (v !== undefined && v !== spec.default) q.set(spec.key, formatNumber(v));
  }
  if (state.range[0] !== DEFAULT_RANGE[0]) q.set('xmin', formatNumber(state.range[0]));
  if (state.range[1] !== DEFAULT_RANGE[1]) q.set('xmax', formatNumber(state.range[1]));
  if (state.cmp.length > 0) q.set('cmp', state.cmp.join(','));
  if (!state.showDerivative) q.set('d', '0');
  if (state.showDifference && state.cmp.length > 0) q.set('diff', '1');
  if (state.lang !== defaults.lang) q.set('lang', state.lang);
  if (state.theme !== 'system') q.set('theme', state.theme);
  return q;
}

/** Reads and validates the explorer's parameters from a query string. Never throws. */
export function decode(query: URLSearchParams): DecodeResult {
  const ignored: Notice[] = [];
  const state: Partial<ExplorerState> = {};
  const note = (param: string, raw: string, message: MessageKey, vars?: MessageVars) =>
    ignored.push({ param, value: shown(raw), message, ...(vars && { vars }) });

  /** The first value of `key`; later repeats are reported and dropped. */
  const first = (key: string): string | null => {
    const all = query.getAll(key);
    for (const extra of all.slice(1)) note(key, extra, 'urlRepeated');
    return all[0] ?? null;
  };

  const rawFn = first('fn');
  if (rawFn !== null) {
    if (getActivation(rawFn)) state.fn = rawFn;
    else note('fn', rawFn, 'urlUnknownFn');
  }
  const fn = state.fn ?? defaultState().fn;
  const a = getActivation(fn);

  // Candidates first (clamped), then accepted together if they fit together; otherwise one by
  // one on top of the ones before, so a conflicting pair (Hardtanh min_val ≥ max_val) keeps
  // the first value that fits and reports the other.
  const candidates: { key: string; raw: string; value: number; clamped: boolean }[] = [];
  for (const spec of a?.params ?? []) {
    const raw = first(spec.key);
    if (raw === null) continue;
    const n = parseNumber(raw);
    if (n === null) {
      note(spec.key, raw, 'urlNotNumber');
      continue;
    }
    const value = clamp(n, spec.min, spec.max);
    candidates.push({ key: spec.key, raw, value, clamped: value !== n });
  }
  const params: Record<string, number> = defaultParams(fn);
  const all = { ...params, ...Object.fromEntries(candidates.map((c) => [c.key, c.value])) };
  const together = a !== undefined && paramsAccepted(a, all);
  for (const c of candidates) {
    if (!together && a && !paramsAccepted(a, { ...params, [c.key]: c.value })) {
      note(c.key, c.raw, 'urlParamConflict');
      continue;
    }
    if (c.clamped) note(c.key, c.raw, 'urlClamped', { clamped: formatNumber(c.value) });
    params[c.key] = c.value;
  }
  const anyParam = candidates.length > 0;
  if (state.fn !== undefined || anyParam) state.params = params as Params;

  decodeRange(first('xmin'), first('xmax'), state, note);
  decodeCompare(first('cmp'), fn, state, note);

  const d = first('d');
  if (d === '0' || d === '1') state.showDerivative = d === '1';
  else if (d !== null) note('d', d, 'urlBadValue', { expected: '0, 1' });

  const diff = first('diff');
  if (diff === '1' && !(state.cmp && state.cmp.length > 0)) note('diff', diff, 'urlDiffNeedsCmp');
  else if (diff === '0' || diff === '1') state.showDifference = diff === '1';
  else if (diff !== null) note('diff', diff, 'urlBadValue', { expected: '0, 1' });

  const lang = first('lang');
  if (isLang(lang)) state.lang = lang;
  else if (lang !== null) note('lang', lang, 'urlBadValue', { expected: 'en, zh-CN' });

  const theme = first('theme');
  if (isTheme(theme)) state.theme = theme;
  else if (theme !== null) note('theme', theme, 'urlBadValue', { expected: 'light, dark' });

  const own = new Set(a?.params.map((p) => p.key));
  for (const key of new Set(query.keys())) {
    if (own.has(key) || (FIXED_KEYS as readonly string[]).includes(key)) continue;
    const raw = query.get(key) ?? '';
    if (PARAM_KEYS.has(key)) note(key, raw, 'urlParamNotApplicable', { fn: a?.name ?? fn });
    else note(shown(key), raw, 'urlUnknownParam');
  }
  return { state, ignored };
}

type Note = (param: string, raw: string, message: MessageKey, vars?: MessageVars) => void;

/** One end of the range: a finite number, clamped to ±X_LIMIT; null when absent or invalid. */
function rangeEnd(key: string, raw: string | null, note: Note): number | null {
  if (raw === null) return null;
  const n = parseNumber(raw);
  if (n === null) {
    note(key, raw, 'urlNotNumber');
    return null;
  }
  const v = clamp(n, -X_LIMIT, X_LIMIT);
  if (v !== n) note(key, raw, 'urlClamped', { clamped: formatNumber(v) });
  return v;
}

function decodeRange(
  rawMin: string | null,
  rawMax: string | null,
  state: Partial<ExplorerState>,
  note: Note,
) {
  const min = rangeEnd('xmin', rawMin, note);
  const max = rangeEnd('xmax', rawMax, note);
  if (min === null && max === null) return;
  const range: Range = [min ?? DEFAULT_RANGE[0], max ?? DEFAULT_RANGE[1]];
  const error = rangeError(range);
  if (!error) {
    state.range = range;
    return;
  }
  // Both ends are dropped: keeping one could make a range the user never asked for.
  const given: [string, string][] = [];
  if (min !== null && rawMin !== null) given.push(['xmin', rawMin]);
  if (max !== null && rawMax !== null) given.push(['xmax', rawMax]);
  note(
    given.map(([k]) => k).join(','),
    given.map(([, v]) => v).join(','),
    !error.ok && error.reason === 'errRangeTooNarrow' ? 'urlRangeTooNarrow' : 'urlRangeOrder',
    { pairs: given.map(([k, v]) => `${k}=${shown(v)}`).join(', '), ...(!error.ok && error.vars) },
  );
}

function decodeCompare(raw: string | null, fn: string, state: Partial<ExplorerState>, note: Note) {
  if (raw === null) return;
  const cmp: string[] = [];
  for (const id of raw.split(',').map((s) => s.trim())) {
    if (id === '') continue;
    if (!getActivation(id)) note('cmp', id, 'urlCmpUnknown');
    else if (id === fn) note('cmp', id, 'urlCmpIsMain');
    else if (cmp.includes(id)) note('cmp', id, 'urlCmpDuplicate');
    else if (cmp.length >= MAX_COMPARE) note('cmp', id, 'urlCmpTooMany', { max: MAX_COMPARE });
    else cmp.push(id);
  }
  state.cmp = cmp;
}
