/** Gradient-descent optimisers over one flat parameter vector (see `Mlp.theta` / `Mlp.grad`). */
export interface Optimizer {
  /** Updates `theta` in place from `grad`. */
  step(theta: Float64Array, grad: Float64Array): void;
  /** Learning rate; may be changed between steps. */
  lr: number;
}

export type OptimizerKind = 'sgd' | 'adam';

/** Plain SGD: θ ← θ − lr·g. A parameter with zero gradient does not move at all. */
export function createSgd(lr: number): Optimizer {
  return {
    lr,
    step(theta, grad) {
      const lr = this.lr;
      for (let i = 0; i < theta.length; i++) theta[i]! -= lr * grad[i]!;
    },
  };
}

export interface AdamOptions {
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * Adam (Kingma & Ba 2015) with bias correction and PyTorch's defaults β₁ = 0.9, β₂ = 0.999,
 * ε = 1e-8. Its moment buffers are allocated once for `size` parameters. Unlike SGD, a parameter
 * whose gradient has become 0 keeps moving for a while on its first moment.
 */
export function createAdam(size: number, options: AdamOptions): Optimizer {
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    lr: options.lr,
    step(theta, grad) {
      t++;
      const c1 = 1 - Math.pow(beta1, t);
      const c2 = 1 - Math.pow(beta2, t);
      const lr = this.lr;
      for (let i = 0; i < theta.length; i++) {
        const g = grad[i]!;
        const mi = beta1 * m[i]! + (1 - beta1) * g;
        const vi = beta2 * v[i]! + (1 - beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        theta[i]! -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
      }
    },
  };
}

/** Creates the optimiser of the given kind for `size` parameters. */
export function createOptimizer(kind: OptimizerKind, size: number, lr: number): Optimizer {
  return kind === 'adam' ? createAdam(size, { lr }) : createSgd(lr);
}
