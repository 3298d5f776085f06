import { describe, expect, it } from 'vitest';
import { CATALOG, PARAM_KEYS, activationInfo } from './catalog';
import { reluFamily } from './activations/relu';
import { activations } from './registry';

// The catalogue is what the figure lists before the math of a function has loaded: it must say
// exactly what the registry says, in the same order.
describe('catalog', () => {
  it('lists every activation of the registry once, in its order, with its name and family', () => {
    expect(CATALOG.map(({ id, name, family }) => ({ id, name, family }))).toEqual(
      activations.map(({ id, name, family }) => ({ id, name, family })),
    );
  });

  it('lists every parameter key of the registry once, in registry order', () => {
    expect(PARAM_KEYS).toEqual([
      ...new Set(activations.flatMap((a) => a.params.map((p) => p.key))),
    ]);
  });

  it('finds a row by id, and none for an unknown id', () => {
    expect(activationInfo('gelu_tanh')?.name).toBe('GELU (tanh)');
    expect(activationInfo('custom')).toBeUndefined();
    expect(activationInfo('nope')).toBeUndefined();
  });

  it('holds the ReLU family, which the figure has from the start, first', () => {
    expect(CATALOG.slice(0, reluFamily.length).map((a) => a.id)).toEqual(
      reluFamily.map((a) => a.id),
    );
  });
});
