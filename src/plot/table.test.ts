import { describe, expect, it } from 'vitest';
import { tableXs } from './table';

describe('tableXs', () => {
  it('is 41 evenly spaced points, exact at 0 on a symmetric range', () => {
    const xs = tableXs([-5, 5], []);
    expect(xs).toHaveLength(41);
    expect(xs[0]).toBe(-5);
    expect(xs[20]).toBe(0);
    expect(xs[21]).toBe(0.25);
    expect(xs[40]).toBe(5);
  });

  it('adds kinks inside the range once', () => {
    const xs = tableXs([-5, 5], [0, -3, 1 / 3, 8]);
    expect(xs).toHaveLength(42); // −3 is already a grid point;
    expect(xs).toContain(1 / 3);
    expect(xs).toContain(-3);
    expect(xs).not.toContain(8);
  });
});
