// The functions a formula can call, evaluated with the explorer's own special functions
// (special/*), so that `x * sigmoid(x)` rounds like the built-in SiLU.
import { tanhDf } from '../activations/saturating';
import { pos, step } from '../special/branchless';
import { exp, expm1 } from '../special/exp';
import { log1pExp } from '../special/log1pexp';
import { sigmoid, sigmoidDf } from '../special/logistic';
import { expHalfSq, normalCentral, normalFar, normalMid } from '../special/normal';
import { tanh } from '../special/tanh';

/**
 * erf(x) = 2Φ(x√2) − 1 from the normal distribution's pieces (special/normal.ts): near 0 as
 * 2·(Φ − ½), which has no cancellation; in the tails as ±(1 − 2·Φ(−|x|√2)).
 */
export function erf(x: number): number {
  const y = x * Math.SQRT2;
  const a = Math.abs(y);
  if (a <= 0.66291) return 2 * normalCentral(y);
  if (a < 37.5) {
    const r = 1 - 2 * (expHalfSq(a) * (a <= 5.656854249492381 ? normalMid(a) : normalFar(a)));
    return x > 0 ? r : -r;
  }
  return x > 0 ? 1 : x < 0 ? -1 : NaN;
}

/** erfc(x) = 1 − erf(x) = 2Φ(−x√2), without cancellation for x ≫ 0. */
export function erfc(x: number): number {
  const y = -x * Math.SQRT2;
  const a = Math.abs(y);
  if (a <= 0.66291) return 1 + 2 * normalCentral(y);
  if (a < 37.5) {
    const tail = 2 * (expHalfSq(a) * (a <= 5.656854249492381 ? normalMid(a) : normalFar(a)));
    return y > 0 ? 2 - tail : tail;
  }
  return y > 0 ? 2 : y < 0 ? 0 : NaN;
}

/**
 * tanh(softplus(u)) with one exponential, as the registry's Mish computes it: with w = eᵘ and
 * n = w(w + 2), tanh(log(1 + w)) = n/(n + 2), which tends to w without cancelling as u → −∞.
 * Beyond u = 40 the value is 1 to every digit.
 */
export function tanhSoftplus(u: number): number {
  if (u > 40) return 1;
  const w = exp(u);
  const n = w * (w + 2);
  return n / (n + 2);
}

/**
 * Its derivative sech²(softplus(u))·σ(u) = 4w(1 + w)/(n + 2)², one exponential. For u ≥ 0 in
 * v = e^{−u} (numerator and denominator over w⁴): 4v²(1 + v)/(1 + 2v + 2v²)², which cannot
 * overflow and underflows only where the value does.
 */
export function tanhSoftplusDf(u: number): number {
  if (u < 0) {
    const w = exp(u);
    const d = w * (w + 2) + 2;
    return (4 * w * (1 + w)) / (d * d);
  }
  const v = exp(-u);
  const d = 1 + 2 * v + 2 * v * v;
  return (4 * v * v * (1 + v)) / (d * d);
}

/** u·σ(u) (SiLU's shape), rounded as u * sigmoid(u). */
const xSigmoid = (u: number): number => u * sigmoid(u);

/**
 * (u·σ(u))′ = σ(u) + u·σ′(u) from one exponential e = e^{−|u|}, d = 1 + e: σ is 1/d for
 * u ≥ 0 and e/d below, σ′ = e/d² (both keep their relative accuracy in either tail).
 */
export function xSigmoidDf(u: number): number {
  const e = exp(-Math.abs(u));
  const d = 1 + e;
  return (u >= 0 ? 1 : e) / d + u * (e / d / d);
}

/** u·tanh(softplus(u)) (Mish's shape), rounded as u * tanhSoftplus(u). */
const xTanhSoftplus = (u: number): number => u * tanhSoftplus(u);

/**
 * Its derivative tanh(softplus(u)) + u·(tanh∘softplus)′(u) from one exponential: in w = eᵘ
 * for u < 0 as in tanhSoftplus/tanhSoftplusDf, in v = e^{−u} for u ≥ 0, where
 * tanh(softplus(u)) = (1 + 2v)/(1 + 2v + 2v²).
 */
export function xTanhSoftplusDf(u: number): number {
  if (u < 0) {
    const w = exp(u);
    const n = w * (w + 2);
    const d = n + 2;
    return n / d + (u * (4 * w * (1 + w))) / (d * d);
  }
  const v = exp(-u);
  const d = 1 + 2 * v + 2 * v * v;
  return (1 + 2 * v) / d + (u * (4 * v * v * (1 + v))) / (d * d);
}

/** erf′(x) = 2/√π·e^{−x²}. */
export const derf = (x: number): number => 1.1283791670955126 * exp(-x * x);

/** One-argument functions, by name. `relu` gives +0 on the flat side, as PyTorch prints it. */
export const UNARY: ReadonlyMap<string, (u: number) => number> = new Map<
  string,
  (u: number) => number
>([
  ['abs', Math.abs],
  ['sign', Math.sign],
  ['exp', exp],
  ['expm1', expm1],
  ['log', Math.log],
  ['log1p', Math.log1p],
  ['sqrt', Math.sqrt],
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tanh', tanh],
  ['sigmoid', sigmoid],
  ['softplus', log1pExp],
  ['erf', erf],
  ['erfc', erfc],
  ['relu', (u) => pos(u) + 0],
  ['step', step],
  // Derivative-only (not callable by name): σ′, sech² = tanh′, erf′.
  ['dsigmoid', sigmoidDf],
  ['sech2', tanhDf],
  ['derf', derf],
  // Evaluation only (optimize.ts fuses tanh(softplus(u)) into it): tanh∘softplus and its f′.
  ['tsp', tanhSoftplus],
  ['dtsp', tanhSoftplusDf],
  // u·g(u), the self-gated shape, with f′ sharing g's exponential (optimize.ts).
  ['xsigmoid', xSigmoid],
  ['dxsigmoid', xSigmoidDf],
  ['xtsp', xTanhSoftplus],
  ['dxtsp', xTanhSoftplusDf],
]);

/** Names in UNARY that only the engine writes: derivatives and fused compositions. */
const INTERNAL: ReadonlySet<string> = new Set([
  'dsigmoid',
  'sech2',
  'derf',
  'tsp',
  'dtsp',
  'xsigmoid',
  'dxsigmoid',
  'xtsp',
  'dxtsp',
]);

/** Functions that switch branch where their argument crosses 0 (their kinks and jumps). */
export const SWITCHING: ReadonlySet<string> = new Set(['abs', 'sign', 'relu', 'step']);

/**
 * Argument counts of the functions a formula may call by name: [least, most]. min and max
 * take two or more (folded to nested pairs); where takes (condition, then, else).
 */
export const CALLABLE: ReadonlyMap<string, readonly [number, number]> = new Map<
  string,
  readonly [number, number]
>([
  ...[...UNARY.keys()].filter((k) => !INTERNAL.has(k)).map((k) => [k, [1, 1]] as const),
  ['min', [2, Infinity]],
  ['max', [2, Infinity]],
  ['where', [3, 3]],
]);

/** Named constants. */
export const CONSTANTS: ReadonlyMap<string, { v: number; sym: 'pi' | 'e' }> = new Map([
  ['pi', { v: Math.PI, sym: 'pi' as const }],
  ['π', { v: Math.PI, sym: 'pi' as const }],
  ['e', { v: Math.E, sym: 'e' as const }],
]);

/**
 * PyTorch keyword spellings that differ from the registry's parameter keys
 * (`leaky_relu(x, negative_slope=0.1)` as in torch.nn.functional).
 */
export const KEYWORD_ALIASES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['leaky_relu', new Map([['negative_slope', 'alpha']])],
  [
    'prelu',
    new Map([
      ['weight', 'alpha'],
      ['init', 'alpha'],
    ]),
  ],
]);

/**
 * Names a free parameter may not take: the explorer's own URL keys and element attributes
 * (src/state/schema.ts; a test keeps this list in step with it), which a parameter would
 * collide with in the URL.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'fn',
  'expr',
  'params',
  'xmin',
  'xmax',
  'cmp',
  'd',
  'derivative',
  'diff',
  'lang',
  'theme',
  'view',
]);
