import {
  eluActivation,
  eluActivationKernels,
  seluActivation,
  seluActivationKernels,
  celuActivation,
  celuActivationKernels,
} from './activations/elu';
import {
  geluActivation,
  geluActivationKernels,
  geluTanhActivation,
  geluTanhActivationKernels,
} from './activations/gelu';
import {
  reluActivation,
  reluActivationKernels,
  leakyRelu,
  leakyReluKernels,
  prelu,
  preluKernels,
  rrelu,
  rreluKernels,
  relu6Activation,
  relu6ActivationKernels,
  threshold,
  thresholdKernels,
} from './activations/relu';
import {
  sigmoidActivation,
  sigmoidActivationKernels,
  tanhActivation,
  tanhActivationKernels,
  hardtanhActivation,
  hardtanhActivationKernels,
  hardsigmoidActivation,
  hardsigmoidActivationKernels,
  softsignActivation,
  softsignActivationKernels,
  logsigmoidActivation,
  logsigmoidActivationKernels,
} from './activations/saturating';
import {
  softshrinkActivation,
  softshrinkActivationKernels,
  hardshrinkActivation,
  hardshrinkActivationKernels,
  tanhshrinkActivation,
  tanhshrinkActivationKernels,
} from './activations/shrink';
import {
  siluActivation,
  siluActivationKernels,
  mishActivation,
  mishActivationKernels,
  softplusActivation,
  softplusActivationKernels,
  hardswishActivation,
  hardswishActivationKernels,
} from './activations/smooth';
import type { Activation, Kernels } from './types';

/**
 * The array kernels of every activation, by id: the fast loops that fill a whole array with f or
 * f′ (demos, benchmarks, `evaluate` on arrays). They live apart from the registry so that only
 * code that fills arrays imports them.
 */
const KERNELS: ReadonlyMap<string, Kernels> = /* @__PURE__ */ new Map([
  [eluActivation.id, eluActivationKernels],
  [seluActivation.id, seluActivationKernels],
  [celuActivation.id, celuActivationKernels],
  [geluActivation.id, geluActivationKernels],
  [geluTanhActivation.id, geluTanhActivationKernels],
  [reluActivation.id, reluActivationKernels],
  [leakyRelu.id, leakyReluKernels],
  [prelu.id, preluKernels],
  [rrelu.id, rreluKernels],
  [relu6Activation.id, relu6ActivationKernels],
  [threshold.id, thresholdKernels],
  [sigmoidActivation.id, sigmoidActivationKernels],
  [tanhActivation.id, tanhActivationKernels],
  [hardtanhActivation.id, hardtanhActivationKernels],
  [hardsigmoidActivation.id, hardsigmoidActivationKernels],
  [softsignActivation.id, softsignActivationKernels],
  [logsigmoidActivation.id, logsigmoidActivationKernels],
  [softshrinkActivation.id, softshrinkActivationKernels],
  [hardshrinkActivation.id, hardshrinkActivationKernels],
  [tanhshrinkActivation.id, tanhshrinkActivationKernels],
  [siluActivation.id, siluActivationKernels],
  [mishActivation.id, mishActivationKernels],
  [softplusActivation.id, softplusActivationKernels],
  [hardswishActivation.id, hardswishActivationKernels],
]);

/** The array kernels of `a` (a registered activation). */
export function kernelsOf(a: Activation): Kernels {
  const k = KERNELS.get(a.id);
  if (!k) throw new RangeError(`no array kernels for '${a.id}'`);
  return k;
}
