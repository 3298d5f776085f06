import { describe, expect, it } from 'vitest';
import {
  createExplorerStore,
  defaultParams,
  defaultState,
  MAX_COMPARE,
  rangeError,
} from './explorerStore';

const lt = ({ lang, theme }: { lang: string; theme: string }) => ({ lang, theme });
const snapshot = (store: ReturnType<typeof createExplorerStore>) => {
  const s = store.getState();
  const { fn, params, range, cmp, expr, paramRanges, showDerivative, showDifference } = s;
  return { fn, params, range, cmp, expr, paramRanges, showDerivative, showDifference, ...lt(s) };
};

describe('createExplorerStore', () => {
  it('starts at ReLU over [−5, 5] with the derivative, system theme', () => {
    expect(snapshot(createExplorerStore())).toEqual(defaultState());
    expect(defaultState()).toMatchObject({
      fn: 'relu',
      range: [-5, 5],
      showDerivative: true,
      theme: 'system',
    });
  });

  it('gives every instance its own state', () => {
    const a = createExplorerStore();
    const b = createExplorerStore();
    a.getState().setActivation('elu');
    a.getState().setRange([-1, 1]);
    expect(b.getState().fn).toBe('relu');
    expect(b.getState().range).toEqual([-5, 5]);
  });
});

describe('setActivation', () => {
  it('switches and resets the parameters to their defaults', () => {
    const store = createExplorerStore();
    expect(store.getState().setActivation('leaky_relu')).toEqual({ ok: true });
    expect(store.getState().fn).toBe('leaky_relu');
    expect(store.getState().params).toEqual(defaultParams('leaky_relu'));
    expect(store.getState().params.alpha).toBe(0.01);
  });

  it('refuses an unknown id and keeps the state', () => {
    const store = createExplorerStore();
    const before = snapshot(store);
    expect(store.getState().setActivation('foo')).toMatchObject({
      ok: false,
      reason: 'errUnknownFunction',
    });
    expect(snapshot(store)).toEqual(before);
  });

  it('takes a compared function out of the comparison when it becomes the main one', () => {
    const store = createExplorerStore();
    store.getState().addCompare('gelu');
    store.getState().setShowDifference(true);
    store.getState().setActivation('gelu');
    expect(store.getState().cmp).toEqual([]);
    expect(store.getState().showDifference).toBe(false);
  });
});

describe('setParam', () => {
  const leaky = () => createExplorerStore({ fn: 'leaky_relu', params: { alpha: 0.01 } });

  it('accepts a value in the slider range', () => {
    const store = leaky();
    expect(store.getState().setParam('alpha', 0.2)).toEqual({ ok: true });
    expect(store.getState().params.alpha).toBe(0.2);
  });

  it.each([
    ['NaN', Number.NaN, 'errNotNumber'],
    ['Infinity', Number.POSITIVE_INFINITY, 'errNotNumber'],
    ['above the range', 5, 'errParamOutOfRange'],
    ['below the range', -1, 'errParamOutOfRange'],
  ] as const)('refuses %s and keeps the last valid value', (_, value, reason) => {
    const store = leaky();
    store.getState().setParam('alpha', 0.3);
    expect(store.getState().setParam('alpha', value)).toMatchObject({ ok: false, reason });
    expect(store.getState().params.alpha).toBe(0.3);
  });

  it('refuses a value that conflicts with another parameter', () => {
    const store = createExplorerStore({ fn: 'hardtanh', params: { min_val: -1, max_val: 1 } });
    expect(store.getState().setParam('min_val', 2)).toMatchObject({
      ok: false,
      reason: 'errParamConflict',
    });
    expect(store.getState().params).toEqual({ min_val: -1, max_val: 1 });
    expect(store.getState().setParam('min_val', 0.5)).toEqual({ ok: true });
  });

  it('refuses a key the function does not have', () => {
    const store = leaky();
    expect(store.getState().setParam('beta', 1)).toMatchObject({
      ok: false,
      reason: 'errUnknownParam',
    });
    expect(store.getState().params).toEqual({ alpha: 0.01 });
  });

  it('resets one parameter', () => {
    const store = leaky();
    store.getState().setParam('alpha', 0.5);
    store.getState().resetParam('alpha');
    expect(store.getState().params.alpha).toBe(0.01);
  });
});

describe('setRange', () => {
  it('accepts xmin < xmax within ±1e6', () => {
    const store = createExplorerStore();
    expect(store.getState().setRange([-1e6, 1e6])).toEqual({ ok: true });
    expect(store.getState().range).toEqual([-1e6, 1e6]);
  });

  it.each([
    ['xmin = xmax', [1, 1], 'errRangeOrder'],
    ['xmin > xmax', [2, 1], 'errRangeOrder'],
    ['NaN', [Number.NaN, 1], 'errNotNumber'],
    ['Infinity', [0, Number.POSITIVE_INFINITY], 'errNotNumber'],
    ['|x| > 1e6', [-2e6, 0], 'errRangeTooWide'],
    ['narrower than 1e-6', [0, 5e-7], 'errRangeTooNarrow'],
  ] as const)('refuses %s and keeps the previous range', (_, range, reason) => {
    const store = createExplorerStore();
    store.getState().setRange([-2, 3]);
    expect(store.getState().setRange([...range])).toMatchObject({ ok: false, reason });
    expect(store.getState().range).toEqual([-2, 3]);
    expect(rangeError([...range])).toMatchObject({ reason });
  });

  it('resets to [−5, 5]', () => {
    const store = createExplorerStore();
    store.getState().setRange([0, 1]);
    store.getState().resetRange();
    expect(store.getState().range).toEqual([-5, 5]);
  });
});

describe('compare', () => {
  it('adds known functions once, never the main one, at most MAX_COMPARE', () => {
    const store = createExplorerStore();
    const s = () => store.getState();
    expect(s().addCompare('gelu')).toEqual({ ok: true });
    expect(s().addCompare('gelu')).toEqual({ ok: true });
    expect(s().addCompare('relu')).toEqual({ ok: true });
    expect(s().cmp).toEqual(['gelu']);
    expect(s().addCompare('nope')).toMatchObject({ ok: false, reason: 'errUnknownFunction' });
    for (const id of ['elu', 'leaky_relu', 'gelu_tanh']) s().addCompare(id);
    expect(s().cmp).toHaveLength(MAX_COMPARE);
    expect(s().addCompare('selu')).toMatchObject({ ok: false, reason: 'errCompareFull' });
    expect(s().cmp).toEqual(['gelu', 'elu', 'leaky_relu', 'gelu_tanh']);
  });

  it('drops the difference when the last compared function is removed', () => {
    const store = createExplorerStore();
    store.getState().setShowDifference(true);
    expect(store.getState().showDifference).toBe(false);
    store.getState().addCompare('gelu');
    store.getState().setShowDifference(true);
    expect(store.getState().showDifference).toBe(true);
    store.getState().removeCompare('gelu');
    expect(store.getState().showDifference).toBe(false);
  });
});

describe('display, language and theme', () => {
  it('toggles the derivative', () => {
    const store = createExplorerStore();
    store.getState().toggleDerivative();
    expect(store.getState().showDerivative).toBe(false);
    store.getState().setShowDerivative(true);
    expect(store.getState().showDerivative).toBe(true);
  });

  it('accepts only shipped languages and known themes', () => {
    const store = createExplorerStore();
    expect(store.getState().setLang('zh-CN')).toEqual({ ok: true });
    expect(store.getState().setLang('fr' as never)).toMatchObject({ ok: false });
    expect(store.getState().lang).toBe('zh-CN');
    expect(store.getState().setTheme('dark')).toEqual({ ok: true });
    expect(store.getState().setTheme('blue' as never)).toMatchObject({ ok: false });
    expect(store.getState().theme).toBe('dark');
  });

  it('reset returns to the initial state of the instance', () => {
    const store = createExplorerStore({ fn: 'elu', params: { alpha: 2 }, lang: 'zh-CN' });
    store.getState().setActivation('relu');
    store.getState().setRange([0, 1]);
    store.getState().reset();
    expect(snapshot(store)).toMatchObject({ fn: 'elu', params: { alpha: 2 }, range: [-5, 5] });
  });
});
