import type { Resolved } from '../params';
import type { BoundActivation } from '../types';
import { defineActivation, kernelsFor, kinkAt, type Out } from './define';
import { param, REAL } from './specs';

// Piecewise-linear members of the ReLU family, written without data-dependent branches
// (see special/branchless.ts): V8 compiles `x > 0 ? x : 0` and even Math.max(0, x) to jumps
// that mispredict half the time on random-order input. Each function here spells its
// selection out instead of calling the helpers of branchless.ts: an imported function is
// reloaded and checked on every call, which cost about a copy loop's time per element.

/** max(0, x), +0 for x ≤ 0 as in PyTorch, NaN for NaN; −∞ is caught first (−∞·0 is NaN). */
export const relu = (x: number): number => (x < -1.7976931348623157e308 ? 0 : x * +(x > 0)) + 0;
/** x > 0 ? 1 : 0 (PyTorch's 0 at x = 0), NaN for NaN. */
const reluDf = (x: number): number => (x !== x ? x : +(x > 0));

/**
 * x > 0 ? x : a·x as x·s with the slope s = b + (1 − b)·a exactly 1 or a (b = [x > 0]).
 * Not for a = 0: −∞·0 is NaN, while the limit of Leaky ReLU with a = 0 at −∞ is 0.
 */
const leaky = (x: number, a: number): number => {
  const b = +(x > 0);
  return x * (b + (1 - b) * a);
};
/** x > 0 ? 1 : a, with NaN for NaN. */
const leakyDf = (x: number, a: number): number => {
  const b = +(x > 0);
  return x !== x ? x : b + (1 - b) * a;
};

/** Kernels for slope `a`, chosen once: a = 0 is plain ReLU (see `leaky`). */
function bindLeaky(a: number): BoundActivation {
  const df = (x: number) => leakyDf(x, a);
  return a === 0 ? { f: relu, df } : { f: (x) => leaky(x, a), df };
}

function leakyArray(x: ArrayLike<number>, out: Out, a: number): void {
  const n = x.length;
  if (a === 0) for (let i = 0; i < n; i++) out[i] = relu(x[i]!);
  else for (let i = 0; i < n; i++) out[i] = leaky(x[i]!, a);
}

function leakyDfArray(x: ArrayLike<number>, out: Out, a: number): void {
  const n = x.length;
  for (let i = 0; i < n; i++) out[i] = leakyDf(x[i]!, a);
}

/** Kinks of a leaky ReLU with slope `a`: none when a = 1 (the identity is analytic). */
function leakyKinks(a: number, b: BoundActivation) {
  return a === 1 ? [] : [kinkAt(b, 0, a, 1)];
}

export const reluActivation = defineActivation({
  id: 'relu',
  params: [],
  bind: () => ({ f: relu, df: reluDf }),
  kinks: (_p, b) => [kinkAt(b, 0, 0, 1)],
});

/** reluActivation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const reluActivationKernels = /* @__PURE__ */ kernelsFor<never>(reluActivation, {
  fArray(x, out) {
    const n = x.length;
    let i = 0;
    // Four elements a turn (see special/branchless.ts): the arrays' length and data pointer are
    // reloaded once per turn instead of once per element.
    for (; i + 3 < n; i += 4) {
      const a = x[i]!;
      const b = x[i + 1]!;
      const c = x[i + 2]!;
      const d = x[i + 3]!;
      out[i] = relu(a);
      out[i + 1] = relu(b);
      out[i + 2] = relu(c);
      out[i + 3] = relu(d);
    }
    for (; i < n; i++) out[i] = relu(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = reluDf(x[i]!);
  },
});

const leakyAlpha = param('alpha', 'α', 0.01, [0, 1, 0.01], REAL);

export const leakyRelu = defineActivation({
  id: 'leaky_relu',
  params: [leakyAlpha],
  bind: ({ alpha }) => bindLeaky(alpha),
  kinks: ({ alpha }, b) => leakyKinks(alpha, b),
});

/** leakyRelu's array kernels: only what imports them (math/kernels.ts) ships them. */
export const leakyReluKernels = /* @__PURE__ */ kernelsFor<'alpha'>(leakyRelu, {
  fArray: (x, out, { alpha }) => leakyArray(x, out, alpha),
  dfArray: (x, out, { alpha }) => leakyDfArray(x, out, alpha),
});

const preluAlpha = param('alpha', 'α', 0.25, [-1, 1, 0.01], REAL);

export const prelu = defineActivation({
  id: 'prelu',
  params: [preluAlpha],
  bind: ({ alpha }) => bindLeaky(alpha),
  kinks: ({ alpha }, b) => leakyKinks(alpha, b),
});

/** prelu's array kernels: only what imports them (math/kernels.ts) ships them. */
export const preluKernels = /* @__PURE__ */ kernelsFor<'alpha'>(prelu, {
  fArray: (x, out, { alpha }) => leakyArray(x, out, alpha),
  dfArray: (x, out, { alpha }) => leakyDfArray(x, out, alpha),
});

/** RReLU's evaluation-mode slope, computed in double as PyTorch does. */
const rreluSlope = ({ lower, upper }: Resolved<'lower' | 'upper'>) => (lower + upper) / 2;

export const rrelu = defineActivation({
  id: 'rrelu',
  params: [
    param('lower', 'l', 1 / 8, [0, 1, 0.01], REAL),
    param('upper', 'u', 1 / 3, [0, 1, 0.01], REAL),
  ],
  check: ({ lower, upper }) =>
    lower <= upper
      ? undefined
      : `parameters lower (${lower}) and upper (${upper}) need lower ≤ upper`,
  bind: (p) => bindLeaky(rreluSlope(p)),
  kinks: (p, b) => leakyKinks(rreluSlope(p), b),
});

/** rrelu's array kernels: only what imports them (math/kernels.ts) ships them. */
export const rreluKernels = /* @__PURE__ */ kernelsFor<'lower' | 'upper'>(rrelu, {
  fArray: (x, out, p) => leakyArray(x, out, rreluSlope(p)),
  dfArray: (x, out, p) => leakyDfArray(x, out, rreluSlope(p)),
});

/** min(max(0, x), 6), as branchless.ts's clamp(x, 0, 6) spelled out. */
function relu6(x: number): number {
  const y =
    x > 1.7976931348623157e308
      ? 1.7976931348623157e308
      : x < -1.7976931348623157e308
        ? -1.7976931348623157e308
        : x;
  const above = +(y >= 6);
  return y * (1 - +(y <= 0) - above) + 6 * above;
}
/** 0 < x < 6 ? 1 : 0 (PyTorch's Hardtanh backward: 0 at both corners), NaN for NaN. */
const relu6Df = (x: number): number => (x !== x ? x : 1 - +(x <= 0) - +(x >= 6));

export const relu6Activation = defineActivation({
  id: 'relu6',
  params: [],
  bind: () => ({ f: relu6, df: relu6Df }),
  kinks: (_p, b) => [kinkAt(b, 0, 0, 1), kinkAt(b, 6, 1, 0)],
});

/** relu6Activation's array kernels: only what imports them (math/kernels.ts) ships them. */
export const relu6ActivationKernels = /* @__PURE__ */ kernelsFor<never>(relu6Activation, {
  fArray(x, out) {
    // relu6 by table selection, four elements a turn (see special/branchless.ts): s[k] holds
    // element k (+ 0 turns −0 into 0, as relu6 does), s[4] = 0 and s[5] = 6.
    const s = new Float64Array(6);
    s[5] = 6;
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
      out[i] = s[4 * +(a <= 0) + 5 * +(a >= 6)]!;
      out[i + 1] = s[1 + 3 * +(b <= 0) + 4 * +(b >= 6)]!;
      out[i + 2] = s[2 + 2 * +(c <= 0) + 3 * +(c >= 6)]!;
      out[i + 3] = s[3 + +(d <= 0) + 2 * +(d >= 6)]!;
    }
    for (; i < n; i++) out[i] = relu6(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = relu6Df(x[i]!);
  },
});

/**
 * PyTorch's `x <= threshold ? value : x`: x itself above the threshold (−0 stays −0), NaN for
 * NaN. A plain select: the array kernel below, not this, is what runs over many elements.
 */
const thresholdF = (x: number, t: number, v: number): number => (x <= t ? v : x);
const thresholdDf = (x: number, t: number): number => (x !== x ? x : +(x > t));

export const threshold = defineActivation({
  id: 'threshold',
  params: [
    param('threshold', 'θ', 0, [-3, 3, 0.1], REAL),
    param('value', 'v', 0, [-3, 3, 0.1], REAL),
  ],
  bind: ({ threshold: t, value: v }) => ({
    f: (x) => thresholdF(x, t, v),
    df: (x) => thresholdDf(x, t),
  }),
  kinks: ({ threshold: t, value: v }, b) => [kinkAt(b, t, 0, 1, { fLeft: v, fRight: t })],
});

/** threshold's array kernels: only what imports them (math/kernels.ts) ships them. */
export const thresholdKernels = /* @__PURE__ */ kernelsFor<'threshold' | 'value'>(threshold, {
  fArray(x, out, { threshold, value }) {
    // Table selection, four elements a turn (see special/branchless.ts): s[k] holds element k
    // and s[4] the value, chosen by x ≤ θ (false for NaN, which is kept). θ is read back from s
    // so that V8 holds it as a double (the default 0 would otherwise stay a small integer).
    const s = new Float64Array(6);
    s[4] = value;
    s[5] = threshold;
    const t = s[5]!;
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
      out[i] = s[4 * +(a <= t)]!;
      out[i + 1] = s[1 + 3 * +(b <= t)]!;
      out[i + 2] = s[2 + 2 * +(c <= t)]!;
      out[i + 3] = s[3 + +(d <= t)]!;
    }
    for (; i < n; i++) out[i] = thresholdF(x[i]!, t, value);
  },
  dfArray(x, out, { threshold: t }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = thresholdDf(x[i]!, t);
  },
});

/** Piecewise-linear members of the ReLU family, in picker order. */
export const reluFamily = [reluActivation, leakyRelu, prelu, rrelu, relu6Activation, threshold];
