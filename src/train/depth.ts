import { kernelsOf } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { norm2 } from './linalg';
import { mseLoss } from './loss';
import { Mlp, type Init, type InitDistribution } from './mlp';
import { runToEnd, type Steps } from './progress';
import { createRng, fillNormal } from './rng';

/** Slider limits of the experiment. */
export const DEPTH_LIMITS = {
  maxWidth: 64,
  maxDepth: 50,
  maxActivations: 4,
  maxBatch: 1024,
  maxSeeds: 16,
};

export interface DepthOptions {
  /** Units per hidden layer, 1…64; also the input dimension. */
  width: number;
  /** Number of hidden layers, 1…50. */
  depth: number;
  /** Random inputs, default 256. */
  batch?: number;
  init: Init;
  initDistribution?: InitDistribution;
  /** Multiplies the initial weights (1 = textbook init); lets a reader break He init on purpose. */
  gain?: number;
  /** 1…4 functions, all run on the same weights, inputs and targets. */
  activations: readonly ActivationChoice[];
  seed: number;
  /**
   * Networks drawn for the spread (`DepthResult.spread`): seeds `seed`, `seed + 1`, …, 1…16
   * (default 1). One network shows one draw of the weights, which can be lucky or unlucky.
   */
  seeds?: number;
}

/** The spread of one function's gradient flow over the networks of all seeds. */
export interface DepthSpread {
  activation: Required<ActivationChoice>;
  /** The seeds of the networks, in order. */
  seeds: number[];
  /** ‖∂L/∂h_1‖ / ‖∂L/∂h_depth‖ of each network (0 when no gradient reaches layer 1). */
  ratio: Float64Array;
  /**
   * ‖∂L/∂h_l‖ / ‖∂L/∂h_depth‖ per hidden layer l = 1…depth (index l − 1): the median over the
   * networks (the mean of the middle two for an even count), the smallest and the largest.
   * Dividing by the last layer lines the networks up where the backward pass starts.
   */
  median: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** Share of exactly-zero activations per hidden layer, mean over the networks. */
  zeroShare: Float64Array;
  /**
   * Mean of f′(z)² over the pre-activations of layers 2…depth (those the gradient passes on its
   * way from the last layer to layer 1), all networks and inputs; NaN when depth = 1.
   */
  slopeSq: number;
  /** Share of those pre-activations where |f′(z)| < `FLAT_SLOPE` × `peakSlope`: the flat parts. */
  flatShare: number;
  /** Largest |f′(x)| of the function (on a fine grid over [−20, 20]). */
  peakSlope: number;
}

/** A slope below this fraction of a function's largest counts as flat (saturated, or zero). */
export const FLAT_SLOPE = 0.1;

export interface DepthSeries {
  /** The function with every parameter filled in. */
  activation: Required<ActivationChoice>;
  /** ‖∂L/∂h_l‖ (Frobenius norm over batch × width) for hidden layers l = 1…depth (index l − 1). */
  gradNorm: Float64Array;
  /** Share of exactly-zero activations h_l (over batch × width), per hidden layer. */
  zeroShare: Float64Array;
  /** Loss at initialisation. */
  loss: number;
  /** Wall time of forward + backward for this function, ms. */
  ms: number;
}

export interface DepthResult {
  width: number;
  depth: number;
  batch: number;
  /** The first network's results (seed `seed`). */
  series: DepthSeries[];
  /** Number of networks in `spread`. */
  seeds: number;
  init: Init;
  /**
   * fan_in · Var(w) of the hidden-to-hidden weights: 2·gain² under He, gain² under Xavier (all
   * layers here are width × width). Backprop multiplies the squared gradient per layer by about
   * this times the mean f′(z)², on average over random weights.
   */
  weightScale: number;
  /** Per function, in `series` order: the spread over all the networks. */
  spread: DepthSpread[];
}

function validate(o: DepthOptions): number {
  const batch = o.batch ?? 256;
  const int = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new RangeError(`${name} = ${v} outside ${lo}…${hi}`);
  };
  int(o.width, 1, DEPTH_LIMITS.maxWidth, 'width');
  int(o.depth, 1, DEPTH_LIMITS.maxDepth, 'depth');
  int(batch, 1, DEPTH_LIMITS.maxBatch, 'batch');
  int(o.activations.length, 1, DEPTH_LIMITS.maxActivations, 'number of activations');
  int(o.seeds ?? 1, 1, DEPTH_LIMITS.maxSeeds, 'seeds');
  return batch;
}

/**
 * The network, inputs and targets of one configuration. Building it (allocating ~20 MB of
 * buffers at 64×50×256 and drawing 200 000 weights) is a good part of a run, so a caller that
 * reruns with other functions only (the usual interaction) can keep it: see `depthSteps`.
 */
export interface DepthNetwork {
  /** Identifies the configuration (`depthNetworkKey`). */
  readonly key: string;
  readonly mlp: Mlp;
  readonly x: Float64Array;
  readonly t: Float64Array;
  readonly dOut: Float64Array;
}

/** What the network depends on: everything but the functions. */
export function depthNetworkKey(o: DepthOptions): string {
  const batch = validate(o);
  const { width, depth, init, seed } = o;
  return JSON.stringify([
    width,
    depth,
    batch,
    init,
    o.initDistribution ?? 'normal',
    o.gain ?? 1,
    seed,
  ]);
}

/**
 * Network: `width` inputs → `depth` hidden layers of `width` units → one linear output,
 * initialised with `seed`, biases 0. Inputs x ~ N(0, 1) (batch × width) and targets t ~ N(0, 1)
 * come from a second stream derived from the seed, so the weights do not depend on the batch.
 */
export function createDepthNetwork(o: DepthOptions): DepthNetwork {
  const key = depthNetworkKey(o);
  const batch = o.batch ?? 256;
  const mlp = new Mlp({
    sizes: [o.width, ...new Array<number>(o.depth).fill(o.width), 1],
    activation: o.activations[0]!,
    maxBatch: batch,
    seed: o.seed,
    init: o.init,
    initDistribution: o.initDistribution ?? 'normal',
    gain: o.gain ?? 1,
    alphaMode: 'fixed',
    keepActivations: false,
  });
  const rng = createRng((o.seed ^ 0x5bd1e995) >>> 0);
  const x = fillNormal(rng, new Float64Array(batch * o.width));
  const t = fillNormal(rng, new Float64Array(batch));
  return { key, mlp, x, t, dOut: new Float64Array(batch) };
}

/** Where `depthSteps` gets the network of each seed: one built earlier, or a builder. */
export type DepthNetworkSource = DepthNetwork | ((options: DepthOptions) => DepthNetwork);

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  const v = Float64Array.from(values).sort();
  const n = v.length;
  if (n === 0) return NaN;
  return n % 2 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
}

/** Largest |f′| on a grid of step 1e-3 over [−20, 20] (every kink of the registry is on it). */
function peakSlope(choice: ActivationChoice): number {
  const act = resolveActivation(choice.id);
  const x = Float64Array.from({ length: 40_001 }, (_, i) => -20 + i * 1e-3);
  const d = new Float64Array(x.length);
  kernelsOf(act).dfArray(x, d, fullParams(act, choice.params));
  let peak = 0;
  for (const v of d) if (Math.abs(v) > peak) peak = Math.abs(v);
  return peak;
}

/** Per-function sums over the networks, turned into a `DepthSpread` at the end. */
interface Accumulator {
  /** rel[s][l] = ‖∂L/∂h_l‖ / ‖∂L/∂h_depth‖ of network s. */
  rel: Float64Array[];
  zeroShare: Float64Array;
  slopeSq: number;
  flat: number;
  count: number;
  peak: number;
}

/**
 * The gradient-flow experiment: one chunk per network and function, network by network (only
 * one is alive at a time; each is shared by all functions).
 *
 * Loss: L = mean over the batch of (y − t)². One backward pass gives ∂L/∂h_l for every hidden
 * layer; no training happens. Vanishing gradients show as gradNorm shrinking from the last
 * hidden layer (l = depth) to the first (l = 1). `series` is the first network's (seed `seed`)
 * and does not depend on `seeds`; `spread` covers `seeds` networks, seeds `seed`, `seed + 1`, ….
 * `networks` may give a network built earlier for a configuration (same `depthNetworkKey`), or
 * a function that returns one for each seed's options; results are identical either way.
 */
export function* depthSteps(
  options: DepthOptions,
  networks: DepthNetworkSource = createDepthNetwork,
): Steps<DepthResult> {
  depthNetworkKey(options); // validates
  const { width, depth, activations } = options;
  const seeds = options.seeds ?? 1;
  const networkOf = (o: DepthOptions): DepthNetwork => {
    const net = typeof networks === 'function' ? networks(o) : networks;
    const key = depthNetworkKey(o);
    if (net.key === key) return net;
    if (typeof networks === 'function' || o.seed === options.seed)
      throw new Error('depthSteps: network built for another configuration');
    // A single network given for the first seed: the others are built here.
    return createDepthNetwork(o);
  };
  const now = () => performance.now();
  const series: DepthSeries[] = [];
  const acc: Accumulator[] = activations.map((c) => ({
    rel: [],
    zeroShare: new Float64Array(depth),
    slopeSq: 0,
    flat: 0,
    count: 0,
    peak: peakSlope(c),
  }));
  let batch = 0;
  let slope = new Float64Array(0);
  for (let k = 0; k < seeds; k++) {
    const seed = options.seed + k;
    const { mlp, x, t, dOut } = networkOf({ ...options, seed });
    batch = t.length;
    if (slope.length !== batch * width) slope = new Float64Array(batch * width);
    for (let s = 0; s < activations.length; s++) {
      const choice = activations[s]!;
      const act = resolveActivation(choice.id);
      const params = fullParams(act, choice.params);
      const a = acc[s]!;
      const flatBelow = FLAT_SLOPE * a.peak;
      const t0 = now();
      mlp.setActivation(choice);
      const gradNorm = new Float64Array(depth);
      const zeroShare = new Float64Array(depth);
      // Layer outputs and gradients are read as they are produced (the network keeps only two).
      const onForward = (l: number) => {
        if (l >= depth) return;
        const h = mlp.activation(l);
        let zeros = 0;
        // Branch-free count: ReLU's zeros come in random order.
        for (let i = 0; i < h.length; i++) zeros += +(h[i] === 0);
        zeroShare[l] = zeros / h.length;
        if (l === 0) return; // layer 1's slope is not on the way from the last layer to layer 1
        kernelsOf(act).dfArray(mlp.preActivation(l), slope, params);
        for (let i = 0; i < slope.length; i++) {
          const d = slope[i]!;
          a.slopeSq += d * d;
          a.flat += +(Math.abs(d) < flatBelow);
        }
        a.count += slope.length;
      };
      const loss = mseLoss(mlp.forward(x, batch, onForward), t, dOut);
      mlp.backward(dOut, false, (l) => (gradNorm[l] = norm2(mlp.activationGrad(l))));
      const last = gradNorm[depth - 1]!;
      a.rel.push(gradNorm.map((g) => g / last));
      for (let l = 0; l < depth; l++) a.zeroShare[l]! += zeroShare[l]! / seeds;
      if (k === 0)
        series.push({
          activation: { id: act.id, params },
          gradNorm,
          zeroShare,
          loss,
          ms: now() - t0,
        });
      yield { done: k * activations.length + s + 1, total: seeds * activations.length };
    }
  }
  const spread = acc.map((a, s): DepthSpread => {
    const at = (l: number) => a.rel.map((r) => r[l]!);
    const per = (f: (v: number[]) => number) =>
      Float64Array.from({ length: depth }, (_, l) => f(at(l)));
    return {
      activation: series[s]!.activation,
      seeds: Array.from({ length: seeds }, (_, k) => options.seed + k),
      ratio: Float64Array.from(at(0)),
      median: per(median),
      min: per((v) => Math.min(...v)),
      max: per((v) => Math.max(...v)),
      zeroShare: a.zeroShare,
      slopeSq: a.count > 0 ? a.slopeSq / a.count : NaN,
      flatShare: a.count > 0 ? a.flat / a.count : NaN,
      peakSlope: a.peak,
    };
  });
  const gain = options.gain ?? 1;
  const weightScale = (options.init === 'he' ? 2 : 1) * gain * gain;
  return { width, depth, batch, series, seeds, init: options.init, weightScale, spread };
}
/** Runs the whole experiment synchronously (see `depthSteps`). */
export function runDepthExperiment(options: DepthOptions): DepthResult {
  return runToEnd(depthSteps(options));
}
