import { describe, expect, it } from 'vitest';
import { costStats, costSteps, measureCost } from './cost';

describe('costStats', () => {
  it('median, quartiles and range of the samples', () => {
    const s = costStats([5, 1, 4, 2, 3]);
    expect([s.min, s.q1, s.median, s.q3, s.max]).toEqual([1, 2, 3, 4, 5]);
    expect(costStats([1, 2, 3, 4]).median).toBe(2.5);
    expect(s.samples).toEqual([5, 1, 4, 2, 3]);
  });
});

describe('measureCost', () => {
  it('converts a fake clock into ns per element', () => {
    // Every now() call advances 1 ms, so each timed batch of `inner` calls measures 1 ms.
    let t = 0;
    const now = () => (t += 1);
    const r = measureCost({
      activations: [{ id: 'relu' }],
      n: 1000,
      repetitions: 3,
      minRepetitionMs: 1,
      seed: 1,
      now,
    });
    // Calibration: one call "takes" 1 ms ≥ minRepetitionMs, so inner = 1 → 1 ms / 1000 = 1000 ns.
    expect(r.baseline.samples).toEqual([1000, 1000, 1000]);
    expect(r.entries[0]!.f.median).toBe(1000);
    expect(r.entries[0]!.activation).toEqual({ id: 'relu', params: {} });
  });

  it('measures real kernels: positive, finite, with progress up to the total', () => {
    const steps = costSteps({
      activations: [{ id: 'relu' }, { id: 'gelu' }],
      n: 1 << 14,
      repetitions: 3,
      minRepetitionMs: 2,
      seed: 2,
    });
    let last = { done: 0, total: 0 };
    let r = steps.next();
    while (!r.done) {
      expect(r.value.done).toBe(last.done + 1);
      last = r.value;
      r = steps.next();
    }
    expect(last.done).toBe(last.total);
    expect(last.total).toBe(5 * 4);
    const res = r.value;
    expect(res.entries.map((e) => e.activation.id)).toEqual(['relu', 'gelu']);
    for (const e of [res.baseline, ...res.entries.flatMap((e) => [e.f, e.df])]) {
      expect(e.samples).toHaveLength(3);
      expect(e.median).toBeGreaterThan(0);
      expect(Number.isFinite(e.max)).toBe(true);
      expect(e.min).toBeLessThanOrEqual(e.median);
      expect(e.median).toBeLessThanOrEqual(e.max);
    }
  });

  it('rejects bad sizes and unknown ids', () => {
    expect(() => measureCost({ activations: [], n: 0, seed: 1 })).toThrow(RangeError);
    expect(() => measureCost({ activations: [{ id: 'nope' }], n: 10, seed: 1 })).toThrow(/nope/);
  });
});
