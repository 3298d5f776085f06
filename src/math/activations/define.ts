import { activationInfo } from '../catalog';
import { resolveParams, type ParamSpecOf, type Resolved } from '../params';
import type { Activation, BoundActivation, Kernels, Kink, Params } from '../types';

/** Output arrays the kernels fill. */
export type Out = Float64Array | Float32Array;

/**
 * What one activation file writes; `defineActivation` adds parameter resolution and validation,
 * and the name and family from the activation's row of the catalogue (catalog.ts). Every
 * callback receives parameters already resolved, so none of them looks a key up.
 */
export interface ActivationDef<K extends string> {
  id: string;
  params: readonly ParamSpecOf<K>[];
  /** Cross-parameter constraint: an error message naming the parameters, or undefined. */
  check?: (p: Resolved<K>) => string | undefined;
  bind(p: Resolved<K>): BoundActivation;
  kinks(p: Resolved<K>, b: BoundActivation): Kink[];
}

/** Builds a registry entry from a definition. */
export function defineActivation<K extends string>(def: ActivationDef<K>): Activation {
  const info = activationInfo(def.id);
  if (!info) throw new Error(`defineActivation: ${def.id} has no row in catalog.ts`);
  const resolve = (p: Partial<Params> | undefined): Resolved<K> =>
    resolveParams(def.id, def.params, p, def.check);
  const defaults = def.bind(resolve(undefined));

  // Scalar f(x, p) is called point by point with the same parameter object (plots, root
  // finding); remembering the last binding avoids re-validating and re-binding on every call.
  let lastP: Partial<Params> | undefined;
  let lastValues: (number | undefined)[] = [];
  let lastBound = defaults;
  const bound = (p: Partial<Params> | undefined): BoundActivation => {
    if (p === undefined) return defaults;
    if (p === lastP && def.params.every((s, i) => p[s.key] === lastValues[i])) return lastBound;
    lastBound = def.bind(resolve(p));
    lastP = p;
    lastValues = def.params.map((s) => p[s.key]);
    return lastBound;
  };

  const entry: Activation = {
    id: def.id,
    name: info.name,
    family: info.family,
    params: def.params,
    f: (x, p) => bound(p).f(x),
    df: (x, p) => bound(p).df(x),
    bind: (p) => (p === undefined ? defaults : def.bind(resolve(p))),
    kinks: (p) => {
      const r = resolve(p);
      return def.kinks(r, def.bind(r));
    },
  };
  resolvers.set(entry, resolve as Resolver);
  return entry;
}

type Resolver = (p: Partial<Params> | undefined) => Resolved<string>;
/** Each entry's parameter resolution, for its array kernels (defined apart: `kernelsFor`). */
const resolvers = new WeakMap<Activation, Resolver>();

/**
 * What one activation file writes for its array kernels. Each activation writes its own loop
 * (not one shared `out[i] = fn(x[i])` helper): V8 keeps type feedback per function literal, so
 * a loop shared by all ids sees two dozen callees, goes megamorphic and stops inlining them.
 */
export interface KernelDef<K extends string> {
  fArray(x: ArrayLike<number>, out: Out, p: Resolved<K>): void;
  dfArray(x: ArrayLike<number>, out: Out, p: Resolved<K>): void;
}

/**
 * The array kernels of a registry entry, kept out of the entry itself: the figure evaluates
 * point by point, so a host that never fills arrays (the element) does not ship them. The
 * kernels take parameters as `f` does (missing keys take their defaults) and are validated the
 * same way. Look them up with `kernelsOf` (math/kernels.ts).
 */
export function kernelsFor<K extends string>(a: Activation, k: KernelDef<K>): Kernels {
  const resolve = resolvers.get(a) as (p: Partial<Params> | undefined) => Resolved<K>;
  return {
    fArray: (x, out, p) => k.fArray(x, out, resolve(p)),
    dfArray: (x, out, p) => k.dfArray(x, out, resolve(p)),
  };
}

/**
 * A kink at `x` whose f and PyTorch f′ come from the bound kernels themselves, so they can
 * never disagree with what is plotted. Pass `jump` where f is discontinuous.
 */
export function kinkAt(
  b: BoundActivation,
  x: number,
  dfLeft: number,
  dfRight: number,
  jump?: { fLeft: number; fRight: number },
): Kink {
  const f = b.f(x);
  return {
    x,
    fLeft: jump ? jump.fLeft : f,
    f,
    fRight: jump ? jump.fRight : f,
    dfLeft,
    dfRight,
    df: b.df(x),
  };
}
