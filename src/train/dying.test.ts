import { describe, expect, it } from 'vitest';
import {
  DYING_SCENARIOS,
  SGD_CLIP_NORM,
  Trainer,
  dyingTarget,
  linspace,
  type TrainerOptions,
} from './dying';

/**
 * Dead ReLU units computed straight from the weights: z_j(x) = w_j·x + b_j is linear in x, so
 * its maximum over the training inputs (evenly spaced on [−3, 3], both ends included) is at an end.
 */
function deadFromWeights(t: Trainer): boolean[] {
  const w = t.network.weights(0);
  const b = t.network.bias(0);
  return Array.from(w, (wj, j) => Math.max(-3 * wj + b[j]!, 3 * wj + b[j]!) <= 0);
}

/** Indices of unit j's parameters in theta for sizes [1, H, 1]: w0_j, b0_j, w1_j. */
function unitParams(t: Trainer, j: number): number[] {
  const H = t.network.sizes[1]!;
  return [t.network.theta[j]!, t.network.theta[H + j]!, t.network.theta[2 * H + j]!];
}

const base: TrainerOptions = {
  units: 32,
  activation: { id: 'relu' },
  learningRate: 0.01,
  seed: 1,
};

describe('task', () => {
  it('is sin(1.5x) on evenly spaced points of [−3, 3], ends exact', () => {
    const x = linspace(-3, 3, 256);
    expect(x[0]).toBe(-3);
    expect(x[255]).toBe(3);
    const t = new Trainer(base);
    expect(Array.from(t.x)).toEqual(Array.from(x));
    expect(t.y[10]).toBe(dyingTarget(x[10]!));
    expect(dyingTarget(1)).toBe(Math.sin(1.5));
  });
});

describe('dead-unit detection on a constructed network', () => {
  // z = w·x + b on x ∈ [−3, 3]:
  // 0: x − 4 ≤ −1 (dead) · 1: x − 3 ≤ 0, reaching 0 at x = 3 (dead: ReLU′(0) = 0)
  // 2: x − 2.99 > 0 at x = 3 (alive) · 3: −x − 3 ≤ 0 (dead) · 4: z ≡ 0 (dead) · 5: 2x + 1 (alive)
  // 6: 2x + 20 ≥ 14 (alive for ReLU, dead for ReLU6 whose slope is 0 above 6)
  const W = [1, 1, 1, -1, 0, 2, 2];
  const B = [-4, -3, -2.99, -3, 0, 1, 20];
  const build = (id: string) => {
    const t = new Trainer({ ...base, units: 7, activation: { id } });
    t.network.weights(0).set(W);
    t.network.bias(0).set(B);
    return t.snapshot();
  };

  it('ReLU: dead = pre-activation ≤ 0 at every training input', () => {
    const s = build('relu');
    expect(Array.from(s.alive)).toEqual([0, 0, 1, 0, 0, 1, 1]);
    expect(s.deadCount).toBe(4);
    expect(Array.from(s.negative)).toEqual([1, 1, 0, 1, 1, 0, 0]);
    expect(s.negativeCount).toBe(4);
  });

  it('Leaky ReLU: the same units are negative everywhere but none is dead (slope α ≠ 0)', () => {
    const s = build('leaky_relu');
    expect(s.deadCount).toBe(0);
    expect(Array.from(s.alive)).toEqual(new Array(7).fill(1));
    expect(Array.from(s.negative)).toEqual([1, 1, 0, 1, 1, 0, 0]);
  });

  it('ReLU6: dead also when saturated above 6 everywhere (f′ = 0 there)', () => {
    const s = build('relu6');
    expect(Array.from(s.alive)).toEqual([0, 0, 1, 0, 0, 1, 0]);
    expect(s.deadCount).toBe(5);
  });
});

describe('dying ReLU', { timeout: 60_000 }, () => {
  it.each(['sgd', 'adam'] as const)(
    'with a negative bias shift, ReLU units start dead and never move (%s)',
    (optimizer) => {
      const t = new Trainer({ ...base, ...DYING_SCENARIOS.negativeBias, optimizer });
      const dead0 = deadFromWeights(t);
      const n0 = dead0.filter(Boolean).length;
      expect(n0).toBeGreaterThan(5); // a real share of the 32 units
      const s0 = t.snapshot();
      expect(s0.deadCount).toBe(n0);
      const before = dead0.map((d, j) => (d ? unitParams(t, j) : null));
      const s = t.step(300);
      // Every unit dead at the start is still dead, with bit-identical weights.
      dead0.forEach((d, j) => {
        if (!d) return;
        expect(s.alive[j]).toBe(0);
        expect(unitParams(t, j)).toEqual(before[j]);
      });
      expect(s.deadCount).toBe(deadFromWeights(t).filter(Boolean).length);
      expect(s.deadCount).toBeGreaterThanOrEqual(n0);
    },
  );

  it('under SGD a dead unit stays dead: the dead set only grows, step by step', () => {
    const t = new Trainer({ ...base, biasShift: -2, optimizer: 'sgd', learningRate: 0.02 });
    let prev = deadFromWeights(t);
    for (let i = 0; i < 20; i++) {
      t.step(10);
      const now = deadFromWeights(t);
      prev.forEach((d, j) => d && expect(now[j]).toBe(true));
      prev = now;
    }
  });

  it('a high learning rate kills ReLU units during training; Leaky ReLU, ELU, PReLU keep all alive', () => {
    const opts = { ...base, ...DYING_SCENARIOS.highLearningRate, optimizer: 'adam' as const };
    const relu = new Trainer(opts);
    const initial = relu.snapshot().deadCount;
    const s = relu.step(400);
    expect(s.deadCount).toBeGreaterThan(initial);
    expect(s.deadCount).toBe(deadFromWeights(relu).filter(Boolean).length);
    for (const id of ['leaky_relu', 'elu', 'prelu']) {
      const other = new Trainer({ ...opts, activation: { id } });
      const o = other.step(400);
      expect(Math.max(...o.trace.deadCount)).toBe(0);
      expect(o.deadCount).toBe(0);
    }
  });

  it('Leaky ReLU units that start on the negative side still get gradient and move', () => {
    const opts = { ...base, biasShift: -3, activation: { id: 'leaky_relu' } };
    const t = new Trainer(opts);
    const negative0 = deadFromWeights(t); // same seed → same weights as the ReLU run
    const relu = new Trainer({ ...opts, activation: { id: 'relu' } });
    expect(relu.snapshot().deadCount).toBe(negative0.filter(Boolean).length);
    expect(t.snapshot().negativeCount).toBe(negative0.filter(Boolean).length);
    const before = negative0.map((_, j) => unitParams(t, j));
    t.step(50);
    negative0.forEach((_, j) => expect(unitParams(t, j)).not.toEqual(before[j]));
  });
});

describe('what the optimiser does to a dead unit', { timeout: 120_000 }, () => {
  /** Unit j's incoming weight and bias, and its outgoing weight. */
  const params = (t: Trainer, j: number) => unitParams(t, j);

  it('plain SGD (the demo’s, clipped): a unit dead at init or dying later never moves again', () => {
    const t = new Trainer({
      ...base,
      ...DYING_SCENARIOS.sgdHighLearningRate,
      clipNorm: SGD_CLIP_NORM,
    });
    const frozen = new Map<number, number[]>();
    const deadAtInit = deadFromWeights(t).flatMap((d, j) => (d ? [j] : []));
    expect(deadAtInit.length).toBeGreaterThan(0);
    for (let i = 0; i <= 400; i++) {
      deadFromWeights(t).forEach((d, j) => {
        if (d && !frozen.has(j)) frozen.set(j, params(t, j));
      });
      if (i < 400) t.step(1);
    }
    // Units died during training, and every unit dead at any step has its step-of-death
    // weights and bias, bit for bit, and is dead now.
    expect(frozen.size).toBeGreaterThan(deadAtInit.length + 5);
    const now = deadFromWeights(t);
    for (const [j, p] of frozen) {
      expect(params(t, j)).toEqual(p);
      expect(now[j]).toBe(true);
    }
    const h = t.snapshot().history;
    expect(h.deadAtStart).toBe(deadAtInit.length);
    expect(h.died).toBe(frozen.size - deadAtInit.length);
    expect(h.revived).toBe(0);
  });

  it('Adam (lr 0.1, seeds 1–5): units that die during training come back; those dead at init never move', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const t = new Trainer({ ...base, ...DYING_SCENARIOS.highLearningRate, seed });
      const init = deadFromWeights(t);
      const before = init.map((d, j) => (d ? params(t, j) : null));
      const everDead = [...init];
      const revived = new Set<number>();
      for (let i = 0; i < 2000; i++) {
        t.step(1);
        deadFromWeights(t).forEach((d, j) => {
          if (d) everDead[j] = true;
          else if (everDead[j]) revived.add(j);
        });
      }
      expect(revived.size, `seed ${seed}`).toBeGreaterThan(0);
      init.forEach((d, j) => d && expect(params(t, j)).toEqual(before[j]));
      const h = t.snapshot().history;
      expect(h.revived).toBe(revived.size);
      expect(h.deadAtStart).toBe(init.filter(Boolean).length);
    }
  });
});

describe('determinism and trace', { timeout: 60_000 }, () => {
  it('same seed → identical training trace, bit for bit, however it is chunked', () => {
    const opts = { ...base, activation: { id: 'prelu' }, alphaMode: 'unit' as const };
    const a = new Trainer(opts);
    const b = new Trainer(opts);
    const one = a.step(150);
    const chunks = [b.step(50), b.step(60), b.step(40)];
    const cat = (xs: Float64Array[]) => xs.flatMap((x) => Array.from(x));
    expect(cat(chunks.map((c) => c.trace.loss))).toEqual(Array.from(one.trace.loss));
    expect(cat(chunks.map((c) => c.trace.alpha!))).toEqual(Array.from(one.trace.alpha!));
    expect(Array.from(b.network.theta)).toEqual(Array.from(a.network.theta));
    expect(Array.from(chunks[2]!.fit)).toEqual(Array.from(one.fit));
    // Each chunk's trace starts with the state the previous snapshot described.
    expect(chunks[1]!.trace.start).toBe(50);
    expect(chunks[1]!.trace.loss[0]).toBe(chunks[0]!.loss);
    const c = new Trainer({ ...opts, seed: 2 });
    expect(c.step(150).loss).not.toBe(one.loss);
  });

  it('training lowers the loss and the fit follows the target', () => {
    const t = new Trainer({ ...base, ...DYING_SCENARIOS.healthy });
    const s0 = t.snapshot();
    const s = t.step(600);
    expect(s.loss).toBeLessThan(0.1 * s0.loss);
    let err = 0;
    s.gridX.forEach((x, i) => (err = Math.max(err, Math.abs(s.fit[i]! - dyingTarget(x)))));
    expect(err).toBeLessThan(0.5);
    expect(s.diverged).toBe(false);
  });
});

describe('PReLU learns α', { timeout: 60_000 }, () => {
  it.each(['shared', 'unit'] as const)('α (%s) starts at 0.25 and moves with training', (mode) => {
    const t = new Trainer({ ...base, activation: { id: 'prelu' }, alphaMode: mode });
    const s0 = t.snapshot();
    const count = mode === 'shared' ? 1 : 32;
    expect(Array.from(s0.alpha!)).toEqual(new Array(count).fill(0.25));
    const s = t.step(300);
    expect(s.trace.alpha!.length).toBe(300 * count);
    expect(s.trace.alpha![0]).toBe(0.25);
    const moved = Array.from(s.alpha!).map((a) => Math.abs(a - 0.25));
    expect(Math.max(...moved)).toBeGreaterThan(1e-3);
  });

  it('other functions report no α', () => {
    expect(new Trainer(base).snapshot().alpha).toBeNull();
  });
});

describe('gradient clipping', { timeout: 60_000 }, () => {
  it('keeps plain SGD with a huge learning rate finite', () => {
    const opts = { ...base, optimizer: 'sgd' as const, learningRate: 0.5 };
    expect(new Trainer(opts).step(200).diverged).toBe(true);
    const clipped = new Trainer({ ...opts, clipNorm: 1 }).step(200);
    expect(clipped.diverged).toBe(false);
    expect(Array.from(clipped.trace.loss).every(Number.isFinite)).toBe(true);
  });
});

describe('validation', () => {
  it('rejects bad settings', () => {
    expect(() => new Trainer({ ...base, units: 0 })).toThrow(RangeError);
    expect(() => new Trainer({ ...base, units: 65 })).toThrow(RangeError);
    expect(() => new Trainer({ ...base, learningRate: 0 })).toThrow(RangeError);
    expect(() => new Trainer({ ...base, clipNorm: 0 })).toThrow(RangeError);
    expect(() => new Trainer({ ...base, activation: { id: 'nope' } })).toThrow(RangeError);
    expect(() => new Trainer(base).step(-1)).toThrow(RangeError);
  });
});
