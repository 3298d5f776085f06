import { describe, expect, it } from 'vitest';
import { getActivation, type Range } from '../math';
import { frequencyOf, HIGH_HZ, LOW_HZ, panOf, planTrace, toneAt, type TraceInput } from './trace';

const act = (id: string) => getActivation(id)!;
const RANGE: Range = [-5, 5];
/** The y-ranges the plot chooses for these functions on [−5, 5] (fDomain / dfDomain). */
const input = (id: string, quantity: 'f' | 'df' = 'f', yRange: Range = [-1, 6]): TraceInput => ({
  a: act(id),
  p: undefined,
  quantity,
  range: RANGE,
  yRange,
});

/** Frequencies of the tones whose x lies in [lo, hi]. */
const freqs = (plan: ReturnType<typeof planTrace>, lo: number, hi: number) =>
  plan.tones.filter((t) => t.x >= lo && t.x <= hi).map((t) => t.freq);
const rising = (v: number[]) => v.every((f, i) => i === 0 || f > v[i - 1]!);

describe('frequencyOf and panOf', () => {
  it('map the plotted y-range onto two octaves, equal value steps being equal intervals', () => {
    expect(frequencyOf(-1, [-1, 3])).toBe(LOW_HZ);
    expect(frequencyOf(3, [-1, 3])).toBeCloseTo(HIGH_HZ, 9);
    expect(frequencyOf(1, [-1, 3])).toBeCloseTo(440, 9); // the middle value: one octave up
    expect(frequencyOf(100, [-1, 3])).toBeCloseTo(HIGH_HZ, 9); // clamped, like the plot's clip
    expect(frequencyOf(NaN, [-1, 3])).toBeNaN();
    expect(frequencyOf(Infinity, [-1, 3])).toBeNaN();
    expect(frequencyOf(2, [2, 2])).toBeCloseTo(440, 9);
  });
  it('pan x from left (−1) to right (1)', () => {
    expect([panOf(-5, RANGE), panOf(0, RANGE), panOf(5, RANGE)]).toEqual([-1, 0, 1]);
  });
});

describe('planTrace', () => {
  it('ReLU: flat then rising pitch, one click as the sweep passes 0, all sine', () => {
    const plan = planTrace(input('relu'), 4, 200);
    expect(plan.tones).toHaveLength(200);
    const flat = freqs(plan, -5, 0);
    expect(new Set(flat).size).toBe(1);
    expect(flat[0]).toBeCloseTo(frequencyOf(0, [-1, 6]), 12);
    expect(rising(freqs(plan, 0, 5))).toBe(true);
    expect(plan.clicks).toEqual([2]); // x = 0 is halfway through 4 s
    expect(plan.tones.every((t) => t.waveform === 'sine')).toBe(true);
  });

  it('ReLU′: low then high, the jump at the click', () => {
    const plan = planTrace(input('relu', 'df', [-0.1, 1.1]), 4, 200);
    expect(new Set(freqs(plan, -5, 0)).size).toBe(1);
    expect(new Set(freqs(plan, 0, 5)).size).toBe(1);
    expect(freqs(plan, 0, 5)[0]).toBeGreaterThan(freqs(plan, -5, 0)[0]! * 1.5);
    expect(plan.clicks).toEqual([2]);
  });

  it('Sigmoid: rising all the way, no click', () => {
    const plan = planTrace(input('sigmoid', 'f', [0, 1]), 3, 120);
    expect(rising(plan.tones.map((t) => t.freq))).toBe(true);
    expect(plan.clicks).toEqual([]);
  });

  it('Leaky ReLU: rising, a different timbre below 0, a click at 0', () => {
    const plan = planTrace({ ...input('leaky_relu'), p: { alpha: 0.1 } }, 4, 200);
    expect(rising(plan.tones.map((t) => t.freq))).toBe(true);
    const below = plan.tones.filter((t) => t.x < 0);
    const above = plan.tones.filter((t) => t.x > 0);
    expect(below.every((t) => t.value < 0 && t.waveform === 'square')).toBe(true);
    expect(above.every((t) => t.value > 0 && t.waveform === 'sine')).toBe(true);
    expect(plan.clicks).toEqual([2]);
  });

  it('each tone carries the value the readout shows at its x, and pans with x', () => {
    const inp = { ...input('elu'), p: { alpha: 0.5 } };
    for (const t of planTrace(inp, 2, 50).tones) {
      expect(t.value).toBe(act('elu').f(t.x, { alpha: 0.5 }));
      expect(t.freq).toBe(frequencyOf(t.value, inp.yRange));
      expect(t.pan).toBe(panOf(t.x, RANGE));
    }
  });

  it('tones tile the duration in time order; kinks outside the range give no click', () => {
    const plan = planTrace({ ...input('relu6'), range: [-2, 3] }, 5, 100); // kinks at 0 and 6
    expect(plan.tones[0]!.t).toBe(0);
    plan.tones.forEach((t, i) => i > 0 && expect(t.t).toBeCloseTo(plan.tones[i - 1]!.t + 0.05, 12));
    expect(plan.clicks).toEqual([2]);
    expect(planTrace({ ...input('relu'), range: [1, 4] }).clicks).toEqual([]);
  });
});

describe('toneAt (the crosshair blip)', () => {
  it('plays the value at x, and nothing outside the range', () => {
    const tone = toneAt(input('leaky_relu'), -2)!;
    expect(tone.value).toBe(act('leaky_relu').f(-2));
    expect(tone.waveform).toBe('square');
    expect(toneAt(input('relu'), 5.5)).toBeNull();
    expect(toneAt(input('relu'), -5.01)).toBeNull();
    expect(toneAt(input('relu'), NaN)).toBeNull();
  });
});
