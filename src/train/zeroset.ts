import { normalCdf, type Params } from '../math';

/** A closed interval of inputs, possibly unbounded: `[lo, hi]` with lo ≤ hi. */
export type Interval = [lo: number, hi: number];

/**
 * The inputs where f(x) is exactly 0 (in exact arithmetic), up to sets of measure zero: ReLU's
 * (−∞, 0], hardshrink's [−λ, λ]. Functions that vanish only at isolated points (Leaky ReLU,
 * GELU, SiLU at x = 0) or never (sigmoid, softplus) get `[]`. Returns null for an id this table
 * does not know. `params` must be complete (see `fullParams`).
 *
 * Floating-point underflow is not modelled: e.g. sigmoid(x) rounds to 0 for x < −745.
 */
export function zeroSet(id: string, p: Params): Interval[] | null {
  const all = -Infinity;
  switch (id) {
    case 'relu':
    case 'relu6':
      return [[all, 0]];
    case 'leaky_relu':
    case 'prelu':
      return p.alpha === 0 ? [[all, 0]] : [];
    case 'rrelu':
      return (p.lower! + p.upper!) / 2 === 0 ? [[all, 0]] : [];
    case 'elu':
    case 'celu':
      return p.alpha === 0 ? [[all, 0]] : [];
    case 'threshold':
      return p.value === 0 ? [[all, p.threshold!]] : [];
    case 'hardtanh': {
      const lo = p.min_val!;
      const hi = p.max_val!;
      if (lo === 0 && hi === 0) return [[all, Infinity]];
      const out: Interval[] = [];
      if (lo === 0) out.push([all, 0]);
      if (hi === 0) out.push([0, Infinity]);
      return out;
    }
    case 'hardswish':
    case 'hardsigmoid':
      return [[all, -3]];
    case 'softshrink':
    case 'hardshrink':
      return p.lambd! >= 0 ? [[-p.lambd!, p.lambd!]] : [];
    case 'selu':
    case 'gelu':
    case 'gelu_tanh':
    case 'silu':
    case 'mish':
    case 'softplus':
    case 'sigmoid':
    case 'tanh':
    case 'softsign':
    case 'logsigmoid':
    case 'tanhshrink':
      return [];
    default:
      return null;
  }
}

/** P(z ∈ [lo, hi]) for z ~ N(μ, σ²), computed on the side that keeps tail precision. */
export function normalIntervalProbability([lo, hi]: Interval, mu: number, sigma: number): number {
  if (lo === -Infinity && hi === Infinity) return 1;
  if (lo === -Infinity) return normalCdf((hi - mu) / sigma);
  if (hi === Infinity) return normalCdf((mu - lo) / sigma);
  return Math.max(0, normalCdf((hi - mu) / sigma) - normalCdf((lo - mu) / sigma));
}

/**
 * Share of exact zeros of f(z) for z ~ N(μ, σ²) in exact arithmetic, e.g. Φ(−μ/σ) for ReLU;
 * null where `zeroSet` does not know the function.
 */
export function analyticZeroShare(id: string, p: Params, mu: number, sigma: number): number | null {
  const set = zeroSet(id, p);
  if (!set) return null;
  let s = 0;
  for (const iv of set) s += normalIntervalProbability(iv, mu, sigma);
  return Math.min(1, s);
}
