/**
 * Named selectors for `useExplorer`. Each returns a primitive or a reference already held by the
 * store or the registry, never a new object or array: zustand 5 compares with `Object.is`, and a
 * selector that builds a fresh value every call re-renders forever. Derive anything bigger with
 * `useMemo` over these.
 */
import type { Activation } from '../math';
import type { Lang } from '../i18n/types';
import { MAX_COMPARE, activationIn, type ExplorerState, type Theme } from './explorerStore';

type S = Readonly<ExplorerState>;

export const selectFn = (s: S): string => s.fn;
/**
 * The registry entry of the main function (a stable registry reference), or the custom
 * formula's activation (the same object while formula and slider ranges stay the same).
 */
export const selectActivation = (s: S): Activation | undefined => activationIn(s, s.fn);
export const selectExpr = (s: S): string => s.expr;
export const selectParamRanges = (s: S): ExplorerState['paramRanges'] => s.paramRanges;
export const selectParams = (s: S): ExplorerState['params'] => s.params;
export const selectRange = (s: S): ExplorerState['range'] => s.range;
export const selectXmin = (s: S): number => s.range[0];
export const selectXmax = (s: S): number => s.range[1];
export const selectCmp = (s: S): readonly string[] => s.cmp;
export const selectCmpCount = (s: S): number => s.cmp.length;
export const selectCanCompareMore = (s: S): boolean => s.cmp.length < MAX_COMPARE;
export const selectShowDerivative = (s: S): boolean => s.showDerivative;
/** Whether the difference curve is drawn: asked for, and there is something to subtract. */
export const selectShowDifference = (s: S): boolean => s.showDifference && s.cmp.length > 0;
export const selectLang = (s: S): Lang => s.lang;
export const selectTheme = (s: S): Theme => s.theme;

/** Selector of one parameter's value; NaN when the main function has no such parameter. */
export function selectParam(key: string): (s: S) => number {
  return (s) => s.params[key] ?? Number.NaN;
}

/** Whether a parameter differs from its default (drives the reset buttons' state). */
export function selectParamIsDefault(key: string): (s: S) => boolean {
  return (s) => {
    const spec = activationIn(s, s.fn)?.params.find((p) => p.key === key);
    return spec === undefined || s.params[key] === spec.default;
  };
}
