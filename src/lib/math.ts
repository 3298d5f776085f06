/**
 * `activation-explorer/math`: the activation registry, f and f′ with PyTorch's values at
 * kinks, and sampling for plots. Pure functions; no React, no DOM. Numbers only: the app's
 * words about each function (TeX, PyTorch names, code in src/explain) are not part of it.
 */
export * from '../math';
