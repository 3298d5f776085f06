// STUB — replaced by the math-core work (issue 2).
import type { Activation } from './types';

const relu: Activation = {
  id: 'relu',
  name: 'ReLU',
  family: 'relu',
  params: [],
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  bind: () => ({ f: (x) => (x > 0 ? x : 0), df: (x) => (x > 0 ? 1 : 0) }),
  fArray(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = x[i]! > 0 ? x[i]! : 0;
  },
  dfArray(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = x[i]! > 0 ? 1 : 0;
  },
  tex: { f: '\\max(0, x)', df: '\\begin{cases}1 & x > 0\\\\ 0 & x \\le 0\\end{cases}' },
  kinks: () => [{ x: 0, fLeft: 0, f: 0, fRight: 0, dfLeft: 0, dfRight: 1, df: 0 }],
  torch: () => 'torch.nn.ReLU()',
  code: () => ({ numpy: 'np.maximum(0, x)', torch: 'torch.relu(x)' }),
};

export const activations: readonly Activation[] = [relu];
export function getActivation(id: string): Activation | undefined {
  return activations.find((a) => a.id === id);
}
