import { describe, expect, it } from 'vitest';
import { activations, getActivation } from './registry';
import type { Activation } from './types';

// The contract from issue 2: ids, parameter keys and defaults (PyTorch's), and the value of f′
// that PyTorch autograd uses at each kink.
const TABLE: Record<string, Record<string, number>> = {
  relu: {},
  leaky_relu: { alpha: 0.01 },
  prelu: { alpha: 0.25 },
  rrelu: { lower: 1 / 8, upper: 1 / 3 },
  elu: { alpha: 1 },
  selu: {},
  celu: { alpha: 1 },
  gelu: {},
  gelu_tanh: {},
  silu: { beta: 1 },
  mish: {},
  softplus: { beta: 1, threshold: 20 },
  relu6: {},
  hardtanh: { min_val: -1, max_val: 1 },
  hardswish: {},
  hardsigmoid: {},
  sigmoid: {},
  tanh: {},
  softsign: {},
  logsigmoid: {},
  softshrink: { lambd: 0.5 },
  hardshrink: { lambd: 0.5 },
  tanhshrink: {},
  threshold: { threshold: 0, value: 0 },
};

const act = (id: string): Activation => getActivation(id)!;
const SELU_L = 1.0507009873554805;
const SELU_A = 1.6732632423543772;

describe('registry', () => {
  it('has exactly the 24 ids, each once, with the issue’s keys and defaults', () => {
    expect(activations.map((a) => a.id).sort()).toEqual(Object.keys(TABLE).sort());
    for (const a of activations) {
      expect(getActivation(a.id)).toBe(a);
      const defaults = Object.fromEntries(a.params.map((s) => [s.key, s.default]));
      expect(defaults, a.id).toEqual(TABLE[a.id]);
    }
    expect(getActivation('ReLU')).toBeUndefined();
  });

  it('gives sensible slider ranges inside each parameter’s domain', () => {
    for (const a of activations) {
      expect(a.name.length).toBeGreaterThan(0);
      expect(['relu', 'smooth', 'saturating', 'shrink']).toContain(a.family);
      for (const s of a.params) {
        const where = `${a.id}.${s.key}`;
        expect(s.min, where).toBeLessThan(s.max);
        expect(s.step, where).toBeGreaterThan(0);
        expect(s.default, where).toBeGreaterThanOrEqual(s.min);
        expect(s.default, where).toBeLessThanOrEqual(s.max);
        for (const v of [s.min, s.max, s.default]) {
          // Every slider position must be accepted (hardtanh's pair is checked separately).
          if (a.id !== 'hardtanh' && a.id !== 'rrelu')
            expect(() => a.bind({ [s.key]: v })).not.toThrow();
        }
        expect(s.symbol.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('uses PyTorch autograd’s f′ at every kink (issue table)', () => {
    const df = (id: string, x: number, p?: Record<string, number>) => act(id).df(x, p);
    expect(df('relu', 0)).toBe(0);
    expect(df('leaky_relu', 0)).toBe(0.01);
    expect(df('prelu', 0, { alpha: -0.3 })).toBe(-0.3);
    expect(df('rrelu', 0)).toBe((1 / 8 + 1 / 3) / 2);
    expect(df('elu', 0, { alpha: 2 })).toBe(2);
    expect(df('selu', 0)).toBeCloseTo(SELU_L * SELU_A, 15);
    expect(df('celu', 0, { alpha: 3 })).toBe(1);
    expect(df('relu6', 0)).toBe(0);
    expect(df('relu6', 6)).toBe(0);
    expect(df('hardtanh', -1)).toBe(0);
    expect(df('hardtanh', 1)).toBe(0);
    expect(df('hardswish', -3)).toBe(-0.5);
    expect(df('hardswish', 3)).toBe(1.5);
    expect(df('hardsigmoid', -3)).toBe(0);
    expect(df('hardsigmoid', 3)).toBe(0);
    expect(df('softshrink', 0.5)).toBe(0);
    expect(df('softshrink', -0.5)).toBe(0);
    expect(df('hardshrink', 0.5)).toBe(0);
    expect(df('threshold', 1, { threshold: 1, value: 5 })).toBe(0);
    expect(df('softplus', 20)).toBe(1 / (1 + Math.exp(-20))); // 20 > 20 is false: σ branch
    expect(df('softplus', 20.000000000000004)).toBe(1);
  });

  it('lists every non-analytic point: the expected number of kinks per id', () => {
    const count: Record<string, number> = {
      relu: 1,
      leaky_relu: 1,
      prelu: 1,
      rrelu: 1,
      elu: 1,
      selu: 1,
      celu: 1,
      softsign: 1,
      relu6: 2,
      hardtanh: 2,
      hardswish: 2,
      hardsigmoid: 2,
      softshrink: 2,
      hardshrink: 2,
      threshold: 1,
      softplus: 1,
      gelu: 0,
      gelu_tanh: 0,
      silu: 0,
      mish: 0,
      sigmoid: 0,
      tanh: 0,
      logsigmoid: 0,
      tanhshrink: 0,
    };
    for (const a of activations) expect(a.kinks().length, a.id).toBe(count[a.id]);
    expect(act('leaky_relu').kinks({ alpha: 1 })).toEqual([]); // the identity
    expect(act('softshrink').kinks({ lambd: 0 })).toMatchObject([{ x: 0, removable: true }]);
    expect(act('softplus').kinks({ beta: 1e-300, threshold: 1e300 })).toEqual([]);
    expect(act('softplus').kinks({ beta: 1e-10, threshold: -1e300 })).toEqual([]);
  });

  it('kinks are sorted, agree with f and f′, and their one-sided values are the limits', () => {
    const sets: [string, Record<string, number>][] = [
      ...activations.map((a): [string, Record<string, number>] => [a.id, {}]),
      ['leaky_relu', { alpha: 3 }],
      ['elu', { alpha: 0.4 }],
      ['celu', { alpha: 0.2 }],
      ['hardtanh', { min_val: -2, max_val: 0.5 }],
      ['softshrink', { lambd: 1.5 }],
      ['hardshrink', { lambd: 1.5 }],
      ['threshold', { threshold: 1, value: -2 }],
      ['softplus', { beta: 0.3, threshold: 7 }],
    ];
    for (const [id, p] of sets) {
      const a = act(id);
      const ks = a.kinks(p);
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i]!;
        const where = `${id} ${JSON.stringify(p)} at ${k.x}`;
        if (i > 0) expect(k.x, where).toBeGreaterThan(ks[i - 1]!.x);
        expect(k.f, where).toBe(a.f(k.x, p));
        expect(k.df, where).toBe(a.df(k.x, p));
        // One-sided limits, probed numerically close to x (relative to the scale of x).
        const h = 1e-7 * Math.max(1, Math.abs(k.x));
        expect(Math.abs(a.f(k.x - h, p) - k.fLeft), `${where} fLeft`).toBeLessThan(1e-5);
        expect(Math.abs(a.f(k.x + h, p) - k.fRight), `${where} fRight`).toBeLessThan(1e-5);
        expect(Math.abs(a.df(k.x - h, p) - k.dfLeft), `${where} dfLeft`).toBeLessThan(1e-5);
        expect(Math.abs(a.df(k.x + h, p) - k.dfRight), `${where} dfRight`).toBeLessThan(1e-5);
      }
    }
  });

  it('softplus: the threshold switch is an exact jump between neighbouring doubles', () => {
    const a = act('softplus');
    const [k] = a.kinks();
    expect(k!.x).toBe(20);
    expect(k!.fLeft).toBe(Math.log1p(Math.exp(20)));
    expect(k!.fRight).toBe(20);
    expect(k!.fLeft - k!.fRight).toBeCloseTo(2.0611536e-9, 13);
    expect([k!.dfLeft, k!.dfRight]).toEqual([1 / (1 + Math.exp(-20)), 1]);
    for (const [beta, t] of [
      [0.3, 20],
      [3, 7],
      [1e-3, 0.5],
    ] as const) {
      const [s] = a.kinks({ beta, threshold: t });
      const next = s!.x + Math.abs(s!.x) * 2 ** -52; // ≥ the next double up
      expect(beta * s!.x > t).toBe(false);
      expect(beta * next > t).toBe(true);
      expect(a.f(next, { beta, threshold: t })).toBe(next);
    }
  });

  it('C¹ joins have equal one-sided slopes; corners do not', () => {
    const slopes = (id: string, p = {}) => a1(act(id).kinks(p)[0]!);
    const a1 = (k: { dfLeft: number; dfRight: number }) => k.dfLeft === k.dfRight;
    expect(slopes('elu', { alpha: 1 })).toBe(true);
    expect(slopes('elu', { alpha: 0.5 })).toBe(false);
    expect(slopes('celu', { alpha: 0.3 })).toBe(true);
    expect(slopes('softsign')).toBe(true);
    expect(slopes('selu')).toBe(false);
  });
});
