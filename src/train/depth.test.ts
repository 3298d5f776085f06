import { describe, expect, it } from 'vitest';
import { createDepthNetwork, depthSteps, runDepthExperiment, type DepthOptions } from './depth';
import { runToEnd } from './progress';

const base: Omit<DepthOptions, 'activations' | 'init'> = {
  width: 64,
  depth: 50,
  batch: 256,
  seed: 1,
};
const ratio = (g: Float64Array) => g[0]! / g[g.length - 1]!; // layer 1 over layer 50

// Each run is ~10⁸ multiply-adds; allow for a machine busy with other test suites.
describe('gradient flow through depth (64 wide, 50 deep, batch 256)', { timeout: 60_000 }, () => {
  it('sigmoid vanishes: layer 1 is orders of magnitude below layer 50; ReLU + He stays within 10×', () => {
    const r = runDepthExperiment({
      ...base,
      init: 'he',
      activations: [{ id: 'sigmoid' }, { id: 'relu' }],
    });
    const [sigmoid, relu] = r.series;
    expect(sigmoid!.activation.id).toBe('sigmoid');
    expect(ratio(sigmoid!.gradNorm)).toBeLessThan(1e-3);
    const rr = ratio(relu!.gradNorm);
    expect(rr).toBeGreaterThan(0.1);
    expect(rr).toBeLessThan(10);
    expect(r.series.every((s) => s.gradNorm.every((v) => Number.isFinite(v) && v > 0))).toBe(true);
  });

  it('sigmoid and tanh vanish with Xavier too; ReLU + He holds for several seeds', () => {
    for (const seed of [2, 3, 4]) {
      const r = runDepthExperiment({
        ...base,
        seed,
        init: 'xavier',
        activations: [{ id: 'sigmoid' }, { id: 'tanh' }],
      });
      expect(ratio(r.series[0]!.gradNorm)).toBeLessThan(1e-3);
      // tanh with Xavier sits near the critical point (tanh′(0) = 1, Var(w)·fan_in = 1): it
      // still loses gradient with depth, but far less than sigmoid (about 0.1–0.3 over 50 layers).
      expect(ratio(r.series[1]!.gradNorm)).toBeLessThan(0.5);
      const he = runDepthExperiment({ ...base, seed, init: 'he', activations: [{ id: 'relu' }] });
      const rr = ratio(he.series[0]!.gradNorm);
      expect(rr).toBeGreaterThan(0.1);
      expect(rr).toBeLessThan(10);
    }
  });

  it('ReLU fails too with a bad initialisation (Xavier halves the signal per layer)', () => {
    const r = runDepthExperiment({ ...base, init: 'xavier', activations: [{ id: 'relu' }] });
    // Var(w)·fan_in = 1 instead of 2: the backward signal shrinks by about √½ per layer,
    // (√½)⁴⁹ ≈ 4e-8.
    expect(ratio(r.series[0]!.gradNorm)).toBeLessThan(1e-5);
  });

  it('ReLU zeroes about half the activations in every layer; sigmoid none', () => {
    const r = runDepthExperiment({
      ...base,
      init: 'he',
      activations: [{ id: 'relu' }, { id: 'sigmoid' }],
    });
    const [relu, sigmoid] = r.series;
    // Layer 1 pre-activations are symmetric around 0 (zero-mean weights, zero biases).
    expect(relu!.zeroShare[0]!).toBeGreaterThan(0.4);
    expect(relu!.zeroShare[0]!).toBeLessThan(0.6);
    expect(Math.max(...sigmoid!.zeroShare)).toBe(0);
  });

  it('is deterministic and shares the weights between functions', () => {
    const opts = { ...base, width: 16, depth: 10, init: 'he' as const };
    const a = runDepthExperiment({ ...opts, activations: [{ id: 'relu' }, { id: 'tanh' }] });
    const b = runDepthExperiment({ ...opts, activations: [{ id: 'tanh' }] });
    expect(Array.from(a.series[1]!.gradNorm)).toEqual(Array.from(b.series[0]!.gradNorm));
  });

  it('gives the same result on a reused network, and refuses one built for other settings', () => {
    const opts = { ...base, width: 12, depth: 8, init: 'xavier' as const };
    const net = createDepthNetwork({ ...opts, activations: [{ id: 'relu' }] });
    const first = runToEnd(depthSteps({ ...opts, activations: [{ id: 'tanh' }] }, net));
    const again = runToEnd(depthSteps({ ...opts, activations: [{ id: 'tanh' }] }, net));
    const fresh = runDepthExperiment({ ...opts, activations: [{ id: 'tanh' }] });
    expect(Array.from(again.series[0]!.gradNorm)).toEqual(Array.from(first.series[0]!.gradNorm));
    expect(Array.from(fresh.series[0]!.gradNorm)).toEqual(Array.from(first.series[0]!.gradNorm));
    expect(() =>
      runToEnd(depthSteps({ ...opts, seed: 9, activations: [{ id: 'tanh' }] }, net)),
    ).toThrow(/another configuration/);
  });

  it('validates the limits', () => {
    expect(() =>
      runDepthExperiment({ ...base, width: 65, init: 'he', activations: [{ id: 'relu' }] }),
    ).toThrow(RangeError);
    expect(() =>
      runDepthExperiment({ ...base, depth: 51, init: 'he', activations: [{ id: 'relu' }] }),
    ).toThrow(RangeError);
    expect(() => runDepthExperiment({ ...base, init: 'he', activations: [] })).toThrow(RangeError);
  });
});
