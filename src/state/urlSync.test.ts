import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore, defaultState } from './explorerStore';
import { detectLang, initialFromUrl } from './urlRead';
import { startUrlSync, syncedSearch } from './urlSync';

describe('detectLang', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['fr-FR', 'zh-Hans-CN'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, lang) => {
    expect(detectLang(languages)).toBe(lang);
  });
});

describe('initialFromUrl', () => {
  it('takes lang from the URL, else the browser', () => {
    expect(initialFromUrl('', ['zh-CN']).initial.lang).toBe('zh-CN');
    expect(initialFromUrl('?lang=en', ['zh-CN']).initial.lang).toBe('en');
    expect(initialFromUrl('?lang=xx', ['zh-CN'])).toMatchObject({
      initial: { lang: 'zh-CN' },
      ignored: [{ param: 'lang' }],
    });
  });

  it('puts the URL over the defaults', () => {
    const { initial, defaults } = initialFromUrl('?fn=elu&alpha=2&xmax=9', ['en']);
    expect(defaults).toEqual(defaultState('en'));
    expect(initial).toMatchObject({ fn: 'elu', params: { alpha: 2 }, range: [-5, 9] });
  });
});

describe('syncedSearch', () => {
  it('rewrites our keys and keeps other people’s', () => {
    const state = { ...defaultState(), fn: 'gelu' };
    expect(syncedSearch('?utm=1&fn=elu&alpha=2', state, defaultState())).toBe('?utm=1&fn=gelu');
    expect(syncedSearch('?fn=elu', defaultState(), defaultState())).toBe('');
  });
});

/** A window with just what urlSync touches, recording history calls. */
function fakeWindow(search = '') {
  const location = { pathname: '/explore', search, hash: '#top' };
  const listeners = new Map<string, () => void>();
  const history = {
    state: { kept: true },
    replaceState: vi.fn((_: unknown, __: string, url: string) => {
      location.search = url.slice(location.pathname.length).replace(/#.*/, '');
    }),
    pushState: vi.fn(),
  };
  return {
    win: {
      location,
      history,
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
      removeEventListener: (type: string) => listeners.delete(type),
    } as unknown as Window,
    history,
    location,
    fire: (type: string) => listeners.get(type)?.(),
  };
}

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('replaces (never pushes) the history entry once changes pause', () => {
    const store = createExplorerStore();
    const { win, history, location } = fakeWindow();
    const stop = startUrlSync(store, { defaults: defaultState(), win, delayMs: 100 });
    store.getState().setActivation('leaky_relu');
    for (const v of [0.1, 0.2, 0.3]) store.getState().setParam('alpha', v);
    expect(history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(history.replaceState).toHaveBeenCalledWith(
      { kept: true },
      '',
      '/explore?fn=leaky_relu&alpha=0.3#top',
    );
    expect(location.search).toBe('?fn=leaky_relu&alpha=0.3');
    expect(history.pushState).not.toHaveBeenCalled();
    stop();
  });

  it('rewrites the address once at start: ignored values go, clamped ones show', () => {
    const { initial, defaults } = initialFromUrl('?fn=leaky_relu&alpha=5&xmin=9&utm=1', ['en']);
    const store = createExplorerStore(initial);
    const { win, history, location } = fakeWindow('?fn=leaky_relu&alpha=5&xmin=9&utm=1');
    const stop = startUrlSync(store, { defaults, win });
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?utm=1&fn=leaky_relu&alpha=1');
    stop();
  });

  it('does not write when the query would not change', () => {
    const store = createExplorerStore({ fn: 'elu', params: { alpha: 1 } });
    const { win, history } = fakeWindow('?fn=elu');
    const stop = startUrlSync(store, { defaults: defaultState(), win });
    store.getState().setParam('alpha', 1);
    store.getState().setLang('en');
    vi.runAllTimers();
    expect(history.replaceState).not.toHaveBeenCalled();
    stop();
  });

  it('flushes a pending write when the page is hidden, and stops cleanly', () => {
    const store = createExplorerStore();
    const { win, history, fire } = fakeWindow();
    const stop = startUrlSync(store, { defaults: defaultState(), win, delayMs: 1000 });
    store.getState().setRange([-1, 1]);
    fire('pagehide');
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    stop();
    store.getState().setRange([-2, 2]);
    vi.runAllTimers();
    expect(history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('survives a browser refusing replaceState', () => {
    const store = createExplorerStore();
    const { win, history } = fakeWindow();
    history.replaceState.mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const stop = startUrlSync(store, { defaults: defaultState(), win });
    store.getState().setRange([-1, 1]);
    expect(() => vi.runAllTimers()).not.toThrow();
    stop();
  });
});
