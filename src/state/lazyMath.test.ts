import { beforeEach, describe, expect, it, vi } from 'vitest';

// The page loads the math of the functions not on screen after it has become interactive
// (src/math/loaded.ts). These tests load fresh modules, in which nothing beyond the ReLU family
// is registered (test-setup.ts registers everything in the modules the other tests use).
type Loaded = typeof import('../math/loaded');
type Store = typeof import('./explorerStore');
type Read = typeof import('./urlRead');

let loaded: Loaded;
let store: Store;
let read: Read;

beforeEach(async () => {
  vi.resetModules();
  loaded = await import('../math/loaded');
  // As the page does (page/start.tsx).
  loaded.setActivationsLoader(() => import('../math/all'));
  store = await import('./explorerStore');
  read = await import('./urlRead');
});

/** Resolves once every pending promise callback has run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the math of the functions not on screen', () => {
  it('is not there at first: only the ReLU family is', () => {
    expect(loaded.loadedActivation('relu')?.name).toBe('ReLU');
    expect(loaded.loadedActivation('leaky_relu')).toBeDefined();
    expect(loaded.loadedActivation('elu')).toBeUndefined();
    expect(loaded.awaitsMath('elu')).toBe(true);
    expect(loaded.awaitsMath('relu')).toBe(false);
    expect(loaded.awaitsMath('nope')).toBe(false);
    expect(loaded.awaitsMath(3)).toBe(false);
  });

  it('is loaded once, for every function', async () => {
    const a = loaded.loadActivations();
    expect(loaded.loadActivations()).toBe(a);
    await a;
    expect(loaded.loadedActivation('elu')?.f(-1)).toBeCloseTo(Math.expm1(-1), 15);
    expect(loaded.loadedActivation('tanhshrink')).toBeDefined();
    expect(loaded.awaitsMath('elu')).toBe(false);
  });

  it('a picker change waits for it, then shows the function with its defaults', async () => {
    const s = store.createExplorerStore();
    expect(s.getState().setActivation('elu')).toEqual({ ok: true });
    // Nothing changes meanwhile: no curve of a function whose math is not here.
    expect(s.getState().fn).toBe('relu');
    await loaded.loadActivations();
    await settle();
    expect(s.getState().fn).toBe('elu');
    expect(s.getState().params).toEqual({ alpha: 1 });
  });

  it('input made while it loads is kept, in order', async () => {
    const s = store.createExplorerStore();
    s.getState().setActivation('elu');
    s.getState().setActivation('gelu');
    s.getState().setShowDerivative(false);
    await loaded.loadActivations();
    await settle();
    expect(s.getState().fn).toBe('gelu');
    expect(s.getState().showDerivative).toBe(false);
  });

  it('a compared function waits for it too; an unknown one is still refused at once', async () => {
    const s = store.createExplorerStore();
    s.getState().apply({ cmp: ['tanh'] });
    expect(s.getState().addCompare('sigmoid')).toEqual({ ok: true });
    expect(s.getState().cmp).toEqual([]);
    expect(s.getState().addCompare('nope')).toMatchObject({ ok: false });
    expect(s.getState().setActivation('nope')).toMatchObject({ ok: false });
    await loaded.loadActivations();
    await settle();
    expect(s.getState().cmp).toEqual(['tanh', 'sigmoid']);
  });

  it('a link naming such a function is read once it is here, with its parameters', async () => {
    const first = read.initialFromUrl('?fn=elu&alpha=0.5&cmp=gelu', ['en']);
    expect(first.deferred).toBe(true);
    expect(first.initial.fn).toBe('relu');
    const later = await read.initialFromUrlAsync('?fn=elu&alpha=0.5&cmp=gelu', ['en']);
    expect(later.deferred).toBeUndefined();
    expect(later.ignored).toEqual([]);
    expect(later.initial).toMatchObject({ fn: 'elu', params: { alpha: 0.5 }, cmp: ['gelu'] });
  });

  it('a link with only the ReLU family is read at once', () => {
    const first = read.initialFromUrl('?fn=leaky_relu&alpha=0.2', ['en']);
    expect(first.deferred).toBeUndefined();
    expect(first.initial).toMatchObject({ fn: 'leaky_relu', params: { alpha: 0.2 } });
  });

  it('a change waiting for math that cannot load is dropped: the last state stays', async () => {
    vi.resetModules();
    {
      const { createExplorerStore } = await import('./explorerStore');
      const { loadActivations, setActivationsLoader } = await import('../math/loaded');
      setActivationsLoader(() => Promise.reject(new Error('offline')));
      const s = createExplorerStore();
      s.getState().setActivation('elu');
      s.getState().addCompare('gelu');
      await expect(loadActivations()).rejects.toThrow('offline');
      await settle();
      expect(s.getState()).toMatchObject({ fn: 'relu', cmp: [] });
    }
  });
});
