import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Range } from '../math';
import { awaitsMath, loadActivations } from '../math/loaded';
import { whenLanguage } from '../i18n/languages';
import type { Lang } from '../i18n/types';
import {
  DEFAULT_RANGE,
  MAX_COMPARE,
  activationIn,
  defaultState,
  isLang,
  isTheme,
  paramsAccepted,
  rangeError,
  type ActionResult,
  type ExplorerState,
  type Theme,
} from './defaults';
import { applyPatch, loadNeeded, type Notice, type PatchOptions } from './patch';
import type { ExplorerPatch } from './schema';

export * from './defaults';

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
  /**
   * Applies a change in the hosts' vocabulary (URL, attributes, props): every valid part at
   * once, in one update; returns what it ignored or adjusted. See patch.ts. A patch that needs
   * the formula engine or an activation's math before it is loaded loads them and is applied
   * then (hosts that report notices wait for `loadNeeded` themselves).
   */
  apply(patch: ExplorerPatch, options?: PatchOptions): Notice[];
  /** Back to the state the instance was created with. */
  reset(): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;
export type ExplorerStoreApi = StoreApi<ExplorerStore>;

const OK: ActionResult = { ok: true };
const noop = () => {};

/** Creates the store of one explorer instance (never a module-level singleton). */
export function createExplorerStore(initial?: Partial<ExplorerState>): ExplorerStoreApi {
  const start: ExplorerState = { ...defaultState(), ...initial };
  return createStore<ExplorerStore>()((set, get) => ({
    ...start,
    setActivation(id) {
      const a = activationIn(get(), id);
      if (!a && !awaitsMath(id))
        return { ok: false, reason: 'errUnknownFunction', vars: { value: id } };
      if (id === get().fn) return OK;
      // The same rule every host uses: new defaults, out of the comparison, no lone difference.
      // A function whose math is still loading is shown once it is here.
      get().apply({ fn: id });
      return OK;
    },
    setParam(key, value) {
      const a = activationIn(get(), get().fn);
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
      const spec = activationIn(get(), get().fn)?.params.find((p) => p.key === key);
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
      if (awaitsMath(id)) {
        // Added once its math is here (checked again then: the list may be full by then).
        loadActivations().then(() => void (awaitsMath(id) || get().addCompare(id)), noop);
        return OK;
      }
      if (!activationIn(s, id))
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
      // A language whose strings are not here yet is shown once they are: never English first.
      whenLanguage(lang, () => set({ lang }));
      return OK;
    },
    setTheme(theme) {
      if (!isTheme(theme))
        return { ok: false, reason: 'errBadValue', vars: { value: String(theme) } };
      set({ theme });
      return OK;
    },
    apply(patch, options) {
      const { state, notices, deferred } = applyPatch(get(), patch, options);
      if (deferred) {
        // Applied once what it needs is here; still missing then (a failed load), dropped.
        const again = () =>
          void (applyPatch(get(), patch, options).deferred || get().apply(patch, options));
        loadNeeded(get(), patch).then(again, noop);
        return [];
      }
      // Unchanged slots keep their references, so subscribers see only what moved. A language
      // whose strings are still loading follows once they are here (the rest applies now).
      const lang = state.lang;
      if (lang !== get().lang) whenLanguage(lang, () => set({ lang }));
      set({ ...state, lang: get().lang });
      return notices;
    },
    reset() {
      set({ ...start });
    },
  }));
}
