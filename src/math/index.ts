/**
 * Activation Explorer's math core: ReLU-family activations, their derivatives and helpers.
 * Pure functions on numbers and typed arrays; no UI, DOM or state imports.
 */
export type * from './types';
export { activations, getActivation } from './registry';
export { evaluate, derivative } from './evaluate';
export * from './sample';
export * from './properties';
