import type { Resolved } from '../params';
import { clamp, inside, neg } from '../special/branchless';
import { exp } from '../special/exp';
import { sigmoid, sigmoidDf } from '../special/logistic';
import { tanh } from '../special/tanh';
import { defineActivation, kinkAt } from './define';
import { py, snippets } from './snippets';
import { param, REAL } from './specs';

// Activations that saturate on at least one side.

/** 1 − tanh²x as sech²x = 4e/(1 + e)², e = e^{−2|x|}: no cancellation where tanh x ≈ ±1. */
export function tanhDf(x: number): number {
  const e = exp(-2 * Math.abs(x));
  const d = 1 + e;
  return (4 * e) / d / d;
}

/** relu6(x + 3)/6 as clamp(x + 3, 0, 6)·⅙ (6·⅙ is exactly 1). */
export const hardsigmoid = (x: number): number => clamp(x + 3, 0, 6) * (1 / 6);
/** −3 < x < 3 ? ⅙ : 0, PyTorch's 0 at both corners. */
const hardsigmoidDf = (x: number): number => inside(x, -3, 3) * (1 / 6);

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

/** −log(1 + e^{−x}) = min(x, 0) − log1p(e^{−|x|}), without Softplus's threshold switch. */
export const logsigmoid = (x: number): number => neg(x) - Math.log1p(exp(-Math.abs(x)));
/** σ(−x). */
export const logsigmoidDf = (x: number): number => sigmoid(-x);

export const sigmoidActivation = defineActivation({
  id: 'sigmoid',
  name: 'Sigmoid',
  family: 'saturating',
  params: [],
  bind: () => ({ f: sigmoid, df: sigmoidDf }),
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = sigmoid(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = sigmoidDf(x[i]!);
  },
  tex: { f: '\\sigma(x) = \\frac{1}{1 + e^{-x}}', df: '\\sigma(x)\\bigl(1 - \\sigma(x)\\bigr)' },
  kinks: () => [],
  torch: () => 'torch.nn.Sigmoid()',
  code: () =>
    snippets({
      imports: ['from scipy.special import expit'],
      f: 'expit(x)',
      df: ['s = expit(x)', 's * (1 - s)'],
      torch: 'torch.nn.Sigmoid()',
    }),
});

export const tanhActivation = defineActivation({
  id: 'tanh',
  name: 'Tanh',
  family: 'saturating',
  params: [],
  bind: () => ({ f: tanh, df: tanhDf }),
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = tanh(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = tanhDf(x[i]!);
  },
  tex: { f: '\\tanh x', df: '1 - \\tanh^2 x' },
  kinks: () => [],
  torch: () => 'torch.nn.Tanh()',
  code: () => snippets({ f: 'np.tanh(x)', df: '1 - np.tanh(x)**2', torch: 'torch.nn.Tanh()' }),
});

type HardtanhKey = 'min_val' | 'max_val';
const hardtanhTorch = ({ min_val: lo, max_val: hi }: Resolved<HardtanhKey>) => {
  const args = [lo === -1 ? '' : `min_val=${py(lo)}`, hi === 1 ? '' : `max_val=${py(hi)}`];
  return `torch.nn.Hardtanh(${args.filter(Boolean).join(', ')})`;
};

export const hardtanhActivation = defineActivation({
  id: 'hardtanh',
  name: 'Hardtanh',
  family: 'saturating',
  params: [
    param('min_val', 'a', 'a', -1, [-3, 3, 0.1], REAL),
    param('max_val', 'b', 'b', 1, [-3, 3, 0.1], REAL),
  ],
  check: ({ min_val: lo, max_val: hi }) =>
    lo < hi ? undefined : `parameters min_val (${lo}) and max_val (${hi}) need min_val < max_val`,
  bind: ({ min_val: lo, max_val: hi }) => ({
    f: (x) => clamp(x, lo, hi),
    df: (x) => inside(x, lo, hi),
  }),
  fArray(x, out, { min_val: lo, max_val: hi }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = clamp(x[i]!, lo, hi);
  },
  dfArray(x, out, { min_val: lo, max_val: hi }) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = inside(x[i]!, lo, hi);
  },
  tex: {
    f: '\\begin{cases} a & x < a \\\\ x & a \\le x \\le b \\\\ b & x > b \\end{cases}',
    df: '\\begin{cases} 1 & a < x < b \\\\ 0 & \\text{otherwise} \\end{cases}',
  },
  kinks: ({ min_val: lo, max_val: hi }, b) => [kinkAt(b, lo, 0, 1), kinkAt(b, hi, 1, 0)],
  torch: hardtanhTorch,
  code: (p) =>
    snippets({
      params: p,
      f: 'np.clip(x, min_val, max_val)',
      df: 'np.where((x > min_val) & (x < max_val), 1.0, 0.0)',
      torch: hardtanhTorch(p),
    }),
});

export const hardsigmoidActivation = defineActivation({
  id: 'hardsigmoid',
  name: 'Hardsigmoid',
  family: 'saturating',
  params: [],
  bind: () => ({ f: hardsigmoid, df: hardsigmoidDf }),
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = hardsigmoid(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = hardsigmoidDf(x[i]!);
  },
  tex: {
    f: '\\frac{\\operatorname{ReLU6}(x + 3)}{6}',
    df: '\\begin{cases} \\tfrac16 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}',
  },
  kinks: (_p, b) => [kinkAt(b, -3, 0, 1 / 6), kinkAt(b, 3, 1 / 6, 0)],
  torch: () => 'torch.nn.Hardsigmoid()',
  code: () =>
    snippets({
      f: 'np.clip(x + 3, 0.0, 6.0) / 6',
      df: 'np.where((x > -3) & (x < 3), 1 / 6, 0.0)',
      torch: 'torch.nn.Hardsigmoid()',
    }),
});

export const softsignActivation = defineActivation({
  id: 'softsign',
  name: 'Softsign',
  family: 'saturating',
  params: [],
  bind: () => ({ f: softsign, df: softsignDf }),
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = softsign(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = softsignDf(x[i]!);
  },
  tex: { f: '\\frac{x}{1 + |x|}', df: '\\frac{1}{(1 + |x|)^2}' },
  // |x| makes 0 a C¹ join: f″ jumps from 2 to −2.
  kinks: (_p, b) => [kinkAt(b, 0, 1, 1)],
  torch: () => 'torch.nn.Softsign()',
  code: () =>
    snippets({
      f: 'x / (1 + np.abs(x))',
      df: '1 / (1 + np.abs(x))**2',
      torch: 'torch.nn.Softsign()',
    }),
});

export const logsigmoidActivation = defineActivation({
  id: 'logsigmoid',
  name: 'LogSigmoid',
  family: 'saturating',
  params: [],
  bind: () => ({ f: logsigmoid, df: logsigmoidDf }),
  fArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = logsigmoid(x[i]!);
  },
  dfArray(x, out) {
    const n = x.length;
    for (let i = 0; i < n; i++) out[i] = logsigmoidDf(x[i]!);
  },
  tex: { f: '-\\ln\\bigl(1 + e^{-x}\\bigr)', df: '\\sigma(-x) = \\frac{1}{1 + e^{x}}' },
  kinks: () => [],
  torch: () => 'torch.nn.LogSigmoid()',
  code: () =>
    snippets({
      imports: ['from scipy.special import expit'],
      f: '-np.logaddexp(0.0, -x)',
      df: 'expit(-x)',
      torch: 'torch.nn.LogSigmoid()',
    }),
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
