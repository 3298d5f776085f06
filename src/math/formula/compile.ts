import type { Activation, BoundActivation, ParamSpec, Params } from '../types';
import type { Node } from './ast';
import { numpyCode, torchCode } from './code';
import { derivative, size } from './diff';
import { compileFinite } from './evaluate';
import type { CompileResult, CustomFormula } from './index';
import { findKinks } from './kinks';
import { DEFAULT_KINK_RANGE } from './limits';
import { fuse, partial, tidy } from './optimize';
import { parse } from './parse';
import { toTex } from './tex';

/** Most nodes f′ may have as a tree. */
const MAX_TREE = 200_000;

/** Every free parameter's spec: default 1, slider −3…3, any finite real. */
function paramSpec(name: string): ParamSpec {
  return {
    key: name,
    symbol: name,
    default: 1,
    min: -3,
    max: 3,
    step: 0.01,
    domain: { min: -Infinity, max: Infinity },
  };
}

/**
 * The parameter values for `p`: each name's own finite number, else its default 1. Read with
 * Object.hasOwn, so a parameter named `constructor` or `__proto__` never sees Object.prototype.
 */
function valuesOf(names: readonly string[], p: Partial<Params> | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const n of names) {
    const v: unknown = p !== undefined && Object.hasOwn(p, n) ? p[n] : undefined;
    m.set(n, typeof v === 'number' ? (Number.isFinite(v) ? v : NaN) : 1);
  }
  return m;
}

function bindTrees(f: Node, df: Node, values: ReadonlyMap<string, number>): BoundActivation {
  const bf = compileFinite(f, values);
  const bdf = compileFinite(df, values);
  if (!partial(f, values)) return { f: bf, df: bdf };
  // Where f is undefined (log of a negative: NaN) f′ is too, whatever its own tree gives.
  return {
    f: bf,
    df: (x) => {
      const y = bf(x);
      return y === y ? bdf(x) : y;
    },
  };
}

export function compile(source: string): CompileResult {
  try {
    return build(source);
  } catch {
    // Parse errors are returned, never thrown; only the engine's own recursion running out of
    // stack could land here, and the caps keep it far away. Still a result, not an exception.
    return { ok: false, error: { code: 'too-deep', start: 0, end: source.length } };
  }
}

function build(source: string): CompileResult {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  const { ast, params } = parsed.value;
  const dAst = derivative(ast);
  // f′ as a tree (what TeX, code and the closures walk) must stay small enough to build at
  // every keystroke; a formula within the length and depth caps stays far below this.
  if (size(dAst, MAX_TREE) >= MAX_TREE)
    return { ok: false, error: { code: 'too-deep', start: 0, end: source.length } };
  // What is evaluated: f with fused compositions, and its f′ with exact cancellations taken
  // out (TeX and code show ast and dAst as derived).
  const fEval = fuse(ast);
  const dfEval = tidy(fEval === ast ? dAst : derivative(fEval));
  const specs = params.map(paramSpec);
  const defaults = valuesOf(params, undefined);
  const defaultBound = bindTrees(fEval, dfEval, defaults);
  // f(x, p) is called point by point with the same p: keep the last binding.
  const raw = (p: Partial<Params>, n: string): unknown => (Object.hasOwn(p, n) ? p[n] : undefined);
  let lastP: Partial<Params> | undefined;
  let lastRaw: unknown[] = [];
  let lastBound = defaultBound;
  const bound = (p: Partial<Params> | undefined): BoundActivation => {
    if (p === undefined) return defaultBound;
    if (p === lastP) {
      let same = true;
      for (let i = 0; i < params.length && same; i++)
        same = Object.is(raw(p, params[i]!), lastRaw[i]);
      if (same) return lastBound;
    }
    lastBound = bindTrees(fEval, dfEval, valuesOf(params, p));
    lastP = p;
    lastRaw = params.map((n) => raw(p, n));
    return lastBound;
  };
  const kinksIn: CustomFormula['kinksIn'] = (p, range) => {
    const values = valuesOf(params, p);
    return findKinks(ast, values, bindTrees(fEval, dfEval, values), range);
  };

  const activation: Activation = {
    id: 'custom',
    name: source,
    family: 'custom',
    params: specs,
    f: (x, p) => bound(p).f(x),
    df: (x, p) => bound(p).df(x),
    bind: (p) => (p === undefined ? defaultBound : bindTrees(fEval, dfEval, valuesOf(params, p))),
    kinks: (p) => kinksIn(p, DEFAULT_KINK_RANGE),
  };

  let tex: { f: string; df: string } | undefined;
  const formula: CustomFormula = {
    source,
    paramNames: params,
    activation,
    kinksIn,
    get tex() {
      tex ??= { f: toTex(ast), df: toTex(dAst) };
      return tex;
    },
    code: (p) => {
      const values = valuesOf(params, p);
      return { numpy: numpyCode(ast, dAst, params, values), torch: torchCode(ast, params, values) };
    },
  };
  return { ok: true, formula };
}
