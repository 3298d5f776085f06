import { describe, expect, it } from 'vitest';
import { getActivation } from '../math';
import { mseLoss } from './loss';
import { Mlp } from './mlp';
import { createRng, fillNormal } from './rng';

/** Straightforward scalar forward pass with the registry's scalar f: the reference. */
function referenceForward(mlp: Mlp, x: Float64Array, n: number): Float64Array {
  let a = Array.from(x.subarray(0, n * mlp.sizes[0]!));
  for (let l = 0; l < mlp.layerCount; l++) {
    const nin = mlp.sizes[l]!;
    const nout = mlp.sizes[l + 1]!;
    const W = mlp.weights(l);
    const bias = mlp.bias(l);
    const act = mlp.activationOf(l);
    const next: number[] = [];
    for (let b = 0; b < n; b++)
      for (let j = 0; j < nout; j++) {
        let s = bias[j]!; // the kernel starts each sum at the bias
        for (let k = 0; k < nin; k++) s += a[b * nin + k]! * W[j * nin + k]!;
        next.push(act ? act.act.f(s, act.params) : s);
      }
    a = next;
  }
  return Float64Array.from(a);
}

describe('Mlp.forward', () => {
  it('equals a scalar reference built on the registry f, bit for bit', () => {
    const mlp = new Mlp({ sizes: [3, 7, 5, 2], activation: { id: 'relu' }, maxBatch: 9, seed: 5 });
    mlp.bias(0).set([0.1, -0.2, 0.3, 0, -1, 2, 0.5]);
    const x = fillNormal(createRng(9), new Float64Array(27));
    const y = mlp.forward(x, 9);
    expect(Array.from(y)).toEqual(Array.from(referenceForward(mlp, x, 9)));
    // A smaller batch reuses the buffers.
    const y4 = mlp.forward(x, 4);
    expect(y4.length).toBe(8);
    expect(Array.from(y4)).toEqual(Array.from(referenceForward(mlp, x, 4)));
  });

  it('rejects a batch larger than maxBatch and bad sizes', () => {
    const mlp = new Mlp({ sizes: [1, 2, 1], activation: { id: 'relu' }, maxBatch: 4, seed: 1 });
    expect(() => mlp.forward(new Float64Array(5), 5)).toThrow(RangeError);
    expect(() => new Mlp({ sizes: [1], activation: [], maxBatch: 1, seed: 1 })).toThrow(RangeError);
    expect(
      () => new Mlp({ sizes: [1, 2, 1], activation: { id: 'nope' }, maxBatch: 1, seed: 1 }),
    ).toThrow(/nope/);
  });
});

describe('initialisation', () => {
  const stats = (w: Float64Array) => {
    let s = 0;
    let s2 = 0;
    for (const v of w) {
      s += v;
      s2 += v * v;
    }
    return { mean: s / w.length, variance: s2 / w.length - (s / w.length) ** 2 };
  };

  it.each([
    ['he', 'normal', 2 / 64],
    ['xavier', 'normal', 2 / (64 + 48)],
    ['he', 'uniform', 2 / 64],
    ['xavier', 'uniform', 2 / (64 + 48)],
  ] as const)('%s/%s has the textbook variance', (init, initDistribution, variance) => {
    const mlp = new Mlp({
      sizes: [64, 48, 1],
      activation: { id: 'relu' },
      maxBatch: 1,
      seed: 11,
      init,
      initDistribution,
    });
    const w = mlp.weights(0);
    const { mean, variance: v } = stats(w);
    // Sample variance of n draws has sd ≈ variance·√(κ−1)/√n with kurtosis κ ≤ 3.
    const n = w.length;
    expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(variance / n));
    expect(Math.abs(v - variance)).toBeLessThan(4 * variance * Math.sqrt(2 / n));
    if (initDistribution === 'uniform') {
      const a = Math.sqrt(3 * variance);
      expect(Math.max(...w)).toBeLessThan(a);
      expect(Math.min(...w)).toBeGreaterThanOrEqual(-a);
    }
  });

  it('same seed → same weights; gain scales them; biasShift moves hidden biases only', () => {
    const opts = { sizes: [4, 6, 3], activation: { id: 'relu' }, maxBatch: 1, seed: 3 } as const;
    const a = new Mlp(opts);
    const b = new Mlp(opts);
    const c = new Mlp({ ...opts, gain: 2, biasShift: -1.5 });
    expect(Array.from(a.theta)).toEqual(Array.from(b.theta));
    expect(Array.from(c.weights(0))).toEqual(Array.from(a.weights(0), (v) => 2 * v));
    expect(Array.from(c.bias(0))).toEqual(new Array(6).fill(-1.5));
    expect(Array.from(c.bias(1))).toEqual([0, 0, 0]);
  });
});

describe('Mlp.backward', () => {
  it('matches a hand-derived gradient on a 1-1-1 ReLU network', () => {
    const mlp = new Mlp({ sizes: [1, 1, 1], activation: { id: 'relu' }, maxBatch: 2, seed: 1 });
    mlp.theta.set([2, -1, 3, 0.5]); // w1, b1, w2, b2
    // x = 1: z = 1, h = 1, y = 3.5; x = 0.25: z = -0.5, h = 0, y = 0.5.
    const x = Float64Array.from([1, 0.25]);
    const t = Float64Array.from([1.5, 0]);
    const dOut = new Float64Array(2);
    const y = mlp.forward(x, 2);
    expect(Array.from(y)).toEqual([3.5, 0.5]);
    expect(mseLoss(y, t, dOut)).toBe((4 + 0.25) / 2);
    expect(Array.from(dOut)).toEqual([2, 0.5]); // 2(y − t)/2
    mlp.backward(dOut);
    // ∂L/∂w2 = Σ dOut·h = 2; ∂b2 = 2.5; ∂h = dOut·w2 = [6, 1.5]; ∂z = [6, 0] (ReLU′(−0.5) = 0)
    // ∂w1 = 6·1 = 6, ∂b1 = 6.
    expect(Array.from(mlp.grad)).toEqual([6, 6, 2, 2.5]);
    expect(Array.from(mlp.activationGrad(0))).toEqual([6, 1.5]);
  });

  it('PReLU: α starts at the registry default and gets ∂L/∂α = Σ ∂L/∂h · min(z, 0)', () => {
    if (!getActivation('prelu')) return expect.fail('prelu missing from the registry');
    const mlp = new Mlp({
      sizes: [1, 2, 1],
      activation: { id: 'prelu' },
      maxBatch: 2,
      seed: 1,
      alphaMode: 'unit',
    });
    expect(Array.from(mlp.alpha(0)!)).toEqual([0.25, 0.25]);
    mlp.theta.set([1, -1, 0, 0, 0.25, 0.5, 1, 1, 0]); // W0, b0, α (2), W1, b1
    const x = Float64Array.from([-2, 3]);
    const dOut = Float64Array.from([1, 1]);
    mlp.forward(x, 2);
    mlp.backward(dOut);
    // Unit 0: z = [−2, 3]; unit 1: z = [2, −3]. ∂L/∂h = W1 = 1 everywhere.
    expect(Array.from(mlp.alphaGrad(0)!)).toEqual([-2, -3]);
    const shared = new Mlp({ sizes: [1, 2, 1], activation: { id: 'prelu' }, maxBatch: 2, seed: 1 });
    shared.theta.set([1, -1, 0, 0, 0.25, 1, 1, 0]);
    shared.forward(x, 2);
    shared.backward(dOut);
    expect(Array.from(shared.alphaGrad(0)!)).toEqual([-5]);
  });
});

describe('keepActivations: false', () => {
  it('gives the same outputs and ∂L/∂h, read in the layer callbacks', () => {
    const opts = { sizes: [4, 8, 8, 8, 1], activation: { id: 'tanh' }, maxBatch: 6, seed: 8 };
    const full = new Mlp(opts);
    const lean = new Mlp({ ...opts, keepActivations: false });
    const x = fillNormal(createRng(1), new Float64Array(24));
    const d = Float64Array.from([1, -2, 0.5, 0, 3, 1]);
    const seen: number[][] = [];
    const y = Array.from(lean.forward(x, 6, (l) => seen.push(Array.from(lean.activation(l)))));
    expect(y).toEqual(Array.from(full.forward(x, 6)));
    expect(seen.slice(0, 3)).toEqual([0, 1, 2].map((l) => Array.from(full.activation(l))));
    const grads: [number, number[]][] = [];
    lean.backward(d, false, (l) => grads.push([l, Array.from(lean.activationGrad(l))]));
    full.backward(d, true);
    expect(grads.map(([l]) => l)).toEqual([2, 1, 0]);
    for (const [l, g] of grads) expect(g).toEqual(Array.from(full.activationGrad(l)));
    expect(() => lean.backward(d, true)).toThrow(/keepActivations/);
  });
});

describe('setActivation', () => {
  it('swaps the function and keeps the weights', () => {
    if (!getActivation('sigmoid')) return expect.fail('sigmoid missing from the registry');
    const mlp = new Mlp({ sizes: [2, 3, 1], activation: { id: 'relu' }, maxBatch: 1, seed: 2 });
    const theta = Array.from(mlp.theta);
    mlp.setActivation({ id: 'sigmoid' });
    expect(Array.from(mlp.theta)).toEqual(theta);
    mlp.forward(Float64Array.from([1, -1]), 1);
    const h = mlp.activation(0);
    expect(Array.from(h).every((v) => v > 0 && v < 1)).toBe(true);
  });
});
