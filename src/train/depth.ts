import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { norm2 } from './linalg';
import { mseLoss } from './loss';
import { Mlp, type Init, type InitDistribution } from './mlp';
import { runToEnd, type Steps } from './progress';
import { createRng, fillNormal } from './rng';

/** Slider limits of the experiment. */
export const DEPTH_LIMITS = { maxWidth: 64, maxDepth: 50, maxActivations: 4, maxBatch: 1024 };

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
}

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
  series: DepthSeries[];
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

/**
 * The gradient-flow experiment, one function per chunk, all on the same network.
 *
 * Loss: L = mean over the batch of (y − t)². One backward pass gives ∂L/∂h_l for every hidden
 * layer; no training happens. Vanishing gradients show as gradNorm shrinking from the last
 * hidden layer (l = depth) to the first (l = 1). `network` may be one built earlier for the same
 * configuration (same `depthNetworkKey`); results are identical either way.
 */
export function* depthSteps(
  options: DepthOptions,
  network: DepthNetwork = createDepthNetwork(options),
): Steps<DepthResult> {
  const key = depthNetworkKey(options);
  if (network.key !== key) throw new Error('depthSteps: network built for another configuration');
  const { width, depth, activations } = options;
  const { mlp, x, t, dOut } = network;
  const batch = t.length;
  const now = () => performance.now();
  const series: DepthSeries[] = [];
  for (let s = 0; s < activations.length; s++) {
    const choice = activations[s]!;
    const act = resolveActivation(choice.id);
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
    };
    const loss = mseLoss(mlp.forward(x, batch, onForward), t, dOut);
    mlp.backward(dOut, false, (l) => (gradNorm[l] = norm2(mlp.activationGrad(l))));
    series.push({
      activation: { id: act.id, params: fullParams(act, choice.params) },
      gradNorm,
      zeroShare,
      loss,
      ms: now() - t0,
    });
    yield { done: s + 1, total: activations.length };
  }
  return { width, depth, batch, series };
}

/** Runs the whole experiment synchronously (see `depthSteps`). */
export function runDepthExperiment(options: DepthOptions): DepthResult {
  return runToEnd(depthSteps(options));
}
