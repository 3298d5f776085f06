import { tanh } from '../special/tanh';
import { xMinusTanh } from '../special/tanhshrink';
import { defineActivation, kernelsFor, kinkAt } from './define';
import { NONNEGATIVE, param } from './specs';

// Shrinkage functions: zero (or nearly) on a band around 0.

/**
 * x − clamp(x, −λ, λ): exactly PyTorch's `x > λ ? x − λ : x < −λ ? x + λ : 0` (x − (−λ) is
 * x + λ, and x − x is +0 for every finite x; ±∞ and NaN pass through). A plain select: the
 * array kernel below, not this, is what runs over many elements.
 */
function softshrink(x: number, l: number): number {
  return x - (x > l ? l : x < -l ? -l : x);
}
/** |x| > λ ? 1 : 0; PyTorch gives 0 at ±λ. NaN for NaN. */
const shrinkDf = (x: number, l: number): number => (x !== x ? x : +(Math.abs(x) > l));
/** PyTorch's `−λ ≤ x ≤ λ ? 0 : x` as x·[|x| > λ]: x is finite wherever the factor is 0. */
const hardshrink = (x: number, l: number): number => x * +(Math.abs(x) > l);

const lambd = param('lambd', 'λ', 0.5, [0, 3, 0.05], NONNEGATIVE);

export const softshrinkActivation = defineActivation({
  id: 'softshrink',
  params: [lambd],
  bind: ({ lambd: l }) => ({ f: (x) => softshrink(x, l), df: (x) => shrinkDf(x, l) }),
  // With λ = 0 the function is the identity; only PyTorch's f′(0) = 0 remains.
  kinks: ({ lambd: l }, b) =>
    l === 0
      ? [{ ...kinkAt(b, 0, 1, 1), removable: true }]
      : [kinkAt(b, -l, 1, 0), kinkAt(b, l, 0, 1)],
});

/** softshrinkActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const softshrinkActivationKernels = /* @__PURE__ */ kernelsFor<'lambd'>(
  softshrinkActivation,
  {
    fArray(x, out, { lambd }) {
      // x − clamp(x, −λ, λ) with the clamp by table selection, four elements a turn (see
      // special/branchless.ts): s[k] holds element k, s[4] = −λ and s[5] = λ. λ is read back
      // from s so that V8 holds it as a double.
      const s = new Float64Array(6);
      s[5] = lambd;
      const l = s[5]!;
      const m = -l;
      s[4] = m;
      const n = x.length;
      let i = 0;
      for (; i + 3 < n; i += 4) {
        const a = x[i]!;
        const b = x[i + 1]!;
        const c = x[i + 2]!;
        const d = x[i + 3]!;
        s[0] = a;
        s[1] = b;
        s[2] = c;
        s[3] = d;
        out[i] = a - s[4 * +(a < m) + 5 * +(a > l)]!;
        out[i + 1] = b - s[1 + 3 * +(b < m) + 4 * +(b > l)]!;
        out[i + 2] = c - s[2 + 2 * +(c < m) + 3 * +(c > l)]!;
        out[i + 3] = d - s[3 + +(d < m) + 2 * +(d > l)]!;
      }
      for (; i < n; i++) out[i] = softshrink(x[i]!, l);
    },
    dfArray(x, out, { lambd: l }) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = shrinkDf(x[i]!, l);
    },
  },
);

export const hardshrinkActivation = defineActivation({
  id: 'hardshrink',
  params: [lambd],
  bind: ({ lambd: l }) => ({ f: (x) => hardshrink(x, l), df: (x) => shrinkDf(x, l) }),
  // f jumps at ±λ (by λ); with λ = 0 it is the identity except for PyTorch's f′(0) = 0.
  kinks: ({ lambd: l }, b) =>
    l === 0
      ? [{ ...kinkAt(b, 0, 1, 1), removable: true }]
      : [
          kinkAt(b, -l, 1, 0, { fLeft: -l, fRight: 0 }),
          kinkAt(b, l, 0, 1, { fLeft: 0, fRight: l }),
        ],
});

/** hardshrinkActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const hardshrinkActivationKernels = /* @__PURE__ */ kernelsFor<'lambd'>(
  hardshrinkActivation,
  {
    fArray(x, out, { lambd: l }) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = hardshrink(x[i]!, l);
    },
    dfArray(x, out, { lambd: l }) {
      const n = x.length;
      for (let i = 0; i < n; i++) out[i] = shrinkDf(x[i]!, l);
    },
  },
);

export const tanhshrinkActivation = defineActivation({
  id: 'tanhshrink',
  params: [],
  bind: () => ({ f: xMinusTanh, df: tanhSquared }),
  kinks: () => [],
});

/** tanhshrinkActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const tanhshrinkActivationKernels = /* @__PURE__ */ kernelsFor<never>(tanhshrinkActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = xMinusTanh(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = tanhSquared(x[i]!);
  },
});

function tanhSquared(x: number): number {
  const t = tanh(x);
  return t * t;
}

/** Shrinkage functions, in picker order. */
export const shrinkFamily = [softshrinkActivation, hardshrinkActivation, tanhshrinkActivation];
