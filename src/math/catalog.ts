import type { Family } from './types';

/** What the figure lists of an activation before its math has loaded (see loaded.ts). */
export interface ActivationInfo {
  /** Stable id, also the URL value (`fn=leaky_relu`). */
  id: string;
  /** Display name, e.g. `Leaky ReLU` (language-neutral). */
  name: string;
  family: Family;
}

const info = (id: string, name: string, family: Family): ActivationInfo => ({ id, name, family });

/**
 * Every activation of the registry (registry.ts), in its order: one row each. Its math (f, f′,
 * parameters, kinks) is in its family file, which takes the name and family from here. The
 * picker, the URL's vocabulary and the names of compared functions read this list, so a page
 * can show all of them while the math of all but the ReLU family is still loading.
 */
export const CATALOG: readonly ActivationInfo[] = [
  info('relu', 'ReLU', 'relu'),
  info('leaky_relu', 'Leaky ReLU', 'relu'),
  info('prelu', 'PReLU', 'relu'),
  info('rrelu', 'RReLU (eval)', 'relu'),
  info('relu6', 'ReLU6', 'relu'),
  info('threshold', 'Threshold', 'relu'),
  info('elu', 'ELU', 'relu'),
  info('selu', 'SELU', 'relu'),
  info('celu', 'CELU', 'relu'),
  info('gelu', 'GELU', 'smooth'),
  info('gelu_tanh', 'GELU (tanh)', 'smooth'),
  info('silu', 'SiLU / Swish', 'smooth'),
  info('mish', 'Mish', 'smooth'),
  info('softplus', 'Softplus', 'smooth'),
  info('hardswish', 'Hardswish', 'smooth'),
  info('sigmoid', 'Sigmoid', 'saturating'),
  info('tanh', 'Tanh', 'saturating'),
  info('hardtanh', 'Hardtanh', 'saturating'),
  info('hardsigmoid', 'Hardsigmoid', 'saturating'),
  info('softsign', 'Softsign', 'saturating'),
  info('logsigmoid', 'LogSigmoid', 'saturating'),
  info('softshrink', 'Softshrink', 'shrink'),
  info('hardshrink', 'Hardshrink', 'shrink'),
  info('tanhshrink', 'Tanhshrink', 'shrink'),
];

/**
 * Every parameter key of every activation, in registry order (`alpha`, `lambd`, …): each is a
 * URL key and an attribute. A test checks it against the registry's parameters.
 */
export const PARAM_KEYS: readonly string[] = [
  'alpha',
  'lower',
  'upper',
  'threshold',
  'value',
  'beta',
  'min_val',
  'max_val',
  'lambd',
];

/** The catalogue's row for `id`, or undefined. */
export function activationInfo(id: string): ActivationInfo | undefined {
  return CATALOG.find((a) => a.id === id);
}
