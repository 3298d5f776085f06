import type { Activation, Params } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { norm2 } from './linalg';
import { mseLoss } from './loss';
import { Mlp, type Init } from './mlp';
import { preluDf } from './prelu';
import { createOptimizer, type Optimizer, type OptimizerKind } from './optim';

export const DYING_LIMITS = { minUnits: 1, maxUnits: 64, maxPoints: 1024, maxGridPoints: 2048 };

/**
 * The task: fit y = sin(1.5x) on evenly spaced x in [−3, 3], noise-free (two humps and two
 * shoulders: a 32-unit ReLU net fits it in a few hundred Adam steps, and a missing unit shows).
 */
export const DYING_DOMAIN: [lo: number, hi: number] = [-3, 3];
export function dyingTarget(x: number): number {
  return Math.sin(1.5 * x);
}

/** n evenly spaced points on [lo, hi], both ends exact. */
export function linspace(lo: number, hi: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = n === 1 ? lo : lo + ((hi - lo) * i) / (n - 1);
  return out;
}

/**
 * Settings for the dying-ReLU demo's stories (its one-click presets), each checked in
 * dying.test.ts (Adam and 32 units unless given): `healthy` fits with few or no dead units;
 * `highLearningRate` kills ReLU units during training and Adam's momentum revives some;
 * `sgdHighLearningRate` kills most of them under plain SGD (clipped, see `SGD_CLIP_NORM`) and
 * none comes back; `negativeBias` starts about half of them dead, never to recover;
 * `smallNegativeBias` does the same to 8 units, where the missing ones ruin ReLU's fit. Leaky
 * ReLU, PReLU and ELU keep every unit alive (gradient ≠ 0), though many of their units may have
 * input ≤ 0 at every training point.
 */
export const DYING_SCENARIOS = {
  healthy: { learningRate: 0.01, biasShift: 0 },
  highLearningRate: { learningRate: 0.1, biasShift: 0 },
  sgdHighLearningRate: { learningRate: 0.5, biasShift: 0, optimizer: 'sgd' },
  negativeBias: { learningRate: 0.01, biasShift: -3 },
  smallNegativeBias: { units: 8, learningRate: 0.01, biasShift: -3 },
} as const satisfies Record<string, DyingScenario>;

/** A preset: learning rate and bias shift, and where they differ, units and optimiser. */
export type DyingScenario = Pick<TrainerOptions, 'learningRate' | 'biasShift'> &
  Partial<Pick<TrainerOptions, 'units' | 'optimizer'>>;

/**
 * Gradient-norm limit of the demo's plain-SGD runs: without it SGD overflows to NaN from a
 * learning rate of 0.1 on this task, and the demo would show a broken loss instead of units
 * dying. Clipping only rescales the gradient, so a dead unit's zero gradient stays exactly 0.
 */
export const SGD_CLIP_NORM = 5;

export interface TrainerOptions {
  /** Hidden units, 1…64 (the demo's slider: 8…64). */
  units: number;
  activation: ActivationChoice;
  /** PReLU only: one learnable α (`shared`, PyTorch's default) or one per unit. */
  alphaMode?: 'shared' | 'unit';
  learningRate: number;
  /** Added to every hidden bias at initialisation; negative values push units towards dying. */
  biasShift?: number;
  /**
   * Default `adam` (fits the curve in a few hundred steps and lets Leaky ReLU's small negative-side
   * gradient revive units). A unit dead from the start never moves under either optimiser;
   * one that dies during training stops at once under `sgd` but coasts on Adam's momentum.
   */
  optimizer?: OptimizerKind;
  init?: Init;
  /**
   * Rescales the gradient to this Euclidean norm when it is larger (default: no clipping).
   * Keeps a high learning rate from overflowing to NaN, so the demo shows units dying rather
   * than the loss exploding.
   */
  clipNorm?: number;
  seed: number;
  /** Training points (default 256), full-batch. */
  points?: number;
  /** Points of the plotted fit curve over the same domain (default 121). */
  gridPoints?: number;
}

/** Per-step values since the previous snapshot. */
export interface TrainTrace {
  /** Entry i describes the network after `start + i` updates (the forward pass of the next step). */
  start: number;
  loss: Float64Array;
  deadCount: Float64Array;
  /** Units with pre-activation ≤ 0 at every training input, per step (see `negativeCount`). */
  negativeCount: Float64Array;
  /** α after `start + i` updates, row-major (steps × alphaCount); null without learnable α. */
  alpha: Float64Array | null;
}

export interface TrainSnapshot {
  /** Updates done so far. */
  step: number;
  /** Mean squared error on the training points. */
  loss: number;
  /** Units that get no gradient: f′(z) = 0 at every training input (for ReLU: z ≤ 0 everywhere). */
  deadCount: number;
  /** 1 = alive, 0 = dead, per hidden unit. */
  alive: Uint8Array;
  /** Units whose pre-activation is ≤ 0 at every training input (for ReLU the same as dead). */
  negativeCount: number;
  negative: Uint8Array;
  /** Learnable PReLU α (length 1 or units), else null. */
  alpha: Float64Array | null;
  /** What happened to the units since step 0 (see `UnitHistory`). */
  history: UnitHistory;
  /** Network output on `gridX`. */
  fit: Float64Array;
  gridX: Float64Array;
  /** True once the loss is not finite (learning rate far too high). */
  diverged: boolean;
  trace: TrainTrace;
}

/**
 * Unit counts over the whole run so far, from the classification at every step 0 … `step`.
 * A unit dead at step 0 gets no gradient and never moves under SGD or Adam (Adam's moments stay
 * 0), so it is never among the revived; one that dies later is frozen at once by SGD but keeps
 * moving on Adam's first moment and may come back.
 */
export interface UnitHistory {
  /** Dead at step 0. */
  deadAtStart: number;
  /** Units that went from alive to dead at some update (counted once each). */
  died: number;
  /** Units that went from dead back to alive at some update (counted once each). */
  revived: number;
  /** Pre-activation ≤ 0 at every training input at step 0. */
  negativeAtStart: number;
  /** Units that left the all-negative state at some update (counted once each). */
  leftNegative: number;
}

/**
 * One-hidden-layer network 1 → units → 1 trained full-batch on the sin(1.5x) task (MSE loss),
 * for the dying-ReLU and PReLU demos. Hidden weights use He (default) or Xavier init and
 * biases PyTorch's U(−1, 1) (fan-in 1) plus `biasShift`, so the units' kinks start spread over
 * the inputs. Deterministic: same options → same trace, bit for bit.
 */
export class Trainer {
  readonly options: Readonly<TrainerOptions>;
  readonly network: Mlp;
  /** Training inputs and targets. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly gridX: Float64Array;
  private readonly optimizer: Optimizer;
  private readonly act: Activation;
  private readonly params: Params;
  private readonly dOut: Float64Array;
  /** The registry's f′ with the fixed parameters (null for a learnable α: see `classify`). */
  private readonly fixedDf: ((x: number) => number) | null;
  private updates = 0;
  /** Per unit, from the previous classification (step `classified − 1`); see `track`. */
  private readonly prevAlive: Uint8Array;
  private readonly prevNegative: Uint8Array;
  private readonly everDied: Uint8Array;
  private readonly everRevived: Uint8Array;
  private readonly everLeft: Uint8Array;
  private readonly counts: UnitHistory = {
    deadAtStart: 0,
    died: 0,
    revived: 0,
    negativeAtStart: 0,
    leftNegative: 0,
  };
  /** Steps whose classification `track` has seen (0 before the first). */
  private classified = 0;

  constructor(options: TrainerOptions) {
    const points = options.points ?? 256;
    const gridPoints = options.gridPoints ?? 121;
    const { units } = options;
    if (!Number.isInteger(units) || units < DYING_LIMITS.minUnits || units > DYING_LIMITS.maxUnits)
      throw new RangeError(`units = ${units} outside 1…${DYING_LIMITS.maxUnits}`);
    if (!Number.isInteger(points) || points < 2 || points > DYING_LIMITS.maxPoints)
      throw new RangeError(`points = ${points} outside 2…${DYING_LIMITS.maxPoints}`);
    if (!Number.isInteger(gridPoints) || gridPoints < 2 || gridPoints > DYING_LIMITS.maxGridPoints)
      throw new RangeError(`gridPoints = ${gridPoints} outside 2…${DYING_LIMITS.maxGridPoints}`);
    if (!(options.learningRate > 0) || !Number.isFinite(options.learningRate))
      throw new RangeError(`learningRate must be a positive number, got ${options.learningRate}`);
    if (options.clipNorm !== undefined && !(options.clipNorm > 0))
      throw new RangeError(`clipNorm must be a positive number, got ${options.clipNorm}`);
    this.options = { ...options };
    this.act = resolveActivation(options.activation.id);
    this.params = fullParams(this.act, options.activation.params);
    this.network = new Mlp({
      sizes: [1, units, 1],
      activation: options.activation,
      maxBatch: Math.max(points, gridPoints),
      seed: options.seed,
      init: options.init ?? 'he',
      biasInit: 'uniform',
      biasShift: options.biasShift ?? 0,
      alphaMode: options.alphaMode ?? 'shared',
    });
    this.x = linspace(DYING_DOMAIN[0], DYING_DOMAIN[1], points);
    this.y = this.x.map(dyingTarget);
    this.gridX = linspace(DYING_DOMAIN[0], DYING_DOMAIN[1], gridPoints);
    this.dOut = new Float64Array(points);
    this.fixedDf = this.network.alpha(0) ? null : this.act.bind(this.params).df;
    this.optimizer = createOptimizer(
      options.optimizer ?? 'adam',
      this.network.theta.length,
      options.learningRate,
    );
    this.prevAlive = new Uint8Array(units);
    this.prevNegative = new Uint8Array(units);
    this.everDied = new Uint8Array(units);
    this.everRevived = new Uint8Array(units);
    this.everLeft = new Uint8Array(units);
  }

  /** Updates done so far. */
  get steps(): number {
    return this.updates;
  }

  /** Runs k full-batch updates (k ≥ 0) and returns the state after them with the per-step trace. */
  step(k = 1): TrainSnapshot {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`step(k): k = ${k}`);
    const net = this.network;
    const n = this.x.length;
    const alphaNow = net.alpha(0);
    const alphaCount = alphaNow?.length ?? 0;
    const trace: TrainTrace = {
      start: this.updates,
      loss: new Float64Array(k),
      deadCount: new Float64Array(k),
      negativeCount: new Float64Array(k),
      alpha: alphaNow ? new Float64Array(k * alphaCount) : null,
    };
    const alive = new Uint8Array(net.sizes[1]!);
    const negative = new Uint8Array(alive.length);
    for (let s = 0; s < k; s++) {
      const out = net.forward(this.x, n);
      trace.loss[s] = mseLoss(out, this.y, this.dOut);
      const c = this.classify(alive, negative);
      trace.deadCount[s] = c.dead;
      trace.negativeCount[s] = c.negatives;
      this.track(alive, negative);
      if (trace.alpha) trace.alpha.set(alphaNow!, s * alphaCount);
      net.backward(this.dOut, true);
      if (this.options.clipNorm !== undefined) clipToNorm(net.grad, this.options.clipNorm);
      this.optimizer.step(net.theta, net.grad);
      this.updates++;
    }
    return this.snapshot(trace);
  }

  /** The current state (a forward pass over the training points and the plot grid). */
  snapshot(trace?: TrainTrace): TrainSnapshot {
    const net = this.network;
    const units = net.sizes[1]!;
    const alive = new Uint8Array(units);
    const negative = new Uint8Array(units);
    const loss = mseLoss(net.forward(this.x, this.x.length), this.y);
    const { dead, negatives } = this.classify(alive, negative);
    this.track(alive, negative);
    const fit = net.forward(this.gridX, this.gridX.length).slice();
    const alpha = net.alpha(0);
    return {
      step: this.updates,
      loss,
      deadCount: dead,
      alive,
      negativeCount: negatives,
      negative,
      alpha: alpha ? alpha.slice() : null,
      history: { ...this.counts },
      fit,
      gridX: this.gridX.slice(),
      diverged: !Number.isFinite(loss),
      trace: trace ?? {
        start: this.updates,
        loss: new Float64Array(0),
        deadCount: new Float64Array(0),
        negativeCount: new Float64Array(0),
        alpha: alpha ? new Float64Array(0) : null,
      },
    };
  }

  /**
   * Folds the classification of step `this.updates` into the run's unit history, once per step
   * (`snapshot` may classify the same step again, e.g. after the trace's last entry).
   */
  private track(alive: Uint8Array, negative: Uint8Array): void {
    if (this.updates < this.classified) return;
    const c = this.counts;
    for (let j = 0; j < alive.length; j++) {
      const dead = alive[j] === 0;
      const neg = negative[j] === 1;
      if (this.classified === 0) {
        if (dead) c.deadAtStart++;
        if (neg) c.negativeAtStart++;
      } else {
        const wasDead = this.prevAlive[j] === 0;
        if (!wasDead && dead && !this.everDied[j]) {
          this.everDied[j] = 1;
          c.died++;
        }
        if (wasDead && !dead && !this.everRevived[j]) {
          this.everRevived[j] = 1;
          c.revived++;
        }
        if (this.prevNegative[j] === 1 && !neg && !this.everLeft[j]) {
          this.everLeft[j] = 1;
          c.leftNegative++;
        }
      }
    }
    this.prevAlive.set(alive);
    this.prevNegative.set(negative);
    this.classified = this.updates + 1;
  }

  /**
   * Classifies the hidden units from the last forward pass over the training points: dead
   * (f′(z) = 0 at every point, so no gradient reaches its weights) and negative (z ≤ 0 at every
   * point). Uses the registry's f′ (`preluDf` with the live α for learnable PReLU), so values
   * at kinks are PyTorch's.
   */
  private classify(alive: Uint8Array, negative: Uint8Array): { dead: number; negatives: number } {
    const net = this.network;
    const units = alive.length;
    const n = net.batch;
    const z = net.preActivation(0);
    const alpha = net.alpha(0);
    let dead = 0;
    let negatives = 0;
    const fixedDf = this.fixedDf;
    for (let j = 0; j < units; j++) {
      const a = alpha ? alpha[alpha.length === 1 ? 0 : j]! : 0;
      let anyGradient = false;
      let anyPositive = false;
      for (let b = 0; b < n && !(anyGradient && anyPositive); b++) {
        const zj = z[b * units + j]!;
        if (!anyPositive && zj > 0) anyPositive = true;
        const d = fixedDf ? fixedDf(zj) : preluDf(zj, a);
        if (!anyGradient && d !== 0) anyGradient = true;
      }
      alive[j] = anyGradient ? 1 : 0;
      negative[j] = anyPositive ? 0 : 1;
      if (!anyGradient) dead++;
      if (!anyPositive) negatives++;
    }
    return { dead, negatives };
  }
}

/** Scales g in place so that ‖g‖ ≤ maxNorm. */
function clipToNorm(g: Float64Array, maxNorm: number): void {
  const norm = norm2(g);
  if (norm > maxNorm) {
    const s = maxNorm / norm;
    for (let i = 0; i < g.length; i++) g[i]! *= s;
  }
}
