import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { norm2 } from './linalg';
import { Mlp, mseLoss, type Init, type InitDistribution } from './mlp';
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
 * The gradient-flow experiment, one function per chunk.
 *
 * Network: `width` inputs → `depth` hidden layers of `width` units (the chosen function) → one
 * linear output, initialised once with `seed` and shared by every function. Inputs x ~ N(0, 1)
 * (batch × width) and targets t ~ N(0, 1) come from the same seeded stream, drawn after the
 * weights. Loss: L = mean over the batch of (y − t)². One backward pass gives ∂L/∂h_l for
 * every hidden layer; no training happens. Vanishing gradients show as gradNorm shrinking from
 * the last hidden layer (l = depth) to the first (l = 1).
 */
export function* depthSteps(options: DepthOptions): Steps<DepthResult> {
  const batch = validate(options);
  const { width, depth, activations } = options;
  const now = () => performance.now();
  const first = activations[0]!;
  const mlp = new Mlp({
    sizes: [width, ...new Array<number>(depth).fill(width), 1],
    activation: first,
    maxBatch: batch,
    seed: options.seed,
    init: options.init,
    initDistribution: options.initDistribution ?? 'normal',
    gain: options.gain ?? 1,
    alphaMode: 'fixed',
  });
  // Separate stream for the data, so the weights do not depend on the batch size.
  const rng = createRng((options.seed ^ 0x5bd1e995) >>> 0);
  const x = fillNormal(rng, new Float64Array(batch * width));
  const t = fillNormal(rng, new Float64Array(batch));
  const dOut = new Float64Array(batch);
  const series: DepthSeries[] = [];
  for (let s = 0; s < activations.length; s++) {
    const choice = activations[s]!;
    const act = resolveActivation(choice.id);
    const t0 = now();
    mlp.setActivation(choice);
    const loss = mseLoss(mlp.forward(x, batch), t, dOut);
    mlp.backward(dOut, false);
    const gradNorm = new Float64Array(depth);
    const zeroShare = new Float64Array(depth);
    for (let l = 0; l < depth; l++) {
      gradNorm[l] = norm2(mlp.activationGrad(l));
      const h = mlp.activation(l);
      let zeros = 0;
      for (let i = 0; i < h.length; i++) if (h[i] === 0) zeros++;
      zeroShare[l] = zeros / h.length;
    }
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
