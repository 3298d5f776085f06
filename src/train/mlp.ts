import { kernelsOf } from '../math';
import type { Activation, Params } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { gemmNT, gemmTN, transpose } from './linalg';
import { preluDf, preluF } from './prelu';
import { createRng } from './rng';

/**
 * Weight initialisation. Both scale the weights of a layer with fan-in `nin` and fan-out `nout`
 * (biases: see `biasInit` and `biasShift`). Weights are drawn layer by layer, row-major.
 * - `xavier` (Glorot & Bengio 2010): Var(w) = 2 / (nin + nout).
 * - `he` (He et al. 2015, "Kaiming", fan-in mode): Var(w) = 2 / nin, which keeps ReLU's
 *   forward and backward signal at constant scale through depth.
 */
export type Init = 'xavier' | 'he';
/** `normal`: w ~ N(0, Var); `uniform`: w ~ U(−a, a) with a = √(3·Var) (same variance). */
export type InitDistribution = 'normal' | 'uniform';
/**
 * How a PReLU layer's α is handled: `fixed` (the given value, not trained), `shared` (one
 * learnable α per layer, PyTorch's default `num_parameters=1`) or `unit` (one per hidden unit).
 * Ignored for other activations.
 */
export type AlphaMode = 'fixed' | 'shared' | 'unit';

export interface MlpOptions {
  /** Layer widths `[inputs, hidden₁, …, hiddenₖ, outputs]`; at least two entries. */
  sizes: readonly number[];
  /** One activation for every hidden layer, or one per hidden layer. The output layer is linear. */
  activation: ActivationChoice | readonly ActivationChoice[];
  /** Largest batch `forward` accepts; buffers are allocated for it once. */
  maxBatch: number;
  /** Seed of the weight initialisation. */
  seed: number;
  init?: Init;
  initDistribution?: InitDistribution;
  /** Multiplies the initial weights' standard deviation (1 = textbook init). */
  gain?: number;
  /**
   * Initial biases: `zero` (default; the setting He and Glorot analyse) or `uniform`, PyTorch's
   * `nn.Linear` default U(−1/√nin, 1/√nin), which spreads 1-D ReLU kinks over the input range.
   */
  biasInit?: 'zero' | 'uniform';
  /** Added to every hidden-layer bias at initialisation (negative values start units "dead"). */
  biasShift?: number;
  alphaMode?: AlphaMode;
  /**
   * Keep every hidden layer's outputs and ∂L/∂h (default true). With false they share two
   * buffers, a third of the memory (the depth experiment: 13 MB less at 64×50×256); they can
   * then be read only in the `onLayer` callbacks of `forward`/`backward`, and `backward` cannot
   * compute parameter gradients.
   */
  keepActivations?: boolean;
}

interface Layer {
  nin: number;
  nout: number;
  /** Offsets into `theta`/`grad`; `alphaOffset` is −1 without learnable α. */
  wOffset: number;
  bOffset: number;
  alphaOffset: number;
  alphaCount: number;
  act: Activation | null;
  params: Params;
  /** Buffers sized for `maxBatch`, row-major batch × nout. */
  z: Float64Array;
  h: Float64Array;
  gh: Float64Array;
}

/**
 * A dense multilayer perceptron on Float64Arrays with hand-written backpropagation.
 *
 * Data layout is row-major batch × features: example b's input i is `x[b·inputs + i]`.
 * Layer l computes `z = a_{l−1} Wᵀ + b` (W is nout×nin row-major) and, for hidden layers,
 * `h = f(z)` with the registry's `fArray` (so values at kinks are exactly the registry's; a
 * learnable PReLU α uses `preluF`, tested bit-for-bit against the registry's PReLU).
 * All parameters live in one flat `theta` (per layer: W, b, then α if learnable) with a
 * gradient `grad` of the same layout, so optimisers and the gradient check see one vector.
 */
export class Mlp {
  readonly sizes: readonly number[];
  readonly maxBatch: number;
  readonly theta: Float64Array;
  readonly grad: Float64Array;
  private readonly layers: Layer[];
  private input: Float64Array = new Float64Array(0);
  private n = 0;
  private zView: Float64Array[] = [];
  private hView: Float64Array[] = [];
  private ghView: Float64Array[] = [];
  /** ∂L/∂z of the layer being processed; one buffer suffices (see `backward`). */
  private readonly dz: Float64Array;
  private readonly scratchT1: Float64Array;
  private readonly scratchT2: Float64Array;
  private readonly keep: boolean;

  constructor(options: MlpOptions) {
    const { sizes, maxBatch } = options;
    if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1))
      throw new RangeError(`Invalid layer sizes: ${JSON.stringify(sizes)}`);
    if (!Number.isInteger(maxBatch) || maxBatch < 1)
      throw new RangeError(`Invalid maxBatch: ${maxBatch}`);
    const hidden = sizes.length - 2;
    const choices = Array.isArray(options.activation)
      ? (options.activation as readonly ActivationChoice[])
      : Array.from({ length: hidden }, () => options.activation as ActivationChoice);
    if (choices.length !== hidden)
      throw new RangeError(`Expected ${hidden} activations, got ${choices.length}`);
    this.sizes = [...sizes];
    this.maxBatch = maxBatch;
    const alphaMode = options.alphaMode ?? 'shared';
    this.layers = [];
    this.keep = options.keepActivations ?? true;
    let offset = 0;
    const widest = Math.max(...sizes);
    // Without keepActivations, hidden layer l uses shared[l % 2]: layer l reads l − 1's buffer.
    const shared = this.keep ? [] : [0, 1].map(() => new Float64Array(maxBatch * widest));
    const sharedGrad = this.keep ? [] : [0, 1].map(() => new Float64Array(maxBatch * widest));
    for (let l = 0; l + 1 < sizes.length; l++) {
      const nin = sizes[l]!;
      const nout = sizes[l + 1]!;
      const choice = l < hidden ? choices[l]! : null;
      const act = choice ? resolveActivation(choice.id) : null;
      const params = act ? fullParams(act, choice?.params) : {};
      if (act) checkParams(act, params);
      const learnsAlpha = act?.id === 'prelu' && alphaMode !== 'fixed';
      const alphaCount = learnsAlpha ? (alphaMode === 'unit' ? nout : 1) : 0;
      const wOffset = offset;
      const bOffset = wOffset + nin * nout;
      const alphaOffset = learnsAlpha ? bOffset + nout : -1;
      offset = bOffset + nout + alphaCount;
      const z = new Float64Array(maxBatch * nout);
      const isHidden = act !== null;
      this.layers.push({
        nin,
        nout,
        wOffset,
        bOffset,
        alphaOffset,
        alphaCount,
        act,
        params,
        z,
        h: !isHidden ? z : this.keep ? new Float64Array(maxBatch * nout) : shared[l % 2]!,
        gh: !isHidden
          ? new Float64Array(0)
          : this.keep
            ? new Float64Array(maxBatch * nout)
            : sharedGrad[l % 2]!,
      });
    }
    this.theta = new Float64Array(offset);
    this.grad = new Float64Array(offset);
    this.dz = new Float64Array(maxBatch * widest);
    this.scratchT1 = new Float64Array(maxBatch * widest);
    this.scratchT2 = new Float64Array(Math.max(maxBatch, widest) * widest);
    this.initialise(options);
  }

  private initialise(options: MlpOptions): void {
    const rng = createRng(options.seed);
    const init = options.init ?? 'he';
    const uniform = (options.initDistribution ?? 'normal') === 'uniform';
    const gain = options.gain ?? 1;
    const shift = options.biasShift ?? 0;
    const biasUniform = options.biasInit === 'uniform';
    for (const L of this.layers) {
      const variance = init === 'he' ? 2 / L.nin : 2 / (L.nin + L.nout);
      const sd = gain * Math.sqrt(variance);
      const a = Math.sqrt(3) * sd;
      for (let i = 0; i < L.nin * L.nout; i++)
        this.theta[L.wOffset + i] = uniform ? rng.uniform(-a, a) : sd * rng.normal();
      const bound = 1 / Math.sqrt(L.nin);
      for (let j = 0; j < L.nout; j++)
        this.theta[L.bOffset + j] =
          (biasUniform ? rng.uniform(-bound, bound) : 0) + (L.act ? shift : 0);
      if (L.alphaOffset >= 0)
        this.theta.fill(L.params.alpha ?? 0.25, L.alphaOffset, L.alphaOffset + L.alphaCount);
    }
  }

  /** Number of linear layers (hidden layers + the output layer). */
  get layerCount(): number {
    return this.layers.length;
  }
  /** Batch size of the last `forward`. */
  get batch(): number {
    return this.n;
  }
  private layer(l: number): Layer {
    const L = this.layers[l];
    if (!L) throw new RangeError(`No layer ${l}`);
    return L;
  }
  /** Weights of linear layer l (nout×nin, row-major), a view into `theta`. */
  weights(l: number): Float64Array {
    const L = this.layer(l);
    return this.theta.subarray(L.wOffset, L.bOffset);
  }
  bias(l: number): Float64Array {
    const L = this.layer(l);
    return this.theta.subarray(L.bOffset, L.bOffset + L.nout);
  }
  /** Learnable PReLU α of hidden layer l (length 1 or nout), or null. */
  alpha(l: number): Float64Array | null {
    const L = this.layer(l);
    return L.alphaOffset < 0
      ? null
      : this.theta.subarray(L.alphaOffset, L.alphaOffset + L.alphaCount);
  }
  weightGrad(l: number): Float64Array {
    const L = this.layer(l);
    return this.grad.subarray(L.wOffset, L.bOffset);
  }
  biasGrad(l: number): Float64Array {
    const L = this.layer(l);
    return this.grad.subarray(L.bOffset, L.bOffset + L.nout);
  }
  alphaGrad(l: number): Float64Array | null {
    const L = this.layer(l);
    return L.alphaOffset < 0
      ? null
      : this.grad.subarray(L.alphaOffset, L.alphaOffset + L.alphaCount);
  }
  /** The activation and full parameter values of hidden layer l (null for the output layer). */
  activationOf(l: number): { act: Activation; params: Params } | null {
    const L = this.layer(l);
    return L.act ? { act: L.act, params: L.params } : null;
  }
  /** Pre-activations z of layer l from the last forward (batch × nout). */
  preActivation(l: number): Float64Array {
    this.layer(l);
    return this.zView[l]!;
  }
  /** Outputs of layer l from the last forward: f(z) for hidden layers, z for the output layer. */
  activation(l: number): Float64Array {
    this.layer(l);
    return this.hView[l]!;
  }
  /** ∂L/∂h of hidden layer l from the last backward (batch × nout). */
  activationGrad(l: number): Float64Array {
    const L = this.layer(l);
    if (!L.act) throw new RangeError(`Layer ${l} is the output layer`);
    return this.ghView[l]!;
  }

  /**
   * Replaces the hidden activations (same weights), e.g. to compare functions on one network.
   * Not allowed when the network has learnable α (the parameter layout would change).
   */
  setActivation(choice: ActivationChoice | readonly ActivationChoice[]): void {
    const hidden = this.layers.length - 1;
    for (let l = 0; l < hidden; l++) {
      const L = this.layers[l]!;
      if (L.alphaOffset >= 0) throw new Error('setActivation: network has a learnable PReLU α');
      const c = Array.isArray(choice)
        ? (choice as readonly ActivationChoice[])[l]
        : (choice as ActivationChoice);
      if (!c) throw new RangeError(`No activation for hidden layer ${l}`);
      const act = resolveActivation(c.id);
      const params = fullParams(act, c.params);
      checkParams(act, params);
      L.act = act;
      L.params = params;
    }
  }

  private setBatch(n: number): void {
    if (!Number.isInteger(n) || n < 1 || n > this.maxBatch)
      throw new RangeError(`Batch ${n} outside 1…${this.maxBatch}`);
    if (n === this.n) return;
    this.n = n;
    this.zView = this.layers.map((L) => L.z.subarray(0, n * L.nout));
    this.hView = this.layers.map((L) =>
      L.act ? L.h.subarray(0, n * L.nout) : L.z.subarray(0, n * L.nout),
    );
    this.ghView = this.layers.map((L) => L.gh.subarray(0, L.act ? n * L.nout : 0));
  }

  /**
   * Forward pass over `n` examples (`x` is n × inputs, row-major; kept by reference until the
   * next forward for `backward`). Returns a view of the outputs (n × outputs), valid until
   * the next call. `onLayer(l)` runs as soon as layer l's outputs (`activation(l)`) are ready.
   */
  forward(x: Float64Array, n: number, onLayer?: (l: number) => void): Float64Array {
    this.setBatch(n);
    if (x.length < n * this.sizes[0]!) throw new RangeError('forward: input too short');
    this.input = x;
    let a = x;
    for (let l = 0; l < this.layers.length; l++) {
      const L = this.layers[l]!;
      const z = this.zView[l]!;
      const W = this.theta.subarray(L.wOffset, L.bOffset);
      gemmNT(a, W, z, n, L.nout, L.nin, this.theta, L.bOffset);
      if (!L.act) {
        onLayer?.(l);
        return z;
      }
      const h = this.hView[l]!;
      if (L.alphaOffset < 0) kernelsOf(L.act).fArray(z, h, L.params);
      else this.preluForward(L, z, h);
      onLayer?.(l);
      a = h;
    }
    /* c8 ignore next */
    throw new Error('unreachable');
  }

  private preluForward(L: Layer, z: Float64Array, h: Float64Array): void {
    const nout = L.nout;
    const a0 = L.alphaOffset;
    const shared = L.alphaCount === 1;
    for (let b = 0, i = 0; b < this.n; b++)
      for (let j = 0; j < nout; j++, i++) h[i] = preluF(z[i]!, this.theta[a0 + (shared ? 0 : j)]!);
  }

  /**
   * Backpropagates `dOut` = ∂L/∂output (n × outputs) through the last forward pass.
   * Fills `activationGrad(l)` for every hidden layer (calling `onLayer(l)` as each is ready,
   * from the last hidden layer down) and, when `withParams`, overwrites `grad` with ∂L/∂theta.
   * PReLU's ∂f/∂α is z for z ≤ 0 and 0 for z > 0.
   */
  backward(dOut: Float64Array, withParams = true, onLayer?: (l: number) => void): void {
    const n = this.n;
    if (n === 0) throw new Error('backward before forward');
    if (withParams && !this.keep)
      throw new Error('backward: parameter gradients need keepActivations');
    let dz = dOut;
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const L = this.layers[l]!;
      const aPrev = l > 0 ? this.hView[l - 1]! : this.input;
      if (withParams) {
        const gW = this.grad.subarray(L.wOffset, L.bOffset);
        if (L.nin * L.nout >= 256) {
          // ∂L/∂W = dzᵀ · a_prev via transposes, so the blocked kernel reads contiguous rows.
          transpose(dz, this.scratchT1, n, L.nout);
          transpose(aPrev, this.scratchT2, n, L.nin);
          gemmNT(this.scratchT1, this.scratchT2, gW, L.nout, L.nin, n);
        } else gemmTN(dz, aPrev, gW, L.nout, L.nin, n);
        // ∂L/∂b = column sums of dz, accumulated row by row (contiguous reads).
        const gb = this.grad.subarray(L.bOffset, L.bOffset + L.nout);
        gb.fill(0);
        for (let b = 0, i = 0; b < n; b++) for (let j = 0; j < L.nout; j++, i++) gb[j]! += dz[i]!;
      }
      if (l === 0) break;
      // ∂L/∂a_prev = dz · W.
      const P = this.layers[l - 1]!;
      const gh = this.ghView[l - 1]!;
      transpose(this.theta.subarray(L.wOffset, L.bOffset), this.scratchT2, L.nout, L.nin);
      gemmNT(dz, this.scratchT2, gh, n, L.nin, L.nout);
      onLayer?.(l - 1);
      // dz of this layer is fully consumed above, so the previous layer's dz may overwrite it.
      const dzPrev = this.dz.subarray(0, n * P.nout);
      const zPrev = this.zView[l - 1]!;
      if (P.alphaOffset < 0) {
        kernelsOf(P.act!).dfArray(zPrev, dzPrev, P.params);
        for (let i = 0; i < dzPrev.length; i++) dzPrev[i]! *= gh[i]!;
      } else this.preluBackward(P, zPrev, gh, dzPrev, withParams);
      dz = dzPrev;
    }
  }

  private preluBackward(
    L: Layer,
    z: Float64Array,
    gh: Float64Array,
    dz: Float64Array,
    withParams: boolean,
  ): void {
    const nout = L.nout;
    const a0 = L.alphaOffset;
    const shared = L.alphaCount === 1;
    if (withParams) this.grad.fill(0, a0, a0 + L.alphaCount);
    for (let b = 0, i = 0; b < this.n; b++)
      for (let j = 0; j < nout; j++, i++) {
        const zi = z[i]!;
        const k = a0 + (shared ? 0 : j);
        dz[i] = gh[i]! * preluDf(zi, this.theta[k]!);
        // ∂f/∂α = z for z ≤ 0, else 0 (written as a product so the sign pattern costs no branch).
        if (withParams) this.grad[k]! += gh[i]! * zi * +(zi <= 0);
      }
  }
}

/** Fails early, with the registry's RangeError naming the parameter, on values it rejects. */
function checkParams(act: Activation, params: Params): void {
  act.bind(params);
}
