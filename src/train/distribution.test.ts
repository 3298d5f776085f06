import { describe, expect, it } from 'vitest';
import { getActivation, leakyReluMoments } from '../math';
import { measureDistribution, type DistributionOptions } from './distribution';
import { meanFieldMap } from './meanfield';
import { createJobRunner } from './runner';
import { createRng } from './rng';
import { fillLayerPreActivations } from './sampling';
import type { WorkerResponse } from './protocol';

const N = 200_000;
const base: DistributionOptions = {
  activations: [{ id: 'relu' }, { id: 'leaky_relu' }, { id: 'leaky_relu', params: { alpha: 0.2 } }],
  source: 'normal',
  mu: 0,
  sigma: 1,
  init: 'he',
  fanIn: 16,
  samples: N,
  seed: 5,
  layers: 3,
  width: 8,
  batch: 16,
};

describe('sampled moments against the closed forms', () => {
  it.each([
    [0, 1],
    [1, 2],
    [-1.5, 0.5],
    [0.3, 3],
    [2, 1],
  ])('ReLU and Leaky ReLU agree within 4 standard errors at μ = %d, σ = %d', (mu, sigma) => {
    const r = measureDistribution({ ...base, mu, sigma });
    for (const s of r.series) {
      const alpha = s.activation.id === 'relu' ? 0 : s.activation.params.alpha!;
      const exact = leakyReluMoments(alpha, mu, sigma);
      const ref = s.reference;
      expect(ref.method).toBe('closed');
      expect(ref.mean).toBe(exact.mean);
      expect(ref.variance).toBeCloseTo(exact.second - exact.mean ** 2, 12);
      const m = s.sampled;
      expect(m.meanSe).toBeGreaterThan(0);
      expect(Math.abs(m.mean - ref.mean)).toBeLessThan(4 * m.meanSe);
      expect(Math.abs(m.variance - ref.variance)).toBeLessThan(4 * m.varianceSe);
      expect(Math.abs(m.dfMean - ref.dfMean)).toBeLessThan(4 * m.dfMeanSe);
      if (alpha === 0) {
        expect(m.zeroShareSe).toBeGreaterThan(0);
        expect(Math.abs(m.zeroShare - ref.zeroShare!)).toBeLessThan(4 * m.zeroShareSe);
      } else {
        expect(m.zeroShare).toBe(0);
        expect(ref.zeroShare).toBe(0);
      }
    }
  });

  it('labels other functions “by quadrature” and matches them within 4 standard errors', () => {
    const r = measureDistribution({
      ...base,
      activations: ['elu', 'selu', 'gelu', 'tanh'].map((id) => ({ id })),
      mu: 0.4,
      sigma: 1.3,
    });
    for (const s of r.series) {
      expect(s.reference.method).toBe('quadrature');
      expect(Math.abs(s.sampled.mean - s.reference.mean)).toBeLessThan(4 * s.sampled.meanSe);
      expect(Math.abs(s.sampled.variance - s.reference.variance)).toBeLessThan(
        4 * s.sampled.varianceSe,
      );
    }
  });

  it('samples a layer’s pre-activation exactly: variance g, ReLU half zeros, E[f²] = g/2', () => {
    for (const [init, g] of [
      ['he', 2],
      ['xavier', 1],
    ] as const) {
      for (const fanIn of [1, 3, 64]) {
        const r = measureDistribution({ ...base, source: 'layer', init, fanIn });
        const relu = r.series[0]!.sampled;
        expect(r.refSigma).toBe(Math.sqrt(g));
        // E[relu(z)²] = g/2 and P(z ≤ 0) = ½ hold for any fan-in (z is symmetric).
        const second = relu.variance + relu.mean ** 2;
        expect(Math.abs(second - g / 2)).toBeLessThan(0.05 * g);
        expect(Math.abs(relu.zeroShare - 0.5)).toBeLessThan(4 * relu.zeroShareSe);
      }
    }
  });
});

describe('mean-field map', () => {
  it('keeps SELU within 5 % of variance 1 and near mean 0 for 20 layers (LeCun, g = 1)', () => {
    const trace = meanFieldMap(getActivation('selu')!, {}, 1, 20);
    for (let l = 0; l < 20; l++) {
      expect(Math.abs(trace.preVariance[l]! - 1)).toBeLessThan(0.05);
      expect(Math.abs(trace.variance[l]! - 1)).toBeLessThan(0.05);
      expect(Math.abs(trace.mean[l]!)).toBeLessThan(0.01);
    }
  });

  it('keeps ReLU’s pre-activation variance exactly at g under He (q_{l+1} = 2·q_l/2)', () => {
    const trace = meanFieldMap(getActivation('relu')!, {}, 2, 10);
    for (const q of trace.preVariance) expect(q).toBeCloseTo(2, 12);
  });

  it('is followed loosely by a wide sampled network (finite width: each layer’s variance is itself random)', () => {
    const r = measureDistribution({
      ...base,
      activations: [{ id: 'relu' }, { id: 'tanh' }],
      samples: 1000,
      layers: 5,
      width: 128,
      batch: 64,
    });
    for (const s of r.series)
      for (let l = 0; l < 5; l++)
        expect(
          Math.abs(Math.log(s.network.preVariance[l]! / s.field.preVariance[l]!)),
        ).toBeLessThan(0.5);
  });
});

describe('bad input', () => {
  it('throws a RangeError naming the setting', () => {
    expect(() => measureDistribution({ ...base, sigma: 0 })).toThrow(/sigma/);
    expect(() => measureDistribution({ ...base, fanIn: 0 })).toThrow(/fanIn/);
    expect(() => measureDistribution({ ...base, layers: 1000 })).toThrow(/layers/);
  });
});

describe('in the worker', () => {
  it('runs as a job and posts its result', async () => {
    const messages: WorkerResponse[] = [];
    const runner = createJobRunner({ post: (m) => messages.push(m) });
    runner.handleMessage({
      type: 'start',
      id: 'd',
      job: { kind: 'distribution', options: { ...base, samples: 1000 } },
    });
    await new Promise((r) => setTimeout(r, 200));
    const result = messages.find((m) => m.type === 'result');
    expect(result?.type === 'result' && result.kind).toBe('distribution');
  });
});

describe('fillLayerPreActivations', () => {
  it.each([1, 2, 5, 40])(
    'gives variance g and kurtosis 3(1 + 2/n) at fan-in n = %d, as Σ w_i x_i does',
    (n) => {
      const z = new Float64Array(400_000);
      fillLayerPreActivations(createRng(9), z, 2, n);
      let m2 = 0;
      let m4 = 0;
      for (const v of z) {
        m2 += v * v;
        m4 += v ** 4;
      }
      m2 /= z.length;
      m4 /= z.length;
      expect(Math.abs(m2 - 2)).toBeLessThan(0.03);
      const kurtosis = m4 / (m2 * m2);
      expect(Math.abs(kurtosis - 3 * (1 + 2 / n))).toBeLessThan(0.1 * (1 + 2 / n) * 3);
    },
  );
});
