import { kernelsOf } from '../math';
import type { Range } from '../math';
import { fullParams, resolveActivation, type ActivationChoice } from './activation';
import { runToEnd, type Steps } from './progress';
import { createRng } from './rng';

export interface CostOptions {
  activations: readonly ActivationChoice[];
  /** Array length (default 2²⁰ = 1 048 576 doubles, 8 MiB: larger than L2, like real data). */
  n?: number;
  /** Timed repetitions per kernel (default 7). */
  repetitions?: number;
  /**
   * Each repetition calls the kernel enough times to last at least this long (default 20 ms):
   * browsers coarsen performance.now() to 5–100 µs, so a single 1 ms call would be noise.
   */
  minRepetitionMs?: number;
  /** Inputs uniform on this range in random order (default [−6, 6]): signs unpredictable. */
  range?: Range;
  seed: number;
  /** Clock in ms (default performance.now). */
  now?: () => number;
}

/** Nanoseconds per element over the repetitions: median and spread. */
export interface CostStats {
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation). */
  q1: number;
  q3: number;
  samples: number[];
}

export interface CostEntry {
  activation: Required<ActivationChoice>;
  f: CostStats;
  df: CostStats;
}

export interface CostResult {
  n: number;
  repetitions: number;
  /** A plain JS copy loop `out[i] = x[i]` on the same arrays: the floor for any JS kernel. */
  baseline: CostStats;
  entries: CostEntry[];
}

/** Quantile q ∈ [0, 1] of sorted values, linear interpolation between order statistics. */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function costStats(samples: number[]): CostStats {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    min: s[0]!,
    max: s[s.length - 1]!,
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
    samples: [...samples],
  };
}

function copyLoop(x: Float64Array, out: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < n; i++) out[i] = x[i]!;
}

interface Kernel {
  run: () => void;
  inner: number;
  samples: number[];
}

/**
 * The cost benchmark, one timed kernel call batch per chunk. Each kernel (the copy baseline,
 * then f and f′ of every function through the registry's `fArray`/`dfArray`) is warmed up and
 * calibrated first; the timed repetitions then go round-robin over the kernels, so a slow
 * phase of the machine (another tab, a GC) is spread over all of them rather than one.
 */
export function* costSteps(o: CostOptions): Steps<CostResult> {
  const n = o.n ?? 1 << 20;
  const reps = o.repetitions ?? 7;
  const minMs = o.minRepetitionMs ?? 20;
  const now = o.now ?? (() => performance.now());
  const [lo, hi] = o.range ?? [-6, 6];
  if (!Number.isInteger(n) || n < 1 || n > 1 << 24) throw new RangeError(`n = ${n} outside 1…2²⁴`);
  if (!Number.isInteger(reps) || reps < 1 || reps > 1000)
    throw new RangeError(`repetitions = ${reps} outside 1…1000`);
  const rng = createRng(o.seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = rng.uniform(lo, hi);
  const out = new Float64Array(n);
  const entries = o.activations.map((choice) => {
    const act = resolveActivation(choice.id);
    return { act, k: kernelsOf(act), params: fullParams(act, choice.params) };
  });
  const kernels: Kernel[] = [
    { run: () => copyLoop(x, out), inner: 1, samples: [] },
    ...entries.flatMap(({ k, params }) => [
      { run: () => k.fArray(x, out, params), inner: 1, samples: [] },
      { run: () => k.dfArray(x, out, params), inner: 1, samples: [] },
    ]),
  ];
  const total = kernels.length * (reps + 1);
  let done = 0;
  for (const k of kernels) {
    // Warm-up (JIT) then calibration: one call's time decides how many calls make a repetition.
    k.run();
    const t0 = now();
    k.run();
    const once = Math.max(now() - t0, 1e-3);
    k.inner = Math.max(1, Math.ceil(minMs / once));
    yield { done: ++done, total };
  }
  for (let r = 0; r < reps; r++) {
    for (const k of kernels) {
      const t0 = now();
      for (let i = 0; i < k.inner; i++) k.run();
      k.samples.push(((now() - t0) * 1e6) / (k.inner * n));
      yield { done: ++done, total };
    }
  }
  return {
    n,
    repetitions: reps,
    baseline: costStats(kernels[0]!.samples),
    entries: entries.map(({ act, params }, i) => ({
      activation: { id: act.id, params },
      f: costStats(kernels[1 + 2 * i]!.samples),
      df: costStats(kernels[2 + 2 * i]!.samples),
    })),
  };
}

/** Runs `costSteps` synchronously. */
export function measureCost(options: CostOptions): CostResult {
  return runToEnd(costSteps(options));
}
