import { translator } from '../i18n/catalogue';
import { demos } from '../i18n/sections/demos';
import { describe, expect, it } from 'vitest';
import type { CostResult, CostStats } from '../train/cost';

import { type DemoT } from '../i18n/sections/demos';
import { bigCount, costSummary, costVerdict } from './text';

const en: DemoT = (key, vars) => translator('en', demos)(key, vars);
const zh: DemoT = (key, vars) => translator('zh-CN', demos)(key, vars);

const stats = (median: number): CostStats => ({
  median,
  min: median,
  max: median,
  q1: median,
  q3: median,
  samples: [median],
});

/** A benchmark result with ReLU at 1 ns and the others at the given ns per element. */
function result(others: Record<string, number>): CostResult {
  return {
    n: 65_536,
    repetitions: 7,
    baseline: stats(0.5),
    entries: [['relu', 1] as const, ...Object.entries(others)].map(([id, ns]) => ({
      activation: { id, params: {} },
      f: stats(ns),
      df: stats(ns),
    })),
  };
}

describe('cost: what is said about the measured ratio follows the measurement', () => {
  it('all at least twice ReLU: "as expected"', () => {
    const r = result({ elu: 4.2, gelu: 2 });
    expect(costVerdict(en, r)).toEqual([
      'Here f took from 2× (GELU) to 4.2× (ELU) ReLU’s time per element.',
      'Every function measured took at least twice as long as ReLU, as expected.',
    ]);
    expect(costVerdict(zh, r)[1]).toBe('所有被测函数的耗时都至少是 ReLU 的两倍，与预期相符。');
  });

  it('some below twice: counts them, claims nothing more', () => {
    const r = result({ elu: 3, sigmoid: 1.4, tanh: 1.99 });
    expect(costVerdict(en, r)[1]).toBe(
      '1 of the 3 functions measured took at least twice as long as ReLU here; the others took less.',
    );
    expect(costVerdict(zh, r)[0]).toBe(
      '本次测量中，各函数 f 每个元素的耗时是 ReLU 的 1.4 倍（Sigmoid）到 3 倍（ELU）。',
    );
  });

  it('none twice (e.g. a memory-bound array): says the expectation did not show', () => {
    const r = result({ elu: 1.2, gelu: 1.9 });
    expect(costVerdict(en, r)[1]).toMatch(/^None took even twice as long as ReLU here/);
    expect(costVerdict(zh, r)[1]).toMatch(/^这里没有一个函数的耗时达到 ReLU 的两倍/);
  });

  it('ReLU alone: no comparison at all; the summary ends with the verdict otherwise', () => {
    expect(costVerdict(en, result({}))).toEqual([]);
    const lines = costSummary(en, result({ elu: 3 }));
    expect(lines.at(-1)).toMatch(/^Every function measured/);
  });

  it('the lead says what to expect, not what was measured', () => {
    const lead = en('demoCostLead');
    expect(lead).toContain('So expect them to take several times as long');
    expect(lead).toContain('depends on the JavaScript engine and on the array length');
    expect(lead).toMatch(/memory traffic rather than arithmetic.*matrix multiplications/);
    expect(zh('demoCostLead')).toContain('因此可以预期');
  });
});

describe('bigCount', () => {
  it('writes 100000 as 100,000 in English and 10 万 in Chinese, 2000 without a separator', () => {
    expect(bigCount(en, 'en', 100_000)).toBe('100,000');
    expect(bigCount(zh, 'zh-CN', 100_000)).toBe('10 万');
    expect(bigCount(zh, 'zh-CN', 2000)).toBe('2000');
    expect(bigCount(zh, 'zh-CN', 1_048_576)).toBe('1048576');
    expect(bigCount(en, 'en', 2000)).toBe('2,000');
  });
});
