import { translator } from '../i18n/catalogue';
import { demos } from '../i18n/sections/demos';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf } from '../math';
import type { Lang } from '../i18n/types';
import { measureDistribution, type DistributionOptions } from '../train/distribution';
import {
  claimsSummary,
  disagreements,
  eluChoice,
  num,
  referenceText,
  seluChoice,
  seriesSummary,
  wanderChoice,
} from './distributionText';

import { type DemoT } from '../i18n/sections/demos';
import { fnName, percent } from './text';

const LANGS: Lang[] = ['en', 'zh-CN'];
const tOf =
  (lang: Lang): DemoT =>
  (key, vars) =>
    translator(lang, demos)(key, vars);

const small: DistributionOptions = {
  activations: ['relu', 'leaky_relu', 'elu', 'gelu', 'selu'].map((id) => ({ id })),
  source: 'normal',
  mu: 0,
  sigma: 1,
  init: 'xavier',
  fanIn: 16,
  samples: 2000,
  seed: 1,
  layers: 30,
  width: 4,
  batch: 8,
};

/** E[ELU(z)] for z ~ N(μ, σ²) written out independently: E[z⁺] + E[(eᶻ − 1)·1{z < 0}]. */
function eluMean(mu: number, sigma: number): number {
  const r = mu / sigma;
  const pos = mu * normalCdf(r) + sigma * normalPdf(r);
  return pos + Math.exp(mu + (sigma * sigma) / 2) * normalCdf(-r - sigma) - normalCdf(-r);
}

describe('ELU’s mean against ReLU’s', () => {
  const settings = [-3, -1.5, -0.5, 0, 0.5, 2].flatMap((mu) =>
    [0.1, 0.5, 1, 3].map((sigma) => [mu, sigma] as const),
  );
  it.each(settings)('picks the sentence the numbers support at μ = %d, σ = %d', (mu, sigma) => {
    const r = measureDistribution({ ...small, mu, sigma, layers: 2 });
    const e = eluChoice(r);
    const reluMean = mu * normalCdf(mu / sigma) + sigma * normalPdf(mu / sigma);
    expect(e.elu).toBeCloseTo(eluMean(mu, sigma), 10);
    expect(e.relu).toBeCloseTo(reluMean, 12);
    const closer = Math.abs(eluMean(mu, sigma)) < Math.abs(reluMean);
    expect(e.closer).toBe(closer);
    for (const lang of LANGS) {
      const t = tOf(lang);
      const vars = { ref: referenceText(t, r), elu: num(e.elu), relu: num(e.relu) };
      const want = t(closer ? 'distEluCloser' : 'distEluNotCloser', vars);
      expect(claimsSummary(t, r)[0]).toBe(want);
    }
  });

  it('holds the tutorial’s claim at N(0, 1): ELU’s mean is closer to 0', () => {
    expect(eluChoice(measureDistribution({ ...small, layers: 1 })).closer).toBe(true);
  });
});

describe('SELU’s fixed point', () => {
  it.each([1, 5, 20, 30])('holds with g = 1 and fails with g = 2 at L = %d', (layers) => {
    for (const [init, fixed] of [
      ['xavier', true],
      ['he', false],
    ] as const) {
      const r = measureDistribution({ ...small, init, layers, activations: [{ id: 'relu' }] });
      const s = seluChoice(r);
      const { mean, variance } = r.claims.selu;
      const within = [...variance].every(
        (v, l) => Math.abs(v - 1) <= 0.05 && Math.abs(mean[l]!) <= 0.05,
      );
      expect(within).toBe(fixed);
      expect(s.fixed).toBe(fixed);
      for (const lang of LANGS) {
        const line = claimsSummary(tOf(lang), r)[1]!;
        expect(line).toContain(
          fixed
            ? lang === 'en'
              ? 'keep mean 0'
              : '保持均值 0'
            : lang === 'en'
              ? 'leave mean 0'
              : '偏离了均值 0',
        );
      }
    }
  });
});

describe('the sampled network against the mean-field lines', () => {
  it.each([
    [2, 1],
    [16, 2],
    [128, 3],
  ])('names the largest gap at width %d, seed %d, in the right sentence', (width, seed) => {
    const r = measureDistribution({ ...small, width, seed, layers: 10, batch: 32 });
    const w = wanderChoice(r)!;
    let gap = 0;
    for (const s of r.series)
      gap = Math.max(gap, Math.abs(s.network.variance[9]! / s.field.variance[9]! - 1));
    expect(w.gap).toBe(gap);
    for (const lang of LANGS) {
      const t = tOf(lang);
      const lines = claimsSummary(t, r);
      expect(lines[2]).toBe(t('distWander', { width, seed }));
      const want =
        gap <= 0.1
          ? t('distWanderSmall', { layers: 10, gap: percent(t, gap) })
          : t('distWanderLarge', {
              name: fnName(w.id),
              layers: 10,
              net: num(w.net),
              field: num(w.field),
              gap: percent(t, gap),
            });
      expect(lines[3]).toBe(want);
      expect(lines[3]).toContain(percent(t, gap));
    }
  });
});

describe('sampled against exact, in words', () => {
  it('says the samples agree when every value is within 4 standard errors', () => {
    const r = measureDistribution({ ...small, samples: 100_000, mu: 0.5, sigma: 1.5 });
    for (const s of r.series) {
      expect(disagreements(s, r.samples)).toEqual([]);
      for (const lang of LANGS)
        expect(seriesSummary(tOf(lang), r, s)[1]).toContain(
          lang === 'en' ? 'within 4 standard errors' : '4 个标准误以内',
        );
    }
  });

  it('says a layer with fan-in 1 is not the Gaussian limit, naming what differs', () => {
    const r = measureDistribution({
      ...small,
      source: 'layer',
      fanIn: 1,
      samples: 100_000,
      activations: [{ id: 'relu' }],
    });
    const s = r.series[0]!;
    const off = disagreements(s, r.samples);
    // E[ReLU(z)] = E|z|/2 depends on the shape of z's distribution; E[ReLU(z)²] = g/2 does not.
    expect(off).toContain('distWhatMean');
    expect(Math.abs(s.sampled.mean - s.reference.mean)).toBeGreaterThan(4 * s.sampled.meanSe);
    expect(off).not.toContain('distWhatZeros');
    expect(off).not.toContain('distWhatGrad');
    for (const lang of LANGS) {
      const t = tOf(lang);
      expect(seriesSummary(t, r, s)[1]).toBe(
        t('distDisagreeLayer', {
          name: 'ReLU',
          what: off.map((k) => t(k)).join(t('distListSep')),
          fanIn: 1,
          g: 1,
        }),
      );
    }
  });

  it('leaves no placeholder unfilled in either language', () => {
    const r = measureDistribution({ ...small, source: 'layer', fanIn: 2, init: 'he' });
    for (const lang of LANGS) {
      const t = tOf(lang);
      const lines = [...r.series.flatMap((s) => seriesSummary(t, r, s)), ...claimsSummary(t, r)];
      for (const line of lines) expect(line).not.toMatch(/[{}]/);
    }
  });
});
