import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivative, evaluate } from './evaluate';
import { loadFixture } from './fixtures/load';
import { activations, getActivation } from './registry';

/** Fixture x's (kinks, neighbours, tails, the whole range) plus NaN and random doubles. */
function inputs(id: string): number[] {
  const xs = loadFixture(id).cases[0]!.points.map((r) => Number(r[0]));
  const rnd = fc.sample(fc.double(), { numRuns: 300, seed: 7 });
  return [...xs, ...rnd, NaN, -0];
}

const paramSets = (id: string) => loadFixture(id).cases.map((c) => c.params);

describe('evaluate/derivative on arrays equal the scalar f/df bit for bit', () => {
  for (const a of activations) {
    it(a.id, () => {
      const xs = inputs(a.id);
      const x64 = Float64Array.from(xs);
      for (const p of paramSets(a.id)) {
        const b = a.bind(p);
        const f = evaluate(a.id, x64, p);
        const df = derivative(a.id, xs, p); // plain array input
        const f32 = evaluate(a.id, x64, p, new Float32Array(xs.length));
        const df32 = derivative(a.id, x64, p, new Float32Array(xs.length));
        expect(f).toBeInstanceOf(Float64Array);
        for (let i = 0; i < xs.length; i++) {
          const x = xs[i]!;
          // Object.is: NaN equals NaN, and the sign of zero must match too.
          if (!Object.is(f[i], b.f(x))) expect([x, f[i]]).toEqual([x, b.f(x)]);
          if (!Object.is(df[i], b.df(x))) expect([x, df[i]]).toEqual([x, b.df(x)]);
          if (!Object.is(f32[i], Math.fround(b.f(x)))) expect([x, f32[i]]).toEqual([x, b.f(x)]);
          if (!Object.is(df32[i], Math.fround(b.df(x)))) expect([x, df32[i]]).toEqual([x, b.df(x)]);
          if (!Object.is(evaluate(a.id, x, p), b.f(x))) expect(x).toBe('scalar evaluate = f');
          if (!Object.is(a.f(x, p), b.f(x))) expect(x).toBe('f(x, p) = bind(p).f');
        }
      }
    });
  }

  it("keeps the sign of tanh's zero, as PyTorch does: scalar, short arrays and the SIMD path", () => {
    const f = getActivation('tanh')!.bind().f;
    const zeros = (n: number) => Float64Array.from({ length: n }, (_, i) => (i % 2 ? -0 : 0));
    for (const out of [[f(0), f(-0)], evaluate('tanh', zeros(2)), evaluate('tanh', zeros(256))])
      for (let i = 0; i < out.length; i++) expect(Object.is(out[i], i % 2 ? -0 : 0)).toBe(true);
  });

  it("gives Mish's underflow the sign PyTorch's x·tanh(softplus(x)) gives it: −0", () => {
    const f = getActivation('mish')!.bind().f;
    for (const x of [-746, -800, -1e300, -Infinity]) expect(Object.is(f(x), -0), `${x}`).toBe(true);
    expect(f(-740)).toBeLessThan(0); // still a (tiny) negative number above the underflow
  });

  // The kernels take four elements a turn and finish with a one-at-a-time tail: shifting the
  // input by 0–3 puts every special value (NaN, ±0, ±∞, kinks, …) in every lane of a turn and
  // in the tail, and in place (out = x) as well.
  it('at every position of the four-element turn and in place', () => {
    for (const a of activations) {
      for (const p of paramSets(a.id)) {
        const b = a.bind(p);
        for (let shift = 0; shift < 4; shift++) {
          const xs = [...Array<number>(shift).fill(0.25), ...inputs(a.id)];
          const f = evaluate(a.id, Float64Array.from(xs), p);
          const inPlace = Float64Array.from(xs);
          evaluate(a.id, inPlace, p, inPlace);
          const df = derivative(a.id, Float64Array.from(xs), p);
          for (let i = 0; i < xs.length; i++) {
            const x = xs[i]!;
            const ctx = `${a.id} ${JSON.stringify(p)} shift ${shift} x = ${x}`;
            if (!Object.is(f[i], b.f(x))) expect([ctx, f[i]]).toEqual([ctx, b.f(x)]);
            if (!Object.is(inPlace[i], b.f(x))) expect([ctx, inPlace[i]]).toEqual([ctx, b.f(x)]);
            if (!Object.is(df[i], b.df(x))) expect([ctx, df[i]]).toEqual([ctx, b.df(x)]);
          }
        }
      }
    }
  });

  it('fills and returns the given out, also in place and from a Float32Array', () => {
    const x = new Float64Array([-2, -0.5, 0, 0.5, 2]);
    const out = new Float64Array(5);
    expect(evaluate('relu', x, undefined, out)).toBe(out);
    expect([...out]).toEqual([0, 0, 0, 0.5, 2]);
    expect(derivative('relu', x, undefined, x)).toBe(x); // in place
    expect([...x]).toEqual([0, 0, 0, 1, 1]);
    const x32 = new Float32Array([-1, 3]);
    expect([...evaluate('leaky_relu', x32, { alpha: 0.5 })]).toEqual([-0.5, 3]);
    expect(evaluate('relu', 5)).toBe(5);
    expect(evaluate('relu', -3)).toBe(0);
    expect(evaluate('relu', [])).toEqual(new Float64Array(0));
  });

  it('rejects an out shorter than the input', () => {
    expect(() => evaluate('relu', [1, 2, 3], undefined, new Float64Array(2))).toThrow(RangeError);
  });
});

describe('errors name what is wrong', () => {
  it('unknown id', () => {
    expect(() => evaluate('reLU', 1)).toThrow(/'reLU'/);
    expect(() => derivative('nope', [1])).toThrow(RangeError);
  });

  it('non-finite values of every parameter of every activation', () => {
    for (const a of activations) {
      for (const s of a.params) {
        for (const bad of [NaN, Infinity, -Infinity]) {
          const call = () => evaluate(a.id, 0, { [s.key]: bad });
          expect(call).toThrow(RangeError);
          expect(call).toThrow(new RegExp(`${a.id}: parameter ${s.key} `));
          expect(() => derivative(a.id, [0], { [s.key]: bad })).toThrow(RangeError);
          expect(() => a.bind({ [s.key]: bad })).toThrow(RangeError);
          expect(() => a.kinks({ [s.key]: bad })).toThrow(RangeError);
        }
      }
    }
  });

  it('values outside the domain', () => {
    const cases: [string, string, number][] = [
      ['celu', 'alpha', 0],
      ['celu', 'alpha', -1],
      ['softplus', 'beta', 0],
      ['softplus', 'beta', -2],
      ['silu', 'beta', -1],
      ['softshrink', 'lambd', -0.1],
      ['hardshrink', 'lambd', -1],
    ];
    for (const [id, key, v] of cases) {
      expect(() => evaluate(id, 1, { [key]: v }), `${id} ${key}=${v}`).toThrow(
        new RegExp(`${id}: parameter ${key} = ${v} is invalid`),
      );
    }
    expect(() => evaluate('celu', 1, { alpha: 1e-300 })).not.toThrow();
  });

  it('cross-parameter constraints name both parameters', () => {
    expect(() => evaluate('hardtanh', 0, { min_val: 1, max_val: 1 })).toThrow(/min_val.*max_val/);
    expect(() => evaluate('hardtanh', 0, { min_val: 2 })).toThrow(/min_val \(2\).*max_val \(1\)/);
    expect(() => evaluate('rrelu', 0, { lower: 0.5, upper: 0.4 })).toThrow(/lower.*upper/);
    expect(evaluate('rrelu', -1, { lower: 0.5, upper: 0.5 })).toBe(-0.5);
  });

  it('does not reuse a stale binding when a parameter object is mutated', () => {
    const a = getActivation('leaky_relu')!;
    const p: Record<string, number> = { alpha: 0.1 };
    expect(a.f(-1, p)).toBe(-0.1);
    p.alpha = 0.3;
    expect(a.f(-1, p)).toBe(-0.3);
    p.alpha = NaN;
    expect(() => a.f(-1, p)).toThrow(RangeError);
  });
});
