/** NumPy and PyTorch scripts for one function at given parameter values. */
export interface CodeSnippets {
  numpy: string;
  torch: string;
}

/** A Python float literal for `v` (shortest round-trip digits, always with a decimal point). */
export function py(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

/** Python source of a function body: one expression, or lines ending with the result's. */
export type PyBody = string | readonly string[];

/** What a NumPy script needs besides the parameter values. */
export interface NumpyDef {
  /** Extra imports, e.g. `from scipy.special import expit`. */
  imports?: readonly string[];
  /** Fixed constants the bodies use, assigned after the parameters (SELU's scale, …). */
  constants?: Readonly<Record<string, number>>;
  /** f's and f′'s bodies, in terms of an array `x` and the parameter keys. */
  f: PyBody;
  df: PyBody;
}

/**
 * The example inputs every NumPy script prints f and f′ at, as the tutorial does: a positive
 * and a negative scalar, zero, a list and an array.
 */
export const NUMPY_EXAMPLES = '[5, -3, 0, [-2.0, -0.5, 0.0, 0.5, 2.0], np.linspace(-2, 2, 5)]';

/**
 * A function `name(x)` that takes a scalar, a list or an array: `x` becomes a float array
 * first, so comparisons such as `x > 0` work on a list too, and a scalar gives a Python float
 * back (it prints as a plain number, not `array(5.)`).
 */
function pyFunction(name: string, body: PyBody, note: string): string {
  const lines = typeof body === 'string' ? [body] : [...body];
  const result = lines.pop() ?? '';
  return [
    `def ${name}(x):`,
    `    x = np.asarray(x, dtype=float)`,
    ...lines.map((l) => `    ${l}`),
    `    y = ${result}`,
    `    return y if y.ndim else float(y)${note}`,
  ].join('\n');
}

/**
 * A runnable NumPy script: f and f′ for any scalar, list or array, then both printed at
 * `NUMPY_EXAMPLES` with every digit (NumPy prints 8 by default), so the output can be checked
 * against the explorer's readout.
 */
export function numpyScript(def: NumpyDef, params: Readonly<Record<string, number>>): string {
  const values = { ...params, ...def.constants };
  const assignments = Object.entries(values).map(([k, v]) => `${k} = ${py(v)}`);
  const parts = [
    ['import numpy as np', ...(def.imports ?? [])].join('\n'),
    ...(assignments.length > 0 ? [assignments.join('\n')] : []),
    pyFunction('f', def.f, '  # a float for a scalar x'),
    pyFunction('df', def.df, ''),
    [
      'np.set_printoptions(floatmode="unique")  # all digits, not NumPy\'s default 8',
      `for x in ${NUMPY_EXAMPLES}:`,
      '    print("x     =", x)',
      '    print("f(x)  =", f(x))',
      `    print("f'(x) =", df(x))`,
    ].join('\n'),
  ];
  return `${parts.join('\n\n\n')}\n`;
}

/**
 * A runnable PyTorch script that prints f and f′ on a small grid, f′ from autograd, so it
 * shows the values PyTorch uses at kinks.
 */
export function torchScript(call: string): string {
  return [
    'import torch',
    '',
    `act = ${call}`,
    'x = torch.linspace(-5.0, 5.0, 11, dtype=torch.float64, requires_grad=True)',
    'y = act(x)',
    '(dy,) = torch.autograd.grad(y.sum(), x)',
    'print(y.detach())',
    'print(dy)',
    '',
  ].join('\n');
}
