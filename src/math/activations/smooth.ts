import { exp } from '../special/exp';
import { log1pExp, log1pExpTable } from '../special/log1pexp';
import { sigmoid } from '../special/logistic';
import { nextDown, nextUp } from '../special/float';
import { simdFill } from '../wasm/simd';
import { defineActivation, kernelsFor, kinkAt } from './define';
import { NONNEGATIVE, param, POSITIVE, REAL } from './specs';

// SiLU/Swish, Mish, Softplus and Hardswish. Each kernel has a fast path for the range where
// its closed form is exact and a rarely taken path for infinities and far tails.

/** x·σ(βx) = x/(1 + e^{−βx}). */
export function silu(x: number, beta: number): number {
  const z = beta * x;
  if (z > -700) return x / (1 + exp(-z));
  if (z !== z) return x * 0.5; // β = 0 with x = ±∞ (0·∞): Swish-0 is x/2; NaN stays NaN
  // e^{−z} overflows below −709.8, yet x·e^{z} can still exceed 1e−300 when β is tiny and
  // |x| huge, so take the exponent and the magnitude together. −∞ gives e^{−∞} = 0.
  return x === -Infinity ? 0 : -Math.exp(z + Math.log(-x));
}

/** σ(z)·(1 + z·σ(−z)) with z = βx, as 1/d·(1 + z·e/d), d = 1 + e^{−z}. */
export function siluDf(x: number, beta: number): number {
  const z = beta * x;
  if (z > -700 && z < 700) {
    const e = exp(-z);
    const d = 1 + e;
    return (1 + (z * e) / d) / d;
  }
  if (z !== z) return x === x ? 0.5 : NaN; // β = 0 at ±∞: the derivative of x/2
  return z > 0 ? 1 : 0; // |z| ≥ 700: σ is 1 or below 1e−304
}

/** Beyond x = 40, tanh(softplus(x)) is 1 to every digit. */
const MISH_HIGH = 40;

/**
 * x·tanh(softplus(x)). With w = eˣ and n = w(w + 2), tanh(log(1 + w)) = n/(n + 2): no
 * log/tanh round trip, and no cancellation as x → −∞ where it tends to w.
 */
export function mish(x: number): number {
  if (x > MISH_HIGH) return x;
  // eˣ = 0 already: x·0, which is −0 as in PyTorch's x·tanh(softplus(x)); at −∞ the limit
  // (approached from below) rather than −∞·0
  if (x < -750) return -0;
  const w = exp(x);
  const n = w * (w + 2);
  return x * (n / (n + 2));
}

/** tanh(sp) + x·sech²(sp)·σ(x) = n/(n + 2) + 4x·w(1 + w)/(n + 2)². */
export function mishDf(x: number): number {
  if (x > MISH_HIGH) return 1;
  if (x < -750) return 0;
  const w = exp(x);
  const n = w * (w + 2);
  const d = n + 2;
  return n / d + (4 * x * w * (1 + w)) / (d * d);
}

/** PyTorch's Softplus: x once β·x (a double product) exceeds the threshold. */
export function softplus(x: number, beta: number, threshold: number): number {
  const z = beta * x;
  if (z > threshold) return x;
  // Below z = −700, e^z/β is taken as one exponential so that a tiny β cannot turn a
  // representable result into 0 through a subnormal e^z.
  return z > -700 ? log1pExp(z) / beta : Math.exp(z - Math.log(beta));
}

export function softplusDf(x: number, beta: number, threshold: number): number {
  const z = beta * x;
  return z > threshold ? 1 : sigmoid(z);
}

/**
 * The largest double x with β·x ≤ threshold (the last point on the log branch), or undefined
 * when no finite x switches branch.
 */
export function softplusSwitch(beta: number, threshold: number): number | undefined {
  let x = threshold / beta;
  if (!Number.isFinite(x)) x = x > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  // x is within an ulp or two of the switch; walk to it (bounded for safety).
  for (let i = 0; i < 64 && beta * x > threshold; i++) x = nextDown(x);
  for (let i = 0; i < 64 && beta * nextUp(x) <= threshold; i++) x = nextUp(x);
  if (!(beta * x <= threshold) || !(Math.abs(x) < Number.MAX_VALUE)) return undefined;
  return x;
}

/**
 * x·relu6(x + 3)/6, as x·(clamp(x + 3, 0, 6)·⅙): 6·⅙ is exactly 1, so x ≥ 3 gives x without
 * the overflow of x·6/6. −∞ is lifted to −MAX_VALUE to keep −∞·0 out; `+ 0` turns the flat
 * part's −0 into 0 for display.
 */
export function hardswish(x: number): number {
  // branchless.ts's clamp spelled out: an imported helper costs a reload per element.
  const y = x < -1.7976931348623157e308 ? -1.7976931348623157e308 : x;
  const c = y > 1.7976931348623157e308 ? 1.7976931348623157e308 : y + 3;
  const above = +(c >= 6);
  return y * ((c * (1 - +(c <= 0) - above) + 6 * above) * (1 / 6)) + 0;
}

/** PyTorch: x < −3 ? 0 : x ≤ 3 ? x/3 + ½ : 1 (so −½ at −3 and 1.5 at 3), without branches. */
export function hardswishDf(x: number): number {
  const y =
    x > 1.7976931348623157e308
      ? 1.7976931348623157e308
      : x < -1.7976931348623157e308
        ? -1.7976931348623157e308
        : x;
  const below = +(y < -3);
  const above = +(y > 3);
  return (1 - below - above) * (y / 3 + 0.5) + above;
}

export const siluActivation = defineActivation({
  id: 'silu',
  params: [param('beta', 'β', 1, [0, 10, 0.1], NONNEGATIVE)],
  bind: ({ beta }) => ({ f: (x) => silu(x, beta), df: (x) => siluDf(x, beta) }),
  kinks: () => [],
});

/** siluActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const siluActivationKernels = /* @__PURE__ */ kernelsFor<'beta'>(siluActivation, {
  fArray(x, out, { beta }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = silu(x[i]!, beta);
  },
  dfArray(x, out, { beta }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = siluDf(x[i]!, beta);
  },
});

export const mishActivation = defineActivation({
  id: 'mish',
  params: [],
  bind: () => ({ f: mish, df: mishDf }),
  kinks: () => [],
});

/** mishActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const mishActivationKernels = /* @__PURE__ */ kernelsFor<never>(mishActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = mish(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = mishDf(x[i]!);
  },
});

export const softplusActivation = defineActivation({
  id: 'softplus',
  params: [
    param('beta', 'β', 1, [0.1, 10, 0.1], POSITIVE),
    param('threshold', 'τ', 20, [0, 40, 1], REAL),
  ],
  bind: ({ beta, threshold: t }) => ({
    f: (x) => softplus(x, beta, t),
    df: (x) => softplusDf(x, beta, t),
  }),
  // The switch to the identity is a genuine (tiny) jump: at the default β = 1, τ = 20,
  // f goes from ln(1 + e²⁰) = 20.000000002061… to 20.
  kinks: ({ beta, threshold: t }, b) => {
    const x = softplusSwitch(beta, t);
    if (x === undefined) return [];
    return [kinkAt(b, x, b.df(x), 1, { fLeft: b.f(x), fRight: x })];
  },
});

/** softplusActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const softplusActivationKernels = /* @__PURE__ */ kernelsFor<'beta' | 'threshold'>(
  softplusActivation,
  {
    // log1pExp's table branch spelled out (evaluate.test.ts holds the loops to the scalar f bit
    // for bit): through two levels of imported functions the loop paid V8's reload and check of
    // each on every element. Everything else (|βx| > 37, above τ, NaN) goes to softplus itself.
    // β and τ are read back from a Float64Array so that V8 holds them as doubles.
    fArray(x, out, { beta, threshold }) {
      const c = log1pExpTable();
      const p = new Float64Array(2);
      p[0] = beta;
      p[1] = threshold;
      const bt = p[0]!;
      const t = p[1]!;
      const n = x.length;
      if (beta === 1) {
        // β = 1 (the default): z = x and sp/1 = sp exactly, so the multiply and the division go.
        for (let i = 0; i < n; i++) {
          const z = x[i]!;
          const y = Math.abs(z);
          if (y <= 37 && z <= t) {
            const k = (y * 32 + 0.5) | 0;
            const r = y - k * 0.03125;
            const r2 = r * r;
            const b = 7 * k;
            out[i] =
              z * +(z > 0) +
              (c[b]! +
                r * c[b + 1]! +
                r2 *
                  (c[b + 2]! + r * c[b + 3]! + r2 * (c[b + 4]! + r * c[b + 5]! + r2 * c[b + 6]!)));
          } else out[i] = softplus(z, 1, t);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        const z = bt * v;
        const y = Math.abs(z);
        if (y <= 37 && z <= t) {
          const k = (y * 32 + 0.5) | 0;
          const r = y - k * 0.03125;
          const r2 = r * r;
          const b = 7 * k;
          out[i] =
            (z * +(z > 0) +
              (c[b]! +
                r * c[b + 1]! +
                r2 *
                  (c[b + 2]! +
                    r * c[b + 3]! +
                    r2 * (c[b + 4]! + r * c[b + 5]! + r2 * c[b + 6]!)))) /
            bt;
        } else out[i] = softplus(v, bt, t);
      }
    },
    dfArray(x, out, { beta, threshold: t }) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = softplusDf(x[i]!, beta, t);
    },
  },
);

export const hardswishActivation = defineActivation({
  id: 'hardswish',
  params: [],
  bind: () => ({ f: hardswish, df: hardswishDf }),
  kinks: (_p, b) => [kinkAt(b, -3, 0, -0.5), kinkAt(b, 3, 1.5, 1)],
});

/** hardswishActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const hardswishActivationKernels = /* @__PURE__ */ kernelsFor<never>(hardswishActivation, {
  fArray(x, out) {
    // WebAssembly SIMD where available (the same arithmetic, two elements at a time).
    if (simdFill('hardswish', x, out)) return;
    // hardswish as y·F + 0 with the factor F = clamp(y + 3, 0, 6)·⅙ chosen by table, four
    // elements a turn (see special/branchless.ts): s[k] holds element k's (y + 3)·⅙, s[4] = 0
    // and s[5] = 1 (6·⅙), so one store per element instead of two. y is x with −∞ lifted to
    // −MAX_VALUE (a branch never taken on finite data), as −∞·0 would be NaN; this is
    // hardswish's own arithmetic, bit for bit.
    const s = new Float64Array(6);
    s[5] = 1;
    const n = x.length;
    let i = 0;
    for (; i + 3 < n; i += 4) {
      const a0 = x[i]!;
      const b0 = x[i + 1]!;
      const c0 = x[i + 2]!;
      const d0 = x[i + 3]!;
      const a = a0 < -1.7976931348623157e308 ? -1.7976931348623157e308 : a0;
      const b = b0 < -1.7976931348623157e308 ? -1.7976931348623157e308 : b0;
      const c = c0 < -1.7976931348623157e308 ? -1.7976931348623157e308 : c0;
      const d = d0 < -1.7976931348623157e308 ? -1.7976931348623157e308 : d0;
      const a3 = a + 3;
      const b3 = b + 3;
      const c3 = c + 3;
      const d3 = d + 3;
      s[0] = a3 * (1 / 6);
      s[1] = b3 * (1 / 6);
      s[2] = c3 * (1 / 6);
      s[3] = d3 * (1 / 6);
      out[i] = a * s[4 * +(a3 <= 0) + 5 * +(a3 >= 6)]! + 0;
      out[i + 1] = b * s[1 + 3 * +(b3 <= 0) + 4 * +(b3 >= 6)]! + 0;
      out[i + 2] = c * s[2 + 2 * +(c3 <= 0) + 3 * +(c3 >= 6)]! + 0;
      out[i + 3] = d * s[3 + +(d3 <= 0) + 2 * +(d3 >= 6)]! + 0;
    }
    for (; i < n; i++) out[i] = hardswish(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = hardswishDf(x[i]!);
  },
});

/** Smooth activations, in picker order. */
export const smoothFamily = [
  siluActivation,
  mishActivation,
  softplusActivation,
  hardswishActivation,
];
