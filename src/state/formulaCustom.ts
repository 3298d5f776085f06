/**
 * The custom formula's side of the state, loaded with the formula engine (formula.ts loads
 * this module on demand): compiling with a cache, the activation with the state's slider
 * ranges, the URL keys of the parameters, and kinks searched in the visible range.
 */
import type { Kink, Params, ParamSpec, Range } from '../math';
import type { CompileResult, CustomFormula } from '../math/formula';
import { formatExact, parseNumber } from '../format/number';
import { clamp } from './clamp';
import { activationIn, defaultParams, type ExplorerState } from './defaults';
import { CUSTOM_ID, DEFAULT_EXPR, type CustomActivation, type ParamRanges } from './formula';
import { shown, type Notice, type PatchContext } from './patch';
import type { ExplorerPatch } from './schema';

// The engine comes in this module's own chunk: this module is itself loaded only lazily
// (formula.ts), and a second dynamic hop made the bundler split the modules the engine shares
// with the element's file into a third file that the element's first render waited for.
import { compileFormula } from '../math/formula';

/** The engine's caps, for the editor's messages (it may not import the engine itself). */
export { MAX_DEPTH, MAX_LENGTH, MAX_PARAMS } from '../math/formula';

/** A free parameter's slider range unless the state gives another. */
const DEFAULT_PARAM_RANGE: Range = [-3, 3];

/** The slider range of parameter `name`. */
export function rangeOf(ranges: ParamRanges, name: string): Range {
  return Object.hasOwn(ranges, name) ? ranges[name]! : DEFAULT_PARAM_RANGE;
}

/** Whether a slider range is refused: ends not finite, beyond ±10⁶ (as x), or min ≥ max. */
export function paramRangeError([min, max]: Range): boolean {
  return !(Math.abs(min) <= 1e6 && Math.abs(max) <= 1e6 && min < max);
}

const MAX_CACHED = 64;
const compiled = new Map<string, CompileResult>();

/**
 * `source` compiled, cached by source: compiling is pure and deterministic, so typing a
 * character compiles once for everyone. A parameter named like a property every object
 * inherits (`constructor`, `__proto__`, …) is refused as a reserved name: parameters are keys
 * of plain objects in the state, URL and props.
 */
export function compileCached(source: string): CompileResult {
  let r = compiled.get(source);
  if (!r) {
    r = refuseInherited(source, compileFormula(source));
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

const adapted = new WeakMap<CustomFormula, Map<string, CustomActivation>>();

/** formula.ts's `customActivation`. */
export function customActivation(
  expr: string,
  ranges: ParamRanges,
  within?: Range,
): CustomActivation | undefined {
  const a = adapt(expr, ranges);
  return a && within ? kinksWithin(a, within) : a;
}

function adapt(expr: string, ranges: ParamRanges): CustomActivation | undefined {
  const r = compileCached(expr);
  if (!r.ok) return undefined;
  const formula = r.formula;
  const key = formula.paramNames.map((n) => rangeOf(ranges, n).join(':')).join(',');
  let byRanges = adapted.get(formula);
  if (!byRanges) adapted.set(formula, (byRanges = new Map()));
  let a = byRanges.get(key);
  if (!a) {
    const params: ParamSpec[] = formula.activation.params.map((spec) => {
      const [min, max] = rangeOf(ranges, spec.key);
      return { ...spec, min, max, step: stepFor(min, max) };
    });
    a = { ...formula.activation, params, formula };
    byRanges.set(key, a);
  }
  return a;
}

/** A slider step giving about 600 stops across the range, rounded to a power of ten. */
function stepFor(min: number, max: number): number {
  return 10 ** Math.floor(Math.log10((max - min) / 600));
}

/** Those of `keys` that are formula `expr`'s (formula.ts's `ownKeys`). */
export function ownKeys(keys: Iterable<string>, expr: string): string[] {
  const own = formulaKeys(expr);
  return [...new Set(keys)].filter((k) => own.includes(k));
}

function formulaKeys(expr: string): string[] {
  const r = compileCached(expr);
  if (!r.ok) return expr === DEFAULT_EXPR ? [] : formulaKeys(DEFAULT_EXPR);
  return r.formula.paramNames.flatMap((n) => [n, `${n}.min`, `${n}.max`]);
}

const withRange = new WeakMap<CustomActivation, Map<string, CustomActivation>>();

/** A narrow search finds close kinks that the default ±10⁶ search would blur. */
export function kinksWithin(a: CustomActivation, range: Range): CustomActivation {
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

/**
 * applyPatch's `expr`: a formula that compiles replaces the state's (while it is shown, the
 * names it keeps keep their values and new names start at 1); one that does not is reported
 * with its position, counted from 1, and the state keeps its formula.
 */
export function applyExpr(
  s: ExplorerState,
  patch: Readonly<ExplorerPatch>,
  { base, set, name, text, note, typed }: PatchContext,
): ExplorerState {
  if (!typed('expr') || patch.expr === s.expr) {
    if (patch.expr !== undefined && compileCached(patch.expr).ok) set.expr = patch.expr;
    return s;
  }
  const r = compileCached(patch.expr!);
  if (!r.ok) {
    note(name('expr'), text(name('expr'), patch.expr), 'urlBadFormula', { at: r.error.start + 1 });
    return s;
  }
  s = { ...s, expr: (set.expr = patch.expr!) };
  if (s.fn !== CUSTOM_ID) return s;
  const params = defaultParams(CUSTOM_ID, s.expr);
  for (const k of Object.keys(params))
    if (Object.hasOwn(base.params, k)) params[k] = base.params[k]!;
  return { ...s, params: (set.params = params) };
}

/**
 * applyPatch's `paramRanges`: each valid range of one of the shown formula's parameters (an
 * end given as NaN keeps the current end, as `b.max=5` alone in a URL does); a value outside
 * its new range moves to the nearest end. A range equal to the default is dropped, so state
 * and URL stay short.
 */
export function applyRanges(
  s: ExplorerState,
  patch: Readonly<ExplorerPatch>,
  { set, text, note, typed }: PatchContext,
): ExplorerState {
  if (!typed('paramRanges')) return s;
  const own = s.fn === CUSTOM_ID ? (activationIn(s, s.fn)?.params ?? []) : [];
  const names = new Set(own.map((p) => p.key));
  const out: Record<string, Range> = { ...s.paramRanges };
  let changed = false;
  for (const [key, v] of Object.entries(patch.paramRanges!)) {
    const pair = `${shown(key)}.min,${shown(key)}.max`;
    if (!names.has(key) || !Array.isArray(v) || v.length !== 2) {
      note(pair, text(pair, v), 'urlUnknownParam');
      continue;
    }
    const cur = rangeOf(s.paramRanges, key);
    const r: Range = [Number.isNaN(v[0]) ? cur[0] : v[0], Number.isNaN(v[1]) ? cur[1] : v[1]];
    if (paramRangeError(r)) {
      note(pair, text(pair, v), 'urlBadParamRange');
      continue;
    }
    if (r[0] === cur[0] && r[1] === cur[1]) continue;
    changed = true;
    if (r[0] === DEFAULT_PARAM_RANGE[0] && r[1] === DEFAULT_PARAM_RANGE[1]) delete out[key];
    else out[key] = r;
  }
  if (!changed) return s;
  const params = { ...s.params };
  let moved = false;
  for (const [k, [min, max]] of Object.entries(out))
    if (Object.hasOwn(params, k) && params[k] !== clamp(params[k]!, min, max)) {
      params[k] = clamp(params[k]!, min, max);
      moved = true;
    }
  s = { ...s, paramRanges: (set.paramRanges = out) };
  return moved ? { ...s, params: (set.params = params) } : s;
}

/**
 * readText's slider ranges: `b.min` and `b.max` among `keys` (the shown formula's, see
 * urlCodec's `customKeysOf`), each pair with NaN for an end not given.
 */
export function readRanges(
  keys: readonly string[],
  read: (name: string) => string | null,
  raw: Record<string, string>,
  notices: Notice[],
): ParamRanges | undefined {
  const ranges = new Map<string, [number, number]>();
  for (const key of keys) {
    const m = /^(\w+)\.(min|max)$/.exec(key);
    const t = read(key);
    if (!m || t === null) continue;
    const n = parseNumber(t);
    if (n === null) {
      notices.push({ param: shown(key), value: shown(t), message: 'urlNotNumber' });
      continue;
    }
    const r = ranges.get(m[1]!) ?? [Number.NaN, Number.NaN];
    ranges.set(m[1]!, r);
    r[m[2] === 'min' ? 0 : 1] = n;
    raw[`${m[1]!}.min,${m[1]!}.max`] = r.map((v) => (Number.isNaN(v) ? '' : String(v))).join(',');
  }
  return ranges.size > 0 ? Object.fromEntries(ranges) : undefined;
}

/**
 * writeText's `expr` (named `name` in the host) and slider ranges. The formula is written where
 * it is drawn, and then always: a link must not depend on the default formula staying the same.
 * The slider ranges are written where it is the main function.
 */
export function writeCustom(
  k: 'expr' | 'paramRanges',
  state: ExplorerState,
  name: string,
): [key: string, text: string][] {
  if (k === 'expr')
    return state.fn === CUSTOM_ID || state.cmp.includes(CUSTOM_ID) ? [[name, state.expr]] : [];
  return state.fn === CUSTOM_ID ? writeRanges(state) : [];
}

/** The slider ranges: each end of the shown formula's parameters that moved. */
function writeRanges(state: ExplorerState): [key: string, text: string][] {
  const out: [string, string][] = [];
  for (const p of activationIn(state, state.fn)?.params ?? []) {
    const [min, max] = rangeOf(state.paramRanges, p.key);
    if (min !== DEFAULT_PARAM_RANGE[0]) out.push([`${p.key}.min`, formatExact(min)]);
    if (max !== DEFAULT_PARAM_RANGE[1]) out.push([`${p.key}.max`, formatExact(max)]);
  }
  return out;
}
