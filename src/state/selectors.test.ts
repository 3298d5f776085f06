import { describe, expect, it } from 'vitest';
import { getActivation } from '../math';
import { createExplorerStore, MAX_COMPARE } from './explorerStore';
import {
  selectActivation,
  selectCanCompareMore,
  selectCmp,
  selectCmpCount,
  selectFn,
  selectLang,
  selectParam,
  selectParamIsDefault,
  selectParams,
  selectRange,
  selectShowDerivative,
  selectShowDifference,
  selectTheme,
  selectXmax,
  selectXmin,
} from './selectors';

describe('selectors', () => {
  it('read the default state', () => {
    const s = createExplorerStore().getState();
    expect(selectFn(s)).toBe('relu');
    expect(selectActivation(s)).toBe(getActivation('relu'));
    expect(selectParams(s)).toEqual({});
    expect(selectRange(s)).toEqual([-5, 5]);
    expect([selectXmin(s), selectXmax(s)]).toEqual([-5, 5]);
    expect(selectCmp(s)).toEqual([]);
    expect(selectCmpCount(s)).toBe(0);
    expect(selectCanCompareMore(s)).toBe(true);
    expect(selectShowDerivative(s)).toBe(true);
    expect(selectShowDifference(s)).toBe(false);
    expect(selectLang(s)).toBe('en');
    expect(selectTheme(s)).toBe('system');
  });

  it('return the same reference while the state is unchanged (no render loops)', () => {
    const store = createExplorerStore({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    const before = store.getState();
    store.getState().setShowDerivative(false);
    const after = store.getState();
    expect(selectParams(after)).toBe(selectParams(before));
    expect(selectRange(after)).toBe(selectRange(before));
    expect(selectCmp(after)).toBe(selectCmp(before));
    expect(selectActivation(after)).toBe(selectActivation(before));
  });

  it('select one parameter, NaN when the function lacks it', () => {
    const store = createExplorerStore({ fn: 'leaky_relu', params: { alpha: 0.01 } });
    expect(selectParam('alpha')(store.getState())).toBe(0.01);
    expect(selectParam('beta')(store.getState())).toBeNaN();
    expect(selectParamIsDefault('alpha')(store.getState())).toBe(true);
    store.getState().setParam('alpha', 0.2);
    expect(selectParam('alpha')(store.getState())).toBe(0.2);
    expect(selectParamIsDefault('alpha')(store.getState())).toBe(false);
  });

  it('show the difference only while something is compared', () => {
    const s = { ...createExplorerStore().getState(), showDifference: true };
    expect(selectShowDifference(s)).toBe(false);
    expect(selectShowDifference({ ...s, cmp: ['gelu'] })).toBe(true);
  });

  it('report when the comparison is full', () => {
    const store = createExplorerStore();
    for (const id of ['leaky_relu', 'elu', 'gelu', 'gelu_tanh']) store.getState().addCompare(id);
    expect(selectCmpCount(store.getState())).toBe(MAX_COMPARE);
    expect(selectCanCompareMore(store.getState())).toBe(false);
  });
});
