import { describe, expect, it } from 'vitest';
import { getActivation } from '../math';
import { DEMO_IDS } from './views';
import {
  LEARNING_RATES,
  SCHEMA,
  defaultSettings,
  fieldsOf,
  nearestOnLadder,
  normalise,
  sameValue,
  snapToGrid,
  type NumberField,
} from './schema';

const isId = (id: string) => getActivation(id) !== undefined;

describe('schema', () => {
  it('has defaults that are valid values of their own fields', () => {
    const d = defaultSettings();
    for (const demo of DEMO_IDS)
      for (const [key, spec] of fieldsOf(demo)) {
        const v = (d[demo] as Record<string, unknown>)[key];
        expect(sameValue(normalise(spec, v, isId), v), `${demo}.${key}`).toBe(true);
      }
  });

  it('keeps to the issue’s limits: width ≤ 64, depth ≤ 50, 8–64 units, ≤ 4 functions', () => {
    expect(SCHEMA.depth.width.max).toBe(64);
    expect(SCHEMA.depth.layers.max).toBe(50);
    expect([SCHEMA.dying.units.min, SCHEMA.dying.units.max]).toEqual([8, 64]);
    expect(SCHEMA.depth.fn.max).toBe(4);
    expect(SCHEMA.sparsity.fn.max).toBe(4);
  });

  it('gives fresh default lists (the store may not share them)', () => {
    expect(defaultSettings().depth.fn).not.toBe(defaultSettings().depth.fn);
  });
});

describe('snapToGrid', () => {
  const f: NumberField = { kind: 'number', min: -3, max: 1, step: 0.1, default: 0 };
  it('clamps and rounds onto min + k·step without binary noise', () => {
    expect(snapToGrid(-0.25, f)).toBe(-0.2);
    expect(snapToGrid(0.3000000004, f)).toBe(0.3);
    expect(snapToGrid(-10, f)).toBe(-3);
    expect(snapToGrid(7, f)).toBe(1);
    expect(Object.is(snapToGrid(-0.01, f), 0)).toBe(true);
  });
});

describe('nearestOnLadder', () => {
  it('picks the nearest value on a log scale', () => {
    expect(nearestOnLadder(0.07, LEARNING_RATES)).toBe(0.05);
    expect(nearestOnLadder(0.08, LEARNING_RATES)).toBe(0.1);
    expect(nearestOnLadder(5, LEARNING_RATES)).toBe(1);
    expect(nearestOnLadder(1e-9, LEARNING_RATES)).toBe(0.0001);
    expect(nearestOnLadder(-1, LEARNING_RATES)).toBe(0.0001);
  });
});

describe('normalise', () => {
  it('rejects values of the wrong kind', () => {
    expect(normalise(SCHEMA.depth.width, '3', isId)).toBeUndefined();
    expect(normalise(SCHEMA.depth.width, NaN, isId)).toBeUndefined();
    expect(normalise(SCHEMA.depth.init, 'lecun', isId)).toBeUndefined();
    expect(normalise(SCHEMA.dying.side, 1, isId)).toBeUndefined();
  });

  it('cleans lists: known ids, no duplicates, no excluded id, at most max, at least min', () => {
    expect(normalise(SCHEMA.depth.fn, ['relu', 'relu', 'nope', 'tanh'], isId)).toEqual([
      'relu',
      'tanh',
    ]);
    expect(normalise(SCHEMA.depth.fn, ['relu', 'tanh', 'elu', 'gelu', 'silu'], isId)).toHaveLength(
      4,
    );
    expect(normalise(SCHEMA.depth.fn, [], isId)).toBeUndefined();
    expect(normalise(SCHEMA.cost.fn, ['relu', 'elu'], isId)).toEqual(['elu']);
    expect(normalise(SCHEMA.cost.fn, [], isId)).toEqual([]);
  });
});
