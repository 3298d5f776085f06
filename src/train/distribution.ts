import { kernelsOf } from '../math';
import type { Range } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { gemmNT } from './linalg';
import {
  meanFieldMap,
  referenceMoments,
  type MeanFieldTrace,
  type ReferenceMoments,
} from './meanfield';
import { runToEnd, type Steps } from './progress';
import { createRng, fillNormal } from './rng';
import { fillLayerPreActivations, sampleStats, type SampleStats } from './sampling';

export const DISTRIBUTION_LIMITS = {
  maxSamples: 2_000_000,
  maxBins: 1000,
  maxFanIn: 4096,
  maxLayers: 100,
  maxWidth: 256,
};

/** Where the pre-activations come from. */
export type PreActivationSource = 'normal' | 'layer';
/** Weight variance g/fan-in: He g = 2, Xavier with fan-in = fan-out g = 1 (= LeCun normal). */
export type LayerInit = 'he' | 'xavier';
export const INIT_GAIN: Record<LayerInit, number> = { he: 2, xavier: 1 };

export interface DistributionOptions {
  activations: readonly ActivationChoice[];
  /** `normal`: z ~ N(mu, sigma²). `layer`: z = Σ w_i x_i over `fanIn` inputs x_i ~ N(0, 1), w_i ~ N(0, g/fanIn). */
  source: PreActivationSource;
  mu: number;
  sigma: number;
  init: LayerInit;
  fanIn: number;
  /** Samples of z (default 100 000). */
  samples?: number;
  seed: number;
  /** Histogram bins (default 60) and range over f(z) (default: z's ±4 sd, widened to show 0). */
  bins?: number;
  range?: Range;
  /** The deep network: layers, neurons per layer, inputs in the batch (default ≈ 4096/width). */
  layers: number;
  width: number;
  batch?: number;
}

export interface DistributionSeries {
  activation: Required<ActivationChoice>;
  /** Histogram of f(z) as in the sparsity demo: exact zeros included in their bin. */
  counts: Float64Array;
  below: number;
  above: number;
  zeros: number;
  zeroShare: number;
  sampled: SampleStats;
  /** Exact values for z ~ N(refMu, refSigma²) (in `layer` mode, the limit of large fan-in). */
  reference: ReferenceMoments;
  /** Mean-field prediction per layer, and the same quantities measured in one sampled network. */
  field: MeanFieldTrace;
  network: MeanFieldTrace;
}

export interface DistributionResult {
  source: PreActivationSource;
  /** The Gaussian the reference values are for. */
  refMu: number;
  refSigma: number;
  gain: number;
  fanIn: number;
  samples: number;
  range: Range;
  bins: number;
  layers: number;
  width: number;
  batch: number;
  seed: number;
  series: DistributionSeries[];
  /** For the demo's two standing claims, whatever is selected: exact E[ReLU(z)] and E[ELU(z)] for z ~ N(refMu, refSigma²), and SELU's mean-field map. */
  claims: { reluMean: number; eluMean: number; selu: MeanFieldTrace };
}

function check(o: DistributionOptions, n: number, bins: number, batch: number): void {
  const L = DISTRIBUTION_LIMITS;
  const int = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new RangeError(`${name} = ${v} outside ${lo}…${hi}`);
  };
  if (!(o.sigma > 0) || !Number.isFinite(o.sigma) || !Number.isFinite(o.mu))
    throw new RangeError(`Need finite mu and sigma > 0 (got ${o.mu}, ${o.sigma})`);
  int(n, 1, L.maxSamples, 'samples');
  int(bins, 1, L.maxBins, 'bins');
  int(o.fanIn, 1, L.maxFanIn, 'fanIn');
  int(o.layers, 1, L.maxLayers, 'layers');
  int(o.width, 1, L.maxWidth, 'width');
  int(batch, 1, 4096, 'batch');
  if (o.source !== 'normal' && o.source !== 'layer')
    throw new RangeError(`Unknown source ${JSON.stringify(o.source)}`);
  if (!(o.init in INIT_GAIN)) throw new RangeError(`Unknown init ${JSON.stringify(o.init)}`);
}

/** One random network, its weights N(0, g/width) and inputs N(0, 1) drawn once per seed. */
interface Network {
  weights: Float64Array[];
  input: Float64Array;
}

function createNetwork(o: DistributionOptions, gain: number, batch: number): Network {
  // A stream of its own, so the network does not change with the number of samples.
  const rng = createRng((o.seed ^ 0x6a09e667) >>> 0);
  const w = o.width;
  const input = fillNormal(rng, new Float64Array(batch * w));
  const sd = Math.sqrt(gain / w);
  const weights = Array.from({ length: o.layers }, () =>
    fillNormal(rng, new Float64Array(w * w), 0, sd),
  );
  return { weights, input };
}

/** Forward pass of one function through the network: per layer, the same three quantities. */
function runNetwork(
  net: Network,
  choice: Required<ActivationChoice>,
  width: number,
  batch: number,
): MeanFieldTrace {
  const act = resolveActivation(choice.id);
  const L = net.weights.length;
  const out: MeanFieldTrace = {
    mean: new Float64Array(L),
    variance: new Float64Array(L),
    preVariance: new Float64Array(L),
  };
  const size = batch * width;
  let h = net.input;
  const z = new Float64Array(size);
  for (let l = 0; l < L; l++) {
    gemmNT(h, net.weights[l]!, z, batch, width, width);
    const next = new Float64Array(size);
    kernelsOf(act).fArray(z, next, choice.params);
    let zz = 0;
    let s = 0;
    for (let i = 0; i < size; i++) {
      zz += z[i]! * z[i]!;
      s += next[i]!;
    }
    const mean = s / size;
    let v = 0;
    for (let i = 0; i < size; i++) v += (next[i]! - mean) ** 2;
    out.preVariance[l] = zz / size;
    out.mean[l] = mean;
    out.variance[l] = v / size;
    h = next;
  }
  return out;
}

/**
 * The distribution demo: samples of z (seeded), each function's output histogram and moments
 * beside their exact values, and, across layers, the mean-field map beside one sampled network.
 * One function per chunk.
 */
export function* distributionSteps(o: DistributionOptions): Steps<DistributionResult> {
  const n = o.samples ?? 100_000;
  const bins = o.bins ?? 60;
  // About 4096 values per layer at any width, so a wide network costs L·4096·width, not L·128·width².
  const batch = o.batch ?? Math.max(16, Math.round(4096 / o.width));
  check(o, n, bins, batch);
  const gain = INIT_GAIN[o.init];
  const layer = o.source === 'layer';
  const refMu = layer ? 0 : o.mu;
  const refSigma = layer ? Math.sqrt(gain) : o.sigma;
  const pad = 0.25 * refSigma;
  const range: Range = o.range ?? [
    Math.min(refMu - 4 * refSigma, -pad),
    Math.max(refMu + 4 * refSigma, pad),
  ];
  const [lo, hi] = range;
  if (!(hi > lo)) throw new RangeError(`Empty histogram range [${lo}, ${hi}]`);
  const rng = createRng(o.seed);
  const z = new Float64Array(n);
  if (layer) fillLayerPreActivations(rng, z, gain, o.fanIn);
  else fillNormal(rng, z, o.mu, o.sigma);
  const net = createNetwork(o, gain, batch);
  const y = new Float64Array(n);
  const dy = new Float64Array(n);
  const scale = bins / (hi - lo);
  const series: DistributionSeries[] = [];
  const total = o.activations.length;
  for (let s = 0; s < total; s++) {
    const act = resolveActivation(o.activations[s]!.id);
    const params = fullParams(act, o.activations[s]!.params);
    kernelsOf(act).fArray(z, y, params);
    kernelsOf(act).dfArray(z, dy, params);
    const counts = new Float64Array(bins);
    let below = 0;
    let above = 0;
    for (let i = 0; i < n; i++) {
      const v = y[i]!;
      if (v < lo) below++;
      else if (v > hi) above++;
      else if (v >= lo) counts[Math.min(bins - 1, Math.floor((v - lo) * scale))]!++;
    }
    const sampled = sampleStats(y, dy);
    const activation = { id: act.id, params };
    series.push({
      activation,
      counts,
      below,
      above,
      zeros: Math.round(sampled.zeroShare * n),
      zeroShare: sampled.zeroShare,
      sampled,
      reference: referenceMoments(act, params, refMu, refSigma),
      field: meanFieldMap(act, params, gain, o.layers),
      network: runNetwork(net, activation, o.width, batch),
    });
    yield { done: s + 1, total };
  }
  const claim = (id: string) => {
    const act = resolveActivation(id);
    return referenceMoments(act, fullParams(act, {}), refMu, refSigma).mean;
  };
  const selu = resolveActivation('selu');
  const claims = {
    reluMean: claim('relu'),
    eluMean: claim('elu'),
    selu: meanFieldMap(selu, {}, gain, o.layers),
  };
  return {
    claims,
    source: o.source,
    refMu,
    refSigma,
    gain,
    fanIn: o.fanIn,
    samples: n,
    range,
    bins,
    layers: o.layers,
    width: o.width,
    batch,
    seed: o.seed,
    series,
  };
}

/** Runs `distributionSteps` synchronously. */
export function measureDistribution(options: DistributionOptions): DistributionResult {
  return runToEnd(distributionSteps(options));
}
