/**
 * `activation-explorer/math`: the activation registry, f and f′ with PyTorch's values at
 * kinks, and sampling for plots. Pure functions; no React, no DOM.
 */
export * from '../math';
