import { describe, expect, it } from 'vitest';
import { createAxis, maxLabelLength } from './ticks';

describe('createAxis', () => {
  it('maps nice ticks to pixels with U+2212 labels', () => {
    const a = createAxis([-5, 5], [0, 100], 5, 0);
    expect(a.ticks.map((t) => t.label)).toEqual(['−4', '−2', '0', '2', '4']);
    expect(a.ticks[0]!.px).toBe(10);
    expect(a.throughZero).toBe(true);
    expect(a.axisPx).toBe(50);
  });

  it('puts the axis at the edge when 0 is out of view', () => {
    const a = createAxis([1, 3], [200, 0], 4, 200);
    expect(a.throughZero).toBe(false);
    expect(a.axisPx).toBe(200);
  });

  it('measures the longest label', () => {
    expect(maxLabelLength([createAxis([-5e-5, 5e-5], [0, 1], 4, 0)])).toBe(5); // "−4e−5"
  });
});
