import { createStore, type StoreApi } from 'zustand/vanilla';
import { getActivation } from '../math';
import type { Activation, Params, Range } from '../math';
import type { MessageKey, MessageVars } from '../i18n/catalogue';
import { LANGS, type Lang } from '../i18n/types';

export type Theme = 'light' | 'dark' | 'system';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

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
  showDerivative: boolean;
  /** Show f − g of the first compared function against the main one. */
  showDifference: boolean;
  lang: Lang;
  theme: Theme;
}

/** Why an action refused a value; the state is unchanged when `ok` is false. */
export type ActionResult = { ok: true } | { ok: false; reason: MessageKey; vars?: MessageVars };

export interface ExplorerActions {
  setActivation(id: string): ActionResult;
  setParam(key: string, value: number): ActionResult;
  resetParam(key: string): void;
  setRange(range: Range): ActionResult;
  resetRange(): void;
  addCompare(id: string): ActionResult;
  removeCompare(id: string): void;
  setShowDerivative(show: boolean): void;
  toggleDerivative(): void;
  setShowDifference(show: boolean): void;
  /** Refuses anything but a shipped language (values may come from untyped callers). */
  setLang(lang: Lang): ActionResult;
  setTheme(theme: Theme): ActionResult;
  /** Back to the state the instance was created with. */
  reset(): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;
export type ExplorerStoreApi = StoreApi<ExplorerStore>;

const OK: ActionResult = { ok: true };

/** Default parameter values of an activation. */
export function defaultParams(id: string): Record<string, number> {
  const a = getActivation(id);
  return Object.fromEntries((a?.params ?? []).map((p) => [p.key, p.default]));
}

export function defaultState(lang: Lang = 'en'): ExplorerState {
  return {
    fn: 'relu',
    params: defaultParams('relu'),
    range: [...DEFAULT_RANGE],
    cmp: [],
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

/** Creates the store of one explorer instance (never a module-level singleton). */
export function createExplorerStore(initial?: Partial<ExplorerState>): ExplorerStoreApi {
  const start: ExplorerState = { ...defaultState(), ...initial };
  return createStore<ExplorerStore>()((set, get) => ({
    ...start,
    setActivation(id) {
      const a = getActivation(id);
      if (!a) return { ok: false, reason: 'errUnknownFunction', vars: { value: id } };
      if (id === get().fn) return OK;
      set((s) => {
        const cmp = s.cmp.filter((c) => c !== id);
        return {
          fn: id,
          params: defaultParams(id),
          cmp,
          showDifference: s.showDifference && cmp.length > 0,
        };
      });
      return OK;
    },
    setParam(key, value) {
      const a = getActivation(get().fn);
      const spec = a?.params.find((p) => p.key === key);
      if (!spec) return { ok: false, reason: 'errUnknownParam', vars: { value: key } };
      if (!Number.isFinite(value))
        return { ok: false, reason: 'errNotNumber', vars: { value: String(value) } };
      if (value < spec.min || value > spec.max)
        return {
          ok: false,
          reason: 'errParamOutOfRange',
          vars: { name: `${spec.symbol} (${spec.key})`, min: spec.min, max: spec.max },
        };
      const params = { ...get().params, [key]: value };
      if (a && !paramsAccepted(a, params))
        return {
          ok: false,
          reason: 'errParamConflict',
          vars: { name: `${spec.symbol} (${spec.key})`, value },
        };
      set({ params });
      return OK;
    },
    resetParam(key) {
      const spec = getActivation(get().fn)?.params.find((p) => p.key === key);
      if (spec) set((s) => ({ params: { ...s.params, [key]: spec.default } }));
    },
    setRange(range) {
      const error = rangeError(range);
      if (error) return error;
      set({ range: [range[0], range[1]] });
      return OK;
    },
    resetRange() {
      set({ range: [...DEFAULT_RANGE] });
    },
    addCompare(id) {
      const s = get();
      if (!getActivation(id))
        return { ok: false, reason: 'errUnknownFunction', vars: { value: id } };
      if (id === s.fn || s.cmp.includes(id)) return OK;
      if (s.cmp.length >= MAX_COMPARE)
        return { ok: false, reason: 'errCompareFull', vars: { max: MAX_COMPARE } };
      set({ cmp: [...s.cmp, id] });
      return OK;
    },
    removeCompare(id) {
      set((s) => {
        const cmp = s.cmp.filter((c) => c !== id);
        // The difference is taken against the first compared function; none left, none shown.
        return { cmp, showDifference: s.showDifference && cmp.length > 0 };
      });
    },
    setShowDerivative(show) {
      set({ showDerivative: show });
    },
    toggleDerivative() {
      set((s) => ({ showDerivative: !s.showDerivative }));
    },
    setShowDifference(show) {
      set((s) => ({ showDifference: show && s.cmp.length > 0 }));
    },
    setLang(lang) {
      if (!isLang(lang)) return { ok: false, reason: 'errBadValue', vars: { value: String(lang) } };
      set({ lang });
      return OK;
    },
    setTheme(theme) {
      if (!isTheme(theme))
        return { ok: false, reason: 'errBadValue', vars: { value: String(theme) } };
      set({ theme });
      return OK;
    },
    reset() {
      set({ ...start });
    },
  }));
}
