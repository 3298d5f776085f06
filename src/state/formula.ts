/**
 * The custom formula (`fn=custom`) as the state sees it. The engine (`src/math/formula`) and
 * the code around it (`formulaCustom.ts`) are loaded only by {@link loadFormulaEngine}, a
 * dynamic `import()`, so the default view and the element ship none of it; until it is loaded,
 * {@link customActivation} knows no formula and `applyPatch` leaves a formula it meets for
 * later (`PatchResult.deferred`).
 */
import type { Activation, Range } from '../math';
import type { CustomFormula, FormulaError } from '../math/formula';

export type { CustomFormula, FormulaError };

/** The id of the custom formula in `fn` and `cmp`. */
export const CUSTOM_ID = 'custom';
/** The formula `fn=custom` shows when no `expr` is given: SiLU/Swish with a free β. */
export const DEFAULT_EXPR = 'x * sigmoid(b * x)';

/** Slider ranges of the free parameters, by name; a name not listed has the default range. */
export type ParamRanges = Readonly<Record<string, Range>>;

/** The custom formula's activation with its slider ranges, plus the compiled formula. */
export interface CustomActivation extends Activation {
  formula: CustomFormula;
}

type Custom = typeof import('./formulaCustom');

let custom: Custom | null = null;
let loading: Promise<Custom> | null = null;

/**
 * Loads the state's code for the formula engine and the engine once (lazy chunks); later
 * calls return the same promise. Nothing imports the engine statically (its fence test).
 */
export function loadFormulaEngine(): Promise<Custom> {
  // The engine is imported from the lazy side (formulaCustom), not from here: imported from the
  // element's file, the bundler split the modules it shares with the element into a third file
  // that the element's first render would wait for.
  loading ??= import('./formulaCustom').then(
    (m) => (custom = m),
    (e: unknown) => {
      loading = null; // a failed chunk load may succeed on a later try
      throw e;
    },
  );
  return loading;
}

/**
 * The code loaded with the engine, or null before it is loaded (applyPatch, readText and the
 * formula editor use it; what only they need lives there, not in the element's first file).
 */
export function loadedFormula(): Custom | null {
  return custom;
}

/** Whether the engine is loaded (formulas can be compiled synchronously). */
export function formulaEngineReady(): boolean {
  return custom !== null;
}

/**
 * The activation of formula `expr` with the slider ranges `ranges` (only its own names count),
 * its kinks searched in `within` if given, or undefined when the engine is not loaded or `expr`
 * does not compile. The same inputs give the same object, so memoised views keep their
 * identity.
 */
export function customActivation(
  expr: string,
  ranges: ParamRanges = {},
  within?: Range,
): CustomActivation | undefined {
  return custom?.customActivation(expr, ranges, within);
}

/**
 * Those of `keys` that are text keys of formula `expr`'s parameters: each name and the ends
 * of its slider range (`b`, `b.min`, `b.max`; those of the default formula, which is then
 * shown, when `expr` does not compile); none before the engine loads (a custom formula is then
 * deferred, and read again after).
 */
export function ownKeys(keys: Iterable<string>, expr: string | null | undefined): string[] {
  return custom?.ownKeys(keys, expr ?? DEFAULT_EXPR) ?? [];
}

/** Whether `a` is a custom formula (it carries its compiled formula). */
export function isCustom(a: Activation | undefined): a is CustomActivation {
  return a !== undefined && 'formula' in a;
}
