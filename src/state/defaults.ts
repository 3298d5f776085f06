/**
 * The explorer's state type, its defaults and the checks every host shares. No store here: the
 * schema (schema.ts) and the store (explorerStore.ts) both build on it.
 */
import { loadedActivation } from '../math/loaded';
import type { Activation, Params, Range } from '../math';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/types';
import { CUSTOM_ID, DEFAULT_EXPR, customActivation, type ParamRanges } from './formula';

/**
 * `system` follows the reader's colour-scheme preference; `inherit` (for embeds) follows the
 * page around the figure: its dark-mode switch, its font and background (see pageTheme.ts).
 */
export type Theme = 'light' | 'dark' | 'system' | 'inherit';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'inherit'];

export const isTheme = (v: unknown): v is Theme => THEMES.includes(v as Theme);
export const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

/** At most this many functions beside the main one. */
export const MAX_COMPARE = 4;
/** |x| limit for the input range. */
export const X_LIMIT = 1e6;
export const DEFAULT_RANGE: Range = [-5, 5];
/**
 * Narrowest input range: below it the plot's scales and sampling run out of meaningful doubles
 * (at |x| = 1e6 a span of 1e-6 still holds thousands of distinct values).
 */
export const MIN_SPAN = 1e-6;

/** The source of truth of one explorer instance. Everything drawn is derived from it. */
export interface ExplorerState {
  /** Id of the main activation. */
  fn: string;
  /** Parameter values of the main activation, one per ParamSpec key. */
  params: Readonly<Record<string, number>>;
  range: Range;
  /** Ids of compared activations (drawn with their default parameters), without `fn`. */
  cmp: readonly string[];
  /**
   * The custom formula, drawn where `fn` or `cmp` is `custom` (see formula.ts). Always one that
   * compiles: a refused formula leaves the last valid one in place.
   */
  expr: string;
  /** Slider ranges of the custom formula's parameters that differ from −3…3, by name. */
  paramRanges: ParamRanges;
  showDerivative: boolean;
  /** Show f − g of the first compared function against the main one. */
  showDifference: boolean;
  lang: Lang;
  theme: Theme;
}

/** Why an action refused a value; the state is unchanged when `ok` is false. */
export type ActionResult = { ok: true } | { ok: false; reason: MessageKey; vars?: MessageVars };

/**
 * The activation `id` names in a state: the registry's (undefined until its math is loaded,
 * src/math/loaded.ts), or for `custom` the state's formula (undefined until the formula engine
 * is loaded), with its kinks searched in `within` if given
 * (the plot's and the export's visible range: a narrow search finds close kinks that the
 * default ±10⁶ search would blur).
 */
export function activationIn(
  s: Partial<Pick<ExplorerState, 'expr' | 'paramRanges'>>,
  id: string,
  within?: Range,
): Activation | undefined {
  return id === CUSTOM_ID
    ? customActivation(s.expr ?? DEFAULT_EXPR, s.paramRanges, within)
    : loadedActivation(id);
}

/** Default parameter values of an activation (`expr`: the formula, for `custom`). */
export function defaultParams(id: string, expr = DEFAULT_EXPR): Record<string, number> {
  const a = id === CUSTOM_ID ? customActivation(expr) : loadedActivation(id);
  return Object.fromEntries((a?.params ?? []).map((p) => [p.key, p.default]));
}

export function defaultState(lang: Lang = 'en'): ExplorerState {
  return {
    fn: 'relu',
    params: defaultParams('relu'),
    range: [...DEFAULT_RANGE],
    cmp: [],
    expr: DEFAULT_EXPR,
    paramRanges: {},
    showDerivative: true,
    showDifference: false,
    lang,
    theme: 'system',
  };
}

/**
 * Whether the activation accepts these parameter values together: each in its domain and any
 * cross-parameter constraint met (Hardtanh's min_val < max_val). The registry's `bind`
 * validates and throws a RangeError otherwise.
 */
export function paramsAccepted(a: Activation, params: Params): boolean {
  try {
    a.bind(params);
    return true;
  } catch {
    return false;
  }
}

/** Checks a range; returns the reason it is refused, or null. */
export function rangeError(range: Range): ActionResult | null {
  const [min, max] = range;
  if (!Number.isFinite(min) || !Number.isFinite(max))
    return {
      ok: false,
      reason: 'errNotNumber',
      vars: { value: String(Number.isFinite(min) ? max : min) },
    };
  if (Math.abs(min) > X_LIMIT || Math.abs(max) > X_LIMIT)
    return { ok: false, reason: 'errRangeTooWide', vars: { limit: '10⁶' } };
  if (min >= max) return { ok: false, reason: 'errRangeOrder' };
  if (max - min < MIN_SPAN)
    return { ok: false, reason: 'errRangeTooNarrow', vars: { min: '10⁻⁶' } };
  return null;
}
