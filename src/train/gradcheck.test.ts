import { describe, expect, it } from 'vitest';
import { activations, type Activation, type Params } from '../math';
import { checkGradients } from './gradcheck';
import { Mlp, type AlphaMode } from './mlp';
import { createRng, fillNormal } from './rng';

const BATCH = 24;

/**
 * Parameter values drawn (seeded) inside each parameter's slider range and domain; redrawn
 * until the registry accepts the combination (e.g. Hardtanh needs min_val < max_val).
 */
function randomParams(act: Activation, seed: number): Params {
  const rng = createRng(seed);
  for (let attempt = 0; attempt < 100; attempt++) {
    const p: Record<string, number> = {};
    for (const spec of act.params) {
      const lo = Math.max(spec.min, spec.domain.min);
      const hi = Math.min(spec.max, spec.domain.max);
      p[spec.key] = rng.uniform(lo + 0.05 * (hi - lo), hi - 0.05 * (hi - lo));
    }
    try {
      act.bind(p);
      return p;
    } catch {
      // invalid combination: draw again
    }
  }
  throw new Error(`${act.id}: no valid random parameters`);
}

function check(id: string, params: Partial<Params> | undefined, alphaMode: AlphaMode = 'fixed') {
  // Two hidden layers, inputs N(0, 1.5²) and gain 1.5 so pre-activations reach every region
  // (both sides of each kink, saturated tails).
  const mlp = new Mlp({
    sizes: [3, 6, 5, 2],
    activation: { id, params },
    maxBatch: BATCH,
    seed: 17,
    gain: 1.5,
    biasShift: 0.1,
    alphaMode,
  });
  const rng = createRng(99);
  const x = fillNormal(rng, new Float64Array(BATCH * 3), 0, 1.5);
  const t = fillNormal(rng, new Float64Array(BATCH * 2));
  return { mlp, result: checkGradients(mlp, x, t, BATCH) };
}

describe('gradient check of the network against central differences', () => {
  it('the registry is populated', () => {
    expect(activations.length).toBeGreaterThan(0);
  });

  for (const act of activations) {
    it(`${act.id} with default parameters`, () => {
      const { result } = check(act.id, undefined);
      // The check must actually compare something: most examples stay away from kinks.
      expect(result.examples).toBeGreaterThanOrEqual(BATCH / 2);
      expect(result.failures).toEqual([]);
      expect(result.ok).toBe(true);
    });
    if (act.params.length > 0) {
      it(`${act.id} with seeded random parameters`, () => {
        const params = randomParams(act, act.id.length * 31 + 7);
        const { result } = check(act.id, params);
        expect(result.examples).toBeGreaterThanOrEqual(BATCH / 2);
        expect(result.failures).toEqual([]);
      });
    }
  }

  it.each(['shared', 'unit'] as const)('PReLU with a learnable α (%s), including ∂L/∂α', (mode) => {
    const { mlp, result } = check('prelu', undefined, mode);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    // The α gradients were compared and are not trivially zero.
    const g = [...mlp.alphaGrad(0)!, ...mlp.alphaGrad(1)!];
    expect(g.length).toBe(mode === 'unit' ? 11 : 2);
    expect(g.some((v) => Math.abs(v) > 1e-6)).toBe(true);
  });

  it('catches a wrong gradient (negative control)', () => {
    const { mlp } = check('relu', undefined);
    const backward = mlp.backward.bind(mlp);
    mlp.backward = (dOut, withParams) => {
      backward(dOut, withParams);
      mlp.grad[2]! *= 1.001;
    };
    const rng = createRng(99);
    const x = fillNormal(rng, new Float64Array(BATCH * 3), 0, 1.5);
    const t = fillNormal(rng, new Float64Array(BATCH * 2));
    const result = checkGradients(mlp, x, t, BATCH);
    expect(result.ok).toBe(false);
    expect(result.failures.map((f) => f.index)).toEqual([2]);
  });

  it('restores theta bit for bit', () => {
    const { mlp } = check('relu', undefined);
    const before = Array.from(mlp.theta);
    const rng = createRng(5);
    checkGradients(
      mlp,
      fillNormal(rng, new Float64Array(30)),
      fillNormal(rng, new Float64Array(20)),
      10,
    );
    expect(Array.from(mlp.theta)).toEqual(before);
  });
});
