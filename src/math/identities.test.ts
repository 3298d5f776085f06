import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeProperties } from './properties';
import { getActivation } from './registry';
import { sampleActivation, sampleStops } from './sample';
import type { Activation, Kink, Params } from './types';

function act(id: string): Activation {
  const a = getActivation(id);
  if (a === undefined) throw new Error(`activation ${id} is not registered`);
  return a;
}

/** The 24 ids of issue 2. */
const IDS = [
  'relu',
  'leaky_relu',
  'prelu',
  'rrelu',
  'elu',
  'selu',
  'celu',
  'gelu',
  'gelu_tanh',
  'silu',
  'mish',
  'softplus',
  'relu6',
  'hardtanh',
  'hardswish',
  'hardsigmoid',
  'sigmoid',
  'tanh',
  'softsign',
  'logsigmoid',
  'softshrink',
  'hardshrink',
  'tanhshrink',
  'threshold',
] as const;

const EPS = Number.EPSILON;
// The 32-digit constants rounded to the nearest double.
const SELU_A = 1.6732632423543772;
const SELU_L = 1.0507009873554805;

/** Same number, with −0 = 0 (the sign of a zero result is free) and NaN = NaN. */
const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** |a − b| ≤ tol, or equal (covers matching infinities). */
const near = (a: number, b: number, tol: number) => a === b || Math.abs(a - b) <= tol;

/**
 * Whether the registry accepts these values: beyond each key's domain, some functions have
 * cross-parameter constraints (hardtanh min_val < max_val) that `bind` enforces.
 */
function accepted(a: Activation, p: Params): boolean {
  try {
    a.bind(p);
    return true;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/**
 * Random parameter values within the slider ranges (the values a learner can set). Subnormal
 * values become 0: SiLU's minimum sits at −1.28/β, beyond the largest double for β < 7e-309,
 * where no sampling of f can find it (computeProperties documents this).
 */
function paramsArb(a: Activation): fc.Arbitrary<Params> {
  const entries = a.params.map(
    (s) =>
      [
        s.key,
        fc
          .double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true })
          .map((v) => (Math.abs(v) < 2.2250738585072014e-308 ? 0 : v)),
      ] as const,
  );
  return fc.record(Object.fromEntries(entries)).filter((p) => accepted(a, p));
}

/** An id with random parameters for it. */
const idParamsArb = fc
  .constantFrom(...IDS)
  .chain((id) => paramsArb(act(id)).map((p) => ({ a: act(id), p })));

/** Finite doubles of every magnitude, plus a dense share of plot-scale values. */
const anyX = fc.oneof(
  fc.double({ min: -30, max: 30, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const spec = (id: string, key: string) => act(id).params.find((s) => s.key === key)!;

describe('identities between activations (fast-check)', () => {
  it('leaky_relu(α = 0) = relu, f and f′, everywhere including ±∞ and NaN', () => {
    const leaky = act('leaky_relu').bind({ alpha: 0 });
    const relu = act('relu').bind();
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(same(leaky.f(x), relu.f(x))).toBe(true);
        expect(same(leaky.df(x), relu.df(x))).toBe(true);
      }),
    );
  });

  it('celu(α = 1) = elu(α = 1) to 2 ulps, f and f′', () => {
    const celu = act('celu').bind({ alpha: 1 });
    const elu = act('elu').bind({ alpha: 1 });
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(near(celu.f(x), elu.f(x), 2 * EPS * Math.abs(elu.f(x)))).toBe(true);
        expect(near(celu.df(x), elu.df(x), 2 * EPS * Math.abs(elu.df(x)))).toBe(true);
      }),
    );
  });

  it('logsigmoid(x) = −softplus(−x) (β = 1): to 1e-12 relative while −x ≤ threshold', () => {
    // softplus switches to the identity for −x > threshold, where it is off by log1p(eˣ) < e^−threshold.
    const th = spec('softplus', 'threshold');
    fc.assert(
      fc.property(fc.double({ min: th.min, max: th.max, noNaN: true }), anyX, (threshold, x) => {
        const ls = act('logsigmoid').f(x);
        const sp = act('softplus').f(-x, { beta: 1, threshold });
        if (-x <= threshold) {
          expect(near(ls, -sp, 2e-12 * Math.abs(ls) + 1e-300)).toBe(true);
        } else {
          expect(near(ls, -sp, Math.exp(x) * (1 + 1e-12) + EPS * Math.abs(x))).toBe(true);
        }
      }),
    );
  });

  it('softplus′(x) = sigmoid(βx) for βx ≤ threshold, and 1 above', () => {
    const sp = act('softplus');
    const sig = act('sigmoid');
    fc.assert(
      fc.property(paramsArb(sp), anyX, (p, x) => {
        const bx = p.beta! * x;
        const d = sp.df(x, p);
        if (bx > p.threshold!) expect(d).toBe(1);
        else expect(near(d, sig.f(bx), 2e-12 * sig.f(bx) + 1e-300)).toBe(true);
      }),
    );
  });

  it('silu(β) → relu as β grows: |silu_β − relu| ≤ 0.27846…/β (the depth of its dip)', () => {
    // x·σ(βx) − max(0, x) = −|x|·σ(−β|x|), whose largest size is −min silu_1 / β.
    const silu = act('silu');
    const beta = spec('silu', 'beta');
    const betaArb = fc.oneof(
      fc.double({ min: Math.max(beta.min, 1e-3), max: beta.max, noNaN: true }),
      fc.double({ min: beta.max, max: Math.min(beta.domain.max, 1e6), noNaN: true }),
    );
    fc.assert(
      fc.property(betaArb, anyX, (b, x) => {
        const gap = Math.abs(silu.f(x, { beta: b }) - Math.max(0, x));
        expect(gap).toBeLessThanOrEqual((0.2784645427610738 / b) * (1 + 1e-12) + EPS * Math.abs(x));
      }),
    );
  });

  it('prelu = leaky_relu for the same α, bit for bit', () => {
    const pa = spec('prelu', 'alpha');
    const la = spec('leaky_relu', 'alpha');
    const alpha = fc.double({
      min: Math.max(pa.min, la.min),
      max: Math.min(pa.max, la.max),
      noNaN: true,
    });
    fc.assert(
      fc.property(alpha, fc.double(), (al, x) => {
        expect(same(act('prelu').f(x, { alpha: al }), act('leaky_relu').f(x, { alpha: al }))).toBe(
          true,
        );
        expect(
          same(act('prelu').df(x, { alpha: al }), act('leaky_relu').df(x, { alpha: al })),
        ).toBe(true);
      }),
    );
  });

  it('relu6 = hardtanh(0, 6), f and f′ (0 at both kinks), everywhere', () => {
    const r6 = act('relu6').bind();
    const ht = act('hardtanh').bind({ min_val: 0, max_val: 6 });
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom(0, 6, -0)), (x) => {
        expect(same(r6.f(x), ht.f(x))).toBe(true);
        expect(same(r6.df(x), ht.df(x))).toBe(true);
      }),
    );
  });

  it('hardsigmoid(x)·x = hardswish(x) within 4 ulps (finite x: at −∞ the product is 0·∞)', () => {
    const hs = act('hardsigmoid').bind();
    const hw = act('hardswish').bind();
    fc.assert(
      fc.property(fc.oneof(anyX, fc.double({ min: -3.5, max: 3.5, noNaN: true })), (x) => {
        const w = hw.f(x);
        expect(near(hs.f(x) * x, w, 4 * EPS * Math.abs(w) + 1e-320)).toBe(true);
      }),
    );
  });

  it('tanhshrink = x − tanh x (to the error of the naive form), tanhshrink′ = tanh²', () => {
    const ts = act('tanhshrink').bind();
    fc.assert(
      fc.property(anyX, (x) => {
        const t = Math.tanh(x);
        // x − tanh x in doubles is off by up to ~1 ulp of x; the registry is the accurate one.
        expect(near(ts.f(x), x - t, 2 * EPS * Math.abs(x) + 1e-12 * Math.abs(ts.f(x)))).toBe(true);
        expect(near(ts.df(x), t * t, 1e-13 * Math.max(t * t, 1))).toBe(true);
      }),
    );
  });

  it('selu = λ·elu(α = a), f and f′ to 4 ulps', () => {
    const selu = act('selu').bind();
    const elu = act('elu').bind({ alpha: SELU_A });
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const f = SELU_L * elu.f(x);
        const d = SELU_L * elu.df(x);
        // Subnormal results have no relative precision: allow a few of the smallest steps.
        const sub = 4 * Number.MIN_VALUE;
        expect(near(selu.f(x), f, 4 * EPS * Math.abs(f) + sub)).toBe(true);
        expect(near(selu.df(x), d, 4 * EPS * Math.abs(d) + sub)).toBe(true);
      }),
    );
  });
});

describe('f′ against a central difference (fast-check, random params)', () => {
  it('matches away from the kinks for every id', () => {
    fc.assert(
      fc.property(idParamsArb, fc.double({ min: -30, max: 30, noNaN: true }), ({ a, p }, x) => {
        const b = a.bind(p);
        const h = 1e-6 * Math.max(1, Math.abs(x));
        fc.pre(a.kinks(p).every((k) => Math.abs(k.x - x) > 1e3 * h));
        const fd = (b.f(x + h) - b.f(x - h)) / (2 * h);
        const d = b.df(x);
        expect(Math.abs(fd - d), `${a.id} ${JSON.stringify(p)} x=${x}`).toBeLessThanOrEqual(
          1e-6 * Math.max(1, Math.abs(d)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sampleActivation invariants (fast-check)', () => {
  const rangeArb = fc
    .tuple(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: 1e-3, max: 60, noNaN: true }),
    )
    .map(([lo, w]) => [lo, lo + w] as [number, number]);

  // Violations are collected and asserted once per case: an `expect` per point is far slower.
  it('x sorted, kinks exact, start flags and dots only at drawn jumps', () => {
    fc.assert(
      fc.property(idParamsArb, rangeArb, fc.integer({ min: 2, max: 300 }), ({ a, p }, range, n) => {
        const s = sampleActivation(a, p, range, n);
        const b = a.bind(p);
        const inside = a.kinks(p).filter((k) => k.x >= range[0] && k.x <= range[1]);
        const kinkAt = new Map(inside.map((k) => [k.x, k]));
        const bad: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) bad.push(what);
        };
        check(s.kinks.map((k) => k.x).join() === inside.map((k) => k.x).join(), 'kinks in range');
        const stops = sampleStops(s);
        check(stops.length >= n, 'at least n stops');
        check(stops[0] === range[0] && stops[stops.length - 1] === range[1], 'stops span range');
        for (const [name, curve, dots, fn, val] of [
          ['f', s.f, s.fDots, b.f, (k: Kink) => k.f],
          ['df', s.df, s.dfDots, b.df, (k: Kink) => k.df],
        ] as const) {
          check(curve.start[0] === 1, `${name}: start[0]`);
          for (const k of inside) check(curve.x.includes(k.x), `${name}: kink ${k.x} present`);
          for (let i = 1; i < curve.x.length; i++) {
            const x = curve.x[i]!;
            check(x >= curve.x[i - 1]!, `${name}: sorted at ${i}`);
            const repeated = x === curve.x[i - 1];
            // Nothing here is non-finite, so a segment starts only at the second copy of a jump.
            check(curve.start[i] === (repeated ? 1 : 0), `${name}: start[${i}]`);
            check(!repeated || kinkAt.has(x), `${name}: repeated x ${x} is a kink`);
          }
          for (let i = 0; i < curve.x.length; i++) {
            const x = curve.x[i]!;
            if (!kinkAt.has(x)) check(Object.is(curve.y[i], fn(x)), `${name}: y at ${x}`);
          }
          // One filled dot per drawn jump, at PyTorch's value; dots only at kinks with a jump.
          for (const d of dots) {
            const k = kinkAt.get(d.x);
            check(k !== undefined, `${name}: dot at ${d.x} is at a kink`);
            const copies = curve.x.filter((x) => x === d.x).length;
            check(copies === 2 || d.x === range[0] || d.x === range[1], `${name}: dot at a break`);
            if (d.filled && k) check(d.y === val(k), `${name}: filled dot at PyTorch's value`);
          }
          const filled = dots.filter((d) => d.filled).map((d) => d.x);
          check(new Set(filled).size === filled.length, `${name}: one filled dot per jump`);
          for (const x of new Set(dots.map((d) => d.x))) {
            check(filled.includes(x), `${name}: open dot at ${x} has a filled one`);
          }
        }
        expect(bad, `${a.id} ${JSON.stringify(p)} [${range.join(', ')}] n=${n}`).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('computeProperties invariants (fast-check)', () => {
  it('min ≤ f ≤ max, monotonicity holds, flat and zero sets are exact, extrema attained where claimed', () => {
    fc.assert(
      fc.property(idParamsArb, fc.array(anyX, { minLength: 50, maxLength: 50 }), ({ a, p }, xs) => {
        const props = computeProperties(a, p);
        const b = a.bind(p);
        const tol = (v: number) => 4 * EPS * Math.abs(v) + 1e-300;
        const bad: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) bad.push(what);
        };
        const sorted = [...xs].sort((u, v) => u - v);
        const fs = sorted.map((x) => b.f(x));
        fs.forEach((y, i) => {
          check(y >= props.min.value - tol(y), `f(${sorted[i]}) = ${y} ≥ min`);
          check(y <= props.max.value + tol(y), `f(${sorted[i]}) = ${y} ≤ max`);
        });
        const up = props.monotonic === 'increasing' || props.monotonic === 'nondecreasing';
        const down = props.monotonic === 'decreasing' || props.monotonic === 'nonincreasing';
        for (let i = 1; i < fs.length; i++) {
          const [u, v] = [fs[i - 1]!, fs[i]!];
          if (up) check(u <= v + tol(v), `${props.monotonic} at ${sorted[i]}`);
          if (down) check(u >= v - tol(v), `${props.monotonic} at ${sorted[i]}`);
        }
        const clamp = (x: number) => Math.min(Math.max(x, -1e3), 1e3);
        const inner = ([lo, hi]: [number, number]) =>
          [0.01, 0.5, 0.99].map((t) => clamp(lo) + t * (clamp(hi) - clamp(lo)));
        // === 0, not Object.is: the sign of a zero result is free.
        for (const r of props.zeroGradient) {
          for (const x of inner(r)) check(b.df(x) === 0, `f′(${x}) = 0`);
        }
        for (const r of props.exactZeros)
          for (const x of inner(r)) check(b.f(x) === 0, `f(${x}) = 0`);
        for (const e of [props.min, props.max]) {
          if (e.attained)
            check(Math.abs(b.f(e.at!) - e.value) <= tol(e.value), `attained at ${e.at}`);
          if (e.at === null) check(!e.attained, 'at null means not attained');
        }
        expect(bad, `${a.id} ${JSON.stringify(p)}`).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
