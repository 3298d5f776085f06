import { describe, expect, it } from 'vitest';
import { measureSparsity } from '../../train/sparsity';
import { chartGeometry, linearAxis, logAxis, positiveExtent, project } from './axes';
import { bandPath } from './band';
import { histogramBars } from './histogram';
import { decimate, toCurve } from './series';

describe('logAxis', () => {
  it('covers whole decades with ticks at powers of ten, labelled with U+2212', () => {
    const a = logAxis([3e-7, 0.5], [200, 0]);
    expect(a.scale.domain).toEqual([-7, 0]);
    expect(a.ticks.map((t) => t.label)).toEqual([
      '1e−7',
      '1e−6',
      '1e−5',
      '0.0001',
      '0.001',
      '0.01',
      '0.1',
      '1',
    ]);
    expect(a.ticks[0]!.px).toBe(200);
    expect(a.ticks.at(-1)!.px).toBe(0);
  });

  it('labels some decades however many there are (22 decades, room for 7 ticks)', () => {
    const a = logAxis([5.8e-21, 1.2], [172, 10], 7);
    expect(a.ticks.map((t) => t.label)).toEqual(['1e−21', '1e−17', '1e−13', '1e−9', '1e−5', '0.1']);
    expect(a.ticks[0]!.px).toBe(172);
  });

  it('thins ticks over many decades and maps values ≤ 0 to a gap', () => {
    const a = logAxis([1e-30, 1], [100, 0], 5);
    expect(a.ticks.length).toBeLessThanOrEqual(7);
    expect(a.ticks.every((t) => Number.isInteger(Math.log10(t.value)))).toBe(true);
    expect(project(a, 0)).toBe(Infinity);
    expect(project(a, 1e-15)).toBeCloseTo(50, 9);
  });

  it('is at least one decade wide', () => {
    expect(logAxis([2, 2], [1, 0]).scale.domain).toEqual([0, 1]);
  });
});

describe('linearAxis and chartGeometry', () => {
  it('labels ticks with U+2212 and leaves room for the longest y label', () => {
    expect(linearAxis([-3, 3], [0, 600], 6).ticks.map((t) => t.label)).toContain('−2');
    const narrow = chartGeometry({ width: 400, height: 200, xDomain: [0, 1], yDomain: [0, 1] });
    const wide = chartGeometry({
      width: 400,
      height: 200,
      xDomain: [0, 1],
      yDomain: [1e-9, 1],
      yLog: true,
    });
    expect(wide.box.left).toBeGreaterThan(narrow.box.left);
    expect(narrow.x.ticks[0]!.px).toBe(narrow.box.left);
    expect(narrow.box.right).toBe(386);
  });
});

describe('positiveExtent', () => {
  it('ignores zeros, negatives and non-finite values', () => {
    expect(
      positiveExtent([
        [0, 2, -1, NaN],
        [Infinity, 0.5],
      ]),
    ).toEqual([0.5, 2]);
    expect(positiveExtent([[0, -1]])).toBeNull();
  });
});

describe('toCurve and decimate', () => {
  it('takes log10 on a log axis (0 → −∞: a break in the path)', () => {
    const c = toCurve([1, 2, 3], [10, 0, 100], true);
    expect(Array.from(c.y)).toEqual([1, -Infinity, 2]);
  });

  it('keeps short series whole and long ones to about maxPoints, extremes and ends kept', () => {
    expect(decimate([1, 2, 3], 10).x).toEqual(Float64Array.from([0, 1, 2]));
    const y = Float64Array.from({ length: 20_001 }, (_, i) =>
      i === 12_345 ? 99 : Math.sin(i / 500),
    );
    const d = decimate(y, 400);
    expect(d.x.length).toBeLessThanOrEqual(402);
    expect(d.x[0]).toBe(0);
    expect(d.x.at(-1)).toBe(20_000);
    expect(Math.max(...d.y)).toBe(99);
    expect(Array.from(d.x)).toEqual([...d.x].sort((a, b) => a - b));
  });
});

describe('histogramBars', () => {
  it('takes ReLU’s exact zeros out of the bin at 0, leaving the rest of the shape', () => {
    const r = measureSparsity({
      activations: [{ id: 'relu' }],
      mu: 0,
      sigma: 1,
      seed: 2,
      samples: 20_000,
      bins: 40,
      range: [-4, 4],
    });
    const s = r.series[0]!;
    const bars = histogramBars(r, s);
    const total = bars.shares.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1 - s.zeroShare - (s.above + s.below) / r.samples, 10);
    // Bins 0.2 wide: the tallest holds about 0.4 · 0.2 of the samples, the spike (½) is gone.
    expect(bars.max).toBeLessThan(0.09);
    const x = linearAxis([-4, 4], [0, 400], 5);
    const y = linearAxis([0, bars.max], [100, 0], 4);
    expect(bars.path(x, y)).toMatch(/^M200,100V[\d.]+H210V100Z/);
  });
});

describe('bandPath', () => {
  it('runs along the top edge, back along the bottom, and sends 0 below the plot', () => {
    const x = linearAxis([1, 3], [0, 200], 2);
    const y = logAxis([0.01, 1], [100, 0]);
    const d = bandPath([1, 2, 3], [0.1, 0, 0.01], [1, 0.1, 0.1], x, y, 104);
    expect(d).toBe('M0,0L100,50L200,50L200,100L100,104L0,50Z');
    expect(bandPath([], [], [], x, y, 104)).toBe('');
  });
});
