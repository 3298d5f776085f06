/**
 * The custom formula (`fn=custom`) as the state sees it. The engine (`src/math/formula`) is
 * loaded only by {@link loadFormulaEngine}, a dynamic `import()`, so the default view and the
 * element ship none of it; until it is loaded, {@link customActivation} knows no formula and
 * `applyPatch` leaves a formula it meets for later (`PatchResult.deferred`).
 *
 * Compiling is pure and deterministic, so compiled formulas are cached by their source: typing a
 * character compiles once, and the store, the plot and the controls share that one result.
 */
import type { Activation, Kink, Params, ParamSpec, Range } from '../math';
import type { CompileResult, CustomFormula, FormulaError } from '../math/formula';

export type { CustomFormula, FormulaError };

/** The id of the custom formula in `fn` and `cmp`. */
export const CUSTOM_ID = 'custom';
/** The formula `fn=custom` shows when no `expr` is given: SiLU/Swish with a free β. */
export const DEFAULT_EXPR = 'x * sigmoid(b * x)';
/** A free parameter's slider range unless the state gives another. */
export const DEFAULT_PARAM_RANGE: Range = [-3, 3];
/** Largest |end| of an edited slider range (the same limit as the input range). */
export const PARAM_RANGE_LIMIT = 1e6;

type Engine = typeof import('../math/formula');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** Loads the formula engine once (a lazy chunk); later calls return the same promise. */
export function loadFormulaEngine(): Promise<Engine> {
  loading ??= import('../math/formula').then(
    (m) => (engine = m),
    (e: unknown) => {
      loading = null; // a failed chunk load may succeed on a later try
      throw e;
    },
  );
  return loading;
}

/** Whether the engine is loaded (formulas can be compiled synchronously). */
export function formulaEngineReady(): boolean {
  return engine !== null;
}

const MAX_CACHED = 64;
const compiled = new Map<string, CompileResult>();

/**
 * `source` compiled, from the cache when it was compiled before; null before the engine loads.
 * A parameter named like a property every object inherits (`constructor`, `__proto__`,
 * `toString`, …) is refused as a reserved name: parameters are keys of plain objects in the
 * state, the URL and the props, where such a key would read an inherited value.
 */
export function compileCached(source: string): CompileResult | null {
  if (!engine) return null;
  let r = compiled.get(source);
  if (!r) {
    r = refuseInherited(source, engine.compileFormula(source));
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    compiled.set(source, r);
  }
  return r;
}

function refuseInherited(source: string, r: CompileResult): CompileResult {
  if (!r.ok) return r;
  const name = r.formula.paramNames.find((n) => n in Object.prototype || n === '__proto__');
  if (name === undefined) return r;
  const m = new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).exec(source);
  const start = m?.index ?? 0;
  return { ok: false, error: { code: 'reserved-name', start, end: start + name.length, name } };
}

/**
 * The text keys of formula `expr`'s parameters: each name, and the ends of its slider range
 * (`b`, `b.min`, `b.max`). When `expr` does not compile, those of the default formula (which
 * is then shown); null before the engine loads.
 */
export function formulaKeys(expr: string | null | undefined): string[] | null {
  const r = compileCached(expr ?? DEFAULT_EXPR);
  if (!r) return null;
  if (!r.ok) return formulaKeys(DEFAULT_EXPR) ?? [];
  return r.formula.paramNames.flatMap((n) => [n, `${n}.min`, `${n}.max`]);
}

/** The custom formula's activation with its slider ranges, plus the compiled formula. */
export interface CustomActivation extends Activation {
  formula: CustomFormula;
}

/** Whether `a` is a custom formula (it carries its compiled formula). */
export function isCustom(a: Activation | undefined): a is CustomActivation {
  return a !== undefined && 'formula' in a;
}

/** Slider ranges of the free parameters, by name; a name not listed has the default range. */
export type ParamRanges = Readonly<Record<string, Range>>;

const adapted = new WeakMap<CustomFormula, Map<string, CustomActivation>>();

/**
 * The activation of formula `expr` with the slider ranges `ranges` (only its own names count),
 * or undefined when the engine is not loaded or `expr` does not compile. The same inputs give
 * the same object, so memoised views keep their identity.
 */
export function customActivation(
  expr: string,
  ranges: ParamRanges = {},
): CustomActivation | undefined {
  const r = compileCached(expr);
  if (!r?.ok) return undefined;
  const formula = r.formula;
  const key = formula.paramNames.map((n) => rangeOf(ranges, n).join(':')).join(',');
  let byRanges = adapted.get(formula);
  if (!byRanges) adapted.set(formula, (byRanges = new Map()));
  let a = byRanges.get(key);
  if (!a) {
    const base = formula.activation;
    const params: ParamSpec[] = base.params.map((spec) => {
      const [min, max] = rangeOf(ranges, spec.key);
      return { ...spec, min, max, step: stepFor(min, max) };
    });
    a = { ...base, params, formula };
    byRanges.set(key, a);
  }
  return a;
}

/** The slider range of parameter `name`. */
export function rangeOf(ranges: ParamRanges, name: string): Range {
  return Object.hasOwn(ranges, name) ? ranges[name]! : DEFAULT_PARAM_RANGE;
}

/** A slider step giving about 600 stops across the range, rounded to a power of ten. */
function stepFor(min: number, max: number): number {
  return 10 ** Math.floor(Math.log10((max - min) / 600));
}

/** Why a slider range is refused, or null: finite ends within the limit, min < max. */
export function paramRangeError([min, max]: Range): boolean {
  return !(
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    Math.abs(min) <= PARAM_RANGE_LIMIT &&
    Math.abs(max) <= PARAM_RANGE_LIMIT &&
    min < max
  );
}

const withRange = new WeakMap<CustomActivation, Map<string, Activation>>();

/**
 * `a` with its kinks searched in `range` only (`formula.kinksIn`), for the plot and the table:
 * the visible range is what they show, and a narrow search finds close kinks the default
 * ±10⁶ search would blur. Built-in activations come back as they are.
 */
export function kinksWithin(a: Activation, range: Range): Activation {
  if (!isCustom(a)) return a;
  const key = `${range[0]}:${range[1]}`;
  let byRange = withRange.get(a);
  if (!byRange) withRange.set(a, (byRange = new Map()));
  let out = byRange.get(key);
  if (!out) {
    const kinks = (p?: Partial<Params>): Kink[] => a.formula.kinksIn(p, range);
    out = { ...a, kinks };
    if (byRange.size > 8) byRange.clear();
    byRange.set(key, out);
  }
  return out;
}
