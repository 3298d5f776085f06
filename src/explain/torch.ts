import type { Activation, Params } from '../math';
import { byId, paramValues, type Values } from './lookup';
import { py } from './snippets';

type HardtanhKey = 'min_val' | 'max_val';

const shrink =
  (name: string) =>
  ({ lambd }: Values<'lambd'>) =>
    lambd === 0.5 ? `torch.nn.${name}()` : `torch.nn.${name}(lambd=${py(lambd)})`;

/** Keyword arguments that differ from PyTorch's defaults, joined. */
const args = (...pairs: [name: string, value: number, def: number][]) =>
  pairs
    .filter(([, v, d]) => v !== d)
    .map(([k, v]) => `${k}=${py(v)}`)
    .join(', ');

/**
 * PyTorch's spelling of each activation, by registry id, for given parameter values; arguments
 * equal to PyTorch's defaults are left out. RReLU is its evaluation mode (fixed slope).
 */
export const TORCH: Readonly<Record<string, (p: Values) => string>> = {
  relu: () => 'torch.nn.ReLU()',
  leaky_relu: ({ alpha }: Values<'alpha'>) =>
    alpha === 0.01 ? 'torch.nn.LeakyReLU()' : `torch.nn.LeakyReLU(negative_slope=${py(alpha)})`,
  prelu: ({ alpha }: Values<'alpha'>) =>
    alpha === 0.25 ? 'torch.nn.PReLU()' : `torch.nn.PReLU(init=${py(alpha)})`,
  rrelu: ({ lower, upper }: Values<'lower' | 'upper'>) =>
    `torch.nn.RReLU(${args(['lower', lower, 1 / 8], ['upper', upper, 1 / 3])}).eval()`,
  relu6: () => 'torch.nn.ReLU6()',
  threshold: ({ threshold, value }: Values<'threshold' | 'value'>) =>
    `torch.nn.Threshold(threshold=${py(threshold)}, value=${py(value)})`,
  elu: ({ alpha }: Values<'alpha'>) => `torch.nn.ELU(${args(['alpha', alpha, 1])})`,
  selu: () => 'torch.nn.SELU()',
  celu: ({ alpha }: Values<'alpha'>) => `torch.nn.CELU(${args(['alpha', alpha, 1])})`,
  gelu: () => 'torch.nn.GELU()',
  gelu_tanh: () => "torch.nn.GELU(approximate='tanh')",
  // PyTorch's SiLU has no β; Swish with β ≠ 1 is written out.
  silu: ({ beta }: Values<'beta'>) =>
    beta === 1 ? 'torch.nn.SiLU()' : `lambda x: x * torch.sigmoid(${py(beta)} * x)`,
  mish: () => 'torch.nn.Mish()',
  softplus: ({ beta, threshold }: Values<'beta' | 'threshold'>) =>
    `torch.nn.Softplus(${args(['beta', beta, 1], ['threshold', threshold, 20])})`,
  hardswish: () => 'torch.nn.Hardswish()',
  sigmoid: () => 'torch.nn.Sigmoid()',
  tanh: () => 'torch.nn.Tanh()',
  hardtanh: ({ min_val, max_val }: Values<HardtanhKey>) =>
    `torch.nn.Hardtanh(${args(['min_val', min_val, -1], ['max_val', max_val, 1])})`,
  hardsigmoid: () => 'torch.nn.Hardsigmoid()',
  softsign: () => 'torch.nn.Softsign()',
  logsigmoid: () => 'torch.nn.LogSigmoid()',
  softshrink: shrink('Softshrink'),
  hardshrink: shrink('Hardshrink'),
  tanhshrink: () => 'torch.nn.Tanhshrink()',
};

/** The PyTorch call for `a` at `p` (defaults for missing keys); undefined for an unknown id. */
export function torchCall(
  a: Pick<Activation, 'id' | 'params'>,
  p?: Partial<Params>,
): string | undefined {
  return byId(TORCH, a.id)?.(paramValues(a, p));
}
