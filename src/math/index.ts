/**
 * Activation Explorer's math core: ReLU-family activations, their derivatives and helpers.
 * Pure functions on numbers and typed arrays; no UI, DOM or state imports.
 */
export type * from './types';
export { activations, getActivation } from './registry';
export { evaluate, derivative } from './evaluate';
export { kernelsOf } from './kernels';
export * from './sample';
export * from './properties';
// Φ is public because analyses of Gaussian inputs need it next to the activations: the exact
// GELU is x·Φ(x), and ReLU's share of exact zeros for inputs from N(μ, σ²) is Φ(−μ/σ).
export { normalCdf } from './special/normal';
export {
  gaussianExpectations,
  gaussLegendre,
  leakyReluMoments,
  normalPdf,
  quadratureMoments,
  reluMoments,
  type GaussianMoments,
} from './gaussian';
