import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normalCentral, normalFar, normalMid } from './normal';
import { normalTail } from './normaltail';

// Cody's rational approximations (special/normal.ts, held to mpmath in normal.test.ts and through
// GELU in accuracy.test.ts) are the reference: the table takes only its node values from them,
// its Taylor coefficients come from R′ = yR − 1/√(2π), so the points between nodes, above all
// the interval edges |y − k/32| = 1/64 where the left-out terms are largest, check the table.
const cody = (y: number) =>
  y <= 0.66291
    ? (0.5 - normalCentral(y)) * Math.exp((y * y) / 2)
    : y <= 5.656854249492381
      ? normalMid(y)
      : normalFar(y);

describe('normalTail', () => {
  it("is within 4 ulp of Cody's Φ(−y)·e^{y²/2} at every node, interval edge and random y", () => {
    const ys = [
      ...Array.from({ length: 1200 }, (_, k) => k / 32),
      ...Array.from({ length: 1200 }, (_, k) => (k + 0.5) / 32 - 2 ** -40),
      ...Array.from({ length: 1200 }, (_, k) => (k + 0.5) / 32 + 2 ** -40),
      37.49999999999999,
      5e-324,
      ...fc.sample(fc.double({ min: 0, max: 37.49, noNaN: true }), { numRuns: 20000, seed: 9 }),
    ];
    let worst = 0;
    for (const y of ys) {
      const want = cody(y);
      const err = Math.abs(normalTail(y) - want) / want;
      worst = Math.max(worst, err);
      if (!(err <= 4 * 2 ** -52)) expect([y, normalTail(y)]).toEqual([y, want]);
    }
    expect(worst).toBeGreaterThan(0); // the comparison ran on numbers, not NaN
  });

  it('gives the same bits whichever blocks of the table were built first', async () => {
    // Nodes in blocks far apart and out of order, then block edges (k = 31, 32, 1200).
    const ys = [30.1, 3.3, 0.2, 12.7, 37.49, 31.5 / 32, 32.4 / 32, 1200 / 32 - 2 ** -40, 1 / 64];
    vi.resetModules();
    const lazy = await import('./normaltail');
    const first = ys.map((y) => lazy.normalTail(y)); // builds only the blocks these read
    vi.resetModules();
    const whole = await import('./normaltail');
    const table = whole.normalTailTable(); // every block, in order
    expect(table.every((v) => Number.isFinite(v) && v !== 0)).toBe(true);
    expect(ys.map((y) => whole.normalTail(y))).toEqual(first);
    expect(first.map((v, i) => Math.abs(v - cody(ys[i]!)) / cody(ys[i]!) <= 4 * 2 ** -52)).toEqual(
      ys.map(() => true),
    );
  });
});
