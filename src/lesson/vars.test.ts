// Every number the lesson quotes, pinned to independent reference values and to the claims the
// sentences around it make, at every setting the figures let a learner reach.
import { describe, expect, it } from 'vitest';
import { computeProperties, getActivation } from '../math';
import { SCHEMA } from '../demos/schema';
import { formatLesson } from './i18n';
import { DYING_PRESET, FIGURES, STEP_IDS, stepKey } from './steps';
import { SIGMOID_LAYERS, reluKink, reluZeroShare, sigmoidSlopeCap, stepVars } from './vars';

const fn = (id: string) => getActivation(id)!;
const grid = (lo: number, hi: number, n = 2001) =>
  Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

describe('step 1: what ReLU is', () => {
  it('quotes ReLU(5), ReLU(−3), ReLU(0) as max(0, x) gives them', () => {
    expect(stepVars('relu')).toEqual({ pos: '5', neg: '0', zero: '0' });
  });
});

describe('step 2: the kink', () => {
  it('has slopes 0 and 1 either side, and PyTorch returns 0 at exactly 0', () => {
    const k = reluKink();
    expect([k.dfLeft, k.dfRight, k.df]).toEqual([0, 1, 0]);
    expect(fn('relu').df(0)).toBe(0);
    expect(stepVars('kink')).toEqual({ left: '0', right: '1', df: '0' });
  });
});

describe('step 4: depth', () => {
  it('sigmoid′ never exceeds the quoted cap of 1/4, which it reaches at 0', () => {
    const cap = sigmoidSlopeCap();
    expect(cap).toBe(0.25);
    for (const x of grid(-40, 40)) expect(fn('sigmoid').df(x)).toBeLessThanOrEqual(cap);
  });

  it('quotes (1/4)^10 = 9.5367431640625e−7 and ReLU′ = 1 for every positive input', () => {
    expect(SIGMOID_LAYERS).toBe(10);
    expect(stepVars('depth')).toEqual({ cap: '0.25', one: '1', layers: 10, value: '9.5e−7' });
    for (const x of grid(1e-9, 1e3)) expect(fn('relu').df(x)).toBe(1);
  });
});

describe('step 5: sparsity', () => {
  it('the exact-zero share is Φ(−μ/σ), 50 % at the demo defaults', () => {
    const { mu, sigma } = SCHEMA.sparsity;
    expect([mu.default, sigma.default]).toEqual([0, 1]);
    expect(stepVars('sparsity')).toEqual({ mu: '0', sigma: '1', share: '50%' });
    // Φ(−1) from mpmath: ncdf(-1).
    expect(reluZeroShare(1, 1)).toBeCloseTo(0.15865525393145707, 14);
  });

  it('ReLU is 0 exactly on x ≤ 0, so the zero share is P(z ≤ 0)', () => {
    for (const x of grid(-5, 5)) expect(fn('relu').f(x) === 0).toBe(x <= 0);
  });
});

describe('step 6: dying units', () => {
  it('ReLU′ is 0 for every negative input; Leaky ReLU passes its default α', () => {
    for (const x of grid(-1e3, -1e-9)) expect(fn('relu').df(x)).toBe(0);
    expect(fn('leaky_relu').df(-1)).toBe(0.01);
    expect(stepVars('dying')).toEqual({ zero: '0', alpha: '0.01', units: 8, shift: '−3' });
  });

  it('the preset is within the demo’s ranges, so it is what the demo shows', () => {
    const { units, shift } = SCHEMA.dying;
    expect(DYING_PRESET.units).toBeGreaterThanOrEqual(units.min);
    expect(DYING_PRESET.shift).toBeGreaterThanOrEqual(shift.min);
    expect(FIGURES.dying).toMatchObject({ settings: DYING_PRESET });
  });
});

describe('step 7: the variants', () => {
  it('quotes PyTorch’s defaults and ELU’s limit −α, approached but never reached', () => {
    expect(stepVars('variants')).toEqual({ leaky: '0.01', prelu: '0.25', alpha: '1', limit: '−1' });
    const min = computeProperties(fn('elu')).min;
    expect(min).toMatchObject({ value: -1, attained: false });
    expect(fn('elu').f(-40)).toBeCloseTo(-1, 12);
  });

  it('“with α > 0 a unit never loses its gradient”: Leaky ReLU′ = α on x < 0 at every α', () => {
    const spec = fn('leaky_relu').params[0]!;
    for (let alpha = spec.step; alpha <= spec.max; alpha += spec.step)
      for (const x of grid(-100, -1e-6, 50)) expect(fn('leaky_relu').df(x, { alpha })).toBe(alpha);
  });

  it('ELU’s slope on the negative side stays above 0 at the α the figure draws', () => {
    for (const x of grid(-30, 0)) expect(fn('elu').df(x)).toBeGreaterThan(0);
  });
});

describe('messages', () => {
  it('fill every placeholder of every step in both languages', () => {
    for (const id of STEP_IDS)
      for (const part of ['Title', 'Body', 'Question', 'Answer', 'Figure'] as const)
        for (const lang of ['en', 'zh-CN'] as const)
          expect(formatLesson(lang, stepKey(id, part), stepVars(id))).not.toMatch(/\{\w+\}/);
  });

  it('state the computed ReLU′(0) in the answer', () => {
    expect(formatLesson('en', 'lessonKinkAnswer', stepVars('kink'))).toMatch(/^0\. PyTorch/);
  });
});
