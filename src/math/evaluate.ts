import { kernelsOf } from './kernels';
import { getActivation } from './registry';
import type { Activation, Params } from './types';

function lookup(id: string): Activation {
  const a = getActivation(id);
  if (!a) throw new RangeError(`unknown activation id '${id}'`);
  return a;
}

type Out = Float64Array | Float32Array;

function fill(
  a: Activation,
  which: 'fArray' | 'dfArray',
  x: ArrayLike<number>,
  p: Partial<Params> | undefined,
  out: Out | undefined,
): Out {
  if (out !== undefined && out.length < x.length) {
    throw new RangeError(`out has length ${out.length}, shorter than the input (${x.length})`);
  }
  const target = out ?? new Float64Array(x.length);
  kernelsOf(a)[which](x, target, p);
  return target;
}

/**
 * f(x) for the activation `id`, like the tutorial's NumPy `relu()`: a number gives a number; a
 * plain or typed array gives a new Float64Array, or fills and returns `out` when it is given
 * (Float32Array outputs are the double results rounded once). Missing parameters take their
 * PyTorch defaults; array results equal the scalar ones bit for bit.
 *
 * @throws RangeError for an unknown id, an invalid parameter value, or an `out` shorter than x.
 */
export function evaluate(id: string, x: number, p?: Partial<Params>): number;
export function evaluate<T extends Out>(
  id: string,
  x: ArrayLike<number>,
  p: Partial<Params> | undefined,
  out: T,
): T;
export function evaluate(id: string, x: ArrayLike<number>, p?: Partial<Params>): Float64Array;
export function evaluate(
  id: string,
  x: number | ArrayLike<number>,
  p?: Partial<Params>,
  out?: Out,
): number | Out {
  const a = lookup(id);
  return typeof x === 'number' ? a.f(x, p) : fill(a, 'fArray', x, p, out);
}

/**
 * f′(x) for the activation `id`, with PyTorch autograd's value at kinks; the same overloads
 * and errors as {@link evaluate}.
 */
export function derivative(id: string, x: number, p?: Partial<Params>): number;
export function derivative<T extends Out>(
  id: string,
  x: ArrayLike<number>,
  p: Partial<Params> | undefined,
  out: T,
): T;
export function derivative(id: string, x: ArrayLike<number>, p?: Partial<Params>): Float64Array;
export function derivative(
  id: string,
  x: number | ArrayLike<number>,
  p?: Partial<Params>,
  out?: Out,
): number | Out {
  const a = lookup(id);
  return typeof x === 'number' ? a.df(x, p) : fill(a, 'dfArray', x, p, out);
}
