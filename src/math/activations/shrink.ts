import { tanh } from '../special/tanh';
import { xMinusTanh } from '../special/tanhshrink';
import { defineActivation, kernelsFor, kinkAt } from './define';
import { NONNEGATIVE, param } from './specs';

// Shrinkage functions: zero (or nearly) on a band around 0.

/**
 * max(x − λ, 0) − max(−x − λ, 0): exactly PyTorch's `x > λ ? x − λ : x < −λ ? x + λ : 0`
 * (one rounding; −(−x − λ) = x + λ), without a data-dependent branch.
 */
function softshrink(x: number, l: number): number {
  // pos() of branchless.ts, spelled out: an imported helper costs a reload per element.
  const a = x - l;
  const b = -x - l;
  return (
    (a < -1.7976931348623157e308 ? 0 : a * +(a > 0)) -
    (b < -1.7976931348623157e308 ? 0 : b * +(b > 0))
  );
}
/** |x| > λ ? 1 : 0; PyTorch gives 0 at ±λ. NaN for NaN. */
const shrinkDf = (x: number, l: number): number => (x !== x ? x : +(Math.abs(x) > l));
/** PyTorch's `−λ ≤ x ≤ λ ? 0 : x` as x·[|x| > λ]: x is finite wherever the factor is 0. */
const hardshrink = (x: number, l: number): number => x * +(Math.abs(x) > l);

const lambd = param('lambd', 'λ', 0.5, [0, 3, 0.05], NONNEGATIVE);

export const softshrinkActivation = defineActivation({
  id: 'softshrink',
  name: 'Softshrink',
  family: 'shrink',
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
      // Table selection, four elements a turn (see special/branchless.ts): for element k, s[k]
      // holds x − λ (taken when x > λ), s[4 + k] x + λ as −(−x − λ) (when x < −λ) and s[8 + k]
      // softshrink's middle value (x − λ)·0 − (−x − λ)·0, which equals (−x − λ)·−0 wherever it
      // is taken (−0 only at x = −λ; NaN for NaN). x > λ and x < −λ are the signs of x − λ and
      // −x − λ, which the subtractions keep exactly. λ is read back from s so that V8 holds it
      // as a double.
      const s = new Float64Array(13);
      s[12] = lambd;
      const l = s[12]!;
      const m = -l;
      const n = x.length;
      let i = 0;
      for (; i + 3 < n; i += 4) {
        const a = x[i]!;
        const b = x[i + 1]!;
        const c = x[i + 2]!;
        const d = x[i + 3]!;
        const an = -a - l;
        const bn = -b - l;
        const cn = -c - l;
        const dn = -d - l;
        s[0] = a - l;
        s[1] = b - l;
        s[2] = c - l;
        s[3] = d - l;
        s[4] = -an;
        s[5] = -bn;
        s[6] = -cn;
        s[7] = -dn;
        s[8] = an * -0;
        s[9] = bn * -0;
        s[10] = cn * -0;
        s[11] = dn * -0;
        out[i] = s[8 - 8 * +(a > l) - 4 * +(a < m)]!;
        out[i + 1] = s[9 - 8 * +(b > l) - 4 * +(b < m)]!;
        out[i + 2] = s[10 - 8 * +(c > l) - 4 * +(c < m)]!;
        out[i + 3] = s[11 - 8 * +(d > l) - 4 * +(d < m)]!;
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
  name: 'Hardshrink',
  family: 'shrink',
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
  name: 'Tanhshrink',
  family: 'shrink',
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
