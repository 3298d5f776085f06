import { describe, expect, it } from 'vitest';
import { MIN_SPAN, rangeError, X_LIMIT } from '../state/explorerStore';
import { zoomRange } from './RangeControls';

describe('zoomRange', () => {
  it('scales the span about the centre', () => {
    expect(zoomRange([-5, 5], 0.5)).toEqual([-2.5, 2.5]);
    expect(zoomRange([0, 4], 2)).toEqual([-2, 6]);
  });

  it('never leaves ±1e6 and never goes below the narrowest range', () => {
    expect(zoomRange([9e5, 1e6], 4)).toEqual([6e5, X_LIMIT]);
    expect(zoomRange([-1e6, 1e6], 2)).toEqual([-X_LIMIT, X_LIMIT]);
    let r = zoomRange([-5, 5], 1);
    for (let i = 0; i < 60; i++) r = zoomRange(r, 0.5);
    expect(r[1] - r[0]).toBeGreaterThanOrEqual(MIN_SPAN);
    expect(rangeError(r)).toBeNull();
  });
});
