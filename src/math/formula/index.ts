/**
 * Custom activation formulas (issue 13): `compileFormula(source)` parses an expression in `x`
 * and free parameters, differentiates it symbolically and compiles f and f′ into trees of
 * closures — never `eval` or `new Function`, so it runs under `script-src 'self'`.
 *
 * This module is pure (no React, DOM or store) and is meant to be loaded with a dynamic
 * `import()` only when a custom formula is used: nothing in the app may import it statically.
 */
import type { Activation, Kink, Params, Range } from '../types';
import { compile } from './compile';

/** Why a formula was refused. The UI maps each code to a message in both languages. */
export type FormulaErrorCode =
  /** Nothing but spaces. */
  | 'empty'
  /** Longer than {@link MAX_LENGTH} characters. */
  | 'too-long'
  /** Nested deeper than {@link MAX_DEPTH} (parentheses, calls, powers, unary minus). */
  | 'too-deep'
  /** A character that is not part of the language (`.` after a name, `$`, `<`…`>` as HTML, …). */
  | 'bad-character'
  /** A token where it cannot stand, e.g. `x * * 2`, `2 x`, `f(,)`. */
  | 'unexpected-token'
  /** The formula stops too early, e.g. `x +` or `max(x,`. */
  | 'unexpected-end'
  /** A `(` without its `)` or a `)` without its `(`. */
  | 'unbalanced-paren'
  /** A number that is malformed (`1e`, `1.2.3`) or not finite as a double (`1e309`). */
  | 'bad-number'
  /** A call of a name that is not a function (`foo(x)`, `a(x)`, `x(2)`). */
  | 'unknown-function'
  /** Too few or too many arguments (`max(x)`, `exp(x, 2)`, `where(x > 0, x)`). */
  | 'wrong-arity'
  /** A keyword the called function does not have (`elu(x, beta=1)`), or one given twice. */
  | 'unknown-keyword'
  /** An activation's parameter (`elu(x, alpha=…)`) that depends on x: it must be constant. */
  | 'x-in-parameter'
  /** A free name that is a function or a reserved URL key (`sin + 1`, `fn`, `theme`). */
  | 'reserved-name'
  /** More than {@link MAX_PARAMS} distinct free names. */
  | 'too-many-params';

/** A refused formula: what is wrong and where, as `[start, end)` indices into the source. */
export interface FormulaError {
  code: FormulaErrorCode;
  start: number;
  end: number;
  /** The offending name or token text, when there is one (for the message). */
  name?: string;
  /** For `wrong-arity`: how many arguments the function takes, e.g. `1`, `2–3`, `≥ 2`. */
  expected?: string;
}

/** A compiled formula: an activation like the registry's, plus the words and code about it. */
export interface CustomFormula {
  /** The source as given. */
  source: string;
  /** The free names other than `x`, in order of first use; each is a parameter key. */
  paramNames: readonly string[];
  /**
   * The formula as an activation (`id` 'custom', `name` the source, family 'custom'). Each
   * parameter: default 1, slider −3…3 step 0.01, domain every real. `f` and `df` never throw:
   * outside the formula's domain (log of a negative, division by zero, overflow) they give
   * NaN, which the plot draws as a gap. `kinks(p)` searches {@link DEFAULT_KINK_RANGE}.
   */
  activation: Activation;
  /** Kinks and jumps of f or f′ inside `range` (inclusive), sorted by x. */
  kinksIn(p: Partial<Params> | undefined, range: Range): Kink[];
  /** KaTeX-ready TeX of f and of the simplified symbolic f′ (without `f(x) =`). */
  tex: { f: string; df: string };
  /** Code for the code panel, with the given parameter values (defaults for missing keys). */
  code(p?: Partial<Params>): { numpy: string; torch: string };
}

export type CompileResult =
  { ok: true; formula: CustomFormula } | { ok: false; error: FormulaError };

export { DEFAULT_KINK_RANGE, MAX_DEPTH, MAX_LENGTH, MAX_PARAMS } from './limits';

/**
 * Parses, checks, differentiates and compiles `source`. Never throws, whatever the input:
 * a bad formula gives `{ ok: false, error }`.
 */
export function compileFormula(source: string): CompileResult {
  return compile(source);
}
