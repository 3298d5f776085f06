import { describe, expect, it } from 'vitest';
import { activations, getActivation, type Activation, type Params } from '../math';
import { fullParams, kinkReports, type KinkReport } from './kinkAnalysis';
import { KINK_OPS } from './kinkOps';

/** mulberry32: a small seeded generator, so every run draws the same parameters. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Defaults, the ends of every slider, and 40 seeded draws inside the slider ranges. */
function parameterSets(a: Activation): Params[] {
  const rand = rng(12);
  const sets: Params[] = [fullParams(a, {})];
  for (const s of a.params)
    sets.push({ ...fullParams(a, {}), [s.key]: s.min }, { ...fullParams(a, {}), [s.key]: s.max });
  for (let i = 0; i < 40; i++) {
    const draw = Object.fromEntries(
      a.params.map((s) => [
        s.key,
        Math.round((s.min + rand() * (s.max - s.min)) / s.step) * s.step,
      ]),
    );
    sets.push(draw);
  }
  // Keep only values the function accepts (Hardtanh needs min_val < max_val, RReLU lower ≤ upper).
  return sets.filter((p) => {
    try {
      a.kinks(p);
      return true;
    } catch {
      return false;
    }
  });
}

const cases = activations.flatMap((a) =>
  parameterSets(a).flatMap((p) => kinkReports(a, p).map((r) => ({ a, p, r }))),
);

/** Whether f is convex (sign 1) or concave (sign −1) on [x − d, x + d], by chords of f alone. */
function chordsHold(a: Activation, p: Params, x: number, d: number, sign: 1 | -1): boolean {
  const n = 24;
  const pts = Array.from({ length: n + 1 }, (_, i) => x - d + (2 * d * i) / n);
  for (const u of pts) {
    for (const v of pts) {
      if (v <= u) continue;
      const mid = a.f((u + v) / 2, p);
      const chord = (a.f(u, p) + a.f(v, p)) / 2;
      const tol = 1e-12 * Math.max(1, Math.abs(chord));
      if (sign * (mid - chord) > tol) return false;
    }
  }
  return true;
}

function neighbourhood(r: KinkReport, all: KinkReport[]): number {
  const gaps = all
    .filter((o) => o.kink.x !== r.kink.x)
    .map((o) => Math.abs(o.kink.x - r.kink.x) / 2);
  return Math.min(0.5, ...gaps);
}

describe('kinkReports', () => {
  it('covers every function with a kink, at defaults and at many parameter values', () => {
    expect(cases.length).toBeGreaterThan(500);
    const ids = new Set(cases.map((c) => c.a.id));
    for (const id of [
      'relu',
      'leaky_relu',
      'prelu',
      'rrelu',
      'relu6',
      'elu',
      'hardtanh',
      'softshrink',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('shows the interval [min, max] of the registry’s one-sided derivatives', () => {
    for (const { a, p, r } of cases) {
      const k = a.kinks(p).find((k) => k.x === r.kink.x)!;
      expect(r.interval, `${a.id} ${JSON.stringify(p)}`).toEqual([
        Math.min(k.dfLeft, k.dfRight),
        Math.max(k.dfLeft, k.dfRight),
      ]);
    }
  });

  it('says convex, concave or neither as chords of f show it', () => {
    for (const { a, p, r } of cases) {
      if (!['convex', 'concave', 'neither'].includes(r.shape)) continue;
      const all = kinkReports(a, p);
      const d = neighbourhood(r, all);
      const label = `${a.id} at ${r.kink.x} ${JSON.stringify(p)}`;
      const convex = chordsHold(a, p, r.kink.x, d, 1);
      const concave = chordsHold(a, p, r.kink.x, d, -1);
      expect(r.shape, label).toBe(convex ? 'convex' : concave ? 'concave' : 'neither');
    }
  });

  it('gets Leaky ReLU with α > 1 right: concave at 0, so no subgradient is claimed', () => {
    // Outside the slider (α ≤ 1), but a URL or an API call may set it.
    const shape = (alpha: number) => kinkReports(getActivation('leaky_relu')!, { alpha })[0]?.shape;
    expect([shape(0), shape(0.5), shape(1.5)]).toEqual(['convex', 'convex', 'concave']);
    expect(kinkReports(getActivation('elu')!, { alpha: 2 })[0]?.shape).toBe('neither');
    expect(kinkReports(getActivation('relu6')!, {}).map((r) => r.shape)).toEqual([
      'convex',
      'concave',
    ]);
  });

  it('calls a point a jump only where f jumps, and autograd then takes the slope of its piece', () => {
    for (const { a, r } of cases) {
      const k = r.kink;
      expect(r.shape === 'jump', `${a.id} ${k.x}`).toBe(k.fLeft !== k.fRight);
      if (r.shape !== 'jump') continue;
      const piece = k.f === k.fLeft ? k.dfLeft : k.f === k.fRight ? k.dfRight : NaN;
      expect(k.df, `${a.id} ${k.x}`).toBe(piece);
    }
  });

  it('says “differentiable” only where both one-sided derivatives and PyTorch agree', () => {
    for (const { a, r } of cases) {
      if (r.shape !== 'differentiable') continue;
      expect(r.kink.dfLeft, a.id).toBe(r.kink.dfRight);
      expect(r.kink.df, a.id).toBe(r.kink.dfLeft);
    }
  });

  it('calls a point removable only where f is the identity nearby and PyTorch differs', () => {
    const removable = cases.filter((c) => c.r.shape === 'removable');
    expect(removable.map((c) => c.a.id).sort()).toEqual(
      expect.arrayContaining(['hardshrink', 'softshrink']),
    );
    for (const { a, p, r } of removable) {
      for (const h of [-0.3, -1e-3, 1e-3, 0.3]) expect(a.f(r.kink.x + h, p)).toBe(r.kink.x + h);
      expect(r.kink.df).not.toBe(r.kink.dfLeft);
    }
  });
});

describe('KINK_OPS', () => {
  it('has, for every function with a corner or a jump, exactly one torch.nn operation', () => {
    for (const { a, r } of cases) {
      if (r.shape === 'differentiable') continue;
      expect(KINK_OPS[a.id], a.id).toBeDefined();
      expect(
        r.ops.filter((o) => o.op.module),
        `${a.id} ${r.kink.x}`,
      ).toHaveLength(1);
    }
  });

  it('gives for the torch.nn operation the value the registry plots, at every kink', () => {
    for (const { a, p, r } of cases) {
      const module = r.ops.find((o) => o.op.module);
      if (!module) continue;
      expect(module.value, `${a.id} at ${r.kink.x} ${JSON.stringify(p)}`).toBeCloseTo(
        r.kink.df,
        12,
      );
    }
  });

  it('gives the values the sources state for the ReLU family', () => {
    const at = (id: string, p: Params = {}, i = 0) =>
      kinkReports(getActivation(id)!, p)[i]!.ops.map((o) => [o.code, o.value]);
    expect(at('relu')).toEqual([
      ['torch.relu(x)  # torch.nn.ReLU()', 0],
      ['torch.clamp(x, min=0)', 1],
      ['torch.clamp_min(x, 0)', 1],
      ['torch.maximum(x, torch.zeros_like(x))', 0.5],
      ['torch.where(x > 0, x, 0.0)', 0],
      ['x * (x > 0)', 0],
    ]);
    expect(at('leaky_relu', { alpha: 0.2 }).map(([, v]) => v)).toEqual([0.2, 0.6, 0.2]);
    expect(at('relu6', {}, 1).map(([, v]) => v)).toEqual([0, 1]);
    expect(at('hardtanh', { min_val: -2, max_val: 0.5 }, 0).map(([, v]) => v)).toEqual([0, 1]);
    // max(0, x) + α·expm1(min(0, x)) written with clamps: both clamps pass 1 at the tie.
    expect(at('elu', { alpha: 0.5 }).map(([, v]) => v)).toEqual([0.5, 0.5, 1.5]);
  });

  it('marks exactly the values outside the interval', () => {
    for (const { r } of cases) {
      for (const o of r.ops) {
        const [lo, hi] = r.interval;
        const tol = 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi));
        expect(o.inside).toBe(o.value >= lo - tol && o.value <= hi + tol);
      }
    }
    const elu = kinkReports(getActivation('elu')!, { alpha: 0.5 })[0]!;
    expect(elu.ops.map((o) => o.inside)).toEqual([true, true, false]);
  });
});

describe('an exact tie at a kink', () => {
  it('is rare for real-valued pre-activations, but exact for zero inputs and bias', () => {
    // 10⁵ pre-activations z = w·h + b of one layer, rounded to float32 as a GPU computes them.
    const rand = rng(7);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    let ties = 0;
    for (let i = 0; i < 100_000; i++) {
      let z = 0;
      for (let j = 0; j < 16; j++)
        z = Math.fround(z + Math.fround(normal() * 0.35) * Math.fround(normal()));
      z = Math.fround(z + Math.fround(0.1 * normal()));
      if (z === 0) ties++;
    }
    expect(ties).toBe(0);
    const w = [0.3, -1.2, 0.7];
    expect(w.reduce((z, wi) => z + wi * 0, 0) + 0).toBe(0);
  });
});
