/**
 * The custom formula in the state: the URL form (`fn=custom&expr=…&b=1.5&b.min=-5&b.max=5`),
 * validation through applyPatch (a bad formula → notice with its position, last valid formula
 * kept), slider ranges, names every object inherits, and waiting for the lazily loaded engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultState } from './defaults';
import { createExplorerStore } from './explorerStore';
import {
  DEFAULT_EXPR,
  customActivation,
  formulaEngineReady,
  loadFormulaEngine,
  loadedFormula,
} from './formula';
import { applyPatch } from './patch';
import { decode, encode } from './urlCodec';
import { syncedSearch } from './urlSync';

const q = (s: string) => new URLSearchParams(s);

describe('before the formula engine is loaded', () => {
  it('a URL with a custom formula is deferred, nothing applied; others are not', () => {
    expect(formulaEngineReady()).toBe(false);
    expect(loadedFormula()).toBeNull();
    expect(decode(q('fn=custom&expr=x&xmin=-2'))).toEqual({
      state: {},
      ignored: [],
      deferred: true,
    });
    expect(decode(q('fn=elu&xmin=-2')).deferred).toBeUndefined();
    expect(applyPatch(defaultState(), { expr: DEFAULT_EXPR }).deferred).toBeUndefined();
  });

  it("the store's apply loads the engine and applies the patch then", async () => {
    const store = createExplorerStore();
    expect(store.getState().apply({ fn: 'custom', expr: 'x * x' })).toEqual([]);
    expect(store.getState().fn).toBe('relu');
    await new Promise<void>((resolve) => store.subscribe(() => resolve()));
    expect(store.getState()).toMatchObject({ fn: 'custom', expr: 'x * x', params: {} });
    const late = store.getState().apply({ expr: 'x )' });
    expect(late).toEqual([
      { param: 'expr', value: 'x )', message: 'urlBadFormula', vars: { at: 3 } },
    ]);
  });
});

describe('with the engine', () => {
  beforeAll(() => loadFormulaEngine());

  it('reads formula, parameters and slider ranges from the URL and writes them back', () => {
    const search = 'fn=custom&expr=x*sigmoid(b*x)&b=1.5&b.min=-5&b.max=5';
    const { state, ignored } = decode(q(search));
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      fn: 'custom',
      expr: 'x*sigmoid(b*x)',
      params: { b: 1.5 },
      paramRanges: { b: [-5, 5] },
    });
    const back = encode({ ...defaultState(), ...state });
    expect([...back]).toEqual([...q(search)]);
  });

  it('a value beyond the default range is clamped unless the URL widens the range', () => {
    expect(decode(q('fn=custom&expr=a*x&a=4')).state.params).toEqual({ a: 3 });
    expect(decode(q('fn=custom&expr=a*x&a=4&a.max=5')).state.params).toEqual({ a: 4 });
    // One end alone keeps the other (−3).
    expect(decode(q('fn=custom&expr=a*x&a.max=5')).state.paramRanges).toEqual({ a: [-3, 5] });
  });

  it('a bad formula gives a notice with its position (from 1) and the default formula', () => {
    const { state, ignored } = decode(q('fn=custom&expr=max(0,%20x))'));
    expect(state).toMatchObject({ fn: 'custom' });
    expect(state.expr).toBeUndefined();
    expect(ignored).toEqual([
      { param: 'expr', value: 'max(0, x))', message: 'urlBadFormula', vars: { at: 10 } },
    ]);
  });

  it('keeps the last valid formula, and the values of the names a new one keeps', () => {
    const base = applyPatch(defaultState(), {
      fn: 'custom',
      expr: 'a*x + c',
      params: { a: 2, c: 0.5 },
    }).state;
    expect(base.params).toEqual({ a: 2, c: 0.5 });
    const bad = applyPatch(base, { expr: 'a*x +' });
    expect(bad.state).toBe(bad.state);
    expect(bad.state.expr).toBe('a*x + c');
    expect(bad.notices[0]).toMatchObject({ message: 'urlBadFormula', vars: { at: 6 } });
    const next = applyPatch(base, { expr: 'a*x + k' }).state;
    expect(next.params).toEqual({ a: 2, k: 1 });
  });

  it('refuses names every object inherits, as formula names and as URL keys', () => {
    for (const expr of ['constructor', 'x * __proto__', 'toString + x']) {
      const r = loadedFormula()!.compileCached(expr);
      expect(r && !r.ok && r.error.code).toBe('reserved-name');
    }
    const { state, ignored } = decode(
      q('fn=custom&expr=b*x&constructor=2&__proto__=1&__proto__.min=1&toString.max=2'),
    );
    expect(state.params).toEqual({ b: 1 });
    expect(ignored.map((n) => n.message)).toEqual(Array(4).fill('urlUnknownParam'));
    expect(({} as Record<number, unknown>)[0]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('0');
  });

  it('reports a parameter the formula does not have and a refused slider range', () => {
    const { ignored } = decode(q('fn=custom&expr=b*x&z=2&b.min=4&b.max=2'));
    expect(ignored).toEqual([
      expect.objectContaining({ param: 'b.min,b.max', message: 'urlBadParamRange' }),
      expect.objectContaining({ param: 'z', message: 'urlUnknownParam' }),
    ]);
  });

  it('writes expr only while the formula is drawn; custom can be a compared function', () => {
    expect(encode({ ...defaultState(), expr: 'x' }).toString()).toBe('');
    const { state, ignored } = decode(q('fn=relu&cmp=custom&expr=x*x'));
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({ cmp: ['custom'], expr: 'x*x' });
    expect(encode({ ...defaultState(), ...state }).toString()).toBe('expr=x*x&cmp=custom');
  });

  it('the page drops the formula’s keys when another function is chosen', () => {
    const s = { ...defaultState(), fn: 'custom', expr: 'b*x', params: { b: 2 } };
    expect(
      syncedSearch(
        '?utm=1&fn=custom&expr=b*x&b=2',
        { ...s, fn: 'elu', params: { alpha: 1 } },
        defaultState(),
      ),
    ).toBe('?utm=1&fn=elu');
    expect(syncedSearch('?utm=1', s, defaultState())).toBe('?utm=1&fn=custom&expr=b*x&b=2');
  });

  it('gives the same activation object for the same formula and ranges', () => {
    const a = customActivation('b*x', { b: [-5, 5] });
    expect(customActivation('b*x', { b: [-5, 5] })).toBe(a);
    expect(a?.params[0]).toMatchObject({ key: 'b', default: 1, min: -5, max: 5 });
    expect(customActivation('b*x')?.params[0]).toMatchObject({ min: -3, max: 3 });
  });
});
