import { describe, expect, it } from 'vitest';
import { getActivation, type Curve, type Kink } from '../math';
import { sampleCount } from './layout';
import { buildPlotModel, createPlotModelBuilder, type PlotInput, type Series } from './model';

const base: PlotInput = {
  fn: 'leaky_relu',
  params: { alpha: 0.2 },
  range: [-3, 3],
  cmp: ['relu', 'elu', 'gelu'],
  showDerivative: true,
  showDifference: false,
};
const WIDTH = 640;

/** Indices of a curve's points that are not at a kink (where one x carries two limits). */
function smoothIndices(c: Curve, kinks: readonly Kink[]): number[] {
  const at = new Set(kinks.map((k) => k.x));
  return Array.from(c.x.keys()).filter((i) => !at.has(c.x[i]!));
}

/** The registry's own f and f′ at every sampled x of a series, compared bit for bit. */
function expectMatchesRegistry(s: Series) {
  const a = getActivation(s.a.id)!;
  const { f, df, kinks } = s.sampled;
  for (const i of smoothIndices(f, kinks)) expect(f.y[i]).toBe(a.f(f.x[i]!, s.p));
  for (const i of smoothIndices(df, kinks)) expect(df.y[i]).toBe(a.df(df.x[i]!, s.p));
  for (const k of kinks) expect(k.df).toBe(a.df(k.x, s.p));
}

describe('buildPlotModel contents', () => {
  const model = buildPlotModel(base, WIDTH);

  it('draws the main function with its parameters, then each compared one with defaults', () => {
    expect(model.series.map((s) => s.a.id)).toEqual(['leaky_relu', 'relu', 'elu', 'gelu']);
    expect(model.series.map((s) => s.colour)).toEqual([1, 2, 3, 4]);
    expect(model.series.map((s) => s.label)).toEqual([
      'Leaky ReLU (α = 0.2)',
      'ReLU',
      'ELU (α = 1)',
      'GELU',
    ]);
    expect(model.series[0]!.p).toEqual({ alpha: 0.2 });
    expect(model.series.slice(1).every((s) => s.p === undefined)).toBe(true);
  });

  it('samples each curve evenly over the range, kinks exactly, with the registry’s values', () => {
    const n = sampleCount(WIDTH - 50);
    expect(model.n).toBe(n);
    for (const s of model.series) {
      const xs = Array.from(s.sampled.f.x);
      expect(xs[0]).toBe(-3);
      expect(xs.at(-1)).toBe(3);
      const grid = Array.from({ length: n }, (_, i) => (i === n - 1 ? 3 : -3 + (6 * i) / (n - 1)));
      const expected = new Set([...grid, ...s.sampled.kinks.map((k) => k.x)]);
      expect(new Set(xs)).toEqual(expected);
      expectMatchesRegistry(s);
    }
    expect(model.series[0]!.sampled.kinks.map((k) => k.x)).toEqual([0]);
    // Leaky ReLU′(0) as PyTorch returns it: its backward takes the slope of x ≤ 0, α.
    expect(model.series[0]!.sampled.kinks[0]!.df).toBe(0.2);
  });

  it('has y-domains holding every finite value drawn, and every kink as a stop', () => {
    for (const s of model.series) {
      expect(model.fDomain[0]).toBeLessThanOrEqual(s.fExtent[0]);
      expect(model.fDomain[1]).toBeGreaterThanOrEqual(s.fExtent[1]);
      expect(model.dfDomain[0]).toBeLessThanOrEqual(s.dfExtent[0]);
      expect(model.dfDomain[1]).toBeGreaterThanOrEqual(s.dfExtent[1]);
    }
    expect(model.kinkXs).toEqual([0]);
    expect(Array.from(model.stops)).toContain(0);
    expect(model.stops[0]).toBe(-3);
    expect(model.stops.at(-1)).toBe(3);
  });

  it('shades the main function’s zero-gradient interval, clipped to the range', () => {
    expect(buildPlotModel({ ...base, fn: 'relu', params: {}, cmp: [] }, WIDTH).zones).toEqual([
      [-3, 0],
    ]);
    expect(model.zones).toEqual([]); // α = 0.2: no flat part
    const t = buildPlotModel(
      { ...base, fn: 'threshold', params: { threshold: 1, value: 0.5 } },
      WIDTH,
    );
    expect(t.zones).toEqual([[-3, 1]]);
  });

  it('lays out the f and f′ panels at the given width, and only f without the derivative', () => {
    expect(model.geometry.layout.width).toBe(WIDTH);
    expect(model.geometry.panels.map((p) => p.kind)).toEqual(['f', 'df']);
    expect(model.geometry.panels[0]!.y.scale.domain).toEqual(model.fDomain);
    expect(model.geometry.x.scale.domain).toEqual([-3, 3]);
    const noDf = buildPlotModel({ ...base, showDerivative: false }, WIDTH);
    expect(noDf.geometry.panels.map((p) => p.kind)).toEqual(['f']);
  });

  it('skips unknown compared ids and draws only the compared ones for an unknown main id', () => {
    const m = buildPlotModel({ ...base, cmp: ['relu', 'nope'] }, WIDTH);
    expect(m.series.map((s) => s.a.id)).toEqual(['leaky_relu', 'relu']);
    const u = buildPlotModel({ ...base, fn: 'nope' }, WIDTH);
    expect(u.series.map((s) => s.colour)).toEqual([2, 3, 4]);
    expect(u.zones).toEqual([]);
  });
});

describe('buildPlotModel reuse', () => {
  it('keeps the compared series (same objects) when only α changes, and resamples the main one', () => {
    const a = buildPlotModel(base, WIDTH);
    const b = buildPlotModel({ ...base, params: { alpha: 0.3 } }, WIDTH, a);
    expect(b.series[0]).not.toBe(a.series[0]);
    expect(b.series[0]!.label).toBe('Leaky ReLU (α = 0.3)');
    expectMatchesRegistry(b.series[0]!);
    for (let i = 1; i < 4; i++) expect(b.series[i]).toBe(a.series[i]);
    // The kink stays at 0, so the kinks and stops keep their identity too.
    expect(b.kinkXs).toBe(a.kinkXs);
    expect(b.stops).toBe(a.stops);
    expect(b.range).toBe(a.range);
  });

  it('returns the previous model itself for equal input in new objects', () => {
    const a = buildPlotModel(base, WIDTH);
    const b = buildPlotModel(
      { ...base, params: { alpha: 0.2 }, range: [-3, 3], cmp: [...base.cmp] },
      WIDTH,
      a,
    );
    expect(b).toBe(a);
  });

  it('resamples everything when the range changes', () => {
    const a = buildPlotModel(base, WIDTH);
    const b = buildPlotModel({ ...base, range: [-2, 3] }, WIDTH, a);
    b.series.forEach((s, i) => {
      expect(s).not.toBe(a.series[i]);
      expect(s.sampled.f.x[0]).toBe(-2);
      expectMatchesRegistry(s);
    });
    expect(b.geometry).not.toBe(a.geometry);
  });

  it('resamples when the width changes the sample count, and keeps series when it does not', () => {
    const a = buildPlotModel(base, WIDTH);
    const wider = buildPlotModel(base, 900, a);
    expect(wider.n).toBe(sampleCount(850));
    expect(wider.series[1]).not.toBe(a.series[1]);
    // Narrow plots share the minimum sample count: same samples, new geometry.
    const narrow = buildPlotModel(base, 100);
    const narrower = buildPlotModel(base, 90, narrow);
    expect(narrower.series[1]).toBe(narrow.series[1]);
    expect(narrower.geometry).not.toBe(narrow.geometry);
  });

  it('keeps samples, zones and geometry when the derivative is hidden, but not the panels', () => {
    const a = buildPlotModel({ ...base, fn: 'relu', params: {} }, WIDTH);
    const b = buildPlotModel({ ...base, fn: 'relu', params: {}, showDerivative: false }, WIDTH, a);
    expect(b.series[0]).toBe(a.series[0]);
    expect(b.zones).toBe(a.zones);
    expect(b.geometry).not.toBe(a.geometry);
  });

  it('keeps the zones’ identity while a parameter moves the curve but not the zones', () => {
    const input = { ...base, fn: 'threshold', cmp: [], params: { threshold: 1, value: 0.5 } };
    const a = buildPlotModel(input, WIDTH);
    const b = buildPlotModel({ ...input, params: { threshold: 1, value: 0.7 } }, WIDTH, a);
    expect(b.series[0]).not.toBe(a.series[0]);
    expect(b.zones).toEqual([[-3, 1]]);
    expect(b.zones).toBe(a.zones);
    const c = buildPlotModel({ ...input, params: { threshold: 2, value: 0.7 } }, WIDTH, b);
    expect(c.zones).toEqual([[-3, 2]]);
  });

  it('recolours, but does not resample, compared functions that move up the list', () => {
    const a = buildPlotModel(base, WIDTH);
    const b = buildPlotModel({ ...base, cmp: ['elu', 'gelu'] }, WIDTH, a);
    expect(b.series.map((s) => s.colour)).toEqual([1, 2, 3]);
    expect(b.series[1]!.sampled).toBe(a.series[2]!.sampled);
    expect(b.series[2]!.sampled).toBe(a.series[3]!.sampled);
  });

  it('passes its last model on when built through createPlotModelBuilder', () => {
    const build = createPlotModelBuilder();
    const a = build(base, WIDTH);
    const b = build({ ...base, params: { alpha: 0.5 } }, WIDTH);
    expect(b.series[1]).toBe(a.series[1]);
    expect(build({ ...base, params: { alpha: 0.5 } }, WIDTH)).toBe(b);
  });
});

describe('buildPlotModel difference', () => {
  const input: PlotInput = { ...base, showDifference: true };

  it('draws main − first compared on a panel of its own, sampled like the others', () => {
    const m = buildPlotModel(input, WIDTH);
    const d = m.difference!;
    expect(d.g).toBe(m.series[0]);
    expect(d.h).toBe(m.series[1]);
    expect(m.geometry.panels.map((p) => p.kind)).toEqual(['f', 'df', 'diff']);
    expect(m.geometry.panels[2]!.y.scale.domain).toEqual(d.domain);
    const leaky = getActivation('leaky_relu')!;
    const relu = getActivation('relu')!;
    const { f } = d.sampled;
    expect(f.x[0]).toBe(-3);
    for (let i = 0; i < f.x.length; i++) {
      const x = f.x[i]!;
      expect(f.y[i]).toBe(leaky.f(x, { alpha: 0.2 }) - relu.f(x));
      expect(d.domain[0]).toBeLessThanOrEqual(f.y[i]!);
      expect(d.domain[1]).toBeGreaterThanOrEqual(f.y[i]!);
    }
  });

  it('is absent without a compared function or when not asked for', () => {
    expect(buildPlotModel({ ...input, cmp: [] }, WIDTH).difference).toBeNull();
    const off = buildPlotModel(base, WIDTH);
    expect(off.difference).toBeNull();
    expect(off.geometry.panels.map((p) => p.kind)).not.toContain('diff');
  });

  it('is kept while both functions are, and rebuilt when either changes', () => {
    const a = buildPlotModel(input, WIDTH);
    const more = buildPlotModel({ ...input, cmp: [...base.cmp, 'silu'] }, WIDTH, a);
    expect(more.difference).toBe(a.difference);
    const alpha = buildPlotModel({ ...input, params: { alpha: 0.4 } }, WIDTH, a);
    expect(alpha.difference).not.toBe(a.difference);
    expect(alpha.difference!.sampled.f.y[0]).toBe(-3 * 0.4);
    const other = buildPlotModel({ ...input, cmp: ['elu'] }, WIDTH, a);
    expect(other.difference!.h.a.id).toBe('elu');
    expect(other.difference).not.toBe(a.difference);
    const hidden = buildPlotModel(base, WIDTH, a);
    expect(hidden.difference).toBeNull();
    expect(hidden.series[1]).toBe(a.series[1]);
  });
});
