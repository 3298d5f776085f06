import type { CodeSnippets } from '../types';

/** A Python float literal for `v` (shortest round-trip digits, always with a decimal point). */
export function py(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

/** Python source of a function body: one expression, or lines ending with the returned one. */
export type PyBody = string | readonly string[];

export interface SnippetSpec {
  /** Parameter assignments, in order, e.g. `{ alpha: 0.1 }`. */
  params?: Readonly<Record<string, number>>;
  /** Extra NumPy-side imports, e.g. `from scipy.special import expit`. */
  imports?: readonly string[];
  f: PyBody;
  df: PyBody;
  /** The PyTorch callable, e.g. `torch.nn.ReLU()`. */
  torch: string;
}

function body(b: PyBody): string {
  const lines = typeof b === 'string' ? [b] : [...b];
  const ret = lines.pop() ?? '';
  return [...lines, `return ${ret}`].map((l) => `    ${l}`).join('\n');
}

/**
 * Runnable NumPy and PyTorch scripts that print f and f′ on a small grid. The PyTorch one takes
 * f′ from autograd, so it shows the values PyTorch uses at kinks.
 */
export function snippets(s: SnippetSpec): CodeSnippets {
  const params = Object.entries(s.params ?? {}).map(([k, v]) => `${k} = ${py(v)}`);
  const paramBlock = params.length > 0 ? `${params.join('\n')}\n\n\n` : '';
  const numpy = [
    ['import numpy as np', ...(s.imports ?? [])].join('\n'),
    '',
    `${paramBlock}def f(x):\n${body(s.f)}\n\n\ndef df(x):\n${body(s.df)}\n`,
    '',
    'x = np.linspace(-5.0, 5.0, 11)',
    'print(f(x))',
    'print(df(x))',
    '',
  ].join('\n');
  const torch = [
    'import torch',
    '',
    `act = ${s.torch}`,
    'x = torch.linspace(-5.0, 5.0, 11, dtype=torch.float64, requires_grad=True)',
    'y = act(x)',
    '(dy,) = torch.autograd.grad(y.sum(), x)',
    'print(y.detach())',
    'print(dy)',
    '',
  ].join('\n');
  return { numpy, torch };
}
