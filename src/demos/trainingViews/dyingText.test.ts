import { translator } from '../../i18n/catalogue';
import { demos } from '../../i18n/sections/demos';
import { describe, expect, it } from 'vitest';
import { DYING_SCENARIOS, SGD_CLIP_NORM, Trainer, type TrainerOptions } from '../../train/dying';

import { type DemoKey, type DemoT } from '../../i18n/sections/demos';
import { dyingSummary } from '../text';
import {
  alphaText,
  dyingStory,
  lossComparison,
  negativeAlphaCount,
  negativeAlphaLine,
} from './dyingText';

const en: DemoT = (key, vars) => translator('en', demos)(key, vars);
const zh: DemoT = (key, vars) => translator('zh-CN', demos)(key, vars);
const base: TrainerOptions = { units: 32, activation: { id: 'relu' }, learningRate: 0.01, seed: 1 };

/** Words that promise a dead unit never returns: false under Adam for units dying in training. */
const STAYS_DEAD = { en: /stays? dead/i, zh: /不会再?复活/ };

describe('the story of the units', { timeout: 120_000 }, () => {
  it('plain SGD: units that died are said to have stopped, with the counted number', () => {
    const opts = {
      ...base,
      ...DYING_SCENARIOS.sgdHighLearningRate,
      clipNorm: SGD_CLIP_NORM,
    } as const;
    const s = new Trainer(opts).step(300);
    const h = s.history;
    expect(h.died).toBeGreaterThan(5);
    expect(h.revived).toBe(0);
    expect(dyingStory(en, 'relu', 'sgd', s)).toEqual([
      `ReLU: ${h.deadAtStart} units were dead from the start. They never got a gradient, so neither optimiser moved their weights, and they are still dead.`,
      `ReLU: ${h.died} units died during training. Under plain SGD their gradient is exactly 0, so their weights stopped at once and none came back.`,
    ]);
    expect(dyingStory(zh, 'relu', 'sgd', s)[1]).toBe(
      `ReLU：训练中有 ${h.died} 个神经元死亡。在普通 SGD 下它们的梯度恰好为 0，权重立即停住，没有一个复活。`,
    );
  });

  it('Adam at lr 0.1: the revived units are counted and Adam’s momentum named; never "stays dead"', () => {
    const s = new Trainer({ ...base, ...DYING_SCENARIOS.highLearningRate }).step(2000);
    const h = s.history;
    expect(h.revived).toBeGreaterThan(0);
    const story = dyingStory(en, 'relu', 'adam', s);
    expect(story[1]).toBe(
      `ReLU: ${h.died} units died during training and ${h.revived} of them came back to life: Adam’s momentum kept moving their weights after they died.`,
    );
    const texts = (t: DemoT) => [
      t('demoDyingLead'),
      t('demoOptimizerAdamHint'),
      t('demoPresetsHint'),
      dyingSummary(t, 'relu', s),
      ...dyingStory(t, 'relu', 'adam', s),
    ];
    for (const line of texts(en)) expect(line).not.toMatch(STAYS_DEAD.en);
    for (const line of texts(zh)) expect(line).not.toMatch(STAYS_DEAD.zh);
    // Only the SGD hint makes that promise, and it holds there (see dying.test.ts).
    expect(en('demoOptimizerSgdHint', { clip: 5 })).toMatch(STAYS_DEAD.en);
    expect(zh('demoOptimizerSgdHint', { clip: 5 })).toMatch(STAYS_DEAD.zh);
  });

  it('Adam: units that died and none came back is said as such, without a reason', () => {
    const s = new Trainer({ ...base, seed: 3 }).step(2000);
    expect(s.history.died).toBeGreaterThan(0);
    expect(s.history.revived).toBe(0);
    expect(dyingStory(en, 'relu', 'adam', s)).toContain(
      `ReLU: ${s.history.died} units died during training; none of them has come back in this run.`,
    );
  });

  it('Leaky ReLU with the negative shift: units with input ≤ 0 everywhere, at the start and now', () => {
    const s = new Trainer({
      ...base,
      ...DYING_SCENARIOS.negativeBias,
      activation: { id: 'leaky_relu' },
    }).step(300);
    expect(s.deadCount).toBe(0);
    expect(s.history.negativeAtStart).toBeGreaterThan(5);
    expect(dyingStory(en, 'leaky_relu', 'adam', s)).toEqual([
      `Leaky ReLU: ${s.history.negativeAtStart} units had input ≤ 0 at every training point at the start, ${s.negativeCount} after 300 steps. Such a unit is not dead: Leaky ReLU passes a gradient for negative inputs, so it can still move back.`,
    ]);
  });

  it('ReLU with nothing dead says nothing more; a diverged run says nothing more', () => {
    const t = new Trainer({ ...base, units: 4, seed: 5 });
    const s = t.snapshot();
    expect(s.deadCount).toBe(0);
    expect(dyingStory(en, 'relu', 'adam', s)).toEqual([]);
    expect(dyingStory(en, 'relu', 'adam', { ...s, diverged: true })).toEqual([]);
  });
});

describe('side by side: ReLU’s loss against the best of the others', { timeout: 120_000 }, () => {
  it('8 units with shift −3: the ratio of the computed losses; none while steps differ', () => {
    const runs = ['relu', 'leaky_relu', 'prelu', 'elu'].map((id) => ({
      id,
      snapshot: new Trainer({
        ...base,
        ...DYING_SCENARIOS.smallNegativeBias,
        activation: { id },
      }).step(1000),
    }));
    const losses = runs.map((r) => r.snapshot.loss);
    const best = Math.min(...losses.slice(1));
    const bestName = ['Leaky ReLU', 'PReLU', 'ELU'][losses.slice(1).indexOf(best)];
    const ratio = losses[0]! / best;
    expect(ratio).toBeGreaterThan(10);
    expect(lossComparison(en, runs)).toBe(
      `After 1000 steps ReLU’s loss is ${Number(ratio.toPrecision(3))}× that of ${bestName}, the lowest of the others.`,
    );
    // ReLU lowest; runs not yet at the same step; a single run; a diverged run.
    const low = { ...runs[0]!.snapshot, loss: best / 2 };
    expect(lossComparison(en, [{ id: 'relu', snapshot: low }, ...runs.slice(1)])).toBe(
      'After 1000 steps ReLU has the lowest loss here.',
    );
    const behind = { ...runs[1]!.snapshot, step: 950 };
    expect(lossComparison(en, [runs[0]!, { id: 'leaky_relu', snapshot: behind }])).toBeNull();
    expect(lossComparison(en, runs.slice(0, 1))).toBeNull();
    const diverged = { ...runs[0]!.snapshot, diverged: true };
    expect(lossComparison(en, [{ id: 'relu', snapshot: diverged }, runs[1]!])).toBeNull();
  });
});

describe('PReLU: negative α', { timeout: 120_000 }, () => {
  it('the sentence appears exactly when some α < 0, with their count', () => {
    const t = new Trainer({
      units: 16,
      activation: { id: 'prelu' },
      alphaMode: 'unit',
      learningRate: 0.01,
      seed: 1,
    });
    let seenNegative = false;
    let seenNone = false;
    for (const k of [0, 200, 800, 1000]) {
      const s = t.step(k);
      const negatives = Array.from(s.alpha!).filter((a) => a < 0).length;
      expect(negativeAlphaCount(s.alpha!)).toBe(negatives);
      const line = negativeAlphaLine(en, s);
      if (negatives === 0) {
        seenNone = true;
        expect(line).toBeNull();
      } else {
        seenNegative = true;
        expect(line).toBe(
          `${negatives} of 16 units have α < 0: their output grows in both directions away from 0 (a V shape).`,
        );
        expect(negativeAlphaLine(zh, s)).toContain(`16 个神经元中有 ${negatives} 个的 α < 0`);
      }
    }
    expect(seenNone && seenNegative).toBe(true);
  });

  it('one shared α: the sentence when it is negative, none at 0 or above; none without α', () => {
    const s = new Trainer({ ...base, units: 4, activation: { id: 'prelu' } }).snapshot();
    const key: DemoKey = 'demoAlphaNegativeShared';
    expect(negativeAlphaLine(en, { ...s, alpha: Float64Array.of(-0.3) })).toBe(
      en(key, { value: '−0.3' }),
    );
    expect(negativeAlphaLine(en, { ...s, alpha: Float64Array.of(0) })).toBeNull();
    expect(negativeAlphaLine(en, s)).toBeNull();
    expect(negativeAlphaLine(en, new Trainer({ ...base, units: 4 }).snapshot())).toBeNull();
    expect(alphaText(-1.10948)).toBe('−1.11');
  });
});
