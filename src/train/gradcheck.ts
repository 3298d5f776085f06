import type { Mlp } from './mlp';
import { mseLoss } from './loss';

export interface GradCheckOptions {
  /** Step of the central difference (default 1e-6). */
  h?: number;
  /** Examples with a hidden pre-activation closer than this to a kink are left out (default 1e-4). */
  kinkMargin?: number;
  /** A component passes when |analytic − numeric| ≤ atol + rtol·max(|analytic|, |numeric|). */
  rtol?: number;
  atol?: number;
}

export interface GradCheckEntry {
  /** Index into `theta`. */
  index: number;
  analytic: number;
  numeric: number;
}

export interface GradCheckResult {
  /** Parameters compared (all of `theta`). */
  checked: number;
  /** Examples kept / left out for being near a kink. */
  examples: number;
  dropped: number;
  /** Largest |analytic − numeric| / max(|analytic|, |numeric|, atol/rtol). */
  maxError: number;
  worst: GradCheckEntry | null;
  failures: GradCheckEntry[];
  ok: boolean;
}

/**
 * Indices of the examples whose pre-activations, in every hidden layer, are at least `margin`
 * away from each kink the layer's activation lists (`kinks(params)`, with the current learnable α).
 * Runs a forward pass over the n examples.
 */
export function examplesAwayFromKinks(
  mlp: Mlp,
  x: Float64Array,
  n: number,
  margin: number,
): number[] {
  mlp.forward(x, n);
  const keep: number[] = [];
  const kinkLists = Array.from({ length: mlp.layerCount - 1 }, (_, l) => {
    const a = mlp.activationOf(l)!;
    const alpha = mlp.alpha(l);
    // Learnable α does not move PReLU's kink (at 0), but ask the registry with the live values.
    const lists = alpha
      ? Array.from(alpha, (v) => a.act.kinks({ ...a.params, alpha: v }).map((k) => k.x))
      : [a.act.kinks(a.params).map((k) => k.x)];
    return lists;
  });
  for (let b = 0; b < n; b++) {
    let near = false;
    for (let l = 0; l < kinkLists.length && !near; l++) {
      const width = mlp.sizes[l + 1]!;
      const z = mlp.preActivation(l);
      const lists = kinkLists[l]!;
      for (let j = 0; j < width && !near; j++) {
        const zj = z[b * width + j]!;
        const ks = lists.length === 1 ? lists[0]! : lists[j]!;
        near = ks.some((k) => Math.abs(zj - k) < margin);
      }
    }
    if (!near) keep.push(b);
  }
  return keep;
}

/**
 * Compares `mlp.backward`'s ∂L/∂θ with central differences (L(θ+h) − L(θ−h)) / 2h for every
 * parameter, with L the mean squared error to `t`. Examples near a kink are left out first
 * (a difference across a kink measures a slope nobody claims). θ is restored bit for bit.
 */
export function checkGradients(
  mlp: Mlp,
  x: Float64Array,
  t: Float64Array,
  n: number,
  options: GradCheckOptions = {},
): GradCheckResult {
  const h = options.h ?? 1e-6;
  const rtol = options.rtol ?? 1e-5;
  const atol = options.atol ?? 1e-8;
  const nin = mlp.sizes[0]!;
  const nout = mlp.sizes[mlp.sizes.length - 1]!;
  const keep = examplesAwayFromKinks(mlp, x, n, options.kinkMargin ?? 1e-4);
  const m = keep.length;
  const xs = new Float64Array(m * nin);
  const ts = new Float64Array(m * nout);
  keep.forEach((b, i) => {
    xs.set(x.subarray(b * nin, (b + 1) * nin), i * nin);
    ts.set(t.subarray(b * nout, (b + 1) * nout), i * nout);
  });
  const result: GradCheckResult = {
    checked: 0,
    examples: m,
    dropped: n - m,
    maxError: 0,
    worst: null,
    failures: [],
    ok: true,
  };
  if (m === 0) return { ...result, ok: false };
  const dOut = new Float64Array(m * nout);
  const loss = () => mseLoss(mlp.forward(xs, m), ts);
  mseLoss(mlp.forward(xs, m), ts, dOut);
  mlp.backward(dOut, true);
  const analytic = mlp.grad.slice();
  const theta = mlp.theta;
  for (let i = 0; i < theta.length; i++) {
    const saved = theta[i]!;
    theta[i] = saved + h;
    const lp = loss();
    theta[i] = saved - h;
    const lm = loss();
    theta[i] = saved;
    const numeric = (lp - lm) / (2 * h);
    const a = analytic[i]!;
    const diff = Math.abs(a - numeric);
    const err = diff / Math.max(Math.abs(a), Math.abs(numeric), atol / rtol);
    const entry = { index: i, analytic: a, numeric };
    if (result.worst === null || err > result.maxError || Number.isNaN(err)) {
      result.maxError = err;
      result.worst = entry;
    }
    if (!(diff <= atol + rtol * Math.max(Math.abs(a), Math.abs(numeric)))) {
      result.failures.push(entry);
      result.ok = false;
    }
    result.checked++;
  }
  return result;
}
