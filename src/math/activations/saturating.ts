import { exp, expm1Neg, expOnePlus } from '../special/exp';
import { log1pExp } from '../special/log1pexp';
import { sigmoid, sigmoidDf } from '../special/logistic';
import { tanh } from '../special/tanh';
import { simdFill } from '../wasm/simd';
import { defineActivation, kernelsFor, kinkAt } from './define';
import { param, REAL } from './specs';

// Activations that saturate on at least one side.

/** 1 − tanh²x as sech²x = 4e/(1 + e)², e = e^{−2|x|}: no cancellation where tanh x ≈ ±1. */
export function tanhDf(x: number): number {
  const e = exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / d / d;
}

// The piecewise-linear ones spell out branchless.ts's clamp and inside: an imported helper is
// reloaded and checked on every call, which cost about a copy loop's time per element.

/** min(max(x, lo), hi) for finite lo < hi, NaN for NaN; ±∞ are capped first (∞·0 is NaN). */
function hardtanh(x: number, lo: number, hi: number): number {
  const y =
    x > 1.7976931348623157e308
      ? 1.7976931348623157e308
      : x < -1.7976931348623157e308
        ? -1.7976931348623157e308
        : x;
  const below = +(y <= lo);
  const above = +(y >= hi);
  return y * (1 - below - above) + lo * below + hi * above;
}
/** lo < x < hi ? 1 : 0 (0 at both ends, as PyTorch), NaN for NaN. */
const hardtanhDf = (x: number, lo: number, hi: number): number =>
  x !== x ? x : 1 - +(x <= lo) - +(x >= hi);

/** relu6(x + 3)/6 as clamp(x + 3, 0, 6)·⅙ (6·⅙ is exactly 1). */
export function hardsigmoid(x: number): number {
  const c = x + 3;
  const y =
    c > 1.7976931348623157e308
      ? 1.7976931348623157e308
      : c < -1.7976931348623157e308
        ? -1.7976931348623157e308
        : c;
  const above = +(y >= 6);
  return (y * (1 - +(y <= 0) - above) + 6 * above) * (1 / 6);
}
/** −3 < x < 3 ? ⅙ : 0, PyTorch's 0 at both corners. */
const hardsigmoidDf = (x: number): number => (x !== x ? x : 1 - +(x <= -3) - +(x >= 3)) * (1 / 6);

/**
 * x/(1 + |x|). |x| is capped at 1e300 first (where the result is ±1 to every digit) so that
 * ±∞ gives ±1 instead of ∞/∞.
 */
export function softsign(x: number): number {
  const c = Math.min(Math.max(x, -1e300), 1e300);
  return c / (1 + Math.abs(c));
}

export function softsignDf(x: number): number {
  const u = 1 / (1 + Math.abs(x));
  return u * u;
}

/** −log(1 + e^{−x}) = −softplus(−x), without Softplus's threshold switch. */
export const logsigmoid = (x: number): number => -log1pExp(-x);
/** σ(−x). */
export const logsigmoidDf = (x: number): number => sigmoid(-x);

export const sigmoidActivation = defineActivation({
  id: 'sigmoid',
  params: [],
  bind: () => ({ f: sigmoid, df: sigmoidDf }),
  kinks: () => [],
});

// The sigmoid and tanh loops spell out special/logistic.ts's sigmoid and special/tanh.ts's tanh
// (evaluate.test.ts holds them to the scalar f bit for bit): V8 reloads and checks an imported
// function on every call, and a loop calling sigmoid, which calls exp from a third module, paid
// that twice, 2–3 ns per element.

/** sigmoidActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const sigmoidActivationKernels = /* @__PURE__ */ kernelsFor<never>(sigmoidActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = 1 / (1 + expOnePlus(-x[i]!));
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = sigmoidDf(x[i]!);
  },
});

export const tanhActivation = defineActivation({
  id: 'tanh',
  params: [],
  bind: () => ({ f: tanh, df: tanhDf }),
  kinks: () => [],
});

/** tanhActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const tanhActivationKernels = /* @__PURE__ */ kernelsFor<never>(tanhActivation, {
  fArray(x, out) {
    // WebAssembly SIMD where available (the same arithmetic, two elements at a time).
    if (simdFill('tanh', x, out)) return;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const e = expm1Neg(-2 * Math.abs(v));
      out[i] = v === 0 ? v : (-e / (2 + e)) * (1 - 2 * +(v < 0));
    }
  },
  dfArray(x, out) {
    if (simdFill('tanhDf', x, out)) return;
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = tanhDf(x[i]!);
  },
});

export const hardtanhActivation = defineActivation({
  id: 'hardtanh',
  params: [
    param('min_val', 'a', -1, [-3, 3, 0.1], REAL),
    param('max_val', 'b', 1, [-3, 3, 0.1], REAL),
  ],
  check: ({ min_val: lo, max_val: hi }) =>
    lo < hi ? undefined : `parameters min_val (${lo}) and max_val (${hi}) need min_val < max_val`,
  bind: ({ min_val: lo, max_val: hi }) => ({
    f: (x) => hardtanh(x, lo, hi),
    df: (x) => hardtanhDf(x, lo, hi),
  }),
  kinks: ({ min_val: lo, max_val: hi }, b) => [kinkAt(b, lo, 0, 1), kinkAt(b, hi, 1, 0)],
});

/** hardtanhActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const hardtanhActivationKernels = /* @__PURE__ */ kernelsFor<'min_val' | 'max_val'>(
  hardtanhActivation,
  {
    fArray(x, out, { min_val, max_val }) {
      // Table selection, four elements a turn (see special/branchless.ts): s[k] holds element k,
      // s[4] = min_val, s[5] = max_val, each + 0 as hardtanh's sum of products turns −0 into 0.
      // lo and hi are read back from s so that V8 holds them as doubles, not tagged values
      // converted on every element.
      const s = new Float64Array(6);
      s[4] = min_val + 0;
      s[5] = max_val + 0;
      const lo = s[4]!;
      const hi = s[5]!;
      const n = x.length;
      let i = 0;
      for (; i + 3 < n; i += 4) {
        const a = x[i]!;
        const b = x[i + 1]!;
        const c = x[i + 2]!;
        const d = x[i + 3]!;
        s[0] = a + 0;
        s[1] = b + 0;
        s[2] = c + 0;
        s[3] = d + 0;
        out[i] = s[4 * +(a <= lo) + 5 * +(a >= hi)]!;
        out[i + 1] = s[1 + 3 * +(b <= lo) + 4 * +(b >= hi)]!;
        out[i + 2] = s[2 + 2 * +(c <= lo) + 3 * +(c >= hi)]!;
        out[i + 3] = s[3 + +(d <= lo) + 2 * +(d >= hi)]!;
      }
      for (; i < n; i++) out[i] = hardtanh(x[i]!, lo, hi);
    },
    dfArray(x, out, { min_val: lo, max_val: hi }) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = hardtanhDf(x[i]!, lo, hi);
    },
  },
);

export const hardsigmoidActivation = defineActivation({
  id: 'hardsigmoid',
  params: [],
  bind: () => ({ f: hardsigmoid, df: hardsigmoidDf }),
  kinks: (_p, b) => [kinkAt(b, -3, 0, 1 / 6), kinkAt(b, 3, 1 / 6, 0)],
});

/** hardsigmoidActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const hardsigmoidActivationKernels = /* @__PURE__ */ kernelsFor<never>(
  hardsigmoidActivation,
  {
    fArray(x, out) {
      // Table selection on c = x + 3, four elements a turn (see special/branchless.ts): s[k]
      // holds element k's c, s[4] = 0 and s[5] = 6; the selected value is then scaled by ⅙.
      const s = new Float64Array(6);
      s[5] = 6;
      const n = x.length;
      let i = 0;
      for (; i + 3 < n; i += 4) {
        const a = x[i]! + 3;
        const b = x[i + 1]! + 3;
        const c = x[i + 2]! + 3;
        const d = x[i + 3]! + 3;
        s[0] = a;
        s[1] = b;
        s[2] = c;
        s[3] = d;
        out[i] = s[4 * +(a <= 0) + 5 * +(a >= 6)]! * (1 / 6);
        out[i + 1] = s[1 + 3 * +(b <= 0) + 4 * +(b >= 6)]! * (1 / 6);
        out[i + 2] = s[2 + 2 * +(c <= 0) + 3 * +(c >= 6)]! * (1 / 6);
        out[i + 3] = s[3 + +(d <= 0) + 2 * +(d >= 6)]! * (1 / 6);
      }
      for (; i < n; i++) out[i] = hardsigmoid(x[i]!);
    },
    dfArray(x, out) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = hardsigmoidDf(x[i]!);
    },
  },
);

export const softsignActivation = defineActivation({
  id: 'softsign',
  params: [],
  bind: () => ({ f: softsign, df: softsignDf }),
  // |x| makes 0 a C¹ join: f″ jumps from 2 to −2.
  kinks: (_p, b) => [kinkAt(b, 0, 1, 1)],
});

/** softsignActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const softsignActivationKernels = /* @__PURE__ */ kernelsFor<never>(softsignActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = softsign(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = softsignDf(x[i]!);
  },
});

export const logsigmoidActivation = defineActivation({
  id: 'logsigmoid',
  params: [],
  bind: () => ({ f: logsigmoid, df: logsigmoidDf }),
  kinks: () => [],
});

/** logsigmoidActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const logsigmoidActivationKernels = /* @__PURE__ */ kernelsFor<never>(logsigmoidActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = logsigmoid(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = logsigmoidDf(x[i]!);
  },
});

/** Saturating activations, in picker order. */
export const saturatingFamily = [
  sigmoidActivation,
  tanhActivation,
  hardtanhActivation,
  hardsigmoidActivation,
  softsignActivation,
  logsigmoidActivation,
];
