import { describe, expect, it } from 'vitest';
import fixtures from './fixtures/properties.json';
import {
  computeProperties,
  zeroGradientRanges,
  type Extremum,
  type Properties,
} from './properties';
import { activations } from './registry';
import { getActivation } from './registry';
import type { Activation, Params } from './types';

function act(id: string): Activation {
  const a = getActivation(id);
  if (a === undefined) throw new Error(`activation ${id} is not registered`);
  return a;
}

const props = (id: string, p?: Partial<Params>) => computeProperties(act(id), p);

/** JSON has no infinities; the generator writes them as strings. */
function num(v: number | string): number {
  return typeof v === 'string' ? Number(v) : v;
}

interface RefExtremum {
  value: number | string;
  at: number | null;
}

/** Values to 1e-9, locations to 1e-6 (the brief's tolerances), attained iff the reference has an x. */
function expectExtremum(got: Extremum, ref: RefExtremum): void {
  const value = num(ref.value);
  if (Number.isFinite(value)) expect(Math.abs(got.value - value)).toBeLessThanOrEqual(1e-9);
  else expect(got.value).toBe(value);
  if (ref.at === null) {
    expect(got.at).toBeNull();
    expect(got.attained).toBe(false);
  } else {
    expect(got.at).not.toBeNull();
    expect(Math.abs(got.at! - ref.at)).toBeLessThanOrEqual(1e-6);
    expect(got.attained).toBe(true);
  }
}

describe('computeProperties: range against mpmath (fixtures/properties_ref.py)', () => {
  for (const c of fixtures.cases) {
    it(`${c.id} ${JSON.stringify(c.params)}: min and max`, () => {
      const p = props(c.id, c.params);
      expectExtremum(p.min, c.min);
      expectExtremum(p.max, c.max);
    });
  }
});

describe('computeProperties: published examples', () => {
  it('Mish is bounded below (≈ −0.30884 at ≈ −1.1924), contrary to some tables', () => {
    const p = props('mish');
    expect(p.min.value).toBeCloseTo(-0.30884, 5);
    expect(p.min.at).toBeCloseTo(-1.1924, 4);
    expect(p.monotonic).toBe('none');
    expect(p.smoothness).toBe('Cinf');
    expect(p.saturatesLeft).toBe(true);
  });

  it('GELU: min ≈ −0.16997 at ≈ −0.75179, analytic, not monotonic', () => {
    const p = props('gelu');
    expect(p.min.value).toBeCloseTo(-0.16997, 5);
    expect(p.min.at).toBeCloseTo(-0.75179, 5);
    expect(p.monotonic).toBe('none');
    expect(p.smoothness).toBe('Cinf');
    expect(p.zeroAtOrigin).toBe(true);
    expect(p.unitSlopeAtOrigin).toBe(false); // f′(0) = 1/2
    expect(p.zeroCentred).toBe(true);
    expect(p.kinks).toEqual([]);
  });

  it('SiLU: min ≈ −0.27846 at ≈ −1.27846', () => {
    const p = props('silu');
    expect(p.min.value).toBeCloseTo(-0.27846, 5);
    expect(p.min.at).toBeCloseTo(-1.27846, 5);
  });

  it('ReLU: C0, min 0 attained (reported at the kink), max +∞, dying zone x ≤ 0', () => {
    const p = props('relu');
    expect(p.min).toEqual({ value: 0, at: 0, attained: true });
    expect(p.max).toEqual({ value: Infinity, at: null, attained: false });
    expect(p.monotonic).toBe('nondecreasing');
    expect(p.smoothness).toBe('C0');
    expect(p.kinks.map((k) => k.kind)).toEqual(['corner']);
    expect(p.zeroGradient).toEqual([[-Infinity, 0]]);
    expect(p.exactZeros).toEqual([[-Infinity, 0]]);
    expect(p.zeroAtOrigin).toBe(true);
    expect(p.unitSlopeAtOrigin).toBe(false);
    expect(p.saturatesLeft).toBe(true);
    expect(p.saturatesRight).toBe(false);
    expect(p.zeroCentred).toBe(false);
  });

  it('ELU is C¹ at α = 1 and only C⁰ at α = 0.5', () => {
    const one = props('elu', { alpha: 1 });
    expect(one.smoothness).toBe('C1');
    expect(one.kinks.map((k) => k.kind)).toEqual(['c1']);
    expect(one.unitSlopeAtOrigin).toBe(true);
    const half = props('elu', { alpha: 0.5 });
    expect(half.smoothness).toBe('C0');
    expect(half.kinks.map((k) => k.kind)).toEqual(['corner']);
    expect(half.unitSlopeAtOrigin).toBe(false);
    for (const p of [one, half]) {
      expect(p.monotonic).toBe('increasing');
      expect(p.saturatesLeft).toBe(true);
      expect(p.zeroCentred).toBe(true);
      expect(p.zeroGradient).toEqual([]);
    }
  });

  it('CELU α = 1 is C¹; SELU is only C⁰ (λa ≠ λ)', () => {
    expect(props('celu', { alpha: 1 }).smoothness).toBe('C1');
    expect(props('celu', { alpha: 2 }).smoothness).toBe('C1'); // CELU′ is e^{x/α} → 1 for every α
    expect(props('selu').smoothness).toBe('C0');
  });

  it('PReLU is monotonic only for α ≥ 0', () => {
    expect(props('prelu', { alpha: 0.25 }).monotonic).toBe('increasing');
    expect(props('prelu', { alpha: 0 }).monotonic).toBe('nondecreasing');
    const neg = props('prelu', { alpha: -0.5 });
    expect(neg.monotonic).toBe('none');
    expect(neg.min).toEqual({ value: 0, at: 0, attained: true });
    expect(neg.max.value).toBe(Infinity);
    expect(neg.zeroCentred).toBe(false);
  });

  it('Leaky ReLU with α = 0 has the properties of ReLU', () => {
    const leaky = props('leaky_relu', { alpha: 0 });
    const relu = props('relu');
    expect({ ...leaky, kinks: [] }).toEqual({ ...relu, kinks: [] });
    const dflt = props('leaky_relu');
    expect(dflt.monotonic).toBe('increasing');
    expect(dflt.min.value).toBe(-Infinity);
    expect(dflt.zeroGradient).toEqual([]);
    expect(dflt.saturatesLeft).toBe(false);
    expect(dflt.zeroCentred).toBe(true);
  });

  it('sigmoid: range (0, 1) approached at both ends, saturates both sides', () => {
    const p = props('sigmoid');
    expect(p.min).toEqual({ value: 0, at: null, attained: false });
    expect(p.max).toEqual({ value: 1, at: null, attained: false });
    expect(p.monotonic).toBe('increasing');
    expect(p.smoothness).toBe('Cinf');
    expect([p.saturatesLeft, p.saturatesRight]).toEqual([true, true]);
    expect(p.zeroAtOrigin).toBe(false);
    expect(p.zeroCentred).toBe(false);
  });

  it('tanh: increasing, zero-centred, identity near 0, saturates both sides', () => {
    const p = props('tanh');
    expect(p.monotonic).toBe('increasing');
    expect(p.zeroCentred).toBe(true);
    expect(p.zeroAtOrigin).toBe(true);
    expect(p.unitSlopeAtOrigin).toBe(true);
    expect([p.saturatesLeft, p.saturatesRight]).toEqual([true, true]);
  });

  it('softsign saturates (slowly) on both sides and is identity near 0', () => {
    const p = props('softsign');
    expect([p.saturatesLeft, p.saturatesRight]).toEqual([true, true]);
    expect(p.unitSlopeAtOrigin).toBe(true);
    expect(p.monotonic).toBe('increasing');
  });

  it('hardshrink is discontinuous at ±λ, flat and exactly zero between', () => {
    const p = props('hardshrink', { lambd: 0.5 });
    expect(p.smoothness).toBe('discontinuous');
    expect(p.kinks.map((k) => [k.x, k.kind])).toEqual([
      [-0.5, 'jump'],
      [0.5, 'jump'],
    ]);
    expect(p.monotonic).toBe('nondecreasing');
    expect(p.zeroGradient).toEqual([[-0.5, 0.5]]);
    expect(p.exactZeros).toEqual([[-0.5, 0.5]]);
  });

  it('softshrink: continuous corners, zero gradient on [−λ, λ]', () => {
    const p = props('softshrink', { lambd: 0.5 });
    expect(p.smoothness).toBe('C0');
    expect(p.zeroGradient).toEqual([[-0.5, 0.5]]);
    expect(p.exactZeros).toEqual([[-0.5, 0.5]]);
    expect(p.monotonic).toBe('nondecreasing');
    expect(p.zeroCentred).toBe(true);
  });

  it('hardtanh and relu6: two flat tails with the extrema attained at the kinks', () => {
    const ht = props('hardtanh');
    expect(ht.zeroGradient).toEqual([
      [-Infinity, -1],
      [1, Infinity],
    ]);
    expect(ht.min).toEqual({ value: -1, at: -1, attained: true });
    expect(ht.max).toEqual({ value: 1, at: 1, attained: true });
    expect(ht.unitSlopeAtOrigin).toBe(true);
    expect(ht.exactZeros).toEqual([]);
    const r6 = props('relu6');
    expect(r6.zeroGradient).toEqual([
      [-Infinity, 0],
      [6, Infinity],
    ]);
    expect(r6.max).toEqual({ value: 6, at: 6, attained: true });
    expect(r6.exactZeros).toEqual([[-Infinity, 0]]);
    expect(r6.unitSlopeAtOrigin).toBe(false); // f′ = 0 left of the kink at 0
  });

  it('hardswish: min −3/8 at −1.5, corners at ±3, flat left of −3', () => {
    const p = props('hardswish');
    expect(p.min.value).toBe(-0.375);
    expect(p.min.at).toBeCloseTo(-1.5, 12);
    expect(p.smoothness).toBe('C0');
    expect(p.zeroGradient).toEqual([[-Infinity, -3]]);
    expect(p.monotonic).toBe('none');
  });

  it('threshold jumps down when value > threshold, breaking monotonicity', () => {
    const relu = props('threshold', { threshold: 0, value: 0 });
    expect(relu.monotonic).toBe('nondecreasing');
    expect(relu.smoothness).toBe('C0');
    const down = props('threshold', { threshold: 0, value: 1 });
    expect(down.monotonic).toBe('none');
    expect(down.smoothness).toBe('discontinuous');
    // inf is 0, approached as x → 0⁺ but never taken (f(0) = 1).
    expect(down.min).toEqual({ value: 0, at: 0, attained: false });
  });

  it('tanhshrink is strictly increasing although f′(0) = 0', () => {
    const p = props('tanhshrink');
    expect(p.monotonic).toBe('increasing');
    expect(p.zeroGradient).toEqual([]);
    expect(p.unitSlopeAtOrigin).toBe(false);
    expect(p.smoothness).toBe('Cinf');
  });

  it('PyTorch softplus: the threshold switch is a real (2e-9) jump down, so it is neither continuous nor monotonic', () => {
    const p = props('softplus');
    expect(p.kinks).toHaveLength(1);
    const k = p.kinks[0]!;
    expect(k.x).toBe(20);
    expect(k.kind).toBe('jump');
    expect(k.fLeft - k.fRight).toBeCloseTo(Math.exp(-20), 12);
    expect(p.smoothness).toBe('discontinuous');
    expect(p.monotonic).toBe('none');
    expect(p.min).toEqual({ value: 0, at: null, attained: false });
    expect(p.saturatesLeft).toBe(true);
  });

  it('logsigmoid (no threshold switch) is analytic and increasing, sup 0 approached', () => {
    const p = props('logsigmoid');
    expect(p.smoothness).toBe('Cinf');
    expect(p.monotonic).toBe('increasing');
    expect(p.max).toEqual({ value: 0, at: null, attained: false });
    expect(p.saturatesRight).toBe(true);
  });

  it('follows the parameters: SiLU min scales as 1/β', () => {
    const p1 = props('silu', { beta: 1 });
    const p4 = props('silu', { beta: 4 });
    expect(p4.min.value * 4).toBeCloseTo(p1.min.value, 12);
    expect(p4.min.at! * 4).toBeCloseTo(p1.min.at!, 8);
  });

  // Expected classes at PyTorch's defaults, written down from the definitions (softsign: f″ is
  // −2 at 0⁺ and +2 at 0⁻, so C¹ only; softplus: see the test above).
  const expected: Record<string, [Properties['smoothness'], Properties['monotonic']]> = {
    relu: ['C0', 'nondecreasing'],
    leaky_relu: ['C0', 'increasing'],
    prelu: ['C0', 'increasing'],
    rrelu: ['C0', 'increasing'],
    elu: ['C1', 'increasing'],
    selu: ['C0', 'increasing'],
    celu: ['C1', 'increasing'],
    gelu: ['Cinf', 'none'],
    gelu_tanh: ['Cinf', 'none'],
    silu: ['Cinf', 'none'],
    mish: ['Cinf', 'none'],
    softplus: ['discontinuous', 'none'],
    relu6: ['C0', 'nondecreasing'],
    hardtanh: ['C0', 'nondecreasing'],
    hardswish: ['C0', 'none'],
    hardsigmoid: ['C0', 'nondecreasing'],
    sigmoid: ['Cinf', 'increasing'],
    tanh: ['Cinf', 'increasing'],
    softsign: ['C1', 'increasing'],
    logsigmoid: ['Cinf', 'increasing'],
    softshrink: ['C0', 'nondecreasing'],
    hardshrink: ['discontinuous', 'nondecreasing'],
    tanhshrink: ['Cinf', 'increasing'],
    threshold: ['C0', 'nondecreasing'],
  };
  for (const [id, [smoothness, monotonic]] of Object.entries(expected)) {
    it(`${id} at its defaults: ${smoothness}, ${monotonic}`, () => {
      const p = props(id);
      expect([p.smoothness, p.monotonic]).toEqual([smoothness, monotonic]);
    });
  }
});

describe('zeroGradientRanges', () => {
  // The plot shades these; the explanations list computeProperties' — they must never differ.
  const cases: [id: string, p?: Partial<Params>][] = [
    ...activations.map((a): [string] => [a.id]),
    ['leaky_relu', { alpha: 0 }],
    ['threshold', { threshold: -1, value: 2 }],
    ['softshrink', { lambd: 0 }],
    ['hardtanh', { min_val: -2, max_val: 1 }],
  ];
  it.each(cases)('%s %o: equals computeProperties().zeroGradient', (id, p) => {
    expect(zeroGradientRanges(act(id), p)).toEqual(props(id, p).zeroGradient);
  });

  it('finds the dying-ReLU zone and none for a function without one', () => {
    expect(zeroGradientRanges(act('relu'))).toEqual([[-Infinity, 0]]);
    expect(zeroGradientRanges(act('gelu'))).toEqual([]);
  });
});
