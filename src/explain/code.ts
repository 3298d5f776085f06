import type { Activation, Params } from '../math';
import { SELU_ALPHA, SELU_SCALE } from '../math/activations/elu';
import { byId, paramValues } from './lookup';
import { numpyScript, torchScript, type CodeSnippets, type NumpyDef } from './snippets';
import { torchCall } from './torch';

const EXPIT = ['from scipy.special import expit'];

const leaky = (slope: string): NumpyDef => ({
  f: `np.where(x > 0, x, ${slope} * x)`,
  df: `np.where(x > 0, 1.0, ${slope})`,
});

/**
 * f and f′ of every activation in NumPy, by registry id: each body takes a float array `x`
 * and the parameters by their PyTorch keywords. Forms are chosen to keep every digit where a
 * textbook form would cancel (GELU through erfc, tanh′ as sech²), since the printed values
 * are checked against the registry to 1e-12 (explain/code.fixture.test.ts).
 */
export const NUMPY: Readonly<Record<string, NumpyDef>> = {
  relu: { f: 'np.maximum(0.0, x)', df: 'np.where(x > 0, 1.0, 0.0)' },
  leaky_relu: leaky('alpha'),
  prelu: leaky('alpha'),
  rrelu: {
    f: ['s = (lower + upper) / 2', 'np.where(x > 0, x, s * x)'],
    df: ['s = (lower + upper) / 2', 'np.where(x > 0, 1.0, s)'],
  },
  relu6: { f: 'np.clip(x, 0.0, 6.0)', df: 'np.where((x > 0) & (x < 6), 1.0, 0.0)' },
  threshold: {
    f: 'np.where(x > threshold, x, value)',
    df: 'np.where(x > threshold, 1.0, 0.0)',
  },
  elu: {
    f: 'np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))',
    df: 'np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))',
  },
  selu: {
    constants: { scale: SELU_SCALE, a: SELU_ALPHA },
    f: 'scale * np.where(x > 0, x, a * np.expm1(np.minimum(x, 0.0)))',
    df: 'scale * np.where(x > 0, 1.0, a * np.exp(np.minimum(x, 0.0)))',
  },
  celu: {
    f: 'np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0) / alpha))',
    df: 'np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0) / alpha))',
  },
  // Φ(x) = erfc(−x/√2)/2: 1 + erf(x/√2) would lose digits for x ≪ 0.
  gelu: {
    imports: ['from scipy.special import erfc'],
    f: '0.5 * x * erfc(-x / np.sqrt(2))',
    df: '0.5 * erfc(-x / np.sqrt(2)) + x * np.exp(-0.5 * x**2) / np.sqrt(2 * np.pi)',
  },
  gelu_tanh: {
    constants: { c: Math.sqrt(2 / Math.PI), k: 0.044715 },
    f: ['t = np.tanh(c * (x + k * x**3))', '0.5 * x * (1 + t)'],
    df: [
      't = np.tanh(c * (x + k * x**3))',
      '0.5 * (1 + t) + 0.5 * x * (1 - t**2) * c * (1 + 3 * k * x**2)',
    ],
  },
  silu: {
    imports: EXPIT,
    f: 'x * expit(beta * x)',
    df: ['s = expit(beta * x)', 's * (1 + beta * x * (1 - s))'],
  },
  mish: {
    imports: EXPIT,
    f: 'x * np.tanh(np.logaddexp(0.0, x))',
    df: ['t = np.tanh(np.logaddexp(0.0, x))', 't + x * (1 - t**2) * expit(x)'],
  },
  softplus: {
    imports: EXPIT,
    f: 'np.where(beta * x > threshold, x, np.logaddexp(0.0, beta * x) / beta)',
    df: 'np.where(beta * x > threshold, 1.0, expit(beta * x))',
  },
  hardswish: {
    f: 'x * np.clip(x + 3, 0.0, 6.0) / 6',
    df: 'np.where(x < -3, 0.0, np.where(x <= 3, x / 3 + 0.5, 1.0))',
  },
  sigmoid: { imports: EXPIT, f: 'expit(x)', df: ['s = expit(x)', 's * (1 - s)'] },
  // sech²x rather than 1 − tanh²x, which cancels where tanh x is near ±1.
  tanh: { f: 'np.tanh(x)', df: '1 / np.cosh(x)**2' },
  hardtanh: {
    f: 'np.clip(x, min_val, max_val)',
    df: 'np.where((x > min_val) & (x < max_val), 1.0, 0.0)',
  },
  hardsigmoid: {
    f: 'np.clip(x + 3, 0.0, 6.0) / 6',
    df: 'np.where((x > -3) & (x < 3), 1 / 6, 0.0)',
  },
  softsign: { f: 'x / (1 + np.abs(x))', df: '1 / (1 + np.abs(x))**2' },
  logsigmoid: { imports: EXPIT, f: '-np.logaddexp(0.0, -x)', df: 'expit(-x)' },
  softshrink: {
    f: 'np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0))',
    df: 'np.where(np.abs(x) > lambd, 1.0, 0.0)',
  },
  hardshrink: {
    f: 'np.where(np.abs(x) > lambd, x, 0.0)',
    df: 'np.where(np.abs(x) > lambd, 1.0, 0.0)',
  },
  tanhshrink: { f: 'x - np.tanh(x)', df: 'np.tanh(x)**2' },
};

/**
 * Runnable NumPy and PyTorch scripts for `a` at `p` (defaults for missing keys), the NumPy one
 * with the parameter values assigned at its top; undefined for an id without an entry.
 */
export function codeSnippets(
  a: Pick<Activation, 'id' | 'params'>,
  p?: Partial<Params>,
): CodeSnippets | undefined {
  const def = byId(NUMPY, a.id);
  const call = torchCall(a, p);
  if (!def || call === undefined) return undefined;
  return { numpy: numpyScript(def, paramValues(a, p)), torch: torchScript(call) };
}
