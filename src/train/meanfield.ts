import { leakyReluMoments, quadratureMoments, type Activation, type Params } from '../math';
import { analyticZeroShare } from './zeroset';

/** How a reference value was obtained: a formula, or numerical integration. */
export type ReferenceMethod = 'closed' | 'quadrature';

/** E[f], Var f, E[f′] and the share of exact zeros of f(z) for z ~ N(μ, σ²), in exact arithmetic. */
export interface ReferenceMoments {
  mean: number;
  /** E[f(z)²]. */
  second: number;
  variance: number;
  dfMean: number;
  /** P(f(z) = 0); null where the zero set is not known. */
  zeroShare: number | null;
  method: ReferenceMethod;
}

/**
 * The reference moments: closed forms for ReLU and Leaky ReLU (and PReLU, the same function
 * at its initial α), quadrature split at the kinks for everything else. `params` complete.
 */
export function referenceMoments(
  act: Activation,
  params: Params,
  mu: number,
  sigma: number,
): ReferenceMoments {
  const alpha =
    act.id === 'relu' ? 0 : act.id === 'leaky_relu' || act.id === 'prelu' ? params.alpha! : null;
  if (alpha !== null) {
    const m = leakyReluMoments(alpha, mu, sigma);
    return { ...m, variance: Math.max(0, m.second - m.mean ** 2), method: 'closed' };
  }
  const b = act.bind(params);
  const breaks = act.kinks(params).map((k) => k.x);
  const m = quadratureMoments(b.f, b.df, mu, sigma, breaks);
  return {
    ...m,
    variance: Math.max(0, m.second - m.mean ** 2),
    zeroShare: analyticZeroShare(act.id, params, mu, sigma),
    method: 'quadrature',
  };
}

/** Layer by layer: the mean-field prediction for a wide random network. */
export interface MeanFieldTrace {
  /** E[f(z_l)], the mean of layer l's outputs (index l − 1). */
  mean: Float64Array;
  /** Var f(z_l). */
  variance: Float64Array;
  /** q_l, the variance of layer l's pre-activations. */
  preVariance: Float64Array;
}

/**
 * The mean-field map of a random network whose weights are N(0, g/fan-in) and biases 0: the
 * pre-activations of layer l are N(0, q_l) in the limit of infinite width, with
 * q_1 = g·E[x²] = g·`inputSecond` and q_{l+1} = g·E[f(z_l)²], every expectation by quadrature
 * (or closed form). A variance that leaves the double range ends the trace with NaN.
 */
export function meanFieldMap(
  act: Activation,
  params: Params,
  gain: number,
  layers: number,
  inputSecond = 1,
): MeanFieldTrace {
  const out: MeanFieldTrace = {
    mean: new Float64Array(layers).fill(NaN),
    variance: new Float64Array(layers).fill(NaN),
    preVariance: new Float64Array(layers).fill(NaN),
  };
  let q = gain * inputSecond;
  for (let l = 0; l < layers; l++) {
    if (!(q > 1e-300 && q < 1e300)) break;
    const m = referenceMoments(act, params, 0, Math.sqrt(q));
    out.mean[l] = m.mean;
    out.variance[l] = m.variance;
    out.preVariance[l] = q;
    q = gain * m.second;
  }
  return out;
}
