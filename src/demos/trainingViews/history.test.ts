import { describe, expect, it } from 'vitest';
import { Trainer } from '../../train/dying';
import { TraceHistory } from './history';

const options = {
  units: 8,
  activation: { id: 'prelu' },
  alphaMode: 'unit' as const,
  learningRate: 0.05,
  seed: 3,
};

describe('TraceHistory', () => {
  it('holds step i’s loss, dead count and α at index i, however the run was chunked', () => {
    const a = new Trainer(options);
    const b = new Trainer(options);
    const h = new TraceHistory(8);
    h.add(b.snapshot());
    // Chunks that cross the buffers' initial 256 entries, so they grow on the way.
    for (const k of [100, 200, 7, 1]) h.add(b.step(k));
    const whole = a.step(308);
    expect(h.length).toBe(309);
    expect(Array.from(h.loss().subarray(0, 308))).toEqual(Array.from(whole.trace.loss));
    expect(h.loss()[308]).toBe(whole.loss);
    expect(Array.from(h.dead().subarray(0, 308))).toEqual(Array.from(whole.trace.deadCount));
    expect(Array.from(h.negative().subarray(0, 308))).toEqual(
      Array.from(whole.trace.negativeCount),
    );
    expect(h.negative()[308]).toBe(whole.negativeCount);
    const unit3 = Array.from({ length: 308 }, (_, i) => whole.trace.alpha![i * 8 + 3]);
    expect(Array.from(h.alpha(3).subarray(0, 308))).toEqual(unit3);
    expect(h.alpha(3)[308]).toBe(whole.alpha![3]);
    expect(h.alpha(0)[0]).toBe(0.25);
  });

  it('records nothing twice: a repeated snapshot leaves it unchanged', () => {
    const t = new Trainer({ ...options, activation: { id: 'relu' } });
    const h = new TraceHistory(0);
    const s = t.step(20);
    h.add(s);
    h.add(s);
    expect(h.length).toBe(21);
    expect(h.alphaCount).toBe(0);
  });
});
