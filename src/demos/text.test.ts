import { translator } from '../i18n/catalogue';
import { demos } from '../i18n/sections/demos';
import { describe, expect, it } from 'vitest';
import { Trainer } from '../train/dying';

import { dyingSummary, percent, preluSummary, times } from './text';

const en = translator('en', demos);
const zh = translator('zh-CN', demos);

describe('numbers in words', () => {
  it('percentages never round a non-zero share to 0', () => {
    expect(percent(en, 0)).toBe('0 %');
    expect(percent(en, 1)).toBe('100 %');
    expect(percent(en, 0.5012)).toBe('50.1 %');
    expect(percent(en, 0.0000123)).toBe('0.00123 %');
    expect(percent(en, 0.99995)).toBe('99.995 %');
    expect(percent(zh, 0.25)).toBe('25.0%');
  });

  it('ratios with three significant digits', () => {
    expect(times(en, 3.14159)).toBe('3.14×');
    expect(times(en, 1.5e-9)).toBe('1.5e−9×');
  });
});

describe('summaries', () => {
  it('dying: "12 of 32 units dead after 500 steps", in both languages', () => {
    const s = new Trainer({
      units: 32,
      activation: { id: 'relu' },
      learningRate: 0.01,
      biasShift: -3,
      seed: 1,
    }).step(5);
    expect(dyingSummary(en, 'relu', s)).toBe(
      `ReLU: ${s.deadCount} of 32 units dead after 5 steps; loss ${Number(s.loss.toPrecision(3))}.`,
    );
    expect(s.deadCount).toBeGreaterThan(5);
    expect(dyingSummary(zh, 'relu', s)).toContain(`32 个神经元中有 ${s.deadCount} 个死亡`);
  });

  it('dying: units negative everywhere but alive are counted for Leaky ReLU', () => {
    const s = new Trainer({
      units: 32,
      activation: { id: 'leaky_relu' },
      learningRate: 0.01,
      biasShift: -3,
      seed: 1,
    }).snapshot();
    expect(dyingSummary(en, 'leaky_relu', s)).toMatch(
      new RegExp(
        `^Leaky ReLU: 0 of 32 units dead after 0 steps; loss [\\d.]+\\. ${s.negativeCount} more have input ≤ 0 everywhere but still get a gradient\\.$`,
      ),
    );
  });

  it('dying: a diverged run says so instead of quoting NaN', () => {
    const s = {
      ...new Trainer({
        units: 8,
        activation: { id: 'relu' },
        learningRate: 0.01,
        seed: 1,
      }).snapshot(),
      diverged: true,
    };
    expect(dyingSummary(en, 'relu', s)).toMatch(/no longer a finite number/);
  });

  it('prelu: per-unit range and mean, or the shared value', () => {
    const unit = new Trainer({
      units: 4,
      activation: { id: 'prelu' },
      alphaMode: 'unit',
      learningRate: 0.01,
      seed: 1,
    }).snapshot();
    expect(preluSummary(en, unit)).toBe(
      'After 0 steps α ranges from 0.25 to 0.25 (mean 0.25) over 4 units, all starting at 0.25; loss ' +
        `${Number(unit.loss.toPrecision(3))}.`,
    );
    const shared = new Trainer({
      units: 4,
      activation: { id: 'prelu' },
      learningRate: 0.01,
      seed: 1,
    }).snapshot();
    expect(preluSummary(en, shared)).toMatch(
      /^After 0 steps the shared α is 0\.25, starting at 0\.25/,
    );
  });
});
