import { neg, pos } from '../special/branchless';
import { exp, expm1 } from '../special/exp';
import { defineActivation, kernelsFor, kinkAt } from './define';
import { param, POSITIVE, REAL } from './specs';

// Exponential members of the ReLU family. The negative side uses expm1, not exp − 1:
// near 0 the subtraction would cancel every significant digit.

/**
 * SELU's a = 1.6732632423543772848… and λ = 1.0507009873554804934… (Klambauer et al. 2017),
 * and λ·a = 1.7580993408473768599…, each the double nearest the exact value.
 */
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_SCALE = 1.0507009873554805;
const SELU_SCALE_ALPHA = 1.7580993408473768;

// Both branches are evaluated and combined by arithmetic (see special/branchless.ts): on
// random-order input that is cheaper than a mispredicted `x > 0 ? … : …`. expm1(min(x, 0))
// is exactly 0 for x > 0, so f = max(x, 0) + α·expm1(min(x, 0)) equals the branchy form.

const elu = (x: number, a: number): number => pos(x) + a * expm1(neg(x));
/** PyTorch uses α·eˣ for x ≤ 0, so f′(0) = α. */
const eluDf = (x: number, a: number): number => {
  const b = +(x > 0);
  return b + (1 - b) * (a * exp(neg(x)));
};

const selu = (x: number): number => SELU_SCALE * pos(x) + SELU_SCALE_ALPHA * expm1(neg(x));
const seluDf = (x: number): number => {
  const b = +(x > 0);
  return b * SELU_SCALE + (1 - b) * (SELU_SCALE_ALPHA * exp(neg(x)));
};

/** x/α is divided, not multiplied by a rounded 1/α, to keep the argument correctly rounded. */
const celu = (x: number, a: number): number => pos(x) + a * expm1(neg(x) / a);
const celuDf = (x: number, a: number): number => {
  const b = +(x > 0);
  return b + (1 - b) * exp(neg(x) / a);
};

export const eluActivation = defineActivation({
  id: 'elu',
  params: [param('alpha', 'α', 1, [0, 3, 0.05], REAL)],
  bind: ({ alpha }) => ({ f: (x) => elu(x, alpha), df: (x) => eluDf(x, alpha) }),
  // C¹ when α = 1 (dfLeft = dfRight) but still a kink: f″ jumps from 1 to 0.
  kinks: ({ alpha }, b) => [kinkAt(b, 0, alpha, 1)],
});

/** eluActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const eluActivationKernels = /* @__PURE__ */ kernelsFor<'alpha'>(eluActivation, {
  fArray(x, out, { alpha }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = elu(x[i]!, alpha);
  },
  dfArray(x, out, { alpha }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = eluDf(x[i]!, alpha);
  },
});

export const seluActivation = defineActivation({
  id: 'selu',
  params: [],
  bind: () => ({ f: selu, df: seluDf }),
  kinks: (_p, b) => [kinkAt(b, 0, SELU_SCALE_ALPHA, SELU_SCALE)],
});

/** seluActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const seluActivationKernels = /* @__PURE__ */ kernelsFor<never>(seluActivation, {
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = selu(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = seluDf(x[i]!);
  },
});

export const celuActivation = defineActivation({
  id: 'celu',
  // α > 0: α = 0 divides by zero, and for α < 0 the max/min definition no longer equals
  // PyTorch's `x > 0 ? x : α(e^{x/α} − 1)`.
  params: [param('alpha', 'α', 1, [0.1, 3, 0.05], POSITIVE)],
  bind: ({ alpha }) => ({ f: (x) => celu(x, alpha), df: (x) => celuDf(x, alpha) }),
  // Always C¹ at 0 (both one-sided slopes are 1); f″ jumps from 1/α to 0.
  kinks: (_p, b) => [kinkAt(b, 0, 1, 1)],
});

/** celuActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const celuActivationKernels = /* @__PURE__ */ kernelsFor<'alpha'>(celuActivation, {
  fArray(x, out, { alpha }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = celu(x[i]!, alpha);
  },
  dfArray(x, out, { alpha }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = celuDf(x[i]!, alpha);
  },
});

/** Exponential members of the ReLU family, in picker order. */
export const eluFamily = [eluActivation, seluActivation, celuActivation];
