import { describe, expect, it } from 'vitest';
import { Trainer, type TrainerOptions } from '../../train/dying';
import { historySeries } from './DyingResults';
import { TraceHistory } from './history';
import type { Run } from './session';

/**
 * An independent recount from the network's weights: z_j(x) = w_j·x + b_j at each of the 256
 * training inputs (evenly spaced on [−3, 3]), f′ written out per function (Leaky ReLU's slope is
 * PyTorch's 0.01, ELU's α is 1, PReLU's is the learned α). A unit is dead when f′(z) = 0 at every
 * input, negative when z ≤ 0 at every input.
 */
function recount(t: Trainer, id: string): { dead: boolean[]; negative: boolean[] } {
  const w = t.network.weights(0);
  const b = t.network.bias(0);
  const alpha = t.network.alpha(0);
  const slope = (j: number, z: number): number => {
    if (z > 0) return 1;
    if (id === 'relu') return 0;
    if (id === 'leaky_relu') return 0.01;
    if (id === 'elu') return Math.exp(z);
    return alpha![alpha!.length === 1 ? 0 : j]!;
  };
  const dead: boolean[] = [];
  const negative: boolean[] = [];
  for (let j = 0; j < w.length; j++) {
    let anySlope = false;
    let anyPositive = false;
    for (let i = 0; i < 256; i++) {
      const z = (-3 + (6 * i) / 255) * w[j]! + b[j]!;
      if (z > 0) anyPositive = true;
      if (slope(j, z) !== 0) anySlope = true;
    }
    dead.push(!anySlope);
    negative.push(!anyPositive);
  }
  return { dead, negative };
}

const sum = (xs: boolean[]) => xs.filter(Boolean).length;

describe('the plotted unit counts', { timeout: 120_000 }, () => {
  it.each(['relu', 'leaky_relu', 'prelu', 'elu'])(
    '%s: dead and input-≤-0 lines equal a recount from the weights at every step',
    (id) => {
      const options: TrainerOptions = {
        units: 16,
        activation: { id },
        learningRate: 0.1,
        biasShift: -1,
        seed: 2,
      };
      const t = new Trainer(options);
      const history = new TraceHistory(t.network.alpha(0)?.length ?? 0);
      const dead: number[] = [];
      const negative: number[] = [];
      let prev = recount(t, id);
      const expected = {
        deadAtStart: sum(prev.dead),
        negativeAtStart: sum(prev.negative),
        died: new Set<number>(),
        revived: new Set<number>(),
        leftNegative: new Set<number>(),
      };
      history.add(t.snapshot());
      const steps = 250;
      for (let i = 0; i <= steps; i++) {
        const now = recount(t, id);
        dead.push(sum(now.dead));
        negative.push(sum(now.negative));
        now.dead.forEach((d, j) => {
          if (d && !prev.dead[j]) expected.died.add(j);
          if (!d && prev.dead[j]) expected.revived.add(j);
          if (!now.negative[j] && prev.negative[j]) expected.leftNegative.add(j);
        });
        prev = now;
        if (i < steps) history.add(t.step(1));
      }
      // What the charts draw: one series per run, from the run's history.
      const run = { options, snapshot: null, history, error: null } satisfies Run;
      const [deadLine] = historySeries([run], 'dead');
      const [negativeLine] = historySeries([run], 'negative');
      expect(Array.from(deadLine!.values)).toEqual(dead);
      expect(Array.from(negativeLine!.values)).toEqual(negative);
      if (id === 'relu') {
        expect(Math.max(...dead)).toBeGreaterThan(dead[0]!);
        expect(dead).toEqual(negative);
      } else {
        expect(Math.max(...dead)).toBe(0);
        expect(Math.max(...negative)).toBeGreaterThan(0);
      }
      // The run's unit history (the story's numbers) from the same recount.
      expect(t.snapshot().history).toEqual({
        deadAtStart: expected.deadAtStart,
        died: expected.died.size,
        revived: expected.revived.size,
        negativeAtStart: expected.negativeAtStart,
        leftNegative: expected.leftNegative.size,
      });
    },
  );
});
